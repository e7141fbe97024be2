/**
 * Reads one article file: size guard, bytes, decoding. Failures become a
 * `skipped` result with the reason; the run goes on. Every file whose bytes
 * were read carries their digest, which identifies it in the build store.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeBytes, type Encoding } from './decode.js';
import { openablePath, shownPath } from './file-name.js';

/** Larger files are almost certainly not articles (and would hold a worker for long). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type SourceFile =
  | { ok: true; path: string; text: string; encoding: Encoding; digest: string }
  | { ok: false; path: string; reason: string; digest?: string };

/** The digest of a file's bytes (SHA-256, hex). */
export function digestBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The file's bytes, or why they cannot be used (too large, unreadable).
 * Read with synchronous calls: an article is a few kilobytes, and through
 * fs/promises (open, stat, read, close, each a trip through the thread pool
 * and a promise) reading cost five times the CPU of the calls themselves, a
 * twentieth of a one-thread build. The thread reading is the thread that
 * extracts the file next, so it had nothing else to do meanwhile.
 */
async function readBytes(file: string): Promise<{ bytes: Buffer } | { reason: string }> {
  try {
    // A name that is not UTF-8 comes in file-name.ts's form: opened by its bytes.
    // One open for the size check and the read: a stat per small article was a visible cost of a build.
    const fd = openSync(openablePath(file), 'r');
    try {
      const { size } = fstatSync(fd);
      if (size > MAX_FILE_BYTES) return { reason: `too large (${size} bytes; limit ${MAX_FILE_BYTES})` };
      return { bytes: readFileSync(fd) };
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { reason: code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? String(err)})` };
  }
}

export async function readSource(file: string): Promise<SourceFile> {
  // Reported as the name reads (file-name.ts).
  const path = shownPath(file);
  const read = await readBytes(file);
  if (!('bytes' in read)) return { ok: false, path, reason: read.reason };
  const digest = digestBytes(read.bytes);
  const decoded = decodeBytes(read.bytes);
  return decoded.ok ? { ok: true, path, text: decoded.text, encoding: decoded.encoding, digest } : { ok: false, path, reason: decoded.reason, digest };
}

/** The digest of a file's bytes without decoding them; undefined when they cannot be read (readSource says why). */
export async function fingerprint(file: string): Promise<string | undefined> {
  const read = await readBytes(file);
  return 'bytes' in read ? digestBytes(read.bytes) : undefined;
}
