/**
 * `guanxi load`'s pipeline as plain functions: schema → (wipe) → nodes →
 * relationships → verify. The command (src/cli/commands/load.ts) handles
 * options, messages and exit codes; the benchmark and tests call these.
 */
import type { Driver } from 'neo4j-driver';
import type { GuanxiGraph } from '../graph/model.js';
import { planBatches, type Batch, type BatchPlan } from './batches.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from './defaults.js';
import { applySchema } from './schema.js';
import { writeEdgeBatches, writeNodeBatches } from './write.js';

export { applySchema } from './schema.js';
export { countDatabase, verifyLoad, type VerifyReport } from './verify.js';
export { wipeDatabase } from './wipe.js';
export { planBatches } from './batches.js';
export { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from './defaults.js';

export interface LoadOptions {
  database: string;
  batchSize?: number;
  concurrency?: number;
  /** Skips applying cypher/schema.cypher (it must already be in place). */
  skipSchema?: boolean;
  onBatch?: (batch: Batch, done: number, total: number) => void;
}


/** Thrown when writing stops part way; says how many batches were committed. */
export class LoadInterrupted extends Error {
  override readonly name = 'LoadInterrupted';
  constructor(
    readonly committed: number,
    readonly total: number,
    override readonly cause: unknown,
  ) {
    super(`load stopped after ${committed} of ${total} batches`);
  }
}

/** The full-text index is eventually consistent (cypher/schema.cypher): let it catch up, so search sees the load. */
async function awaitSearchIndex(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  } finally {
    await session.close();
  }
}

/** Writes the graph; returns the plan (for verifyLoad). */
export async function loadGraph(driver: Driver, graph: GuanxiGraph, options: LoadOptions): Promise<BatchPlan> {
  if (!options.skipSchema) await applySchema(driver, options.database);
  const plan = planBatches(graph, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = plan.nodes.length + plan.edges.length;
  let committed = 0;
  const onBatch = (batch: Batch): void => {
    committed += 1;
    options.onBatch?.(batch, committed, total);
  };
  const write = { database: options.database, concurrency: options.concurrency ?? DEFAULT_CONCURRENCY, onBatch };
  try {
    // Every node before any relationship: relationship batches MATCH their endpoints.
    const created = await writeNodeBatches(driver, plan.nodes, write);
    await writeEdgeBatches(driver, plan.edges, created, write);
  } catch (err) {
    throw new LoadInterrupted(committed, total, err);
  }
  await awaitSearchIndex(driver, options.database);
  return plan;
}
