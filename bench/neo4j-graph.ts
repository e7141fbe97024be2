/**
 * A synthetic guanxi graph of any size for load benchmarks and fault tests:
 * banks → branches (a PART_OF tree), people working at branches, programmes
 * and honours, articles mentioning entities. Seeded, so the same arguments
 * give the same graph; every element has evidence like a real build's.
 */
import { edgeKey, nodeKey } from '../src/graph/keys.js';
import { createGraph, type GuanxiGraph } from '../src/graph/model.js';
import type { EdgeType, Evidence, NodeType } from '../src/graph/types.js';

/** mulberry32: small, fast, good enough for picking endpoints. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIX: Array<[NodeType, number]> = [
  ['Bank', 0.002],
  ['Branch', 0.4],
  ['Person', 0.3],
  ['Programme', 0.02],
  ['Honour', 0.03],
  ['Place', 0.05],
  ['Organization', 0.05],
  ['Article', 0.148],
];

/** `prefix` keeps two graphs' keys apart (e.g. a warm-up graph loaded into the same database). */
export function syntheticGraph(nodeCount: number, relationshipCount: number, seed = 1, prefix = ''): GuanxiGraph {
  const rand = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const graph = createGraph({ generator: 'guanxi bench', articles: 0, files: [] });
  const byType = new Map<NodeType, string[]>();
  const evidence = (i: number, rule: string): Evidence[] => [
    { article: `Article:synthetic-${i % 1000}`, file: `synthetic/${i % 1000}.txt`, sentence: `第${i}句：中国工商银行某支行开展服务。`, start: i, end: i + 18, rule, confidence: 0.9 },
  ];
  let made = 0;
  for (const [type, share] of MIX) {
    const n = type === 'Article' ? nodeCount - made : Math.max(1, Math.round(nodeCount * share));
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const name = `${prefix}${type === 'Article' ? '文章' : type === 'Person' ? '员工' : '工行'}${type}${i}`;
      const id = nodeKey(type, name);
      graph.addNode(id, {
        id,
        type,
        name,
        aliases: i % 3 === 0 ? [`别名${i}`] : [],
        confidence: 0.8,
        rule: `${type.toLowerCase()}.synthetic`,
        evidence: evidence(i, `${type.toLowerCase()}.synthetic`),
        ...(type === 'Article' ? { title: `标题${i}`, file: `synthetic/${i}.txt`, index: 0, date: '2020-01-01' } : {}),
      });
      ids.push(id);
    }
    byType.set(type, ids);
    made += n;
  }
  const of = (t: NodeType): string[] => byType.get(t) ?? [];
  // Relationship kinds in roughly the proportions a news build has.
  const kinds: Array<[EdgeType, NodeType[], NodeType[], number]> = [
    ['PART_OF', ['Branch'], ['Branch', 'Bank'], 0.12],
    ['WORKS_AT', ['Person'], ['Branch'], 0.1],
    ['RECEIVED', ['Person', 'Branch'], ['Honour'], 0.05],
    ['RUNS', ['Branch'], ['Programme'], 0.05],
    ['LOCATED_IN', ['Branch', 'Organization'], ['Place'], 0.05],
    ['AUTHORED', ['Person'], ['Article'], 0.03],
    ['MENTIONS', ['Article'], ['Branch', 'Person', 'Bank', 'Programme', 'Honour', 'Organization'], 0.6],
  ];
  let i = 0;
  for (const [type, sources, targets, share] of kinds) {
    const want = type === 'MENTIONS' ? relationshipCount - graph.size : Math.round(relationshipCount * share);
    let added = 0;
    let attempts = 0;
    while (added < want && attempts < want * 20) {
      attempts++;
      const s = pick(of(pick(sources)));
      const t = pick(of(pick(targets)));
      const key = edgeKey(type, s, t);
      if (s === t || graph.hasEdge(key)) continue;
      graph.addEdgeWithKey(key, s, t, {
        type,
        confidence: 0.7,
        rule: `${type.toLowerCase()}.synthetic`,
        evidence: evidence(i++, `${type.toLowerCase()}.synthetic`),
        ...(type === 'WORKS_AT' ? { role: '客户经理' } : {}),
        ...(type === 'RECEIVED' ? { year: 2000 + (i % 25) } : {}),
      });
      added++;
    }
  }
  return graph;
}
