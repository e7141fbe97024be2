/**
 * Gold files merged into one set: which entities of two files are one entity,
 * and the relations carried over onto the merged ids.
 */
import { describe, expect, it } from 'vitest';
import { mergeGold, parseGold, type Gold } from '../../src/eval/gold.js';
import { normalizeName, score } from '../../src/eval/score.js';
import { createGraph, type GuanxiGraph } from '../../src/graph/model.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { goldIdentity } from '../../src/pipeline/gold-identity.js';

type E = [id: string, type: string, name: string, aliases?: string[]];

function gold(doc: string, entities: E[], relations: Array<[string, string, string]> = []): Gold {
  return parseGold({
    corpus: 'test',
    entities: entities.map(([id, type, name, aliases = []]) => ({ id, type, name, aliases, docs: [doc] })),
    relations: relations.map(([head, type, tail]) => ({ head, type, tail })),
  });
}

/** 交行 and 交通银行 are one bank; 城南支行 stays a name of its own. */
const sameBank = (type: string, name: string): string | undefined => (type === 'Bank' ? ({ 交行: '交通银行', 交通银行: '交通银行', 工行: '中国工商银行' } as Record<string, string>)[name] : undefined);

const rows: Array<{ what: string; files: Gold[]; sameAs?: typeof sameBank; names: string[][] }> = [
  { what: 'the same name is one entity', files: [gold('a', [['a-1', 'Bank', '交通银行']]), gold('b', [['b-1', 'Bank', '交通银行']])], names: [['交通银行']] },
  { what: "one file's name is an alias in the other", files: [gold('a', [['a-1', 'Bank', '交通银行', ['交行']]]), gold('b', [['b-1', 'Bank', '交行']])], names: [['交通银行', '交行']] },
  { what: 'a shared alias alone is not enough', files: [gold('a', [['a-1', 'Branch', '工行城南支行', ['城南支行']]]), gold('b', [['b-1', 'Branch', '农行城南支行', ['城南支行']]])], names: [['工行城南支行', '城南支行'], ['农行城南支行', '城南支行']] },
  { what: 'different forms with no key stay two', files: [gold('a', [['a-1', 'Bank', '交通银行']]), gold('b', [['b-1', 'Bank', '交行']])], names: [['交通银行'], ['交行']] },
  { what: 'different forms with one key are one', files: [gold('a', [['a-1', 'Bank', '交通银行']]), gold('b', [['b-1', 'Bank', '交行']])], sameAs: sameBank, names: [['交通银行', '交行']] },
  { what: 'the key joins only entities of one type', files: [gold('a', [['a-1', 'Bank', '交通银行']]), gold('b', [['b-1', 'Branch', '交行']])], sameAs: sameBank, names: [['交通银行'], ['交行']] },
  {
    what: 'one file that annotates two entities with one key keeps them two',
    files: [gold('a', [['a-1', 'Bank', '交通银行']]), gold('b', [['b-1', 'Bank', '交行'], ['b-2', 'Bank', '交通银行']])],
    sameAs: sameBank,
    names: [['交通银行'], ['交行']],
  },
];

describe('parseGold: each relation joins the types it is defined for', () => {
  const ends: Array<[what: string, relation: [string, string, string], error: RegExp | undefined]> = [
    ['a bank runs a programme', ['bank', 'RUNS', 'plan'], undefined],
    ['a programme does not run a bank: swapped, and said so', ['plan', 'RUNS', 'bank'], /RUNS goes from Branch or Bank to Programme, not from Programme plan to Bank bank \(head and tail swapped\?\)/],
    ['a person works at a branch', ['person', 'WORKS_AT', 'branch'], undefined],
    ['a person does not work at a programme', ['person', 'WORKS_AT', 'plan'], /WORKS_AT goes from Person to Branch or Bank/],
    ['a branch is part of a bank', ['branch', 'PART_OF', 'bank'], undefined],
    ['a bank is part of no branch', ['bank', 'PART_OF', 'branch'], /head and tail swapped/],
    ['a branch received an honour', ['branch', 'RECEIVED', 'honour'], undefined],
    ['a type the scorer does not know is left alone', ['person', 'KNOWS', 'plan'], undefined],
  ];
  const entities: E[] = [['bank', 'Bank', '交通银行'], ['branch', 'Branch', '交行城南支行'], ['person', 'Person', '韩梅'], ['plan', 'Programme', '金融夜校'], ['honour', 'Honour', '文明网点']];
  it.each(ends)('%s', (_what, relation, error) => {
    const read = (): Gold => gold('a', entities, [relation]);
    if (error) expect(read).toThrow(error);
    else expect(read().relations).toHaveLength(1);
  });
});

describe('mergeGold', () => {
  for (const row of rows) {
    it(row.what, () => {
      const merged = mergeGold(row.files, row.sameAs);
      expect(merged.entities.map((e) => [e.name, ...e.aliases])).toEqual(row.names);
    });
  }

  it('carries relations over onto the merged entity and drops the duplicates', () => {
    const a = gold('a', [['a-bank', 'Bank', '交通银行'], ['a-br', 'Branch', '交行城南支行']], [['a-br', 'PART_OF', 'a-bank']]);
    const b = gold('b', [['b-bank', 'Bank', '交行'], ['b-br', 'Branch', '交行城南支行']], [['b-br', 'PART_OF', 'b-bank']]);
    const merged = mergeGold([a, b], sameBank);
    expect(merged.entities).toHaveLength(2);
    expect(merged.relations).toEqual([{ head: 'a-br', type: 'PART_OF', tail: 'a-bank' }]);
    expect(merged.entities.find((e) => e.id === 'a-bank')!.docs).toEqual(['a', 'b']);
  });
});

describe('normalizeName', () => {
  it.each([
    ['中國建設(shè)銀行臨汾分行', '中國建設銀行臨汾分行'],
    ['“九江好人”', '九江好人'],
    ['ＡＴＭ 服务', 'ATM服务'],
    ['ATM(mobile)', 'ATM(mobile)'],
  ])('%s', (name, normal) => {
    expect(normalizeName(name)).toBe(normal);
  });
});

describe('goldIdentity: the gold joins what the graph joins', () => {
  const same = goldIdentity(loadLexicon());
  it.each([
    // type, the name in one article, in another, one entity?
    ['Person', '張立新', '张立新', true],
    ['Branch', '中國銀行東山分行', '中国银行东山分行', true],
    ['Honour', '青年文明號', '青年文明号', true],
    ['Bank', '交通銀行', '交行', true],
    ['Bank', '東亞銀行', '东亚银行', true],
    ['Person', '張立新', '张立', false],
    ['Branch', '東山支行', '西山支行', false],
    // A branch named with its bank: keyed by the bank and its canonical core, as the graph keys it.
    ['Branch', '中行江西省分行', '中国银行江西分行', true],
    ['Branch', '工行湖州市城东支行', '中国工商银行湖州城东支行', true],
    ['Branch', '中行江西省分行', '工行江西省分行', false],
    ['Branch', '中行江西省分行', '中行江苏省分行', false],
    // A bank's legal name and its name with its Latin short form in front are the bank's.
    ['Bank', '中國銀行(香港)有限公司', '中銀香港', true],
    ['Bank', '招商银行股份有限公司', '招行', true],
    ['Bank', 'OCBC華僑銀行', '华侨银行', true],
    ['Bank', 'HSBC華僑銀行', '华侨银行', false],
  ] as const)('%s %s / %s', (type, one, other, joined) => {
    const merged = mergeGold([gold('a', [['a-1', type, one]]), gold('b', [['b-1', type, other]])], same);
    expect(merged.entities.length).toBe(joined ? 1 : 2);
  });

  it('a bank the gazetteer knows by an alias is keyed by it, not by its unknown name', () => {
    const a = gold('a', [['a-1', 'Bank', '東山某某銀行', ['交行']]]);
    const b = gold('b', [['b-1', 'Bank', '交通银行']]);
    expect(mergeGold([a, b], same).entities).toHaveLength(1);
  });
});

describe('score: which node a gold entity takes', () => {
  const node = (g: GuanxiGraph, type: 'Bank' | 'Branch', key: string, name: string, aliases: string[], bank?: string): void => {
    g.addNode(key, { id: key, type, name, aliases, confidence: 1, rule: 'test', evidence: [], mentions: 1, ...(bank ? { bank } : {}) });
  };
  // Two banks each have a branch the text calls 北京分行; the gold's 北京分行 is under 招商银行.
  function graphOfTwo(): GuanxiGraph {
    const g = createGraph();
    node(g, 'Bank', 'Bank:中国工商银行', '中国工商银行', ['工行']);
    node(g, 'Bank', 'Bank:招商银行', '招商银行', []);
    node(g, 'Branch', 'Branch:中国工商银行|北京分行', '工行北京分行', ['北京分行'], '中国工商银行');
    node(g, 'Branch', 'Branch:招商银行|北京分行', '招商银行北京分行', ['北京分行'], '招商银行');
    g.addEdge('Branch:中国工商银行|北京分行', 'Bank:中国工商银行', { type: 'PART_OF', confidence: 1, rule: 'test', evidence: [] });
    g.addEdge('Branch:招商银行|北京分行', 'Bank:招商银行', { type: 'PART_OF', confidence: 1, rule: 'test', evidence: [] });
    return g;
  }
  it('a bare branch name takes the node of the bank its gold PART_OF names, not the first that shares the name', () => {
    const gd = gold('a', [['a-bank', 'Bank', '招商银行'], ['a-br', 'Branch', '北京分行']], [['a-br', 'PART_OF', 'a-bank']]);
    const r = score(graphOfTwo(), gd);
    expect(r.relationsByType['PART_OF']).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.spuriousEntities.filter((x) => x.startsWith('Branch'))).toEqual(['Branch 工行北京分行']);
  });
  it('the same when the bank’s node is named in Traditional (its key and the branch’s bank stay Simplified)', () => {
    const g = graphOfTwo();
    g.mergeNodeAttributes('Bank:招商银行', { name: '招商銀行', aliases: ['招商银行'] });
    const gd = gold('a', [['a-bank', 'Bank', '招商銀行'], ['a-br', 'Branch', '北京分行']], [['a-br', 'PART_OF', 'a-bank']]);
    expect(score(g, gd).relationsByType['PART_OF']).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
  it('a gold name that is a node’s own name still takes that node first', () => {
    const gd = gold('a', [['a-bank', 'Bank', '招商银行'], ['a-br', 'Branch', '工行北京分行', ['北京分行']]], [['a-br', 'PART_OF', 'a-bank']]);
    expect(score(graphOfTwo(), gd).spuriousEntities.filter((x) => x.startsWith('Branch'))).toEqual(['Branch 招商银行北京分行']);
  });
});
