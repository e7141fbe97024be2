/**
 * Runs the viewer's Cypher queries, read-only: every query is first planned
 * with EXPLAIN and checked against the box's policy (cypher-policy.ts: no
 * LOAD CSV, no procedures or commands outside an allow-list) and its query
 * type (a write or schema change is refused with a clear message), then runs
 * in a read transaction (session in READ mode, `executeRead`). Results are
 * turned into plain JSON: the nodes and relationships found anywhere in the
 * records (drawn as a subgraph) plus a table of every column (shown for
 * scalar results), cut at a number of records and a number of bytes.
 */
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPathSegment, isPoint, isRelationship, isTime, type Driver } from 'neo4j-driver';
import { describeNeo4jError, neo4jErrorCode, type ConnectionSettings } from '../neo4j/connection.js';
import { integersToNeo4j } from '../query/params.js';
import { READ_ONLY_REFUSED } from '../query/run.js';
import { checkPlan } from './cypher-policy.js';

export interface CypherNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface CypherRelationship {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export type CypherResponse =
  | {
      type: 'ok';
      columns: string[];
      /** One row per record; each cell as display text. */
      rows: string[][];
      nodes: CypherNode[];
      relationships: CypherRelationship[];
      /** True when the query returned more than the page is sent. */
      truncated: boolean;
    }
  | { type: 'error'; message: string; code?: string };

export interface CypherRunner {
  run(query: string, params: Record<string, unknown>): Promise<CypherResponse>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  maxRecords: number;
  /** Largest size of the records sent to the page (JSON bytes, approximately). */
  maxBytes: number;
  timeoutMs: number;
}

export function createCypherRunner(driver: Driver, settings: ConnectionSettings, options: RunnerOptions): CypherRunner {
  const session = () => driver.session({ database: settings.database, defaultAccessMode: neo4j.session.READ });
  return {
    async run(query, jsonParams) {
      if (query.trim() === '') return { type: 'error', message: 'Type a Cypher query first.' };
      // JSON has one number type; whole numbers go as integers, so that LIMIT $n works.
      const params = integersToNeo4j(jsonParams) as Record<string, unknown>;
      const s = session();
      try {
        const planned = await s.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params), { timeout: options.timeoutMs });
        const verdict = checkPlan(planned.summary.plan, planned.summary.database.name ?? undefined, settings.database);
        if (!verdict.ok) return { type: 'error', message: verdict.message, code: 'guanxi.NotAllowed' };
        const kind = planned.summary.queryType;
        if (kind !== 'r') {
          return {
            type: 'error',
            message: `The viewer only runs read-only queries; this one ${kind === 's' ? 'changes the schema' : 'writes'} (query type "${kind}"). Use cypher-shell or guanxi load to change the database.`,
            code: 'guanxi.ReadOnly',
          };
        }
        return await s.executeRead(async (tx) => {
          const result = tx.run(query, params);
          const collector = new Collector(options.maxBytes);
          let count = 0;
          let truncated = false;
          for await (const record of result) {
            if (count === 0) collector.columns = [...record.keys].map(String);
            if (count === options.maxRecords || !collector.addRecord(record.keys.map((k) => record.get(k)))) {
              truncated = true;
              break;
            }
            count++;
          }
          if (count === 0) collector.columns = [...(await result.keys())].map(String);
          return collector.response(truncated);
        }, { timeout: options.timeoutMs });
      } catch (err) {
        const code = neo4jErrorCode(err);
        const message =
          code === READ_ONLY_REFUSED
            ? 'The viewer only runs read-only queries; Neo4j refused a write in this read transaction.'
            : describeNeo4jError(err, settings);
        return code === undefined ? { type: 'error', message } : { type: 'error', message, code };
      } finally {
        await s.close();
      }
    },
    close: () => driver.close(),
  };
}

/** Walks record values, collecting graph elements and display text, up to a size. */
class Collector {
  columns: string[] = [];
  readonly rows: string[][] = [];
  private readonly nodes = new Map<string, CypherNode>();
  private readonly relationships = new Map<string, CypherRelationship>();
  /** Elements first seen in the record being added (taken back if it does not fit). */
  private added: Array<{ map: Map<string, unknown>; key: string; value: unknown }> = [];
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** Adds a record, or returns false (and adds nothing) when it would pass the byte cap. */
  addRecord(values: unknown[]): boolean {
    this.added = [];
    const row = values.map((v) => display(this.visit(v)));
    let size = jsonBytes(row);
    for (const a of this.added) size += jsonBytes(a.value);
    if (this.bytes + size > this.maxBytes) {
      for (const a of this.added) a.map.delete(a.key);
      return false;
    }
    this.bytes += size;
    this.rows.push(row);
    return true;
  }

  response(truncated: boolean): CypherResponse {
    return {
      type: 'ok',
      columns: this.columns,
      rows: this.rows,
      nodes: [...this.nodes.values()],
      relationships: [...this.relationships.values()],
      truncated,
    };
  }

  /** Returns the JSON form of a driver value, recording nodes and relationships on the way. */
  private visit(v: unknown): unknown {
    if (v === null || v === undefined) return null;
    if (isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
    if (typeof v === 'bigint') return v.toString();
    if (isNode(v)) {
      const node: CypherNode = { elementId: v.elementId, labels: [...v.labels], properties: this.props(v.properties) };
      if (!this.nodes.has(node.elementId)) this.added.push({ map: this.nodes, key: node.elementId, value: node });
      this.nodes.set(node.elementId, node);
      return { node };
    }
    if (isRelationship(v)) {
      const rel: CypherRelationship = {
        elementId: v.elementId,
        type: v.type,
        start: v.startNodeElementId,
        end: v.endNodeElementId,
        properties: this.props(v.properties),
      };
      if (!this.relationships.has(rel.elementId)) this.added.push({ map: this.relationships, key: rel.elementId, value: rel });
      this.relationships.set(rel.elementId, rel);
      return { relationship: rel };
    }
    if (isPath(v)) {
      this.visit(v.start);
      for (const seg of v.segments) this.visit(seg);
      return { path: v.length };
    }
    if (isPathSegment(v)) {
      this.visit(v.start);
      this.visit(v.relationship);
      this.visit(v.end);
      return null;
    }
    if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v) || isPoint(v)) {
      return String(v);
    }
    if (Array.isArray(v)) return v.map((x) => this.visit(x));
    if (typeof v === 'object') {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, this.visit(x)]));
    }
    return v;
  }

  private props(p: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(p).map(([k, x]) => [k, this.visit(x)]));
  }
}

function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v));
}

/** A cell as text: nodes and relationships in Cypher's own notation, the rest as JSON. */
function display(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null) {
    if ('node' in v) {
      const n = (v as { node: CypherNode }).node;
      const name = n.properties['name'];
      return `(${n.labels.map((l) => `:${l}`).join('')}${typeof name === 'string' ? ` ${name}` : ''})`;
    }
    if ('relationship' in v) return `[:${(v as { relationship: CypherRelationship }).relationship.type}]`;
    if ('path' in v) return `path of length ${String((v as { path: number }).path)}`;
  }
  return JSON.stringify(v);
}
