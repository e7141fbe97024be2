/**
 * Expands the command line's files and folders into the list of article
 * files to read: folders recursively, `.txt` and `.md` only, in a stable
 * order so that two runs read (and number) articles the same way.
 *
 * Symbolic links are followed, to files and to folders; a file reached twice
 * (through a link, or named twice) is read once, a link back up the tree
 * ends the walk there, and a broken link is reported. Names are read as
 * bytes, so a file whose name is not UTF-8 is found and opened too
 * (file-name.ts).
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { openablePath, pathBytes, pathFromBytes, shownPath } from './file-name.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

export interface Collected {
  /** Paths to read (a name that is not UTF-8 in file-name.ts's form). */
  files: string[];
  /** Paths that could not be used, with the reason. */
  problems: Array<{ path: string; reason: string }>;
}

interface Found {
  file: string;
  /** The file's real path, as a key: the same file reached twice is read once. */
  real: string;
}

const SEP = Buffer.from(path.sep);

export async function collectFiles(inputs: string[]): Promise<Collected> {
  const files: string[] = [];
  const problems: Collected['problems'] = [];
  const seen = new Set<string>();
  const add = (found: Found): void => {
    if (!seen.has(found.real)) {
      seen.add(found.real);
      files.push(found.file);
    }
  };
  for (const given of inputs) {
    const input = await locate(given);
    let info;
    try {
      info = await stat(openablePath(input));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push({ path: given, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'error'})` });
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(normalized(input), problems, new Set());
      if (found.length === 0) problems.push({ path: given, reason: 'folder holds no .txt or .md files' });
      found.forEach(add);
    } else if (info.isFile()) {
      // A file named explicitly is read whatever its extension: the user asked for it.
      add({ file: input, real: await realKey(input) });
    } else {
      problems.push({ path: given, reason: 'not a regular file or folder' });
    }
  }
  return { files, problems };
}

/**
 * `ancestors` holds the real paths of the folders above this one in the
 * walk: a link to one of them would loop.
 */
async function walk(dir: string, problems: Collected['problems'], ancestors: Set<string>): Promise<Found[]> {
  let entries: Array<Dirent<Buffer>>;
  let real: string;
  try {
    real = await realKey(dir);
    entries = await readdir(openablePath(dir), { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push({ path: shownPath(dir), reason: code === 'EACCES' ? 'permission denied (cannot list folder)' : `cannot list folder (${code ?? 'error'})` });
    return [];
  }
  if (ancestors.has(real)) return [];
  const below = new Set(ancestors).add(real);
  // The order names had when they were read as strings; bytes break ties between names that only differ there.
  entries.sort((a, b) => compare(a.name.toString('utf8'), b.name.toString('utf8')) || Buffer.compare(a.name, b.name));
  const base = pathBytes(dir);
  const out: Found[] = [];
  for (const e of entries) {
    const name = e.name.toString('utf8');
    const p = pathFromBytes(join(base, e.name));
    let kind: 'dir' | 'file' | 'other' = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
    if (e.isSymbolicLink()) {
      try {
        const target = await stat(openablePath(p));
        kind = target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        problems.push({ path: shownPath(p), reason: code === 'ENOENT' ? 'broken symbolic link' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read (${code ?? 'error'})` });
        continue;
      }
    }
    if (kind === 'dir') {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      out.push(...(await walk(p, problems, below)));
    } else if (kind === 'file' && isArticle(name)) {
      out.push({ file: p, real: e.isSymbolicLink() ? await realKey(p) : Buffer.concat([Buffer.from(real, 'latin1'), SEP, e.name]).toString('latin1') });
    }
  }
  return out;
}

/**
 * A path given on the command line whose name is not UTF-8 arrives with
 * replacement characters (Node decodes arguments as UTF-8): find the entry
 * of its folder that decodes to the same text.
 */
async function locate(given: string): Promise<string> {
  if (!given.includes('\uFFFD')) return given;
  try {
    const parent = path.dirname(given);
    const match = (await readdir(parent, { encoding: 'buffer' })).find((n) => n.toString('utf8') === path.basename(given));
    return match ? pathFromBytes(join(Buffer.from(parent), match)) : given;
  } catch {
    return given;
  }
}

/** The input folder as path.join would write it, so file paths read as they always did. */
function normalized(p: string): string {
  if (openablePath(p) !== p) return p;
  const n = path.normalize(p);
  return n.length > 1 && n.endsWith(path.sep) ? n.slice(0, -1) : n;
}

function join(dir: Buffer, name: Buffer): Buffer {
  if (dir.equals(Buffer.from('.'))) return name;
  return dir.subarray(-SEP.length).equals(SEP) ? Buffer.concat([dir, name]) : Buffer.concat([dir, SEP, name]);
}

/** The real path's bytes as a string key. */
async function realKey(p: string): Promise<string> {
  return (await realpath(openablePath(p), { encoding: 'buffer' })).toString('latin1');
}

function isArticle(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
