/**
 * GraphML in APOC's form: round trip through our reader, well-formed XML
 * with forbidden characters removed, and a real third-party reader
 * (NetworkX, Debian's python3-networkx, which .ci/run installs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readGraphML } from '../../src/export/graphml-read.js';
import { toGraphML } from '../../src/export/graphml.js';
import { edgeKey, nodeKey } from '../../src/graph/keys.js';
import { createGraph, serializeGraph } from '../../src/graph/model.js';
import { buildTexts } from '../unit/helpers.js';

const SAMPLE = '向工街支行营业室获评工人先锋号\n\n全媒体记者 林晓东\n\n工行沈阳向工街支行营业室荣获2023年度全国“工人先锋号”称号。网点负责人赵雪梅说，大家会继续努力。';

describe('GraphML', async () => {
  const g = await buildTexts({ 'a.txt': SAMPLE });

  it('round-trips: same nodes, edges and properties', () => {
    const back = readGraphML(toGraphML(g));
    const strip = (x: ReturnType<typeof serializeGraph>) => ({
      nodes: x.nodes.map((n) => ({ key: n.key, attributes: n.attributes })).sort((a, b) => (a.key < b.key ? -1 : 1)),
      edges: x.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes })).sort((a, b) => (a.key! < b.key! ? -1 : 1)),
    });
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(strip(serializeGraph(back))).toEqual(strip(serializeGraph(g)));
  });

  it('is well-formed XML in APOC form', () => {
    const xml = toGraphML(g);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<key id="labels" for="node" attr.name="labels" attr.type="string"/>');
    expect(xml).toContain('<key id="label" for="edge" attr.name="label" attr.type="string"/>');
    expect(xml).toMatch(/<node id="Branch:中国工商银行\|沈阳向工街支行营业室" labels=":Branch"><data key="labels">:Branch<\/data><data key="node_label">工行沈阳向工街支行营业室<\/data>/);
    expect(xml).toMatch(/<edge id="[^"]+" source="Person:赵雪梅" target="Branch:[^"]+" label="WORKS_AT"><data key="label">WORKS_AT<\/data>/);
  });

  it('removes characters XML 1.0 forbids and escapes markup', () => {
    const h = createGraph();
    const k = nodeKey('Article', 'x#0');
    h.addNode(k, { id: k, type: 'Article', name: 'bad\u0001\u0008\uFFFF title <img src=x onerror=alert(1)> & "q"', aliases: ['a\u000b'], confidence: 1, rule: 'test', evidence: [] });
    const p = nodeKey('Person', '林晓东');
    h.addNode(p, { id: p, type: 'Person', name: '林晓东', aliases: [], confidence: 1, rule: 'test', evidence: [] });
    h.addEdgeWithKey(edgeKey('AUTHORED', p, k), p, k, { type: 'AUTHORED', confidence: 1, rule: 'test', evidence: [] });
    const xml = toGraphML(h);
    expect(XMLValidator.validate(xml)).toBe(true);
    const back = readGraphML(xml);
    expect(back.getNodeAttribute(k, 'name')).toBe('bad title <img src=x onerror=alert(1)> & "q"');
    expect(back.getNodeAttribute(k, 'aliases')).toEqual(['a']);
  });

  it('opens in NetworkX with every node, edge, label and type', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-graphml-'));
    const file = path.join(dir, 'graph.graphml');
    writeFileSync(file, toGraphML(g));
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),',
      '  "labels": sorted({d["labels"] for _, d in g.nodes(data=True)}),',
      '  "types": sorted({d["label"] for _, _, d in g.edges(data=True)}),',
      '  "name": g.nodes["Person:赵雪梅"]["name"]}, ensure_ascii=False))',
    ].join('\n');
    const out = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
    expect(out).toEqual({
      nodes: g.order,
      edges: g.size,
      labels: [...new Set(g.mapNodes((_, a) => `:${a.type}`))].sort(),
      types: [...new Set(g.mapEdges((_, a) => a.type))].sort(),
      name: '赵雪梅',
    });
  });
});
