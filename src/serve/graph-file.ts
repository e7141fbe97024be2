/**
 * Reads the built graph for the page. The file is read again on every
 * request, so a rebuild shows up on reload; a missing or broken file becomes
 * a message the page shows instead of a blank canvas.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseJsonText } from '../graph/json-text.js';
import { GraphFormatError, parseGraph } from '../graph/model.js';
import { GRAPH_FILE } from './paths.js';

export type GraphFileState =
  | { type: 'ok'; body: string; nodes: number; edges: number }
  | { type: 'missing'; message: string }
  | { type: 'malformed'; message: string };

/** The last file validated, so that reloading the page does not parse a large graph twice. */
let cache: { file: string; mtimeMs: number; size: number; state: GraphFileState } | undefined;

export async function readGraphFile(dir: string): Promise<GraphFileState> {
  const file = path.join(dir, GRAPH_FILE);
  let stat: { mtimeMs: number; size: number };
  let body: string;
  try {
    stat = await fs.stat(file);
    if (cache && cache.file === file && cache.mtimeMs === stat.mtimeMs && cache.size === stat.size) return cache.state;
    body = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})`;
    return {
      type: 'missing',
      message: `${file} ${why}. Build the graph first: guanxi build <articles…> --out ${dir}`,
    };
  }
  const state = validate(file, body);
  cache = { file, mtimeMs: stat.mtimeMs, size: stat.size, state };
  return state;
}

function validate(file: string, body: string): GraphFileState {
  const json = parseJsonText(body);
  if (!json.ok) return { type: 'malformed', message: `${file} is not valid JSON (${json.reason}). Rebuild it with guanxi build.` };
  try {
    const graph = parseGraph(json.value);
    return { type: 'ok', body, nodes: graph.order, edges: graph.size };
  } catch (err) {
    if (!(err instanceof GraphFormatError)) throw err;
    return { type: 'malformed', message: `${file} is not a guanxi graph: ${err.message}. Rebuild it with guanxi build.` };
  }
}
