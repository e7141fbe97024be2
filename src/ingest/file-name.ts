/**
 * File names that are not UTF-8. Node turns a path string into bytes as
 * UTF-8, so a name written in another encoding (GBK, from an old Chinese
 * archive) has no string that opens it. Such a path travels through the
 * build as a string of its own form, `\0HEX\0SHOWN`: the bytes in hex, then
 * the name decoded as GB18030 (or UTF-8 with replacement characters) for
 * messages and the graph. NUL never occurs in a real path, so the two forms
 * cannot be confused.
 */
import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The string for a path's bytes: the plain path when they are UTF-8, else the form above. */
export function pathFromBytes(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return `\0${bytes.toString('hex')}\0${shown(bytes)}`;
  }
}

/** What to give `fs` to open the path. */
export function openablePath(p: string): string | Buffer {
  const m = /^\0([0-9a-f]*)\0/.exec(p);
  return m ? Buffer.from(m[1] as string, 'hex') : p;
}

/** The path as people read it. */
export function shownPath(p: string): string {
  const m = /^\0[0-9a-f]*\0/.exec(p);
  return m ? p.slice(m[0].length) : p;
}

/** The path's bytes (for comparing and joining). */
export function pathBytes(p: string): Buffer {
  const raw = openablePath(p);
  return typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
}

function shown(bytes: Buffer): string {
  const gb = iconv.decode(bytes, 'gb18030');
  return gb.includes('\uFFFD') ? bytes.toString('utf8') : gb;
}
