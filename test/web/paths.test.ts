/**
 * The k shortest paths (web/src/paths.ts), run in Node: the fixture's
 * known paths, avoided relation types, and agreement with a brute-force
 * enumeration of every simple path on seeded random multigraphs.
 */
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/graph/random.js';
import { kShortestPaths, type Path } from '../../web/src/paths.js';
import { KEYS, makeTimelineGraph } from '../fixtures/viewer-timeline.js';

const graph = makeTimelineGraph();
const without = (...types: string[]) => (edge: string) => !types.includes(graph.getEdgeAttribute(edge, 'type'));
const types = (p: Path) => p.edges.map((e) => graph.getEdgeAttribute(e, 'type'));
const names = (p: Path) => p.nodes.map((n) => graph.getNodeAttribute(n, 'name'));

describe('k shortest paths', () => {
  it('finds the two 4-hop paths and then the 5-hop one from 张伟 to 刘洋, without MENTIONS', () => {
    const paths = kShortestPaths(graph, KEYS.zhangwei, KEYS.liuyang, { k: 3, allowed: without('MENTIONS') });
    expect(paths.map((p) => p.edges.length)).toEqual([4, 4, 5]);
    const routes = paths.map((p) => names(p).join(' / '));
    expect(routes).toContain('张伟 / 工行大连沙河口支行 / 工行大连分行 / 工行大连中山支行 / 刘洋');
    expect(routes).toContain('张伟 / 工行大连沙河口支行 / 先进集体 / 工行大连中山支行 / 刘洋');
    expect(routes[2]).toBe('张伟 / 工行大连沙河口支行 / 普惠金融服务站 / 工行大连分行 / 工行大连中山支行 / 刘洋');
    expect(types(paths[2] as Path)).toEqual(['WORKS_AT', 'RUNS', 'RUNS', 'PART_OF', 'WORKS_AT']);
  });

  it('goes through the article that names both when MENTIONS is allowed', () => {
    const [first] = kShortestPaths(graph, KEYS.zhangwei, KEYS.liuyang, { k: 1, allowed: () => true });
    expect(first && types(first)).toEqual(['MENTIONS', 'MENTIONS']);
    expect(first?.nodes[1]).toBe(KEYS.a2023);
  });

  it('gives fewer than k when there are no more, and none between unconnected nodes or a node and itself', () => {
    expect(kShortestPaths(graph, KEYS.zhangwei, KEYS.liuyang, { k: 10, allowed: without('MENTIONS') })).toHaveLength(3);
    expect(kShortestPaths(graph, KEYS.zhangwei, KEYS.zhaolei, { k: 3, allowed: without('MENTIONS', 'LOCATED_IN') })).toEqual([]);
    expect(kShortestPaths(graph, KEYS.zhangwei, KEYS.zhangwei, { k: 3, allowed: () => true })).toEqual([]);
    expect(kShortestPaths(graph, KEYS.zhangwei, 'Person:nobody', { k: 3, allowed: () => true })).toEqual([]);
  });

  it('agrees with every simple path enumerated by brute force (random multigraphs, parallel relations)', () => {
    const rng = mulberry32(2024);
    for (let trial = 0; trial < 60; trial++) {
      const g = new MultiDirectedGraph();
      const n = 4 + Math.floor(rng() * 5);
      for (let i = 0; i < n; i++) g.addNode(`n${i}`);
      const m = n + Math.floor(rng() * n * 1.5);
      for (let e = 0; e < m; e++) {
        const s = Math.floor(rng() * n);
        const t = Math.floor(rng() * n);
        if (s !== t) g.addEdgeWithKey(`e${e}`, `n${s}`, `n${t}`, { type: rng() < 0.2 ? 'MENTIONS' : 'PART_OF' });
      }
      const allowed = (edge: string) => g.getEdgeAttribute(edge, 'type') !== 'MENTIONS';
      const k = 1 + Math.floor(rng() * 6);
      const got = kShortestPaths(g, 'n0', `n${n - 1}`, { k, allowed });

      // Every simple path (no node twice) as a sequence of allowed edges, in either direction.
      const all: string[][] = [];
      const walk = (node: string, seen: Set<string>, edges: string[]) => {
        if (node === `n${n - 1}`) {
          all.push(edges);
          return;
        }
        g.forEachEdge(node, (edge, _a, s, t) => {
          const next = s === node ? t : s;
          if (!allowed(edge) || seen.has(next)) return;
          walk(next, new Set([...seen, next]), [...edges, edge]);
        });
      };
      walk('n0', new Set(['n0']), []);
      const lengths = all.map((p) => p.length).sort((a, b) => a - b);
      expect(got.map((p) => p.edges.length), `trial ${trial}`).toEqual(lengths.slice(0, k));
      // Each result is a real path from n0 to the last node, simple, and they are all different.
      const signatures = new Set<string>();
      for (const p of got) {
        expect(p.nodes[0]).toBe('n0');
        expect(p.nodes.at(-1)).toBe(`n${n - 1}`);
        expect(new Set(p.nodes).size).toBe(p.nodes.length);
        p.edges.forEach((e, i) => expect(new Set(g.extremities(e))).toEqual(new Set([p.nodes[i], p.nodes[i + 1]])));
        signatures.add(p.edges.join(','));
      }
      expect(signatures.size).toBe(got.length);
    }
  });
});
