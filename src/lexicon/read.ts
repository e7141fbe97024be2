/**
 * Reading the files of `dict/` and of `--dict`: lines without comments and
 * blank lines, each with its line number, so that a bad entry is reported
 * with the file and line a user has to fix.
 */
import { readFileSync } from 'node:fs';

export class DictionaryError extends Error {
  override readonly name = 'DictionaryError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super(`dictionary ${file}${line !== undefined ? `, line ${line}` : ''}: ${detail}`);
  }
}

export interface Line {
  text: string;
  /** 1-based line number in its file. */
  line: number;
}

/** Every line of a file, comments included, trimmed of the line break only. */
export function readAllLines(file: string): Line[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DictionaryError(file, undefined, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`);
  }
  return raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ text, line: i + 1 }));
}

/** The entries of a file: lines that are neither blank nor comments, trimmed. */
export function readLines(file: string): Line[] {
  return readAllLines(file)
    .map((l) => ({ text: l.text.trim(), line: l.line }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}

/** The `# list: NAME` header that makes a `--dict` file a list of its own format (banks, places). */
export function listHeader(file: string): string | undefined {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const first = raw.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '');
  return /^#\s*list:\s*([a-z-]+)\s*$/.exec(first?.trim() ?? '')?.[1];
}
