/**
 * The lexicon: word lists as data, extended with --dict, and every bad entry
 * reported with its file and line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DictionaryError, loadLexicon } from '../../src/lexicon/index.js';
import { buildGraph } from '../../src/pipeline/build.js';
import { initJieba, tag } from '../../src/segment/jieba.js';

const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-lexicon-'));
function file(name: string, text: string): string {
  const f = path.join(dir, name);
  writeFileSync(f, text);
  return f;
}

describe('lexicon', () => {
  it('reads the shipped lists', () => {
    const lex = loadLexicon();
    expect(lex.banks.byAlias.get('工行')).toBe('中国工商银行');
    expect(lex.units.level.get('支行')).toBe(1);
    expect(lex.units.sub.has('营业室')).toBe(true);
    expect(lex.typed.get('工行驿站')).toBe('programme');
    expect(lex.cues['honour-suffix']).toContain('先锋号');
    expect(lex.names.looksLikeFullName('欧阳明')).toBe(true);
    expect(lex.names.looksLikeFullName('工行')).toBe(false);
    // Common surnames: the most frequent single ones and every compound one; 於 and 由 start words as often.
    expect(['王芳', '冀光恒', '欧阳明'].map((n) => lex.names.commonSurname(n))).toEqual([true, false, true]);
    expect(['於君悦', '由本会', '莫负春'].map((n) => lex.names.commonSurname(n))).toEqual([false, false, true]);
  });

  it.each([
    ['a tag guanxi does not know', '浓情暖域 programm\n', /line 1: unknown tag "programm"/],
    ['a weight that is not a number', '\n# a comment\n浓情暖域 5x programme\n', /line 3: expected "word \[weight\] \[tag\]"/],
    ['too many fields', '浓情 暖域 5 programme\n', /line 1: expected/],
    ['a unit without a level', '# list: units\n分社\n', /line 2: expected "suffix<TAB>level/],
    ['a bank of an unknown kind', '# list: banks\n# kind: moon\n月亮银行\n', /line 2: unknown bank kind "moon"/],
    ['a surname that is not one', '# list: surnames\nabc\n', /line 2: expected one surname/],
    ['a list guanxi does not know', '# list: planets\n火星\n', /line 1: unknown list "planets"/],
    ['counties after two cities', '# list: places\n山海\t东港 西港\t南湖区\n', /line 2: expected "province<TAB>city city …" or/],
  ])('refuses %s, naming the file and line', (_what, text, message) => {
    const f = file(`bad-${Math.random().toString(36).slice(2)}.txt`, text);
    expect(() => loadLexicon([f])).toThrow(DictionaryError);
    expect(() => loadLexicon([f])).toThrow(message);
    expect(() => loadLexicon([f])).toThrow(f);
  });

  it('a missing dictionary is named', () => {
    expect(() => loadLexicon([path.join(dir, 'none.txt')])).toThrow(/none\.txt: no such file/);
  });

  it('--dict extends any list: typed words, cue words, surnames, units, banks, places', () => {
    const lex = loadLexicon([
      file('words.txt', '浓情暖域 programme\n荣膺了 honour-before\n东郭 surname\n'),
      file('units.tsv', '# list: units\n分社\t2\t\t50000\n'),
      file('banks.tsv', '# list: banks\n# kind: rural\n山海农村商业银行\t山海农商银行\t*山海农商行\n'),
      file('places.tsv', '# list: places\n山海\t东港\n山海\t东港\t澜汐区 北塘县\n'),
    ]);
    expect(lex.typed.get('浓情暖域')).toBe('programme');
    expect(lex.cues['honour-before']).toContain('荣膺了');
    expect(lex.names.looksLikeFullName('东郭明')).toBe(true);
    expect(lex.units.level.get('分社')).toBe(2);
    expect(lex.banks.byAlias.get('山海农商行')).toBe('山海农村商业银行');
    expect(lex.banks.banks.find((b) => b.name === '山海农村商业银行')).toMatchObject({ kind: 'rural', short: '山海农商行' });
    expect(lex.places.provinceOfCity.get('东港')).toBe('山海');
    expect(lex.places.byName.get('澜汐')).toEqual([{ name: '澜汐', full: '澜汐区', level: 'county', province: '山海', city: '东港' }]);
    expect(lex.places.byName.get('北塘县')?.[0]).toMatchObject({ name: '北塘', level: 'county', city: '东港' });
  });

  it('the shipped places hold divisions made after the package\'s data (临平区 of 杭州, 2021)', () => {
    const lex = loadLexicon();
    expect(lex.places.byName.get('临平')).toEqual([{ name: '临平', full: '临平区', level: 'county', province: '浙江', city: '杭州' }]);
  });

  it('a user word with a weight and no tag is segmented with that weight and tagged as jieba tags untagged words', () => {
    const lex = loadLexicon([file('weighted.txt', '暖域花开 30000\n')]);
    initJieba(lex);
    expect(tag('今天暖域花开了。').find((t) => t.word === '暖域花开')?.tag).toBe('x');
  });

  it('every post of the role cue lists that holds no unit suffix is one word to jieba, so a person gets the whole post', () => {
    const lex = loadLexicon();
    initJieba(lex);
    const posts = [...lex.cues['article-unit-role'], ...lex.cues['front-line-role'], ...lex.cues['top-post']];
    // (分行行长, 网点主任 hold a unit's suffix: as one word they would hide the unit before them.)
    const split = posts.filter((w) => !lex.units.suffixes.some((u) => w.includes(u)) && !tag(`${w}王芳说`).some((t) => t.word === w));
    expect(split).toEqual([]);
  });

  it('two builds in one process with different --dict each use their own words', async () => {
    const input = mkdtempSync(path.join(dir, 'in-'));
    writeFileSync(path.join(input, 'a.txt'), '工行丹东分行的金穗暖家今天开放。');
    const programmes = async (dicts: string[]): Promise<string[]> => {
      const { graph } = await buildGraph([input], { jobs: 1, dicts });
      return graph.filterNodes((_, a) => a.type === 'Programme').map((n) => graph.getNodeAttribute(n, 'name'));
    };
    expect(await programmes([file('with.txt', '金穗暖家 programme\n')])).toEqual(['金穗暖家']);
    expect(await programmes([])).toEqual([]);
    expect(await programmes([file('with2.txt', '金穗暖家 programme\n')])).toEqual(['金穗暖家']);
  });
});
