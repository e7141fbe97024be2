/**
 * Reads counts back after a load: how many of the graph's nodes and
 * relationships the database holds (by label and by type), whether any is
 * duplicated, and the database's totals. A load is good when every element
 * of the graph is there exactly once; the database may hold more (earlier
 * loads of other articles).
 */
import type { Driver } from 'neo4j-driver';
import type { BatchPlan } from './batches.js';

export interface CountCheck {
  /** `Branch` or `PART_OF`. */
  name: string;
  expected: number;
  found: number;
}

export interface VerifyReport {
  nodes: CountCheck[];
  relationships: CountCheck[];
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

const CHECK_BATCH = 20_000;

export async function verifyLoad(driver: Driver, database: string, plan: BatchPlan): Promise<VerifyReport> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  const nodeChecks = new Map<string, CountCheck>();
  const relChecks = new Map<string, CountCheck>();
  try {
    for (const batch of plan.nodes) {
      const check = nodeChecks.get(batch.label) ?? { name: batch.label, expected: 0, found: 0 };
      nodeChecks.set(batch.label, check);
      for (let i = 0; i < batch.rows.length; i += CHECK_BATCH) {
        const ids = batch.rows.slice(i, i + CHECK_BATCH).map((r) => r.id);
        const result = await session.executeRead((tx) =>
          tx.run(`UNWIND $ids AS id MATCH (n:\`${batch.label}\` {id: id}) RETURN count(n) AS c`, { ids }),
        );
        check.expected += ids.length;
        check.found += result.records[0]?.get('c') as number;
      }
    }
    for (const batch of plan.edges) {
      const check = relChecks.get(batch.type) ?? { name: batch.type, expected: 0, found: 0 };
      relChecks.set(batch.type, check);
      for (let i = 0; i < batch.rows.length; i += CHECK_BATCH) {
        const pairs = batch.rows.slice(i, i + CHECK_BATCH).map((r) => ({ s: r.s, t: r.t }));
        // Counts relationships, not rows: a duplicated relationship shows up as found > expected.
        const result = await session.executeRead((tx) =>
          tx.run(
            `UNWIND $pairs AS p MATCH (a:\`${batch.sourceLabel}\` {id: p.s})-[r:\`${batch.type}\`]->(b:\`${batch.targetLabel}\` {id: p.t}) RETURN count(r) AS c`,
            { pairs },
          ),
        );
        check.expected += pairs.length;
        check.found += result.records[0]?.get('c') as number;
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
    databaseNodes: totals.nodes,
    databaseRelationships: totals.relationships,
    ok: [...nodes, ...relationships].every((c) => c.expected === c.found),
  };
}
