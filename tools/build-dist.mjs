#!/usr/bin/env node
/**
 * Compiles src/ to dist/, the JavaScript bin/guanxi.js runs: `npm run build`,
 * and npm's `prepare`, so that `npm ci` leaves the command ready.
 *
 * - The new tree is compiled beside the old one and swapped in only when tsc
 *   succeeds: a failed compile leaves the previous dist/ whole, never half.
 * - dist/.stamp.json records a hash of what dist/ was compiled from (src/,
 *   the tsconfigs, the TypeScript version) and of dist/ itself. With
 *   `--if-stale` the compile runs only when either differs: the test suite's
 *   setup runs it that way, so a test never exercises an old dist/.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = '.stamp.json';
const CONFIG = 'tsconfig.build.json';

/** A hash of every file under `dir` (relative path and content), in a fixed order. */
function hashTree(dir, skip = () => false) {
  const h = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
    .filter((f) => !skip(f))
    .sort();
  for (const f of files) h.update(f).update('\0').update(readFileSync(path.join(dir, f))).update('\0');
  return h.digest('hex');
}

function typescript() {
  try {
    const require = createRequire(path.join(ROOT, 'package.json'));
    const pkg = require.resolve('typescript/package.json');
    return { tsc: path.join(path.dirname(pkg), 'bin', 'tsc'), version: JSON.parse(readFileSync(pkg, 'utf8')).version };
  } catch {
    return undefined;
  }
}

function sourcesHash(ts) {
  const h = createHash('sha256').update(hashTree(path.join(ROOT, 'src'))).update(ts.version);
  for (const f of ['tsconfig.json', CONFIG]) h.update(readFileSync(path.join(ROOT, f)));
  return h.digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(path.join(DIST, STAMP), 'utf8'));
  } catch {
    return undefined;
  }
}

function isCurrent(sources) {
  const stamp = readStamp();
  return stamp !== undefined && stamp.sources === sources && stamp.output === hashTree(DIST, (f) => f === STAMP);
}

const ts = typescript();
if (!ts) {
  // A production install (npm ci --omit=dev) has no compiler: it must ship a compiled dist/.
  if (existsSync(path.join(DIST, 'cli', 'main.js'))) process.exit(0);
  process.stderr.write('guanxi: cannot compile dist/: typescript is not installed (install the dev dependencies: npm ci)\n');
  process.exit(1);
}
const sources = sourcesHash(ts);
if (process.argv.includes('--if-stale') && isCurrent(sources)) process.exit(0);

const tmp = `${DIST}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
const r = spawnSync(process.execPath, [ts.tsc, '-p', path.join(ROOT, CONFIG), '--outDir', tmp], { stdio: 'inherit', cwd: ROOT });
if (r.status !== 0) {
  rmSync(tmp, { recursive: true, force: true });
  process.stderr.write(`guanxi: compiling src/ to dist/ failed (tsc exit ${r.status ?? r.signal}); dist/ is left as it was\n`);
  process.exit(1);
}
writeFileSync(path.join(tmp, STAMP), `${JSON.stringify({ sources, output: hashTree(tmp, (f) => f === STAMP) })}\n`);
rmSync(DIST, { recursive: true, force: true });
try {
  renameSync(tmp, DIST);
} catch (err) {
  // Another compile of the same sources won the race: its dist/ is as good as ours.
  rmSync(tmp, { recursive: true, force: true });
  if (!isCurrent(sources)) throw err;
}
