/**
 * Builds a graph from article texts written into a temporary folder, in
 * the main thread, so tests can assert on nodes and edges.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/pipeline/build.js';
import type { GuanxiGraph } from '../../src/graph/model.js';

export async function buildTexts(files: Record<string, string>): Promise<GuanxiGraph> {
  const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-build-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return (await buildGraph([dir], { jobs: 1 })).graph;
}

/** `name` of every node of a type, sorted. */
export function names(g: GuanxiGraph, type: string): string[] {
  return g.filterNodes((_, a) => a.type === type).map((n) => g.getNodeAttribute(n, 'name')).sort();
}

/** Edges of a type as `head -> tail` by node name (plus role), sorted. */
export function edges(g: GuanxiGraph, type: string): string[] {
  return g
    .filterEdges((_, a) => a.type === type)
    .map((e) => {
      const a = g.getEdgeAttributes(e);
      return `${g.getNodeAttribute(g.source(e), 'name')} -> ${g.getNodeAttribute(g.target(e), 'name')}${a.role ? ` [${a.role}]` : ''}`;
    })
    .sort();
}

export function nodeByName(g: GuanxiGraph, type: string, name: string) {
  const key = g.findNode((_, a) => a.type === type && a.name === name);
  if (!key) throw new Error(`no ${type} named ${name}; have ${names(g, type).join(', ')}`);
  return g.getNodeAttributes(key);
}
