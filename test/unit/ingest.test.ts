import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/ingest/collect.js';
import { decodeBytes } from '../../src/ingest/decode.js';

const TEXT = '工行沈阳向工街支行荣获“工人先锋号”称号。';

describe('decodeBytes: the encoding comes from the content', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8-bom'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]), 'utf-16be'],
    ['GB18030', iconv.encode(TEXT, 'gb18030'), 'gb18030'],
    ['GBK', iconv.encode(TEXT, 'gbk'), 'gb18030'],
  ])('%s', (_label, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: TEXT, encoding });
  });

  it.each([
    ['empty', Buffer.alloc(0), 'empty file'],
    ['white space only', Buffer.from(' \n\t\n'), 'no text (only white space)'],
    ['binary with NUL bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary content (NUL bytes; UTF-16 needs a byte-order mark)'],
    ['UTF-16 without BOM', iconv.encode('abc', 'utf-16le'), 'binary content (NUL bytes; UTF-16 needs a byte-order mark)'],
  ])('refuses %s', (_label, bytes, reason) => {
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => [0xff, 0x30 + (i % 10)]).flat());
    expect(decodeBytes(junk)).toEqual({ ok: false, reason: 'not decodable as UTF-8, UTF-16 or GB18030/GBK' });
  });
});

describe('collectFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-collect-'));
  mkdirSync(path.join(dir, 'b', 'deep'), { recursive: true });
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'b', 'deep', '2.md'), '# 标题');
  writeFileSync(path.join(dir, 'a.txt'), TEXT);
  writeFileSync(path.join(dir, 'photo.jpg'), 'x');

  it('walks folders recursively, keeps .txt and .md, in a stable order', async () => {
    const r = await collectFiles([dir]);
    expect(r.files.map((f) => path.relative(dir, f))).toEqual(['a.txt', path.join('b', 'deep', '2.md')]);
    // An empty sub-folder is not a problem: only the paths given are checked for articles.
    expect(r.problems).toEqual([]);
  });

  it('reports a missing path and a folder without articles', async () => {
    const r = await collectFiles([path.join(dir, 'nope'), path.join(dir, 'empty')]);
    expect(r.files).toEqual([]);
    expect(r.problems).toEqual([
      { path: path.join(dir, 'nope'), reason: 'no such file or folder' },
      { path: path.join(dir, 'empty'), reason: 'folder holds no .txt or .md files' },
    ]);
  });

  it('reads a file named explicitly whatever its extension, once', async () => {
    const r = await collectFiles([path.join(dir, 'photo.jpg'), path.join(dir, 'a.txt'), dir]);
    expect(r.files.map((f) => path.basename(f))).toEqual(['photo.jpg', 'a.txt', '2.md']);
  });
});
