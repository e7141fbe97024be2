/**
 * The extractor's version, which the build store keys every result with: a
 * hash of the code that turns one file into its FileGraph, as the running
 * process has it. That code is every module process-file reaches through
 * its imports (dist/*.js when compiled, src/*.ts under tsx), plus the name
 * and version of every package those modules import (nodejieba brings its
 * own dictionaries; iconv-lite and opencc-js decode and convert). A version
 * string would have to be bumped by hand after every change to a rule; the
 * hash changes by itself, and only when the per-file code does (the
 * corpus-wide passes run on every build and are not part of it).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The module whose imports make up the extractor. */
export const EXTRACTOR_ENTRY = fileURLToPath(new URL(`./process-file.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url));

// import … from '…', export … from '…', import('…'), import '…'. Type-only imports count too: harmless, they
// only make the hash change a little more often under tsx.
const SPECIFIER = /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;

export interface ExtractorCode {
  /** The modules, as absolute paths, sorted. */
  modules: string[];
  /** Packages imported by them, as name@version (or name@? when not found). */
  packages: string[];
}

/** The modules and packages reachable from `entry`. */
export function extractorCode(entry = EXTRACTOR_ENTRY): ExtractorCode {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (spec.startsWith('.')) {
        const target = resolveRelative(file, spec);
        if (target) queue.push(target);
      } else if (!spec.startsWith('node:')) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        packages.add(`${name}@${packageVersion(name, file) ?? '?'}`);
      }
    }
  }
  return { modules: [...seen].sort(), packages: [...packages].sort() };
}

/** The extractor's version: a hash of `extractorCode`'s modules (paths relative to the entry's root, and contents) and packages. */
export function extractorVersion(entry = EXTRACTOR_ENTRY): string {
  const root = path.resolve(path.dirname(entry), '..');
  const code = extractorCode(entry);
  const h = createHash('sha256');
  for (const m of code.modules) h.update(path.relative(root, m).split(path.sep).join('/')).update('\0').update(readFileSync(m)).update('\0');
  for (const p of code.packages) h.update(p).update('\0');
  return h.digest('hex').slice(0, 32);
}

/** `./x.js` from a module: the file itself, or under tsx the TypeScript source it stands for. */
function resolveRelative(from: string, spec: string): string | undefined {
  const target = path.resolve(path.dirname(from), spec);
  if (existsSync(target)) return target;
  const ts = target.replace(/\.js$/, '.ts');
  return existsSync(ts) ? ts : undefined;
}

function packageVersion(name: string, from: string): string | undefined {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(pkg)) return (JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version;
    if (path.dirname(dir) === dir) return undefined;
  }
}
