/**
 * Reads counts back after a load: how many of the graph's nodes and
 * relationships the database holds (by label and by type), whether any is
 * duplicated, and the database's totals. A load is good when every element
 * of the graph is there exactly once; the database may hold more (earlier
 * loads of other articles).
 *
 * Linear in the graph: relationships are read from each distinct source
 * node once (all its relationships of the type, to the target label), never
 * looked up pair by pair, which around a hub (one branch with 20,000
 * incoming PART_OF) would read the hub's whole list once per pair.
 */
import type { Driver } from 'neo4j-driver';
import type { BatchPlan, EdgeBatch } from './batches.js';
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

export async function countDatabase(driver: Driver, database: string): Promise<DatabaseCounts> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const nodes = (await tx.run('MATCH (n) RETURN count(n) AS c')).records[0]?.get('c') as number;
      const relationships = (await tx.run('MATCH ()-[r]->() RETURN count(r) AS c')).records[0]?.get('c') as number;
      const labels: Record<string, number> = {};
      for (const r of (await tx.run('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l')).records) {
        labels[r.get('l') as string] = r.get('c') as number;
      }
      const types: Record<string, number> = {};
      for (const r of (await tx.run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t')).records) {
        types[r.get('t') as string] = r.get('c') as number;
      }
      return { nodes, relationships, labels, types };
    });
  } finally {
    await session.close();
  }
}

/** Expected pairs per query: bounds the parameter and result sizes. */
const CHECK_BATCH = 20_000;

interface EdgeGroup {
  type: string;
  sourceLabel: string;
  targetLabel: string;
  /** Source id → the target ids the graph has for it. */
  targets: Map<string, string[]>;
}

/** Plan batches regrouped by (type, source label, target label) and then by source. */
function edgeGroups(batches: readonly EdgeBatch[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const batch of batches) {
    const key = `${batch.type}\u0000${batch.sourceLabel}\u0000${batch.targetLabel}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: batch.type, sourceLabel: batch.sourceLabel, targetLabel: batch.targetLabel, targets: new Map() }));
    for (const row of batch.rows) {
      const list = group.targets.get(row.s);
      if (list) list.push(row.t);
      else group.targets.set(row.s, [row.t]);
    }
  }
  return [...groups.values()];
}

/** Splits a group's sources into chunks of about CHECK_BATCH expected pairs. */
function sourceChunks(group: EdgeGroup): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const [s, ts] of group.targets) {
    if (size > 0 && size + ts.length > CHECK_BATCH) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += ts.length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Every relationship of the type from these sources to the target label,
 * as the list of target ids per source. The index hint keeps the plan
 * starting from the sources, and the target's label is tested on each
 * relationship's end, not put in the pattern, so that expanding from the
 * source is the only plan whatever the statistics say. With the label in the
 * pattern, the hub test in test/neo4j/verify.test.ts once took 3.8 M
 * database hits (26,000 elements) in a database earlier tests had filled and
 * emptied, where a fresh one took far fewer: another plan, probably one
 * starting from the target label.
 */
function targetsStatement(group: EdgeGroup): string {
  return `UNWIND $sources AS s
MATCH (a:${quote(group.sourceLabel)} {id: s})
USING INDEX a:${quote(group.sourceLabel)}(id)
RETURN s, [t IN [(a)-[:${quote(group.type)}]->(b) | CASE WHEN b:${quote(group.targetLabel)} THEN b.id END] WHERE t IS NOT NULL] AS ts`;
}

export async function verifyLoad(driver: Driver, database: string, plan: BatchPlan): Promise<VerifyReport> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  const nodeChecks = new Map<string, CountCheck>();
  const relChecks = new Map<string, CountCheck>();
  const duplicated: DuplicatedPair[] = [];
  try {
    for (const batch of plan.nodes) {
      const check = nodeChecks.get(batch.label) ?? { name: batch.label, expected: 0, found: 0 };
      nodeChecks.set(batch.label, check);
      for (let i = 0; i < batch.rows.length; i += CHECK_BATCH) {
        const ids = batch.rows.slice(i, i + CHECK_BATCH).map((r) => r.id);
        const result = await session.executeRead((tx) =>
          tx.run(`UNWIND $ids AS id MATCH (n:${quote(batch.label)} {id: id}) RETURN count(n) AS c`, { ids }),
        );
        check.expected += ids.length;
        check.found += result.records[0]?.get('c') as number;
      }
    }
    for (const group of edgeGroups(plan.edges)) {
      const check = relChecks.get(group.type) ?? { name: group.type, expected: 0, found: 0 };
      relChecks.set(group.type, check);
      const statement = targetsStatement(group);
      for (const sources of sourceChunks(group)) {
        const result = await session.executeRead((tx) => tx.run(statement, { sources }));
        const held = new Map<string, Map<string, number>>();
        for (const record of result.records) {
          const counts = new Map<string, number>();
          for (const t of record.get('ts') as string[]) counts.set(t, (counts.get(t) ?? 0) + 1);
          held.set(record.get('s') as string, counts);
        }
        for (const s of sources) {
          const counts = held.get(s);
          for (const t of group.targets.get(s) ?? []) {
            const count = counts?.get(t) ?? 0;
            check.expected += 1;
            // Counts relationships, not pairs: a duplicated relationship shows up as found > expected.
            check.found += count;
            if (count > 1) duplicated.push({ type: group.type, sourceLabel: group.sourceLabel, targetLabel: group.targetLabel, s, t, count });
          }
        }
      }
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
