/**
 * Reads one article file: size guard, bytes, decoding. Failures become a
 * `skipped` result with the reason; the run goes on.
 */
import { open } from 'node:fs/promises';
import { decodeBytes, type Encoding } from './decode.js';
import { openablePath, shownPath } from './file-name.js';

/** Larger files are almost certainly not articles (and would hold a worker for long). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type SourceFile =
  | { ok: true; path: string; text: string; encoding: Encoding }
  | { ok: false; path: string; reason: string };

export async function readSource(file: string): Promise<SourceFile> {
  // A name that is not UTF-8 comes in file-name.ts's form: opened by its bytes, reported as it reads.
  const path = shownPath(file);
  try {
    // One open for the size check and the read: a stat per small article was a visible cost of a build.
    const handle = await open(openablePath(file), 'r');
    let bytes: Buffer;
    try {
      const { size } = await handle.stat();
      if (size > MAX_FILE_BYTES) return { ok: false, path, reason: `too large (${size} bytes; limit ${MAX_FILE_BYTES})` };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    const decoded = decodeBytes(bytes);
    return decoded.ok ? { ok: true, path, text: decoded.text, encoding: decoded.encoding } : { ok: false, path, reason: decoded.reason };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, path, reason: code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? String(err)})` };
  }
}
