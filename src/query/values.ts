/**
 * Neo4j result values as plain data: nodes, relationships and paths become
 * objects, integers numbers, temporal values ISO strings. `plain` is what
 * `--format json` prints; `cell` is the short text a table or CSV shows.
 */
import neo4j from 'neo4j-driver';

export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (neo4j.isNode(value)) return { labels: value.labels, properties: plainObject(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: plainObject(value.properties) };
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(plain),
      relationships: value.segments.map((s) => plain(s.relationship)),
    };
  }
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') return plainObject(value as Record<string, unknown>);
  return value;
}

function plainObject(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plain(v)]));
}

function isTemporal(v: unknown): boolean {
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isDuration(v) ||
    neo4j.isPoint(v)
  );
}

/** One line of text for a table cell or a CSV field. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (neo4j.isInt(value)) return value.toString();
  if (neo4j.isNode(value)) {
    const p = value.properties as Record<string, unknown>;
    return `(:${value.labels.join(':')} ${cell(p['name'] ?? p['id'] ?? value.elementId)})`;
  }
  if (neo4j.isRelationship(value)) return `[:${value.type}]`;
  if (neo4j.isPath(value)) {
    let text = cell(value.start);
    for (const s of value.segments) {
      const forward = s.relationship.startNodeElementId === s.start.elementId;
      text += `${forward ? '-' : '<-'}${cell(s.relationship)}${forward ? '->' : '-'}${cell(s.end)}`;
    }
    return text;
  }
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string' || typeof v === 'number') ? value.join(', ') : JSON.stringify(plain(value));
  return JSON.stringify(plain(value));
}
