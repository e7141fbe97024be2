/**
 * Turns a graph.json (graphology's serialisation) into the display graph
 * sigma draws: colour by type, size by degree, seeded positions. It reads
 * the parsed JSON directly rather than the validated data graph, so that the
 * first frame does not wait for the data graph (the server has validated the
 * file already; the data graph is built, and checked again, right after).
 */
import { MultiDirectedGraph } from 'graphology';
import { EDGE_TYPES, NODE_TYPES } from '../../src/graph/types.js';
import { GraphFormatError } from '../../src/graph/model.js';
import { nodeLabel, type DisplayEdge, type DisplayGraph, type DisplayNode } from './model.js';
import { seedPosition } from './positions.js';
import type { ViewerSettings } from './settings.js';

export function typeColor(kind: string, settings: ViewerSettings): string {
  return (settings.typeColors as Record<string, string>)[kind] ?? settings.otherColor;
}

export function nodeSize(degree: number, settings: ViewerSettings): number {
  return Math.min(settings.maxSize, settings.minSize + settings.sizePerSqrtDegree * Math.sqrt(degree));
}

interface RawNode {
  key: string;
  attributes: { type: string; name: string; title?: string };
}
interface RawEdge {
  key: string;
  source: string;
  target: string;
  attributes: { type: string };
}

/**
 * Checks the shape the display graph needs, and gives every edge a key (the
 * build always writes them; a hand-made file may not), so that the display
 * graph and the data graph made later from the same object agree on keys.
 */
export function prepareRaw(raw: unknown): { nodes: RawNode[]; edges: RawEdge[] } {
  const r = raw as { nodes?: unknown; edges?: unknown } | null;
  if (typeof r !== 'object' || r === null || !Array.isArray(r.nodes) || !Array.isArray(r.edges)) {
    throw new GraphFormatError('not a guanxi graph: expected an object with "nodes" and "edges" arrays');
  }
  const nodes = r.nodes as RawNode[];
  const edges = r.edges as RawEdge[];
  nodes.forEach((n, i) => {
    if (typeof n?.key !== 'string' || typeof n.attributes?.name !== 'string') throw new GraphFormatError(`node #${i}: expected {key, attributes: {type, name}}`);
  });
  edges.forEach((e, i) => {
    if (typeof e?.source !== 'string' || typeof e.target !== 'string' || typeof e.attributes?.type !== 'string') {
      throw new GraphFormatError(`edge #${i}: expected {source, target, attributes: {type}}`);
    }
    if (typeof e.key !== 'string') e.key = `#${i}`;
  });
  return { nodes, edges };
}

export function buildDisplayGraph(raw: unknown, settings: ViewerSettings): DisplayGraph {
  const { nodes, edges } = prepareRaw(raw);
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const display: DisplayGraph = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
  const order = nodes.length;
  for (const { key, attributes: a } of nodes) {
    display.addNode(key, {
      ...seedPosition(key, order, settings.layoutSeed),
      size: nodeSize(degree.get(key) ?? 0, settings),
      color: typeColor(a.type, settings),
      label: nodeLabel(a as Parameters<typeof nodeLabel>[0]),
      kind: a.type,
    });
  }
  for (const e of edges) {
    if (!display.hasNode(e.source) || !display.hasNode(e.target)) throw new GraphFormatError(`edge ${e.key}: ${e.source} -> ${e.target} refers to a missing node`);
    display.addEdgeWithKey(e.key, e.source, e.target, { size: 1, color: settings.edgeColor, kind: e.attributes.type });
  }
  return display;
}

/** Kinds present, in the order of `known` then alphabetical, with their counts. */
function kindCounts(each: (visit: (kind: string) => void) => void, known: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  each((k) => counts.set(k, (counts.get(k) ?? 0) + 1));
  const order = [...known, ...[...counts.keys()].filter((k) => !known.includes(k)).sort()];
  return order.filter((k) => counts.has(k)).map((k) => [k, counts.get(k) ?? 0]);
}

/** Node types present in the graph, in the model's order, with their counts. */
export function typeCounts(display: DisplayGraph): Array<[string, number]> {
  return kindCounts((visit) => display.forEachNode((_k, a) => visit(a.kind)), NODE_TYPES);
}

/** Relation types present in the graph, in the model's order, with their counts. */
export function relationCounts(display: DisplayGraph): Array<[string, number]> {
  return kindCounts((visit) => display.forEachEdge((_k, a) => visit(a.kind)), EDGE_TYPES);
}
