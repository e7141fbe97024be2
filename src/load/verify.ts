/**
 * Reads counts back after a load: how many of the graph's nodes and
 * relationships the database holds (by label and by type), whether any is
 * duplicated, and the database's totals. A load is good when every element
 * of the graph is there exactly once; the database may hold more (earlier
 * loads of other articles).
 *
 * The database does the comparing: each query sends a batch of expected ids
 * (or sources with their expected targets) and gets back a count and the
 * few sources that differ, which alone are read in detail. Streaming the
 * graph back to compare it here cost more than the import it checks: a
 * million records to decode, and garbage collection over the big heap that
 * holds the graph. What is expected is taken from the graph itself (or a
 * load's batch plan): ids and endpoint pairs only, not a load's rows.
 *
 * Linear in the graph: relationships are read from each distinct source
 * node once (all its relationships of the type), never looked up pair by
 * pair, which around a hub (one branch with 20,000 incoming PART_OF) would
 * read the hub's whole list once per pair. The database's totals come from
 * its count store.
 */
import type { Driver, Session } from 'neo4j-driver';
import type { GuanxiGraph } from '../graph/model.js';
import type { BatchPlan } from './batches.js';
import { quote } from './cypher.js';

export interface CountCheck {
  /** `Branch` or `PART_OF`. */
  name: string;
  expected: number;
  found: number;
}

/** A (source, type, target) of the graph that the database holds more than once. */
export interface DuplicatedPair {
  type: string;
  sourceLabel: string;
  targetLabel: string;
  s: string;
  t: string;
  count: number;
}

export interface VerifyReport {
  nodes: CountCheck[];
  relationships: CountCheck[];
  /** Pairs of the graph held as more than one relationship (each counts in `found`). */
  duplicated: DuplicatedPair[];
  /** Everything in the database, loaded now or before. */
  databaseNodes: number;
  databaseRelationships: number;
  ok: boolean;
}

export interface DatabaseCounts {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
}

/**
 * The database's counts from its count store: constant time per label and
 * type, whatever the database holds (grouping `MATCH (n)` by label would
 * read every node).
 */
export async function countDatabase(driver: Driver, database: string): Promise<DatabaseCounts> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const one = async (query: string): Promise<number> => Number((await tx.run(query)).records[0]?.get('c') ?? 0);
      const nodes = await one('MATCH (n) RETURN count(n) AS c');
      const relationships = await one('MATCH ()-[r]->() RETURN count(r) AS c');
      const labels: Record<string, number> = {};
      for (const r of (await tx.run('CALL db.labels() YIELD label RETURN label ORDER BY label')).records) {
        const label = r.get('label') as string;
        const c = await one(`MATCH (n:${quote(label)}) RETURN count(n) AS c`);
        if (c > 0) labels[label] = c;
      }
      const types: Record<string, number> = {};
      for (const r of (await tx.run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType')).records) {
        const type = r.get('relationshipType') as string;
        const c = await one(`MATCH ()-[r:${quote(type)}]->() RETURN count(r) AS c`);
        if (c > 0) types[type] = c;
      }
      return { nodes, relationships, labels, types };
    });
  } finally {
    await session.close();
  }
}

/** Expected ids or pairs per query: bounds the parameter and result sizes. */
const CHECK_BATCH = 20_000;

/**
 * Sources with more expected targets than this are read in detail (their
 * targets returned) rather than compared in the database, where a list
 * membership test per relationship would cost targets × relationships.
 */
const COMPARE_LIMIT = 100;

/** One (type, source label, target label) of the graph: its pairs, by position. */
interface EdgeGroup {
  type: string;
  sourceLabel: string;
  targetLabel: string;
  sources: string[];
  targets: string[];
}

/** What the check expects: ids by label, endpoint pairs by group. */
export interface ExpectedElements {
  nodes: Map<string, string[]>;
  edges: EdgeGroup[];
}

function groupOf(groups: Map<string, EdgeGroup>, type: string, sourceLabel: string, targetLabel: string): EdgeGroup {
  const key = `${type}\u0000${sourceLabel}\u0000${targetLabel}`;
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { type, sourceLabel, targetLabel, sources: [], targets: [] }));
  return group;
}

/** The ids and pairs of a graph (without building a load's rows) or of a load's batch plan. */
export function expectedElements(input: BatchPlan | GuanxiGraph): ExpectedElements {
  const nodes = new Map<string, string[]>();
  const groups = new Map<string, EdgeGroup>();
  const idsOf = (label: string): string[] => {
    let ids = nodes.get(label);
    if (!ids) nodes.set(label, (ids = []));
    return ids;
  };
  if ('forEachNode' in input) {
    input.forEachNode((key, a) => void idsOf(a.type).push(key));
    input.forEachEdge((_key, a, s, t, sa, ta) => {
      const group = groupOf(groups, a.type, sa.type, ta.type);
      group.sources.push(s);
      group.targets.push(t);
    });
  } else {
    for (const batch of input.nodes) {
      const ids = idsOf(batch.label);
      for (const row of batch.rows) ids.push(row.id);
    }
    for (const batch of input.edges) {
      const group = groupOf(groups, batch.type, batch.sourceLabel, batch.targetLabel);
      for (const row of batch.rows) {
        group.sources.push(row.s);
        group.targets.push(row.t);
      }
    }
  }
  return { nodes, edges: [...groups.values()] };
}

function isExpected(input: BatchPlan | GuanxiGraph | ExpectedElements): input is ExpectedElements {
  return 'edges' in input && input.nodes instanceof Map;
}

/** How many times the ids occur among the label's nodes: one query per batch, only a count comes back. */
async function checkNodes(session: Session, label: string, ids: readonly string[]): Promise<number> {
  let found = 0;
  const statement = `UNWIND $ids AS id MATCH (n:${quote(label)} {id: id}) RETURN count(n) AS c`;
  for (let i = 0; i < ids.length; i += CHECK_BATCH) {
    const chunk = ids.slice(i, i + CHECK_BATCH);
    const result = await session.executeRead((tx) => tx.run(statement, { ids: chunk }));
    found += result.records[0]?.get('c') as number;
  }
  return found;
}

/** Source id → its expected target ids. */
function targetsBySource(group: EdgeGroup): Map<string, string[]> {
  const targets = new Map<string, string[]>();
  for (let i = 0; i < group.sources.length; i++) {
    const s = group.sources[i] as string;
    const list = targets.get(s);
    if (list) list.push(group.targets[i] as string);
    else targets.set(s, [group.targets[i] as string]);
  }
  return targets;
}

/** Splits sources into chunks of about CHECK_BATCH expected pairs. */
function sourceChunks(sources: Iterable<string>, targets: ReadonlyMap<string, string[]>): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const s of sources) {
    const n = (targets.get(s) as string[]).length;
    if (size > 0 && size + n > CHECK_BATCH) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The held targets of each source (every relationship of the type from it
 * to the target label, read once) are compared in the database with the
 * expected ones: a source is exact when each expected target is held and
 * the held ones among them are as many as expected (so each exactly once).
 * What comes back is the number found at exact sources and the list of the
 * others (missing or duplicated relationships), which are then read in
 * detail. A correct load
 * sends back two numbers per batch, not the graph. The index hint keeps the
 * plan starting from the sources, and the target's label is tested on each
 * relationship's end, not put in the pattern, so that expanding from the
 * source is the only plan whatever the statistics say. With the label in the
 * pattern, the hub test in test/neo4j/verify.test.ts once took 3.8 M
 * database hits (26,000 elements) in a database earlier tests had filled and
 * emptied, where a fresh one took far fewer: another plan, probably one
 * starting from the target label.
 */
function compareStatement(group: EdgeGroup): string {
  return `UNWIND $rows AS row
MATCH (a:${quote(group.sourceLabel)} {id: row[0]})
USING INDEX a:${quote(group.sourceLabel)}(id)
WITH row, [t IN [(a)-[:${quote(group.type)}]->(b) | CASE WHEN b:${quote(group.targetLabel)} THEN b.id END] WHERE t IN row[1]] AS hits
WITH row, size(hits) = size(row[1]) AND all(t IN row[1] WHERE t IN hits) AS exact
RETURN sum(CASE WHEN exact THEN size(row[1]) ELSE 0 END) AS found, collect(CASE WHEN NOT exact THEN row[0] END) AS odd`;
}

/** The held target ids per source (with repeats), for the sources compared in detail. */
function targetsStatement(group: EdgeGroup): string {
  return `UNWIND $sources AS s
MATCH (a:${quote(group.sourceLabel)} {id: s})
USING INDEX a:${quote(group.sourceLabel)}(id)
RETURN s, [t IN [(a)-[:${quote(group.type)}]->(b) | CASE WHEN b:${quote(group.targetLabel)} THEN b.id END] WHERE t IS NOT NULL] AS ts`;
}

/** Found relationships of a group, and its pairs held more than once. */
async function checkGroup(session: Session, group: EdgeGroup, duplicated: DuplicatedPair[]): Promise<number> {
  const targets = targetsBySource(group);
  let found = 0;
  const detail: string[] = [];
  const compared: string[] = [];
  for (const [s, ts] of targets) (ts.length > COMPARE_LIMIT ? detail : compared).push(s);
  const compare = compareStatement(group);
  for (const sources of sourceChunks(compared, targets)) {
    const rows = sources.map((s) => [s, targets.get(s)]);
    const result = await session.executeRead((tx) => tx.run(compare, { rows }));
    const record = result.records[0];
    found += (record?.get('found') as number | null) ?? 0;
    detail.push(...((record?.get('odd') as string[] | undefined) ?? []));
  }
  const statement = targetsStatement(group);
  for (const sources of sourceChunks(detail, targets)) {
    const result = await session.executeRead((tx) => tx.run(statement, { sources }));
    for (const record of result.records) {
      const s = record.get('s') as string;
      const held = new Map<string, number>();
      for (const t of record.get('ts') as string[]) held.set(t, (held.get(t) ?? 0) + 1);
      for (const t of targets.get(s) ?? []) {
        const count = held.get(t) ?? 0;
        // Counts relationships, not pairs: a duplicated relationship shows up as found > expected.
        found += count;
        if (count > 1) duplicated.push({ type: group.type, sourceLabel: group.sourceLabel, targetLabel: group.targetLabel, s, t, count });
      }
    }
  }
  return found;
}

/** Checks that the database holds the graph (or a load's batch plan of it). */
export async function verifyLoad(driver: Driver, database: string, input: BatchPlan | GuanxiGraph | ExpectedElements): Promise<VerifyReport> {
  const expected = isExpected(input) ? input : expectedElements(input);
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  const nodeChecks = new Map<string, CountCheck>();
  const relChecks = new Map<string, CountCheck>();
  const duplicated: DuplicatedPair[] = [];
  try {
    for (const [label, ids] of expected.nodes) nodeChecks.set(label, { name: label, expected: ids.length, found: await checkNodes(session, label, ids) });
    for (const group of expected.edges) {
      const check = relChecks.get(group.type) ?? { name: group.type, expected: 0, found: 0 };
      relChecks.set(group.type, check);
      check.expected += group.sources.length;
      check.found += await checkGroup(session, group, duplicated);
    }
  } finally {
    await session.close();
  }
  const totals = await countDatabase(driver, database);
  const nodes = [...nodeChecks.values()].sort((a, b) => a.name.localeCompare(b.name));
  const relationships = [...relChecks.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    nodes,
    relationships,
    duplicated,
    databaseNodes: totals.nodes,
    databaseRelationships: totals.relationships,
    ok: [...nodes, ...relationships].every((c) => c.expected === c.found),
  };
}
