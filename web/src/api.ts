/**
 * The server's JSON API, typed with the server's own types (type-only
 * imports: nothing from the server is bundled).
 */
import type { CypherResponse } from '../../src/serve/cypher.js';
import type { ExampleQuery } from '../../src/serve/queries.js';
import type { Neo4jState } from '../../src/serve/server.js';

export type { CypherResponse, ExampleQuery, Neo4jState };
export type { CypherNode, CypherRelationship } from '../../src/serve/cypher.js';

export interface ServerConfig {
  dir: string;
  neo4j: Neo4jState;
}

/** What GET api/graph gave: the parsed JSON, or the server's explanation. */
export type GraphResponse =
  | { type: 'ok'; data: unknown }
  | { type: 'missing' | 'malformed'; message: string }
  | { type: 'error'; message: string };

export async function fetchConfig(): Promise<ServerConfig> {
  const res = await fetch('api/config');
  if (!res.ok) throw new Error(`api/config answered ${res.status}`);
  return (await res.json()) as ServerConfig;
}

export async function fetchGraph(): Promise<GraphResponse> {
  let res: Response;
  try {
    res = await fetch('api/graph');
  } catch (err) {
    return { type: 'error', message: `cannot reach the guanxi server (${String(err)}): is guanxi serve still running?` };
  }
  if (res.ok) {
    try {
      return { type: 'ok', data: await res.json() };
    } catch (err) {
      return { type: 'malformed', message: `the graph is not valid JSON (${String(err)})` };
    }
  }
  const body = (await res.json().catch(() => null)) as { type?: string; message?: string } | null;
  const message = body?.message ?? `api/graph answered ${res.status}`;
  return body?.type === 'missing' || body?.type === 'malformed' ? { type: body.type, message } : { type: 'error', message };
}

export async function fetchQueries(): Promise<ExampleQuery[]> {
  const res = await fetch('api/queries');
  return res.ok ? ((await res.json()) as ExampleQuery[]) : [];
}

export async function runCypher(query: string, params: Record<string, unknown>): Promise<CypherResponse> {
  try {
    const res = await fetch('api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, params }),
    });
    return (await res.json()) as CypherResponse;
  } catch (err) {
    return { type: 'error', message: `cannot reach the guanxi server (${String(err)})` };
  }
}
