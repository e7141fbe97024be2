/**
 * The GraphML `guanxi build` writes, opened by Gephi's own importer (the Gephi toolkit,
 * ImportController.importFile + DefaultProcessor; see test/graphml-clients/gephi.ts).
 * The first run downloads the 83 MB toolkit jar through Maven (.ci/run does it beforehand).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../src/export/graphml.js';
import { edgeKey, nodeKey } from '../../src/graph/keys.js';
import { createGraph } from '../../src/graph/model.js';
import { gephiImport } from '../graphml-clients/gephi.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface GraphJson {
  nodes: unknown[];
  edges: { attributes: { type: string } }[];
}

describe('Gephi opens the GraphML', () => {
  it('from guanxi build on the development corpus: every node, edge, caption and type', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'guanxi-gephi-'));
    const r = spawnSync(process.execPath, ['bin/guanxi.js', 'build', '../shared/corpus', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8')) as GraphJson;

    const gephi = gephiImport(path.join(out, 'graph.graphml'), 'Bank:中国工商银行');
    expect(gephi.severe).toEqual([]);
    expect(gephi.issues.SEVERE + gephi.issues.CRITICAL).toBe(0);
    expect(gephi.nodes).toBe(json.nodes.length);
    expect(gephi.edges).toBe(json.edges.length);
    expect(gephi.nodeLabel).toBe('中国工商银行');
    expect(gephi.edgeLabels).toEqual([...new Set(json.edges.map((e) => e.attributes.type))].sort());
    expect(gephi.nodeColumns.map((c) => c.title)).toEqual(expect.arrayContaining(['labels', 'name']));
  }, 900_000);

  // The corpus graph has no two edges in the same direction between one pair of nodes; check that
  // Gephi keeps such parallel edges of different types rather than merging them.
  it('keeps parallel edges of different types', () => {
    const g = createGraph();
    const p = nodeKey('Person', '赵雪梅');
    const b = nodeKey('Branch', '中国工商银行|沈阳向工街支行营业室');
    g.addNode(p, { id: p, type: 'Person', name: '赵雪梅', aliases: [], confidence: 1, rule: 'test', evidence: [] });
    g.addNode(b, { id: b, type: 'Branch', name: '沈阳向工街支行营业室', aliases: [], confidence: 1, rule: 'test', evidence: [] });
    g.addEdgeWithKey(edgeKey('WORKS_AT', p, b), p, b, { type: 'WORKS_AT', confidence: 1, rule: 'test', evidence: [] });
    g.addEdgeWithKey(edgeKey('RUNS', p, b), p, b, { type: 'RUNS', confidence: 1, rule: 'test', evidence: [] });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'guanxi-gephi-')), 'parallel.graphml');
    writeFileSync(file, toGraphML(g));

    const gephi = gephiImport(file, p);
    expect(gephi.severe).toEqual([]);
    expect({ nodes: gephi.nodes, edges: gephi.edges, label: gephi.nodeLabel, types: gephi.edgeLabels }).toEqual({
      nodes: 2,
      edges: 2,
      label: '赵雪梅',
      types: ['RUNS', 'WORKS_AT'],
    });
  }, 900_000);
});
