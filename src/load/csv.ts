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
import type { EdgeType, NodeType } from '../graph/types.js';
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

interface Element {
  attrs: Record<string, unknown>;
}

/** Rows of one label or type, split by the kinds of their properties. */
interface Group<T> {
  name: string;
  /** Property columns (reserved ones come first, separately). */
  columns: Array<{ name: string; kind: Kind }>;
  items: T[];
}

/**
 * Properties of a set of elements with one kind per column: an attribute
 * with several kinds splits the elements into groups, one per combination.
 */
function groupByKinds<T extends Element>(name: string, items: T[], reserved: ReadonlySet<string>): Array<Group<T>> {
  const kinds = new Map<string, Set<Kind>>();
  for (const item of items) {
    for (const [attr, value] of Object.entries(item.attrs)) {
      if (reserved.has(attr)) continue;
      const kind = kindOf(value);
      if (kind === undefined) continue;
      let set = kinds.get(attr);
      if (!set) kinds.set(attr, (set = new Set()));
      set.add(kind);
    }
  }
  const attrs = [...kinds.keys()].sort();
  const mixed = attrs.filter((a) => (kinds.get(a) as Set<Kind>).size > 1);
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const own = mixed.map((a) => kindOf(item.attrs[a]) ?? '-');
    const key = own.join('|');
    let group = groups.get(key);
    if (!group) {
      const columns = attrs.flatMap((a) => {
        const i = mixed.indexOf(a);
        if (i === -1) return [{ name: a, kind: [...(kinds.get(a) as Set<Kind>)][0] as Kind }];
        const kind = own[i];
        return kind === '-' ? [] : [{ name: a, kind: kind as Kind }];
      });
      groups.set(key, (group = { name, columns, items: [] }));
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

function quoteField(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Writes lines through a stream, waiting when its buffer is full. */
class CsvWriter {
  private buffer: string[] = [];
  private size = 0;
  private constructor(private readonly stream: WriteStream) {}

  static async open(file: string): Promise<CsvWriter> {
    const stream = createWriteStream(file, { encoding: 'utf8' });
    await once(stream, 'open');
    return new CsvWriter(stream);
  }

  async line(fields: string[]): Promise<void> {
    const text = `${fields.join(',')}\n`;
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

function chooseArrayDelimiter(graph: GuanxiGraph): string {
  const lists: string[][] = [];
  graph.forEachNode((_k, a) => {
    lists.push(a.aliases, encodeEvidence(a.evidence));
    for (const v of Object.values(a)) if (Array.isArray(v) && v.every((x) => typeof x === 'string')) lists.push(v as string[]);
  });
  graph.forEachEdge((_k, a) => {
    lists.push(encodeEvidence(a.evidence));
    for (const v of Object.values(a)) if (Array.isArray(v) && v.every((x) => typeof x === 'string')) lists.push(v as string[]);
  });
  const found = ARRAY_DELIMITERS.find((d) => lists.every((list) => list.every((s) => !s.includes(d))));
  if (found === undefined) throw new Error('every candidate array delimiter occurs in the graph\'s lists; the bulk import cannot encode them (load without --bulk)');
  return found;
}

interface NodeItem extends Element {
  id: string;
  type: NodeType;
  aliases: string[];
  evidence: string[];
  confidence: number;
  rule: string;
}

interface EdgeItem extends Element {
  source: string;
  target: string;
  type: EdgeType;
  evidence: string[];
  confidence: number;
  rule: string;
}

/** Writes the graph's import files into `dir` (created when missing); returns what it wrote. */
export async function writeImportFiles(graph: GuanxiGraph, dir: string): Promise<ImportFiles> {
  await mkdir(dir, { recursive: true });
  const delimiter = chooseArrayDelimiter(graph);
  let multiline = false;
  const text = (s: string): string => {
    if (!multiline && /[\r\n]/.test(s)) multiline = true;
    return quoteField(s);
  };
  const list = (items: readonly string[]): string => text(items.join(delimiter));
  const field = (value: unknown, kind: Kind): string => {
    if (value === undefined || value === null || kindOf(value) !== kind) return '';
    const v = stored(value, kind);
    if (Array.isArray(v)) return list(v);
    return typeof v === 'string' ? text(v) : String(v);
  };

  const byLabel = new Map<NodeType, NodeItem[]>();
  graph.forEachNode((key, a) => {
    let items = byLabel.get(a.type);
    if (!items) byLabel.set(a.type, (items = []));
    items.push({
      id: key,
      type: a.type,
      attrs: a as unknown as Record<string, unknown>,
      // As batches.ts: the name is not repeated among the aliases.
      aliases: a.aliases.filter((alias) => alias !== a.name),
      evidence: encodeEvidence(a.evidence),
      confidence: a.confidence,
      rule: a.rule,
    });
  });
  const byType = new Map<EdgeType, EdgeItem[]>();
  graph.forEachEdge((_key, a, source, target) => {
    let items = byType.get(a.type);
    if (!items) byType.set(a.type, (items = []));
    items.push({ source, target, type: a.type, attrs: a as unknown as Record<string, unknown>, evidence: encodeEvidence(a.evidence), confidence: a.confidence, rule: a.rule });
  });

  const nodes: ImportFile[] = [];
  for (const [label, items] of byLabel) {
    const groups = groupByKinds(label, items, NODE_RESERVED);
    for (const [i, group] of groups.entries()) {
      const file = join(dir, `nodes-${label}${groups.length > 1 ? `-${i + 1}` : ''}.csv`);
      const out = await CsvWriter.open(file);
      await out.line(['id:ID', ':LABEL', 'aliases:string[]', 'evidence:string[]', 'confidence:double', 'rule:string', ...group.columns.map((c) => `${c.name}:${c.kind}`)]);
      for (const n of group.items) {
        await out.line([text(n.id), n.type, list(n.aliases), list(n.evidence), String(n.confidence), text(n.rule), ...group.columns.map((c) => field(n.attrs[c.name], c.kind))]);
      }
      await out.close();
      nodes.push({ name: label, file, rows: group.items.length });
    }
  }
  const relationships: ImportFile[] = [];
  for (const [type, items] of byType) {
    const groups = groupByKinds(type, items, EDGE_RESERVED);
    for (const [i, group] of groups.entries()) {
      const file = join(dir, `relationships-${type}${groups.length > 1 ? `-${i + 1}` : ''}.csv`);
      const out = await CsvWriter.open(file);
      await out.line([':START_ID', ':END_ID', ':TYPE', 'evidence:string[]', 'confidence:double', 'rule:string', ...group.columns.map((c) => `${c.name}:${c.kind}`)]);
      for (const r of group.items) {
        await out.line([text(r.source), text(r.target), r.type, list(r.evidence), String(r.confidence), text(r.rule), ...group.columns.map((c) => field(r.attrs[c.name], c.kind))]);
      }
      await out.close();
      relationships.push({ name: type, file, rows: group.items.length });
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
