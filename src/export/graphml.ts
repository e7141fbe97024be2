/**
 * GraphML in the form Neo4j's APOC writes and reads (`apoc.export.graphml`,
 * `apoc.import.graphml` with `readLabels: true`): node key `labels` holding
 * `:Type`, edge key `label` holding the relationship type, every property a
 * key, lists and objects as JSON strings. A node `label` key (the name) is
 * added because Gephi and yEd show that attribute as the node's caption.
 *
 * Pure TypeScript, no Node APIs: the viewer imports it too.
 */
import type { Attributes } from 'graphology-types';
import type { GuanxiGraph } from '../graph/model.js';

type KeyFor = 'node' | 'edge';
type AttrType = 'string' | 'double' | 'long' | 'boolean';

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripForbiddenXmlChars(s: string): string {
  return s.replace(FORBIDDEN, '');
}

export function escapeXml(s: string): string {
  return stripForbiddenXmlChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

function typeOf(value: unknown): AttrType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function encode(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Strings inside lists and objects are cleaned too: JSON would escape a control character, but the
  // program that opens the file would still get it back.
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? stripForbiddenXmlChars(v) : v));
}

/** Attributes that are the node's identity in GraphML rather than properties. */
const NODE_SKIP = new Set(['type']);
const EDGE_SKIP = new Set(['type']);

interface KeyDef {
  id: string;
  for: KeyFor;
  name: string;
  type: AttrType;
}

/** Serialises the graph as GraphML (APOC form). Deterministic for a given graph. */
export function toGraphML(graph: GuanxiGraph): string {
  const keys = new Map<string, KeyDef>();
  const addKey = (kind: KeyFor, name: string, value: unknown): string => {
    const mapKey = `${kind}:${name}`;
    let def = keys.get(mapKey);
    const t = typeOf(value);
    if (!def) {
      // Node and edge keys share one id space in GraphML; APOC's own ids are the
      // attribute names, so keep them unless a node and an edge key collide.
      const other = keys.get(`${kind === 'node' ? 'edge' : 'node'}:${name}`);
      def = { id: other ? `${kind}_${name}` : name, for: kind, name, type: t };
      keys.set(mapKey, def);
    } else if (def.type !== t) {
      // Mixed numeric kinds widen to double; anything else mixed becomes a string.
      def.type = def.type !== 'string' && t !== 'string' && def.type !== 'boolean' && t !== 'boolean' ? 'double' : 'string';
    }
    return def.id;
  };
  addKey('node', 'labels', '');
  addKey('edge', 'label', '');

  const body: string[] = [];
  graph.forEachNode((node, attrs) => {
    const data: string[] = [];
    const labels = `:${attrs.type}`;
    data.push(`<data key="${addKey('node', 'labels', labels)}">${escapeXml(labels)}</data>`);
    data.push(`<data key="${addKey('node', 'label', attrs.name)}">${escapeXml(attrs.name)}</data>`);
    for (const [name, value] of sortedEntries(attrs)) {
      if (NODE_SKIP.has(name) || value === undefined || value === null) continue;
      data.push(`<data key="${escapeXml(addKey('node', name, value))}">${escapeXml(encode(value))}</data>`);
    }
    body.push(`<node id="${escapeXml(node)}" labels="${escapeXml(labels)}">${data.join('')}</node>`);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const data: string[] = [`<data key="${addKey('edge', 'label', attrs.type)}">${escapeXml(attrs.type)}</data>`];
    for (const [name, value] of sortedEntries(attrs)) {
      if (EDGE_SKIP.has(name) || value === undefined || value === null) continue;
      data.push(`<data key="${escapeXml(addKey('edge', name, value))}">${escapeXml(encode(value))}</data>`);
    }
    body.push(
      `<edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}" label="${escapeXml(attrs.type)}">${data.join('')}</edge>`,
    );
  });

  const keyLines = [...keys.values()].map(
    (k) => `<key id="${escapeXml(k.id)}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    '<graph id="G" edgedefault="directed">',
    ...body,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
}

function sortedEntries(attrs: Attributes): Array<[string, unknown]> {
  return Object.entries(attrs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
