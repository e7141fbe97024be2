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

/** Any character escapeXml changes: most strings have none and are returned as they are, without six passes. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Any character stripForbiddenXmlChars may remove: strings that need escaping (JSON, full of quotes) seldom hold one. */
// eslint-disable-next-line no-control-regex
const MAY_BE_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  // Each character replaced only where it occurs, by plain search rather than a regular expression per character:
  // every list and object in a graph is JSON text with quotes and little else to escape. `&` first, so that no
  // entity made here is escaped again.
  let t = MAY_BE_FORBIDDEN.test(s) ? stripForbiddenXmlChars(s) : s;
  if (t.includes('&')) t = t.replaceAll('&', '&amp;');
  if (t.includes('<')) t = t.replaceAll('<', '&lt;');
  if (t.includes('>')) t = t.replaceAll('>', '&gt;');
  if (t.includes('"')) t = t.replaceAll('"', '&quot;');
  if (t.includes('\r')) t = t.replaceAll('\r', '&#13;');
  return t;
}

function typeOf(value: unknown): AttrType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** In JSON text, what may stand for a character XML forbids: any escape (`\\b`, `\\u0001`, `\\ud800`), U+FFFE, U+FFFF. */
const MAY_HOLD_FORBIDDEN = /[\\\uFFFE\uFFFF]/;

function encode(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Strings inside lists and objects are cleaned too: JSON would escape a control character, but the
  // program that opens the file would still get it back. A replacer is slow (a call per value), so it
  // runs only when the plain text may hold such a character; without one, the texts are the same.
  const plain = JSON.stringify(value);
  if (plain === undefined || !MAY_HOLD_FORBIDDEN.test(plain)) return plain;
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? stripForbiddenXmlChars(v) : v));
}

/** Attributes that are the node's identity in GraphML rather than properties. */
const NODE_SKIP = new Set(['type']);
const EDGE_SKIP = new Set(['type']);

interface KeyDef {
  id: string;
  /** `id` escaped for an attribute, once rather than at every use. */
  escapedId: string;
  for: KeyFor;
  name: string;
  type: AttrType;
}

/** Serialises the graph as GraphML (APOC form). Deterministic for a given graph. */
export function toGraphML(graph: GuanxiGraph): string {
  return graphMLLines(graph).join('\n');
}

/**
 * The lines of toGraphML's text (joined with line feeds, the last one empty),
 * for a writer that writes them in pieces rather than making one string of
 * the whole file (tens of megabytes for a large corpus, then as many again
 * encoded as UTF-8).
 */
export function graphMLLines(graph: GuanxiGraph): string[] {
  // Keys in the order first seen (that is the order of the <key> lines), found by kind then name: a map per kind
  // rather than one keyed by a string made for every attribute of every element.
  const order: KeyDef[] = [];
  const byKind: Record<KeyFor, Map<string, KeyDef>> = { node: new Map(), edge: new Map() };
  const addKey = (kind: KeyFor, name: string, value: unknown): string => {
    let def = byKind[kind].get(name);
    const t = typeOf(value);
    if (!def) {
      // Node and edge keys share one id space in GraphML; APOC's own ids are the
      // attribute names, so keep them unless a node and an edge key collide.
      const other = byKind[kind === 'node' ? 'edge' : 'node'].get(name);
      const id = other ? `${kind}_${name}` : name;
      def = { id, escapedId: escapeXml(id), for: kind, name, type: t };
      byKind[kind].set(name, def);
      order.push(def);
    } else if (def.type !== t) {
      // Mixed numeric kinds widen to double; anything else mixed becomes a string.
      def.type = def.type !== 'string' && t !== 'string' && def.type !== 'boolean' && t !== 'boolean' ? 'double' : 'string';
    }
    return def.escapedId;
  };
  addKey('node', 'labels', '');
  addKey('edge', 'label', '');

  const body: string[] = [];
  graph.forEachNode((node, attrs) => {
    const labels = `:${attrs.type}`;
    let data = `<data key="${addKey('node', 'labels', labels)}">${escapeXml(labels)}</data><data key="${addKey('node', 'label', attrs.name)}">${escapeXml(attrs.name)}</data>`;
    for (const [name, value] of sortedEntries(attrs)) {
      if (NODE_SKIP.has(name) || value === undefined || value === null) continue;
      data += `<data key="${addKey('node', name, value)}">${escapeXml(encode(value))}</data>`;
    }
    body.push(`<node id="${escapeXml(node)}" labels="${escapeXml(labels)}">${data}</node>`);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    let data = `<data key="${addKey('edge', 'label', attrs.type)}">${escapeXml(attrs.type)}</data>`;
    for (const [name, value] of sortedEntries(attrs)) {
      if (EDGE_SKIP.has(name) || value === undefined || value === null) continue;
      data += `<data key="${addKey('edge', name, value)}">${escapeXml(encode(value))}</data>`;
    }
    body.push(`<edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}" label="${escapeXml(attrs.type)}">${data}</edge>`);
  });

  const keyLines = order.map((k) => `<key id="${k.escapedId}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`);
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    '<graph id="G" edgedefault="directed">',
  ];
  // The body's lines were made before the keys (an attribute's type is known once every element is seen): the
  // head goes in front of them in place rather than copying a list of one line per element.
  body.unshift(...head);
  body.push('</graph>', '</graphml>', '');
  return body;
}

function sortedEntries(attrs: Attributes): Array<[string, unknown]> {
  return Object.entries(attrs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
