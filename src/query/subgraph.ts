/**
 * Reads a guanxi graph back out of Neo4j: the whole database, or the nodes,
 * relationships and paths a query returns (with the endpoints of returned
 * relationships). The inverse of src/load's mapping: label → `type`,
 * relationship type → `type`, evidence JSON strings → objects, edge keys
 * rebuilt from (type, source id, target id). Nodes and edges are sorted by
 * key, so the same database always gives the same file.
 */
import neo4j, { type Driver, type Node, type Relationship } from 'neo4j-driver';
import { edgeKey } from '../graph/keys.js';
import { createGraph, type GuanxiGraph } from '../graph/model.js';
import { NODE_TYPES, type EdgeAttributes, type EdgeType, type NodeAttributes, type NodeType } from '../graph/types.js';
import type { Params } from './params.js';
import type { AccessMode } from './run.js';
import { plain } from './values.js';

const nodeTypes = new Set<string>(NODE_TYPES);

export interface SubgraphResult {
  graph: GuanxiGraph;
  /** Nodes left out because none of their labels is a guanxi node type. */
  skippedNodes: number;
}

function decodeEvidence(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    if (typeof item !== 'string') return item;
    try {
      return JSON.parse(item) as unknown;
    } catch {
      return item;
    }
  });
}

function nodeAttributes(node: Node): NodeAttributes | undefined {
  const type = node.labels.find((l) => nodeTypes.has(l)) as NodeType | undefined;
  if (!type) return undefined;
  const props = plain(node.properties) as Record<string, unknown>;
  return {
    ...props,
    id: typeof props['id'] === 'string' ? props['id'] : node.elementId,
    type,
    name: String(props['name'] ?? props['id'] ?? node.elementId),
    aliases: Array.isArray(props['aliases']) ? (props['aliases'] as string[]) : [],
    confidence: typeof props['confidence'] === 'number' ? props['confidence'] : 1,
    rule: typeof props['rule'] === 'string' ? props['rule'] : '',
    evidence: decodeEvidence(props['evidence']),
  } as NodeAttributes;
}

function edgeAttributes(rel: Relationship): EdgeAttributes {
  const props = plain(rel.properties) as Record<string, unknown>;
  return {
    ...props,
    type: rel.type as EdgeType,
    confidence: typeof props['confidence'] === 'number' ? props['confidence'] : 1,
    rule: typeof props['rule'] === 'string' ? props['rule'] : '',
    evidence: decodeEvidence(props['evidence']),
  } as EdgeAttributes;
}

/** Collects nodes and relationships from any result value (lists, maps and paths included). */
function collect(value: unknown, nodes: Map<string, Node>, rels: Map<string, Relationship>): void {
  if (neo4j.isNode(value)) nodes.set(value.elementId, value);
  else if (neo4j.isRelationship(value)) rels.set(value.elementId, value);
  else if (neo4j.isPath(value)) {
    nodes.set(value.start.elementId, value.start);
    for (const s of value.segments) {
      nodes.set(s.end.elementId, s.end);
      rels.set(s.relationship.elementId, s.relationship);
    }
  } else if (Array.isArray(value)) value.forEach((v) => collect(v, nodes, rels));
  else if (value !== null && typeof value === 'object' && !neo4j.isInt(value)) {
    Object.values(value).forEach((v) => collect(v, nodes, rels));
  }
}

function toGraph(nodes: Map<string, Node>, rels: Map<string, Relationship>): SubgraphResult {
  const graph = createGraph();
  const keyOf = new Map<string, string>();
  let skippedNodes = 0;
  const sortedNodes = [...nodes.values()]
    .map((n) => ({ n, attrs: nodeAttributes(n) }))
    .sort((a, b) => compare(a.attrs?.id ?? '', b.attrs?.id ?? ''));
  for (const { n, attrs } of sortedNodes) {
    if (!attrs) {
      skippedNodes += 1;
      continue;
    }
    keyOf.set(n.elementId, attrs.id);
    if (!graph.hasNode(attrs.id)) graph.addNode(attrs.id, attrs);
  }
  const edges: Array<{ key: string; source: string; target: string; attrs: EdgeAttributes }> = [];
  for (const rel of rels.values()) {
    const source = keyOf.get(rel.startNodeElementId);
    const target = keyOf.get(rel.endNodeElementId);
    if (source === undefined || target === undefined) continue;
    const attrs = edgeAttributes(rel);
    edges.push({ key: edgeKey(attrs.type, source, target), source, target, attrs });
  }
  edges.sort((a, b) => compare(a.key, b.key));
  for (const e of edges) if (!graph.hasEdge(e.key)) graph.addEdgeWithKey(e.key, e.source, e.target, e.attrs);
  return { graph, skippedNodes };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The whole database as a guanxi graph. */
export async function readDatabase(driver: Driver, database: string): Promise<SubgraphResult> {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    await session.executeRead(async (tx) => {
      for (const r of (await tx.run('MATCH (n) RETURN n')).records) collect(r.get('n'), nodes, rels);
      for (const r of (await tx.run('MATCH ()-[r]->() RETURN r')).records) collect(r.get('r'), nodes, rels);
    });
  } finally {
    await session.close();
  }
  return toGraph(nodes, rels);
}

/**
 * The nodes, relationships and paths `statement` returns, with the endpoints
 * of its relationships. In a read transaction unless `mode` is `write`:
 * Neo4j then refuses a statement that would change the database.
 */
export async function readQueryGraph(driver: Driver, database: string, statement: string, params: Params, mode: AccessMode = 'read'): Promise<SubgraphResult> {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const { records } = await driver.executeQuery(statement, params, { database, routing: mode === 'read' ? neo4j.routing.READ : neo4j.routing.WRITE });
  for (const record of records) for (const value of record.values()) collect(value, nodes, rels);
  const missing = [...new Set([...rels.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]))].filter((id) => !nodes.has(id));
  if (missing.length > 0) {
    const result = await driver.executeQuery('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing }, { database, routing: neo4j.routing.READ });
    for (const record of result.records) collect(record.get('n'), nodes, rels);
  }
  return toGraph(nodes, rels);
}
