/**
 * Runs the viewer's Cypher queries, read-only: every query runs in a read
 * transaction (session in READ mode, `executeRead`), and is first planned
 * with EXPLAIN so that a query that would write is refused with a clear
 * message before it runs. Results are turned into plain JSON: the nodes and
 * relationships found anywhere in the records (drawn as a subgraph) plus a
 * table of every column (shown for scalar results).
 */
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPathSegment, isPoint, isRelationship, isTime, type Driver } from 'neo4j-driver';
import { describeNeo4jError, neo4jErrorCode, type ConnectionSettings } from '../neo4j/connection.js';

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
  timeoutMs: number;
}

export function createCypherRunner(driver: Driver, settings: ConnectionSettings, options: RunnerOptions): CypherRunner {
  const session = () => driver.session({ database: settings.database, defaultAccessMode: neo4j.session.READ });
  return {
    async run(query, params) {
      if (query.trim() === '') return { type: 'error', message: 'Type a Cypher query first.' };
      const s = session();
      try {
        const planned = await s.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params), { timeout: options.timeoutMs });
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
          const collector = new Collector();
          let count = 0;
          let truncated = false;
          for await (const record of result) {
            if (count === options.maxRecords) {
              truncated = true;
              break;
            }
            if (count === 0) collector.columns = [...record.keys].map(String);
            collector.addRecord(record.keys.map((k) => record.get(k)));
            count++;
          }
          if (count === 0) collector.columns = [...(await result.keys())].map(String);
          return collector.response(truncated);
        }, { timeout: options.timeoutMs });
      } catch (err) {
        const code = neo4jErrorCode(err);
        const message =
          code === 'Neo.ClientError.Statement.AccessMode'
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

/** Walks record values, collecting graph elements and display text. */
class Collector {
  columns: string[] = [];
  readonly rows: string[][] = [];
  private readonly nodes = new Map<string, CypherNode>();
  private readonly relationships = new Map<string, CypherRelationship>();

  addRecord(values: unknown[]): void {
    this.rows.push(values.map((v) => display(this.visit(v))));
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
