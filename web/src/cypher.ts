/**
 * The Cypher box, shown when the server is connected to Neo4j: the example
 * queries of cypher/queries/, a query and its parameters, and the result:
 * the nodes and relationships it returns drawn as a subgraph, and a table
 * for every column. The server runs queries read-only.
 */
import { NODE_TYPES, type EdgeAttributes, type EdgeType, type NodeAttributes, type NodeType } from '../../src/graph/types.js';
import { MultiDirectedGraph } from 'graphology';
import { fetchQueries, runCypher, type CypherNode, type CypherResponse, type Neo4jState } from './api.js';
import { el } from './dom.js';
import type { DataGraph } from './model.js';

export interface CypherResultGraph {
  data: DataGraph;
  /** Relationships left out because the query did not return their end nodes. */
  dangling: number;
}

/**
 * Lists come back from Neo4j either as lists (aliases; evidence as one JSON
 * string per item, as `guanxi load` writes them) or as one JSON string (as
 * in GraphML); the panel wants plain values.
 */
function decodeList(v: unknown): unknown[] {
  const parse = (s: string): unknown => {
    try {
      return JSON.parse(s);
    } catch {
      return s;
    }
  };
  if (typeof v === 'string') {
    const parsed = parse(v);
    return Array.isArray(parsed) ? parsed : [];
  }
  return Array.isArray(v) ? v : [];
}

function decodeObjects(v: unknown): unknown[] {
  return decodeList(v)
    .map((x) => {
      if (typeof x !== 'string') return x;
      try {
        return JSON.parse(x) as unknown;
      } catch {
        return undefined;
      }
    })
    .filter((x) => typeof x === 'object' && x !== null);
}

function nodeAttributes(n: CypherNode, key: string): NodeAttributes {
  const p = n.properties;
  const type = (n.labels.find((l) => (NODE_TYPES as readonly string[]).includes(l)) ?? n.labels[0] ?? 'Node') as NodeType;
  const name = typeof p['name'] === 'string' ? p['name'] : typeof p['title'] === 'string' ? p['title'] : key;
  return {
    ...p,
    id: key,
    type,
    name,
    aliases: decodeList(p['aliases']).filter((a): a is string => typeof a === 'string'),
    evidence: decodeObjects(p['evidence']) as NodeAttributes['evidence'],
    confidence: typeof p['confidence'] === 'number' ? p['confidence'] : 0,
    rule: typeof p['rule'] === 'string' ? p['rule'] : '',
  };
}

/** The graph elements of a query's result as a data graph keyed like the build (by `id` when present). */
export function resultGraph(result: Extract<CypherResponse, { type: 'ok' }>): CypherResultGraph {
  const data: DataGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const keyOf = new Map<string, string>();
  for (const n of result.nodes) {
    const id = n.properties['id'];
    let key = typeof id === 'string' && id !== '' ? id : n.elementId;
    if (data.hasNode(key)) key = n.elementId;
    keyOf.set(n.elementId, key);
    data.addNode(key, nodeAttributes(n, key));
  }
  let dangling = 0;
  for (const r of result.relationships) {
    const source = keyOf.get(r.start);
    const target = keyOf.get(r.end);
    if (source === undefined || target === undefined) {
      dangling++;
      continue;
    }
    const p = r.properties;
    data.addEdgeWithKey(r.elementId, source, target, {
      ...p,
      type: r.type as EdgeType,
      confidence: typeof p['confidence'] === 'number' ? p['confidence'] : 0,
      rule: typeof p['rule'] === 'string' ? p['rule'] : '',
      evidence: decodeObjects(p['evidence']) as EdgeAttributes['evidence'],
    });
  }
  return { data, dangling };
}

/** Query that draws the whole database (what `guanxi load` wrote). */
export const WHOLE_DATABASE_QUERY = 'MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN n, r, m';

export interface CypherBoxEvents {
  /** A result with graph elements: draw it. */
  onGraph: (graph: CypherResultGraph, query: string) => void;
}

export async function setupCypherBox(container: HTMLElement, neo4j: Neo4jState, events: CypherBoxEvents): Promise<void> {
  if (neo4j.type === 'off') {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const status = el('p', { className: 'cypher-status' });
  if (neo4j.type === 'connected') {
    status.textContent = `Connected to ${neo4j.uri} (database ${neo4j.database}); queries run read-only.`;
  } else {
    status.className = 'cypher-status error';
    status.textContent = `Neo4j is unreachable: ${neo4j.message}`;
  }

  const examples = el('select', { title: 'Example queries from cypher/queries/' });
  examples.id = 'cypher-examples';
  examples.append(new Option('Examples…', ''));
  const query = el('textarea', { className: 'cypher-query' });
  query.id = 'cypher-query';
  query.rows = 5;
  query.spellcheck = false;
  query.placeholder = 'MATCH (b:Branch)-[r]-(x) RETURN b, r, x LIMIT 50';
  const params = el('input', { className: 'cypher-params' });
  params.id = 'cypher-params';
  params.placeholder = 'Parameters as JSON, e.g. {"name": "工行"}';
  const run = el('button', { text: 'Run' });
  run.id = 'cypher-run';
  run.type = 'button';
  const whole = el('button', { text: 'Whole database', title: WHOLE_DATABASE_QUERY });
  whole.type = 'button';
  const result = el('div', { className: 'cypher-result' });
  result.id = 'cypher-result';

  container.replaceChildren(el('h2', { text: 'Cypher' }), status, examples, query, params, el('div', { className: 'row' }, run, whole), result);

  const queries = await fetchQueries();
  for (const q of queries) {
    const opt = new Option(q.name, q.name);
    opt.title = q.description;
    examples.append(opt);
  }
  const description = el('p', { className: 'muted cypher-description' });
  examples.after(description);
  examples.addEventListener('change', () => {
    const q = queries.find((x) => x.name === examples.value);
    if (!q) return;
    query.value = q.query;
    description.textContent = q.description;
    // A skeleton of the query's parameters, to fill in.
    const names = [...new Set([...q.query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? ''))];
    params.value = names.length > 0 ? JSON.stringify(Object.fromEntries(names.map((n) => [n, '']))) : '';
  });

  const execute = async (text: string) => {
    let p: Record<string, unknown> = {};
    if (params.value.trim() !== '') {
      try {
        const parsed: unknown = JSON.parse(params.value);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('expected an object');
        p = parsed as Record<string, unknown>;
      } catch (err) {
        showError(result, `The parameters are not a JSON object: ${(err as Error).message}`);
        return;
      }
    }
    run.disabled = true;
    result.replaceChildren(el('p', { className: 'muted', text: 'Running…' }));
    const res = await runCypher(text, p);
    run.disabled = false;
    if (res.type === 'error') {
      showError(result, res.code ? `${res.message} [${res.code}]` : res.message);
      return;
    }
    status.className = 'cypher-status';
    const graph = resultGraph(res);
    const summary = `${res.rows.length} row${res.rows.length === 1 ? '' : 's'}${res.truncated ? ' (truncated)' : ''}; ${graph.data.order} nodes and ${graph.data.size} relationships drawn${graph.dangling ? `, ${graph.dangling} relationships without their end nodes left out` : ''}.`;
    const summaryLine = el('p', { className: 'cypher-summary', text: summary });
    summaryLine.dataset['nodes'] = String(graph.data.order);
    summaryLine.dataset['relationships'] = String(graph.data.size);
    const table = resultTable(res.columns, res.rows);
    if (graph.data.order > 0) {
      const details = el('details', {}, el('summary', { text: 'Table' }), table);
      result.replaceChildren(summaryLine, details);
      events.onGraph(graph, text);
    } else result.replaceChildren(summaryLine, table);
  };
  run.addEventListener('click', () => void execute(query.value));
  whole.addEventListener('click', () => {
    query.value = WHOLE_DATABASE_QUERY;
    void execute(WHOLE_DATABASE_QUERY);
  });
  query.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void execute(query.value);
  });
}

function showError(result: HTMLElement, message: string): void {
  result.replaceChildren(el('p', { className: 'error', text: message }));
}

function resultTable(columns: string[], rows: string[][]): HTMLTableElement {
  const table = el('table', { className: 'cypher-table' });
  table.append(el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', { text: c })))));
  const body = el('tbody');
  for (const row of rows) body.append(el('tr', {}, ...row.map((c) => el('td', { text: c }))));
  table.append(body);
  return table;
}
