/**
 * Reads GraphML written by `toGraphML` (or by APOC's `apoc.export.graphml`)
 * back into a guanxi graph: `labels` gives the node type, `label` the edge
 * type, JSON-encoded list properties are decoded. Used by `guanxi eval`, the
 * round-trip tests and `guanxi export --from-neo4j` checks.
 */
import { XMLParser } from 'fast-xml-parser';
import { createGraph, GraphFormatError, type GuanxiGraph } from '../graph/model.js';
import { EDGE_TYPES, NODE_TYPES, type EdgeAttributes, type EdgeType, type NodeAttributes, type NodeType } from '../graph/types.js';

/** Properties stored as JSON strings in GraphML that are lists or objects in the graph. */
const JSON_PROPERTIES = new Set(['aliases', 'evidence']);
const nodeTypes = new Set<string>(NODE_TYPES);
const edgeTypes = new Set<string>(EDGE_TYPES);

interface KeyDef {
  name: string;
  type: string;
}

type XmlElement = Record<string, unknown>;

function asArray(x: unknown): XmlElement[] {
  if (x === undefined || x === null) return [];
  return (Array.isArray(x) ? x : [x]) as XmlElement[];
}

function decode(value: string, def: KeyDef | undefined): unknown {
  const name = def?.name ?? '';
  if (JSON_PROPERTIES.has(name)) {
    try {
      return JSON.parse(value);
    } catch {
      throw new GraphFormatError(`property ${name}: not valid JSON`);
    }
  }
  switch (def?.type) {
    case 'int':
    case 'long':
    case 'float':
    case 'double':
      return Number(value);
    case 'boolean':
      return value === 'true';
    default:
      return value;
  }
}

function readData(el: XmlElement, keys: Map<string, KeyDef>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const d of asArray(el['data'])) {
    const keyId = String(d['@_key']);
    const def = keys.get(keyId);
    const raw = d['#text'];
    const text = raw === undefined ? '' : String(raw);
    out[def?.name ?? keyId] = decode(text, def);
  }
  return out;
}

/** Parses GraphML text. Throws `GraphFormatError` when it is not GraphML of guanxi's (APOC's) form. */
export function readGraphML(xml: string): GuanxiGraph {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ['key', 'node', 'edge', 'data', 'graph'].includes(name),
  });
  let doc: XmlElement;
  try {
    doc = parser.parse(xml, true) as XmlElement;
  } catch (err) {
    throw new GraphFormatError(`not well-formed XML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const root = doc['graphml'] as XmlElement | undefined;
  if (!root) throw new GraphFormatError('no <graphml> root element');
  const keys = new Map<string, KeyDef>();
  for (const k of asArray(root['key'])) {
    keys.set(String(k['@_id']), { name: String(k['@_attr.name'] ?? k['@_id']), type: String(k['@_attr.type'] ?? 'string') });
  }
  const graph = createGraph();
  for (const g of asArray(root['graph'])) {
    for (const n of asArray(g['node'])) {
      const id = String(n['@_id']);
      const props = readData(n, keys);
      const labels = String(props['labels'] ?? n['@_labels'] ?? '');
      const type = labels.split(':').filter(Boolean).find((l) => nodeTypes.has(l)) as NodeType | undefined;
      if (!type) throw new GraphFormatError(`node ${id}: no known label in ${JSON.stringify(labels)}`);
      delete props['labels'];
      delete props['label'];
      const attrs = {
        aliases: [],
        evidence: [],
        confidence: 1,
        rule: 'graphml',
        ...props,
        id: typeof props['id'] === 'string' ? props['id'] : id,
        type,
        name: String(props['name'] ?? id),
      } as NodeAttributes;
      graph.addNode(id, attrs);
    }
    for (const e of asArray(g['edge'])) {
      const props = readData(e, keys);
      const type = String(props['label'] ?? e['@_label'] ?? '');
      if (!edgeTypes.has(type)) throw new GraphFormatError(`edge ${String(e['@_id'])}: unknown type ${JSON.stringify(type)}`);
      delete props['label'];
      const source = String(e['@_source']);
      const target = String(e['@_target']);
      if (!graph.hasNode(source) || !graph.hasNode(target)) {
        throw new GraphFormatError(`edge ${source} -> ${target}: refers to a missing node`);
      }
      const attrs = { confidence: 1, rule: 'graphml', evidence: [], ...props, type: type as EdgeType } as EdgeAttributes;
      const id = e['@_id'];
      if (typeof id === 'string' && !graph.hasEdge(id)) graph.addEdgeWithKey(id, source, target, attrs);
      else graph.addEdge(source, target, attrs);
    }
  }
  return graph;
}
