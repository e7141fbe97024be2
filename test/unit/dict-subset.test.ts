/**
 * jieba loaded with only the dictionary words the texts use
 * (src/segment/dict-subset.ts): the cut-down dictionary keeps the whole
 * one's sum, minimum and median of frequencies, and segments and tags every
 * covered text exactly as the whole dictionary does; a text it does not
 * cover gets the whole dictionary. A build of a few files through the part
 * gives the graph a build through the whole gives.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { synthArticles } from '../../bench/synth.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { processFiles } from '../../src/pipeline/process-file.js';
import { covered, readMainDictionary, substringHashes, subsetDictionary } from '../../src/segment/dict-subset.js';
import { initJieba, initJiebaFor, tag } from '../../src/segment/jieba.js';

const DEFAULT_DICT = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;

/** A user dictionary of one word, named for the test: a lexicon of its own makes jieba load again. */
function ownDictionary(name: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'guanxi-part-dict-')), `${name}.dict`);
  writeFileSync(file, `金穗${name.length}夜读 programme\n`);
  return file;
}

// Our own sentences, one per shape that segmentation meets: names, units, numbers and dates, Latin letters,
// Traditional characters, full-width digits, a line broken inside a word, words longer than four characters.
const SENTENCES = [
  '中国工商银行丹东分行营业部主任李明华介绍，2023年5月12日起网点延长营业时间。',
  '农行城南支行行长周海说，网点明年再办一次“雷锋存折”活动。',
  '東亞銀行委任陳志明為香港分行經理，即日生效。',
  '邮储银行ATM机旁，客户经理王芳芳为老人讲解反诈知识１２３。',
  '该行荣获“全国五一劳动奖状”和2022年度省级文明单位称号',
  '记者 张三 通讯员 李四\n报道',
  '中华人民共和国国务院新闻办公室举行发布会，人民银行副行长出席。',
];

describe('the part of the main dictionary', () => {
  const main = readMainDictionary(DEFAULT_DICT)!;

  it('keeps the sum, the minimum and the median of the whole dictionary', () => {
    const part = subsetDictionary(main, substringHashes(SENTENCES, main.longest));
    const freqs = part.trim().split('\n').map((l) => Number(l.split(' ')[1]));
    expect(freqs.length).toBeLessThan(main.lineStart.length / 20);
    expect(freqs.reduce((a, b) => a + b, 0)).toBe(main.sum);
    const sorted = [...freqs].sort((a, b) => a - b);
    expect(sorted[0]).toBe(main.min);
    expect(sorted[Math.floor(sorted.length / 2)]).toBe(main.median);
    expect(Math.max(...freqs)).toBeLessThanOrEqual(main.max);
  });

  it('holds every word of the dictionary that occurs in the texts', () => {
    const part = new Set(subsetDictionary(main, substringHashes(SENTENCES, main.longest)).split('\n').map((l) => l.split(' ')[0]));
    for (const w of ['工商银行', '营业部', '延长', '劳动', '国务院新闻办公室']) expect(part.has(w), w).toBe(true);
  });

  it('covers the texts and their substrings, not a text with other words', () => {
    const hashes = substringHashes(SENTENCES, main.longest);
    expect(covered(hashes, SENTENCES[0]!, main.longest)).toBe(true);
    expect(covered(hashes, '丹东分行营业部', main.longest)).toBe(true);
    expect(covered(hashes, '丹东分行营业部开展', main.longest)).toBe(false);
  });

  it('segments and tags each text as the whole dictionary does, and loads the whole for a text it does not cover', () => {
    // A lexicon of its own: jieba is loaded afresh for it, whatever another test loaded.
    const lex = loadLexicon([ownDictionary('tag')]);
    const texts = [...SENTENCES, ...[...synthArticles(3, 5)].map((a) => a.text)];
    initJiebaFor(lex, texts);
    const part = texts.map((t) => tag(t));
    const other = '建设银行西湖支行开展金融知识进社区活动，居民纷纷点赞。';
    // Not covered: the whole dictionary is loaded for it.
    const otherPart = tag(other);
    initJieba(lex);
    expect(part).toEqual(texts.map((t) => tag(t)));
    expect(otherPart).toEqual(tag(other));
  });
});

describe('a build of few files', () => {
  it('gives the graph a build through the whole dictionary gives', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-part-'));
    const files = [...synthArticles(4, 11)].map((a, i) => {
      const file = path.join(dir, `a${i}.txt`);
      writeFileSync(file, a.text);
      return file;
    });
    files.push(path.join(dir, 'own.txt'));
    writeFileSync(files.at(-1)!, `工行驿站\n\n${SENTENCES.join('\n')}\n`);
    const dicts = [ownDictionary('build')];
    const run = async (few: boolean) => {
      const out: unknown[] = [];
      for await (const o of processFiles(files, dicts, undefined, false, few)) out.push(o);
      return out;
    };
    const part = await run(true);
    expect(await run(false)).toEqual(part);
    expect(part.every((o) => (o as { kind: string }).kind === 'ok')).toBe(true);
  });
});
