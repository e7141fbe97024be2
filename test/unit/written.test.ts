/**
 * Names as written (src/pipeline/written.ts): a Traditional article's nodes are named, and their aliases given, in
 * the script of the article, so that a reader or a gold file that writes them so finds them.
 */
import { describe, expect, it, vi } from 'vitest';
import { extractFile } from '../../src/extract/index.js';
import { prepare } from '../../src/pipeline/process-file.js';
import { resolveFile } from '../../src/resolve/file/index.js';
import { GraphMerger } from '../../src/resolve/merge.js';
import { nameAsWritten } from '../../src/pipeline/written.js';
import { normalizeText } from '../../src/text/normalize.js';

function nodes(text: string): Array<{ type: string; name: string; aliases: string[] }> {
  const lex = prepare([]);
  const merger = new GraphMerger(lex);
  merger.add(resolveFile(extractFile('case.txt', text, lex), lex));
  const g = merger.finish();
  nameAsWritten(g, merger.traditionalFiles);
  return g.mapNodes((_, a) => ({ type: a.type, name: a.name, aliases: a.aliases }));
}

describe('names as written', () => {
  it.each([
    // A programme named with its kind around a quote: the quote is an alias, in the article's script.
    ['歲末年終，九江銀行推動「溫暖傳遞」社會公益活動，員工前往安老院探訪長者。', 'Programme', '溫暖傳遞'],
    // The same in Simplified needs no second form.
    ['岁末年终，九江银行推动“温暖传递”社会公益活动，员工前往敬老院探访老人。', 'Programme', '温暖传递'],
  ])('%s', (text, type, alias) => {
    const found = nodes(text).filter((n) => n.type === type);
    expect(found.some((n) => n.name === alias || n.aliases.includes(alias)), JSON.stringify(found)).toBe(true);
  });
});

describe('a bank named only in Traditional news', () => {
  const bank = (texts: string[]): { name: string; aliases: string[] } => {
    const lex = prepare([]);
    const merger = new GraphMerger(lex);
    texts.forEach((t, k) => merger.add(resolveFile(extractFile(`case${k}.txt`, t, lex), lex)));
    const g = merger.finish();
    nameAsWritten(g, merger.traditionalFiles);
    return g.mapNodes((_, a) => a).find((a) => a.type === 'Bank')!;
  };
  it.each([
    // The gazetteer's name is Simplified; the article writes the whole name in Traditional.
    ['星展銀行宣布擴大香港分行網絡。', '星展銀行'],
    ['花旗銀行宣布調整香港分行營業時間。', '花旗銀行'],
    // (The gazetteer's brackets are half-width, the text's full-width: the written name keeps the gazetteer's.)
    ['渣打銀行（中國）宣布在深圳開設新網點。', '渣打銀行(中國)'],
  ])('%s', (text, name) => {
    const found = bank([text]);
    expect(found.name).toBe(name);
    expect(found.aliases).toContain(normalizeText(name, true));
  });
  it('the text writes a short form only: the gazetteer name stays (no Traditional name the text never gives)', () => {
    expect(bank(['香港工商銀行分行經理陳大文表示，將加強服務。']).name).toBe('中国工商银行');
  });
  it('named in Simplified news as well: the gazetteer name stays', () => {
    expect(bank(['星展銀行宣布擴大香港分行網絡。', '星展银行宣布扩大分行网络。']).name).toBe('星展银行');
  });
});

describe('names as written, Simplified news', () => {
  it('never loads OpenCC: only the sentences of files read as Traditional are converted again', async () => {
    // Fresh modules, so that no other test's Traditional text has made the converters in this thread.
    vi.resetModules();
    const { converterMade } = await import('../../src/text/normalize.js');
    const { extractFile: extract } = await import('../../src/extract/index.js');
    const { prepare: prep } = await import('../../src/pipeline/process-file.js');
    const { resolveFile: resolve } = await import('../../src/resolve/file/index.js');
    const { GraphMerger: Merger } = await import('../../src/resolve/merge.js');
    const { nameAsWritten: written } = await import('../../src/pipeline/written.js');
    const lex = prep([]);
    const merger = new Merger(lex);
    merger.add(resolve(extract('a.txt', '农行湖滨支行行长李建国带领员工走进社区，开展“金融知识进万家”宣传活动。', lex), lex));
    merger.add(resolve(extract('b.txt', '德清农商银行荣获“浙江省五一劳动奖状”，该行董事长王红梅出席颁奖仪式。', lex), lex));
    const g = merger.finish();
    expect(merger.traditionalFiles.size).toBe(0);
    written(g, merger.traditionalFiles);
    expect(g.order).toBeGreaterThan(4);
    expect(converterMade()).toBe(false);
  });
});
