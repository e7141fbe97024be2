/**
 * The files Neo4j's import tool reads (`neo4j-admin database import full`),
 * written so that the imported graph equals what an online load of the same
 * graph writes (batches.ts, cypher.ts): label = node `type` (`:LABEL`), key
 * property `id` (`id:ID`), relationship type (`:TYPE`) between `:START_ID`
 * and `:END_ID`; `aliases` and `evidence` as string arrays; whole numbers as
 * `long`, other numbers as `double`, lists of numbers as `double[]` (the
 * driver sends JavaScript numbers as floats), objects as JSON strings.
 *
 * A property that holds whole numbers on some nodes of a label and other
 * values on others gets one file per kind, so that each value keeps its own
 * type. Missing values are empty fields (no property); strings are always
 * quoted, so an empty string stays an empty string.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { GuanxiGraph } from '../graph/model.js';
import type { EdgeType, Evidence, NodeType } from '../graph/types.js';
import { encodeEvidence } from './batches.js';

type Kind = 'long' | 'double' | 'boolean' | 'string' | 'string[]' | 'double[]';

/** The import tool's name for each kind, as used in headers (`year:long`). */
const NODE_RESERVED = new Set(['id', 'type', 'aliases', 'evidence', 'confidence', 'rule']);
const EDGE_RESERVED = new Set(['type', 'evidence', 'confidence', 'rule']);

/** Array delimiters to choose from: the first that no list element contains. */
const ARRAY_DELIMITERS = ['\u001f', '\u001e', '\u001d', '\ue000', '\ue001', '\ue002'];

export interface ImportFile {
  /** Node label or relationship type. */
  name: string;
  file: string;
  rows: number;
}

export interface ImportFiles {
  dir: string;
  nodes: ImportFile[];
  relationships: ImportFile[];
  arrayDelimiter: string;
  /** Some value holds a line break: the tool must read fields across lines (slower). */
  multiline: boolean;
}

/** What kind a value is stored as, or undefined when it is not stored (null). */
function kindOf(value: unknown): Kind | undefined {
  // An empty list is no property, as the online load stores it (batches.ts).
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'string[]';
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return 'double[]';
  return 'string';
}

/** The stored value as the list of strings or the scalar the CSV field holds. */
function stored(value: unknown, kind: Kind): string | number | boolean | string[] {
  if (kind === 'string[]') return value as string[];
  if (kind === 'double[]') return (value as number[]).map((n) => String(n));
  if (kind === 'string') return typeof value === 'string' ? value : JSON.stringify(value);
  return value as number | boolean;
}

/** Rows of one label or type, split by the kinds of their properties. */
interface Group {
  /** Property columns (reserved ones come first, separately). */
  columns: Array<{ name: string; kind: Kind }>;
  /** Node keys, or edge keys. */
  keys: string[];
}

/**
 * Properties of a set of elements with one kind per column: an attribute
 * with several kinds splits the elements into groups, one per combination.
 */
function groupByKinds(keys: readonly string[], attrsOf: (key: string) => Record<string, unknown>, reserved: ReadonlySet<string>): Group[] {
  const kinds = new Map<string, Set<Kind>>();
  for (const key of keys) {
    const attrs = attrsOf(key);
    for (const attr in attrs) {
      if (reserved.has(attr)) continue;
      const kind = kindOf(attrs[attr]);
      if (kind === undefined) continue;
      let set = kinds.get(attr);
      if (!set) kinds.set(attr, (set = new Set()));
      set.add(kind);
    }
  }
  const attrs = [...kinds.keys()].sort();
  const mixed = attrs.filter((a) => (kinds.get(a) as Set<Kind>).size > 1);
  if (mixed.length === 0) return [{ columns: attrs.map((a) => ({ name: a, kind: [...(kinds.get(a) as Set<Kind>)][0] as Kind })), keys: [...keys] }];
  const groups = new Map<string, Group>();
  for (const key of keys) {
    const own = mixed.map((a) => kindOf(attrsOf(key)[a]) ?? '-');
    const groupKey = own.join('|');
    let group = groups.get(groupKey);
    if (!group) {
      const columns = attrs.flatMap((a) => {
        const i = mixed.indexOf(a);
        if (i === -1) return [{ name: a, kind: [...(kinds.get(a) as Set<Kind>)][0] as Kind }];
        const kind = own[i];
        return kind === '-' ? [] : [{ name: a, kind: kind as Kind }];
      });
      groups.set(groupKey, (group = { columns, keys: [] }));
    }
    group.keys.push(key);
  }
  return [...groups.values()];
}

function quoteField(s: string): string {
  return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`;
}

/**
 * Writes text through a stream in chunks of about a megabyte. Rows are
 * appended to one string and the caller awaits only when a chunk is due:
 * an await and an array per row made writing the files slower than the
 * import itself.
 */
class CsvWriter {
  private buffer = '';
  private constructor(private readonly stream: WriteStream) {}

  static async open(file: string): Promise<CsvWriter> {
    const stream = createWriteStream(file, { encoding: 'utf8' });
    await once(stream, 'open');
    return new CsvWriter(stream);
  }

  /** Appends a line; true when a chunk is due (then await flush()). */
  add(line: string): boolean {
    this.buffer += line;
    this.buffer += '\n';
    return this.buffer.length > 1 << 20;
  }

  async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk.length > 0 && !this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

function chooseArrayDelimiter(graph: GuanxiGraph): string {
  // Every string of every list the files hold, evidence items as encoded; a
  // JSON encoding escapes control characters, so only its text can hold a
  // private-use delimiter.
  const candidates = new Set(ARRAY_DELIMITERS);
  const see = (s: string): void => {
    for (const d of candidates) if (s.includes(d)) candidates.delete(d);
  };
  const seeEvidence = (evidence: readonly Evidence[]): void => {
    for (const e of evidence) {
      for (const v of Object.values(e)) {
        if (typeof v === 'string') see(v);
        else if (typeof v === 'object' && v !== null) see(JSON.stringify(v));
      }
    }
  };
  const seeLists = (a: Record<string, unknown>): void => {
    for (const k in a) {
      const v = a[k];
      if (Array.isArray(v) && k !== 'evidence') for (const x of v) if (typeof x === 'string') see(x);
    }
  };
  graph.forEachNode((_k, a) => {
    seeEvidence(a.evidence);
    seeLists(a as unknown as Record<string, unknown>);
  });
  graph.forEachEdge((_k, a) => {
    seeEvidence(a.evidence);
    seeLists(a as unknown as Record<string, unknown>);
  });
  const found = ARRAY_DELIMITERS.find((d) => candidates.has(d));
  if (found === undefined) throw new Error('every candidate array delimiter occurs in the graph\'s lists; the bulk import cannot encode them (load without --bulk)');
  return found;
}

/** Writes the graph's import files into `dir` (created when missing); returns what it wrote. */
export async function writeImportFiles(graph: GuanxiGraph, dir: string): Promise<ImportFiles> {
  await mkdir(dir, { recursive: true });
  const delimiter = chooseArrayDelimiter(graph);
  let multiline = false;
  const text = (s: string): string => {
    if (!multiline && (s.includes('\n') || s.includes('\r'))) multiline = true;
    return quoteField(s);
  };
  const list = (items: readonly string[]): string => text(items.join(delimiter));
  const field = (value: unknown, kind: Kind): string => {
    if (value === undefined || value === null || kindOf(value) !== kind) return '';
    const v = stored(value, kind);
    if (Array.isArray(v)) return list(v);
    return typeof v === 'string' ? text(v) : String(v);
  };
  const columns = (attrs: Record<string, unknown>, group: Group): string => {
    let out = '';
    for (const c of group.columns) out += `,${field(attrs[c.name], c.kind)}`;
    return out;
  };

  const byLabel = new Map<NodeType, string[]>();
  graph.forEachNode((key, a) => {
    let keys = byLabel.get(a.type);
    if (!keys) byLabel.set(a.type, (keys = []));
    keys.push(key);
  });
  const byType = new Map<EdgeType, string[]>();
  graph.forEachEdge((key, a) => {
    let keys = byType.get(a.type);
    if (!keys) byType.set(a.type, (keys = []));
    keys.push(key);
  });

  const nodeAttrs = (key: string): Record<string, unknown> => graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
  const nodes: ImportFile[] = [];
  for (const [label, keys] of byLabel) {
    const groups = groupByKinds(keys, nodeAttrs, NODE_RESERVED);
    for (const [i, group] of groups.entries()) {
      const file = join(dir, `nodes-${label}${groups.length > 1 ? `-${i + 1}` : ''}.csv`);
      const out = await CsvWriter.open(file);
      out.add(['id:ID', ':LABEL', 'aliases:string[]', 'evidence:string[]', 'confidence:double', 'rule:string', ...group.columns.map((c) => `${c.name}:${c.kind}`)].join(','));
      for (const key of group.keys) {
        const a = graph.getNodeAttributes(key);
        // As batches.ts: the name is not repeated among the aliases.
        const aliases = a.aliases.filter((alias) => alias !== a.name);
        const line = `${text(key)},${a.type},${list(aliases)},${list(encodeEvidence(a.evidence))},${String(a.confidence)},${text(a.rule)}${columns(a as unknown as Record<string, unknown>, group)}`;
        if (out.add(line)) await out.flush();
      }
      await out.close();
      nodes.push({ name: label, file, rows: group.keys.length });
    }
  }
  const edgeAttrs = (key: string): Record<string, unknown> => graph.getEdgeAttributes(key) as unknown as Record<string, unknown>;
  const relationships: ImportFile[] = [];
  for (const [type, keys] of byType) {
    const groups = groupByKinds(keys, edgeAttrs, EDGE_RESERVED);
    for (const [i, group] of groups.entries()) {
      const file = join(dir, `relationships-${type}${groups.length > 1 ? `-${i + 1}` : ''}.csv`);
      const out = await CsvWriter.open(file);
      out.add([':START_ID', ':END_ID', ':TYPE', 'evidence:string[]', 'confidence:double', 'rule:string', ...group.columns.map((c) => `${c.name}:${c.kind}`)].join(','));
      for (const key of group.keys) {
        const a = graph.getEdgeAttributes(key);
        const line = `${text(graph.source(key))},${text(graph.target(key))},${a.type},${list(encodeEvidence(a.evidence))},${String(a.confidence)},${text(a.rule)}${columns(a as unknown as Record<string, unknown>, group)}`;
        if (out.add(line)) await out.flush();
      }
      await out.close();
      relationships.push({ name: type, file, rows: group.keys.length });
    }
  }
  return { dir, nodes, relationships, arrayDelimiter: delimiter, multiline };
}

/** `U+001F` for the tool's --array-delimiter (control characters do not survive a shell). */
function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The options of `neo4j-admin database import full` for these files (paths
 * relative to `base` when given). Any bad row fails the import
 * (--bad-tolerance=0): the graph is checked before, so a bad row is a bug.
 */
export function importOptions(files: ImportFiles, base?: string): string[] {
  const path = (f: string): string => (base === undefined ? f : relative(base, f));
  return [
    ...files.nodes.map((f) => `--nodes=${path(f.file)}`),
    ...files.relationships.map((f) => `--relationships=${path(f.file)}`),
    `--array-delimiter=${codePoint(files.arrayDelimiter)}`,
    '--id-type=string',
    '--bad-tolerance=0',
    ...(files.multiline ? ['--multiline-fields=true'] : []),
  ];
}
