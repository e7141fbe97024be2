/**
 * Reads one article file: size guard, bytes, decoding. Failures become a
 * `skipped` result with the reason; the run goes on.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes, type Encoding } from './decode.js';

/** Larger files are almost certainly not articles (and would hold a worker for long). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type SourceFile =
  | { ok: true; path: string; text: string; encoding: Encoding }
  | { ok: false; path: string; reason: string };

export async function readSource(path: string): Promise<SourceFile> {
  try {
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) return { ok: false, path, reason: `too large (${info.size} bytes; limit ${MAX_FILE_BYTES})` };
    const decoded = decodeBytes(await readFile(path));
    return decoded.ok ? { ok: true, path, text: decoded.text, encoding: decoded.encoding } : { ok: false, path, reason: decoded.reason };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, path, reason: code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? String(err)})` };
  }
}
