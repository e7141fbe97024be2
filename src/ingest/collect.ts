/**
 * Expands the command line's files and folders into the list of article
 * files to read: folders recursively, `.txt` and `.md` only, in a stable
 * order so that two runs read (and number) articles the same way.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

export interface Collected {
  files: string[];
  /** Paths that could not be used, with the reason. */
  problems: Array<{ path: string; reason: string }>;
}

export async function collectFiles(inputs: string[]): Promise<Collected> {
  const files: string[] = [];
  const problems: Collected['problems'] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    const abs = path.resolve(f);
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(f);
    }
  };
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push({ path: input, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'error'})` });
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(input, problems);
      if (found.length === 0) problems.push({ path: input, reason: 'folder holds no .txt or .md files' });
      found.forEach(add);
    } else if (info.isFile()) {
      // A file named explicitly is read whatever its extension: the user asked for it.
      add(input);
    } else {
      problems.push({ path: input, reason: 'not a regular file or folder' });
    }
  }
  return { files, problems };
}

async function walk(dir: string, problems: Collected['problems']): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push({ path: dir, reason: `cannot list folder (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      out.push(...(await walk(p, problems)));
    } else if (e.isFile() && ARTICLE_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext))) {
      out.push(p);
    }
  }
  return out;
}
