/**
 * The in-memory graph: a graphology MultiDirectedGraph typed with guanxi's
 * attributes, and the few operations every stage needs (create, serialise,
 * parse back with validation).
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { EDGE_TYPES, NODE_TYPES, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from './types.js';

export type GuanxiGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedGuanxiGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(attributes?: Partial<GraphAttributes>): GuanxiGraph {
  const graph: GuanxiGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ generator: 'guanxi', articles: 0, files: [], ...attributes });
  return graph;
}

export function serializeGraph(graph: GuanxiGraph): SerializedGuanxiGraph {
  return graph.export();
}

/** Thrown when a graph file does not have guanxi's shape. */
export class GraphFormatError extends Error {
  override readonly name = 'GraphFormatError';
}

const nodeTypes = new Set<string>(NODE_TYPES);
const edgeTypes = new Set<string>(EDGE_TYPES);

/**
 * Validates a parsed `graph.json` and returns the graph. Validation happens
 * before anything downstream (Neo4j, the viewer) sees the data, so a broken
 * file is refused whole rather than half-loaded.
 */
export function parseGraph(data: unknown): GuanxiGraph {
  if (!isObject(data) || !Array.isArray(data['nodes']) || !Array.isArray(data['edges'])) {
    throw new GraphFormatError('not a guanxi graph: expected an object with "nodes" and "edges" arrays');
  }
  const graph = createGraph(isObject(data['attributes']) ? (data['attributes'] as Partial<GraphAttributes>) : {});
  (data['nodes'] as unknown[]).forEach((n, i) => {
    if (!isObject(n) || typeof n['key'] !== 'string' || !isObject(n['attributes'])) {
      throw new GraphFormatError(`node #${i}: expected {key, attributes}`);
    }
    const a = n['attributes'];
    if (typeof a['type'] !== 'string' || !nodeTypes.has(a['type'])) {
      throw new GraphFormatError(`node ${n['key']}: unknown type ${JSON.stringify(a['type'])}`);
    }
    if (typeof a['name'] !== 'string' || a['name'] === '') throw new GraphFormatError(`node ${n['key']}: missing name`);
    if (!Array.isArray(a['aliases']) || !Array.isArray(a['evidence'])) {
      throw new GraphFormatError(`node ${n['key']}: aliases and evidence must be arrays`);
    }
    if (graph.hasNode(n['key'])) throw new GraphFormatError(`node ${n['key']}: duplicate key`);
    graph.addNode(n['key'], { ...(a as unknown as NodeAttributes), id: n['key'] });
  });
  (data['edges'] as unknown[]).forEach((e, i) => {
    if (!isObject(e) || typeof e['source'] !== 'string' || typeof e['target'] !== 'string' || !isObject(e['attributes'])) {
      throw new GraphFormatError(`edge #${i}: expected {source, target, attributes}`);
    }
    const a = e['attributes'];
    if (typeof a['type'] !== 'string' || !edgeTypes.has(a['type'])) {
      throw new GraphFormatError(`edge #${i}: unknown type ${JSON.stringify(a['type'])}`);
    }
    if (!graph.hasNode(e['source']) || !graph.hasNode(e['target'])) {
      throw new GraphFormatError(`edge #${i}: ${e['source']} -> ${e['target']} refers to a missing node`);
    }
    if (!Array.isArray(a['evidence'])) throw new GraphFormatError(`edge #${i}: evidence must be an array`);
    const attrs = a as unknown as EdgeAttributes;
    if (typeof e['key'] === 'string') graph.addEdgeWithKey(e['key'], e['source'], e['target'], attrs);
    else graph.addEdge(e['source'], e['target'], attrs);
  });
  return graph;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
