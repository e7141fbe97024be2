/**
 * Small graphs built in code for the Neo4j tests: a bank hierarchy with a
 * person, a programme and an honour, and a second "build" of more articles
 * that overlaps it (same keys, new aliases and evidence, new nodes).
 */
import { edgeKey, nodeKey } from '../../src/graph/keys.js';
import { createGraph, type GuanxiGraph } from '../../src/graph/model.js';
import type { EdgeAttributes, EdgeType, Evidence, NodeAttributes, NodeType } from '../../src/graph/types.js';

export function evidence(article: string, sentence: string, rule = 'test.rule', confidence = 0.9): Evidence {
  return { article, file: `${article}.txt`, sentence, start: 0, end: sentence.length, rule, confidence };
}

export function addNode(g: GuanxiGraph, type: NodeType, name: string, extra: Partial<NodeAttributes> = {}): string {
  const id = nodeKey(type, name);
  const attrs: NodeAttributes = { id, type, name, aliases: [], confidence: 0.9, rule: 'test.rule', evidence: [], ...extra };
  if (g.hasNode(id)) g.mergeNodeAttributes(id, attrs);
  else g.addNode(id, attrs);
  return id;
}

export function addEdge(g: GuanxiGraph, type: EdgeType, source: string, target: string, extra: Partial<EdgeAttributes> = {}): string {
  const key = edgeKey(type, source, target);
  const attrs: EdgeAttributes = { type, confidence: 0.8, rule: 'test.edge', evidence: [], ...extra };
  if (g.hasEdge(key)) g.mergeEdgeAttributes(key, attrs);
  else g.addEdgeWithKey(key, source, target, attrs);
  return key;
}

/** One article: 工行 → 辽宁省分行 → 沈阳分行 → 向工街支行, 王玉珍 at 雷锋支行, 工行驿站. */
export function smallGraph(): GuanxiGraph {
  const g = createGraph({ articles: 1, files: ['a1.txt'] });
  const e1 = [evidence('Article:a1#0', '中国工商银行辽宁省分行开展工行驿站服务。')];
  const art = addNode(g, 'Article', 'a1#0', { title: '工行驿站暖人心', file: 'a1.txt', index: 0, date: '2019-05-01', evidence: [] });
  const icbc = addNode(g, 'Bank', '中国工商银行', { aliases: ['工行', '工商银行'], evidence: e1 });
  const ln = addNode(g, 'Branch', '中国工商银行辽宁省分行', { aliases: ['辽宁分行'], evidence: e1 });
  const sy = addNode(g, 'Branch', '工行沈阳分行', { evidence: e1 });
  const xgj = addNode(g, 'Branch', '工行沈阳向工街支行', { evidence: e1 });
  const lf = addNode(g, 'Branch', '工行抚顺雷锋支行', { evidence: e1 });
  const wyz = addNode(g, 'Person', '王玉珍', { evidence: e1 });
  const yz = addNode(g, 'Programme', '工行驿站', { evidence: e1, confidence: 0.95, rule: 'programme.quoted' });
  const hon = addNode(g, 'Honour', '全国五一劳动奖章', { evidence: e1 });
  addEdge(g, 'PART_OF', xgj, sy, { evidence: e1 });
  addEdge(g, 'PART_OF', sy, ln, { evidence: e1 });
  addEdge(g, 'PART_OF', ln, icbc, { evidence: e1 });
  addEdge(g, 'PART_OF', lf, ln, { evidence: e1 });
  addEdge(g, 'WORKS_AT', wyz, lf, { role: '储蓄员', evidence: e1 });
  addEdge(g, 'RUNS', ln, yz, { evidence: e1 });
  addEdge(g, 'RECEIVED', wyz, hon, { year: 2019, conferrer: '全国总工会', evidence: e1 });
  for (const n of [icbc, ln, sy, xgj, lf, wyz, yz, hon]) addEdge(g, 'MENTIONS', art, n, { evidence: e1 });
  return g;
}

/** A build of one more article: the same entities with more aliases and evidence, plus new ones. */
export function biggerGraph(): GuanxiGraph {
  const g = smallGraph();
  const e2 = [evidence('Article:a2#0', '工行龙江支行也开设了工行驿站。', 'test.rule2', 0.7)];
  const art = addNode(g, 'Article', 'a2#0', { title: '龙江驿站', file: 'a2.txt', index: 0 });
  const icbc = nodeKey('Bank', '中国工商银行');
  g.mergeNodeAttributes(icbc, { aliases: ['工行', '工商银行', '工商银行总行'], evidence: [...g.getNodeAttribute(icbc, 'evidence'), ...e2] });
  const yz = nodeKey('Programme', '工行驿站');
  g.mergeNodeAttributes(yz, { aliases: ['驿站'], evidence: [...g.getNodeAttribute(yz, 'evidence'), ...e2] });
  const lj = addNode(g, 'Branch', '工行龙江支行', { evidence: e2 });
  addEdge(g, 'PART_OF', lj, icbc, { evidence: e2 });
  addEdge(g, 'RUNS', lj, yz, { evidence: e2 });
  for (const n of [icbc, yz, lj]) addEdge(g, 'MENTIONS', art, n, { evidence: e2 });
  return g;
}

/**
 * Values that are hard to carry through CSV: quotes, commas, line breaks and
 * the array delimiter inside strings, empty strings and lists, a property
 * that is a whole number on one node and a fraction on another, booleans,
 * lists of numbers, objects (stored as JSON).
 */
export function awkwardGraph(): GuanxiGraph {
  const g = smallGraph();
  const tricky = [evidence('Article:a1#0', '他说："存款、贷款，都要稳"。\n第二行\r\n第三行\u001f', 'test."quoted",rule', 0.5)];
  const a = addNode(g, 'Organization', '“某某”协会,分会', { aliases: ['', 'x\u001fy', '含"引号"'], evidence: tricky, confidence: 1, rule: '' });
  const b = addNode(g, 'Organization', '空白协会', { aliases: [], evidence: [] });
  g.mergeNodeAttributes(a, { mentions: 3, flag: true, scores: [1, 2.5], extra: { k: 'v', n: [1] }, note: '' } as Partial<NodeAttributes>);
  g.mergeNodeAttributes(b, { mentions: 2.5, flag: false, note: '两行\n文字' } as Partial<NodeAttributes>);
  addEdge(g, 'WORKS_AT', 'Person:王玉珍', a, { role: '', evidence: tricky });
  addEdge(g, 'RECEIVED', a, 'Honour:全国五一劳动奖章', { year: 2020, conferrer: '“总行”,分行', evidence: [], score: 3 } as Partial<EdgeAttributes>);
  addEdge(g, 'RECEIVED', b, 'Honour:全国五一劳动奖章', { year: 2021, evidence: [], score: 2.5 } as Partial<EdgeAttributes>);
  return g;
}
