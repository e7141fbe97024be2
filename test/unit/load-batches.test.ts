import { describe, expect, it } from 'vitest';
import { planBatches } from '../../src/load/batches.js';
import { syntheticGraph } from '../../bench/neo4j-graph.js';

// guanxi load writes each relationship group sorted by source (a node's relationships in one run); the
// benchmark's plain anchor keeps the graph's order. Either way every relationship is planned exactly once.
describe('relationship batches', () => {
  const graph = syntheticGraph(300, 900, 7);
  const key = (r: { s: string; t: string }, type: string): string => `${type} ${r.s} ${r.t}`;
  const all = (order: 'source' | 'graph'): string[] => planBatches(graph, 50, order).edges.flatMap((b) => b.rows.map((r) => key(r, b.type)));

  it('by source: each group sorted by source key, whole runs of a source, across batch boundaries', () => {
    const groups = new Map<string, string[]>();
    for (const b of planBatches(graph, 50).edges) {
      const g = `${b.type} ${b.sourceLabel} ${b.targetLabel}`;
      groups.set(g, [...(groups.get(g) ?? []), ...b.rows.map((r) => r.s)]);
    }
    let multi = 0;
    for (const sources of groups.values()) {
      expect(sources).toEqual([...sources].sort());
      if (new Set(sources).size < sources.length) multi++;
    }
    // Sources with more than one relationship of a group exist, so the runs are tested.
    expect(multi).toBeGreaterThan(0);
  });

  it('in graph order for the anchor, and the same relationships either way', () => {
    const inGraph = all('graph');
    const position = new Map(graph.mapEdges((_k, a, s, t) => key({ s, t }, a.type)).map((k, i) => [k, i]));
    for (const b of planBatches(graph, 50, 'graph').edges) {
      const at = b.rows.map((r) => position.get(key(r, b.type)) ?? -1);
      expect(at).toEqual([...at].sort((x, y) => x - y));
    }
    expect(inGraph).not.toEqual(all('source'));
    expect([...all('source')].sort()).toEqual([...inGraph].sort());
    expect(new Set(inGraph).size).toBe(graph.size);
  });
});
