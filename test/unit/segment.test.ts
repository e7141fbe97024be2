/**
 * jieba's main dictionary read once (src/segment/dict-once.ts): nodejieba's
 * first reader of the path gets the whole dictionary, its second (the unused
 * TextRank extractor) a one-word one, and the tagger segments exactly as
 * with a plain load. Where no named pipe can be made, the plain load.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDictOnce } from '../../src/segment/dict-once.js';

const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-segment-'));
const dict = path.join(dir, 'dict.utf8');
writeFileSync(dict, '银行 100 n\n支行 50 n\n'.repeat(20_000));
// The helpers' folders are made in a temporary folder of the tests' own, so that another build running on the
// machine (another test file, another user) cannot make or take one between the two looks.
const own = mkdtempSync(path.join(tmpdir(), 'guanxi-segment-tmp-'));
const pipes = () => readdirSync(own).filter((f) => f.startsWith('guanxi-jieba-')).sort();

describe.skipIf(process.platform === 'win32')('the dictionary read once', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = own;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = saved;
  });
  afterAll(() => {
    rmSync(own, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the whole dictionary to the first reader of the path and one word to the second', () => {
    const before = pipes();
    const reads: string[] = [];
    // nodejieba's order: the tagger opens and reads the path to its end, then TextRank opens it again.
    const during: string[][] = [];
    const how = loadDictOnce(dict, (p) => {
      during.push(pipes());
      reads.push(readFileSync(p, 'utf8'), readFileSync(p, 'utf8'));
    });
    // (The helper's folder is made where the test looks, and gone after.)
    expect(during[0]).toHaveLength(before.length + 1);
    expect(how).toBe('once');
    expect(reads[0]).toBe(readFileSync(dict, 'utf8'));
    expect(reads[1]!.trim().split('\n')).toHaveLength(1);
    expect(pipes()).toEqual(before);
  });

  it('lets the helper go when the load fails before opening the path', () => {
    const before = pipes();
    expect(() =>
      loadDictOnce(dict, () => {
        throw new Error('no load');
      }),
    ).toThrow('no load');
    expect(pipes()).toEqual(before);
  });

  it('loads the plain way where no named pipe can be made', () => {
    const path0 = process.env['PATH'];
    process.env['PATH'] = '';
    try {
      const got: string[] = [];
      expect(loadDictOnce(dict, (p) => void got.push(p))).toBe('plain');
      expect(got).toEqual([dict]);
    } finally {
      process.env['PATH'] = path0;
    }
  });

  it('segments and tags as a plain load does', () => {
    const nodejieba = createRequire(import.meta.url)('nodejieba') as typeof import('nodejieba') & { DEFAULT_DICT: string };
    expect(existsSync(nodejieba.DEFAULT_DICT)).toBe(true);
    const text = '某某银行某市分行营业部主任张三说，本行今年推出了“惠民贷”产品，获评全市金融服务先进单位。';
    nodejieba.load({ dict: nodejieba.DEFAULT_DICT });
    const plain = nodejieba.tag(text);
    expect(loadDictOnce(nodejieba.DEFAULT_DICT, (p) => void nodejieba.load({ dict: p }))).toBe('once');
    expect(nodejieba.tag(text)).toEqual(plain);
  });
});
