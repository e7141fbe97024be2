/**
 * Decoding a file's bytes: the encoding is detected from the content (BOM,
 * UTF-8 validity, then GB18030), never from the file name. Binary and
 * undecodable content is refused with a reason a user can act on.
 */
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8(bytes.subarray(3));
    return text === undefined ? { ok: false, reason: 'starts with a UTF-8 byte-order mark but is not valid UTF-8' } : checked(text, 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be');
  }
  // NUL bytes never occur in UTF-8 or GB18030 text: without a UTF-16 BOM this is binary.
  if (bytes.includes(0)) return { ok: false, reason: 'binary content (NUL bytes; UTF-16 needs a byte-order mark)' };
  const asUtf8 = decodeUtf8(bytes);
  if (asUtf8 !== undefined) return checked(asUtf8, 'utf-8');
  const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
  // iconv-lite maps invalid sequences to U+FFFD; a few can be a damaged byte, many mean "not GB18030".
  const bad = countChar(gb, '\uFFFD');
  if (bad > Math.max(2, gb.length / 1000)) {
    return { ok: false, reason: 'not decodable as UTF-8, UTF-16 or GB18030/GBK' };
  }
  return checked(gb, 'gb18030');
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Rejects decoded text that is mostly control characters (binary data that happened to decode). */
function checked(text: string, encoding: Encoding): Decoded {
  if (text.trim() === '') return { ok: false, reason: 'no text (only white space)' };
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  if (control > text.length / 100) return { ok: false, reason: `binary content (${control} control characters)` };
  return { ok: true, text, encoding };
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
