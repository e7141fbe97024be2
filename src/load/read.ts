/**
 * Reads the graph `guanxi load` was given (a `guanxi build` output folder or
 * its graph.json) and refuses it whole when it is malformed, before any
 * connection to Neo4j is made.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitCode, UserError } from '../base/errors.js';
import { edgeKey } from '../graph/keys.js';
import { parseJsonText } from '../graph/json-text.js';
import { GraphFormatError, parseGraph, type GuanxiGraph } from '../graph/model.js';

/** `DIR` → `DIR/graph.json`; a file path is used as it is. */
export async function graphFileOf(path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') throw new UserError(`${path} does not exist: pass the folder \`guanxi build … --out DIR\` wrote`, ExitCode.Usage);
    throw new UserError(`cannot read ${path}: ${fsReason(err)}`, ExitCode.Failure);
  }
  return info.isDirectory() ? join(path, 'graph.json') : path;
}

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/** Why a file could not be read, in words, for the errors that are not "it is not there". */
function fsReason(err: unknown): string {
  switch (errorCode(err)) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a graph.json';
    case 'ELOOP':
      return 'too many symbolic links (a loop?)';
    default:
      return errorCode(err) ?? String(err);
  }
}

export async function readGraphInput(path: string): Promise<{ file: string; graph: GuanxiGraph }> {
  const file = await graphFileOf(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') throw new UserError(`no graph.json in ${path}: run \`guanxi build <files…> --out ${path}\` first`, ExitCode.Usage);
    throw new UserError(`cannot read ${file}: ${fsReason(err)}`, ExitCode.Failure);
  }
  const json = parseJsonText(text);
  if (!json.ok) throw new UserError(`${file} is not valid JSON (${json.reason}); nothing was written`, ExitCode.Failure);
  try {
    const graph = parseGraph(json.value);
    checkLoadable(graph);
    return { file, graph };
  } catch (err) {
    if (err instanceof GraphFormatError) throw new UserError(`${file} is malformed: ${err.message}; nothing was written`, ExitCode.Failure);
    throw err;
  }
}

/**
 * What Neo4j needs beyond parseGraph's checks: property values it can store,
 * and at most one edge per (type, source, target), since that triple is what
 * relationships are merged on.
 */
export function checkLoadable(graph: GuanxiGraph): void {
  graph.forEachNode((key, a) => {
    if (typeof a.confidence !== 'number' || !Number.isFinite(a.confidence)) throw new GraphFormatError(`node ${key}: confidence must be a number`);
    if (typeof a.rule !== 'string') throw new GraphFormatError(`node ${key}: rule must be a string`);
    if (!a.aliases.every((x) => typeof x === 'string')) throw new GraphFormatError(`node ${key}: aliases must be strings`);
    if (!a.evidence.every(isObject)) throw new GraphFormatError(`node ${key}: evidence items must be objects`);
    for (const name of ['title', 'file', 'date'] as const) {
      if (a[name] !== undefined && typeof a[name] !== 'string') throw new GraphFormatError(`node ${key}: ${name} must be a string`);
    }
    if (a.index !== undefined && !Number.isInteger(a.index)) throw new GraphFormatError(`node ${key}: index must be an integer`);
  });
  const seen = new Map<string, string>();
  graph.forEachEdge((key, a, source, target) => {
    if (typeof a.confidence !== 'number' || !Number.isFinite(a.confidence)) throw new GraphFormatError(`edge ${key}: confidence must be a number`);
    if (typeof a.rule !== 'string') throw new GraphFormatError(`edge ${key}: rule must be a string`);
    if (!a.evidence.every(isObject)) throw new GraphFormatError(`edge ${key}: evidence items must be objects`);
    if (a.year !== undefined && !Number.isInteger(a.year)) throw new GraphFormatError(`edge ${key}: year must be an integer`);
    for (const name of ['role', 'conferrer'] as const) {
      if (a[name] !== undefined && typeof a[name] !== 'string') throw new GraphFormatError(`edge ${key}: ${name} must be a string`);
    }
    const triple = edgeKey(a.type, source, target);
    const other = seen.get(triple);
    if (other !== undefined) throw new GraphFormatError(`edges ${other} and ${key} are both ${a.type} from ${source} to ${target}; Neo4j keeps one relationship per such triple`);
    seen.set(triple, key);
  });
}

function isObject(x: unknown): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
