/**
 * The viewer benchmark's graph: n nodes, 3n edges, Chinese names of 4 to 16
 * characters, one evidence sentence per node, hubs as in real news graphs.
 * Seeded: the same graph on every run.
 */
import { createGraph, serializeGraph } from '../src/graph/model.js';
import { edgeKey, nodeKey } from '../src/graph/keys.js';
import type { EdgeType, NodeType } from '../src/graph/types.js';
import { mulberry32 } from '../src/graph/random.js';

const rng = mulberry32;

const CHARS = '中国工商农业建设交通招商银行分支营业部储蓄所沈阳大连辽宁省市区县街路东西南北新华人民和平幸福光明长江黄河李王张刘陈杨赵黄周吴敏华明丽强军伟芳红劳动模范先进集体驿站服务普惠金融';
const TYPES: Array<[NodeType, number]> = [['Branch', 0.35], ['Person', 0.25], ['Bank', 0.02], ['Place', 0.1], ['Organization', 0.08], ['Honour', 0.05], ['Programme', 0.05], ['Article', 0.1]];
const EDGES: EdgeType[] = ['PART_OF', 'WORKS_AT', 'RECEIVED', 'RUNS', 'LOCATED_IN', 'MENTIONS'];

export function synthetic(n: number) {
  const r = rng(n);
  const g = createGraph({ generator: 'bench/viewer.ts', articles: 0, files: [] });
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    let x = r();
    const type = (TYPES.find(([, p]) => (x -= p) < 0) ?? TYPES[0])[0];
    let name = '';
    const len = 3 + Math.floor(r() * 8);
    for (let c = 0; c < len; c++) name += CHARS[Math.floor(r() * CHARS.length)];
    name += String(i);
    const key = nodeKey(type, name);
    const sentence = `${name}在活动中表现突出。`;
    g.addNode(key, {
      id: key, type, name, aliases: [name.slice(2)], confidence: 0.8, rule: 'bench',
      evidence: [{ article: 'Article:bench', file: 'bench.txt', sentence, start: 0, end: sentence.length, mention: [0, name.length], rule: 'bench', confidence: 0.8 }],
    });
    keys.push(key);
  }
  let made = 0;
  while (made < 3 * n) {
    // Skewed towards early nodes: hubs, as in real news graphs.
    const s = keys[Math.floor(r() * n)] as string;
    const t = keys[Math.floor(Math.pow(r(), 2) * n)] as string;
    const type = EDGES[Math.floor(r() * EDGES.length)] as EdgeType;
    const key = edgeKey(type, s, t);
    if (s === t || g.hasEdge(key)) continue;
    g.addEdgeWithKey(key, s, t, { type, confidence: 0.8, rule: 'bench', evidence: [] });
    made++;
  }
  return serializeGraph(g);
}

