import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/ingest/collect.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { MAX_FILE_BYTES, readSource } from '../../src/ingest/read.js';
import { buildGraph } from '../../src/pipeline/build.js';

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

describe('collectFiles: symbolic links and file names', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-links-'));
  const input = path.join(dir, 'input');
  mkdirSync(path.join(dir, 'elsewhere', 'more'), { recursive: true });
  mkdirSync(input);
  writeFileSync(path.join(dir, 'elsewhere', 'linked.txt'), TEXT);
  writeFileSync(path.join(dir, 'elsewhere', 'more', 'deep.md'), '# 标题');
  writeFileSync(path.join(input, 'a.txt'), TEXT);
  symlinkSync(path.join('..', 'elsewhere', 'linked.txt'), path.join(input, 'b-link.txt'));
  symlinkSync(path.join(dir, 'elsewhere', 'more'), path.join(input, 'c-folder'));
  // The same file twice, and a loop back up the tree: each file is read once, the walk ends.
  symlinkSync('a.txt', path.join(input, 'd-again.txt'));
  symlinkSync('..', path.join(input, 'e-loop'));
  symlinkSync('missing.txt', path.join(input, 'f-broken.txt'));

  it('follows links to files and folders inside an input folder, reads each file once, reports a broken link', async () => {
    const r = await collectFiles([input]);
    expect(r.files.map((f) => path.relative(input, f))).toEqual(['a.txt', 'b-link.txt', path.join('c-folder', 'deep.md')]);
    expect(r.problems).toEqual([{ path: path.join(input, 'f-broken.txt'), reason: 'broken symbolic link' }]);
  });

  it('never waits on a FIFO, in a folder or named', async () => {
    const fifos = mkdtempSync(path.join(tmpdir(), 'guanxi-fifo-'));
    writeFileSync(path.join(fifos, 'a.txt'), TEXT);
    expect(spawnSync('mkfifo', [path.join(fifos, 'pipe.txt')]).status).toBe(0);
    const r = await collectFiles([fifos, path.join(fifos, 'pipe.txt')]);
    expect(r.files.map((f) => path.basename(f))).toEqual(['a.txt']);
    expect(r.problems).toEqual([{ path: path.join(fifos, 'pipe.txt'), reason: 'not a regular file or folder' }]);
  });

  it('reads a file whose name is not UTF-8 (a GBK name), and names it decoded', async () => {
    const gbk = mkdtempSync(path.join(tmpdir(), 'guanxi-gbk-name-'));
    const name = Buffer.concat([iconv.encode('工行新闻', 'gbk'), Buffer.from('.txt')]);
    writeFileSync(Buffer.concat([Buffer.from(`${gbk}/`), name]), '工行沈阳分行开展驿站服务\n\n记者 周海\n\n工行沈阳分行今年启动“暖心驿站”活动。');
    const result = await buildGraph([gbk], { jobs: 1 });
    expect(result.skipped).toEqual([]);
    expect(result.files).toBe(1);
    expect(result.graph.getAttribute('files')).toEqual([path.join(gbk, '工行新闻.txt')]);
  });

  it('skips a file over the size limit by name, without reading it', async () => {
    const big = path.join(mkdtempSync(path.join(tmpdir(), 'guanxi-big-')), 'big.txt');
    // Sparse: the size is there, the bytes are not (the limit is checked before anything is read).
    writeFileSync(big, TEXT);
    truncateSync(big, MAX_FILE_BYTES + 1);
    expect(await readSource(big)).toEqual({ ok: false, path: big, reason: `too large (${MAX_FILE_BYTES + 1} bytes; limit ${MAX_FILE_BYTES})` });
  });
});
