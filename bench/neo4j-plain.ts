/**
 * The in-run anchor of the load benchmark: the plain way a user would write
 * a batched load (the Neo4j driver manual's "batch data creation"), with the
 * same schema and the same rows: one `UNWIND $rows MERGE … SET n += row.props`
 * statement per batch of 10,000 nodes of a label, relationships by
 * `MATCH … MATCH … MERGE … SET r += row.props`, one managed write transaction
 * per batch. Only the benchmark uses it.
 */
import type { Driver } from 'neo4j-driver';
import type { GuanxiGraph } from '../src/graph/model.js';
import { planBatches, type Batch } from '../src/load/batches.js';
import { quote } from '../src/load/cypher.js';

const nodeStatement = (label: string): string => `UNWIND $rows AS row
MERGE (n:${quote(label)} {id: row.id})
SET n += row.props`;

const edgeStatement = (type: string, sourceLabel: string, targetLabel: string): string => `UNWIND $rows AS row
MATCH (a:${quote(sourceLabel)} {id: row.s})
MATCH (b:${quote(targetLabel)} {id: row.t})
MERGE (a)-[r:${quote(type)}]->(b)
SET r += row.props`;

/** A batch's statement and rows the plain way (also what the one-MERGE-per-transaction sample runs, one row at a time). */
export function plainBatch(batch: Batch): { statement: string; rows: Array<Record<string, unknown>> } {
  if (batch.kind === 'nodes') {
    return {
      statement: nodeStatement(batch.label),
      rows: batch.rows.map((r) => ({ id: r.id, props: { ...r.props, aliases: r.aliases, evidence: r.evidence, confidence: r.confidence, rule: r.rule } })),
    };
  }
  return {
    statement: edgeStatement(batch.type, batch.sourceLabel, batch.targetLabel),
    rows: batch.rows.map((r) => ({ s: r.s, t: r.t, props: { ...r.props, evidence: r.evidence, confidence: r.confidence, rule: r.rule } })),
  };
}

/** Writes the graph the plain way; returns the milliseconds of the node and relationship phases. */
export async function plainLoad(driver: Driver, database: string, graph: GuanxiGraph, batchSize = 10_000): Promise<{ nodesMs: number; relationshipsMs: number }> {
  // The same rows and property values as guanxi load (batches.ts), flattened into one map each, in the
  // graph's order (guanxi load sorts relationships by source; a plain load would not).
  const plan = planBatches(graph, batchSize, 'graph');
  const session = driver.session({ database });
  try {
    const t0 = performance.now();
    for (const batch of plan.nodes) {
      const { statement, rows } = plainBatch(batch);
      await session.executeWrite((tx) => tx.run(statement, { rows }));
    }
    const t1 = performance.now();
    for (const batch of plan.edges) {
      const { statement, rows } = plainBatch(batch);
      await session.executeWrite((tx) => tx.run(statement, { rows }));
    }
    return { nodesMs: t1 - t0, relationshipsMs: performance.now() - t1 };
  } finally {
    await session.close();
  }
}
