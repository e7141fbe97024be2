/**
 * Writes batches, one managed write transaction (`executeWrite`) each, so a
 * batch is either wholly in the database or not at all, and transient
 * failures (deadlocks, a dropped connection) are retried by the driver with
 * backoff. Up to `concurrency` batches run at once.
 *
 * Nodes go first and report which of them they created. A relationship with
 * a newly created endpoint cannot exist yet, so it is written with CREATE;
 * the others with MERGE. On a first load that makes every relationship a
 * CREATE; on a reload (or a rerun after an interruption) every one a MERGE.
 */
import type { Driver } from 'neo4j-driver';
import type { Batch, EdgeBatch, EdgeRow, NodeBatch, NodeRow } from './batches.js';
import { edgeCreateStatement, edgeStatement, existingStatement, nodeCreateStatement, nodeStatement } from './cypher.js';

export interface WriteOptions {
  database: string;
  /** Batches in flight at once (each in its own session). */
  concurrency: number;
  /** Called after each committed batch. */
  onBatch?: (batch: Batch) => void;
  /** Called before each batch; throwing stops the load (e.g. the load lock was lost). */
  beforeBatch?: () => void;
}

/** The statement that merges a batch (what a one-row-at-a-time load would run per row). */
export function statementFor(batch: Batch): string {
  return batch.kind === 'nodes' ? nodeStatement(batch.label) : edgeStatement(batch.type, batch.sourceLabel, batch.targetLabel);
}

/** Runs `task` over `items`, `concurrency` at a time, each worker with its own session; the first failure stops the rest. */
async function pool<T>(
  driver: Driver,
  items: T[],
  options: WriteOptions,
  task: (session: ReturnType<Driver['session']>, item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    const session = driver.session({ database: options.database });
    try {
      while (failed === undefined && next < items.length) {
        options.beforeBatch?.();
        await task(session, items[next++] as T);
      }
    } catch (error) {
      failed ??= { error };
    } finally {
      await session.close().catch(() => undefined);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failed !== undefined) throw failed.error;
}

/**
 * Writes node batches; returns the ids this load created. Each batch first
 * asks which of its ids exist, then CREATEs the others and MERGEs those, all
 * in one transaction (measured faster than MERGE for every row).
 */
export async function writeNodeBatches(driver: Driver, batches: NodeBatch[], options: WriteOptions): Promise<Set<string>> {
  const created = new Set<string>();
  await pool(driver, batches, options, async (session, batch) => {
    const fresh = await session.executeWrite(async (tx) => {
      const result = await tx.run(existingStatement(batch.label), { ids: batch.rows.map((r) => r.id) });
      const existing = new Set((result.records[0]?.get('existing') as string[] | undefined) ?? []);
      const newRows: NodeRow[] = [];
      const knownRows: NodeRow[] = [];
      for (const row of batch.rows) (existing.has(row.id) ? knownRows : newRows).push(row);
      if (newRows.length > 0) await tx.run(nodeCreateStatement(batch.label), { rows: newRows });
      if (knownRows.length > 0) await tx.run(nodeStatement(batch.label), { rows: knownRows });
      return newRows.map((r) => r.id);
    });
    for (const id of fresh) created.add(id);
    options.onBatch?.(batch);
  });
  return created;
}

/** Writes relationship batches; `created` are the node ids this load created. */
export async function writeEdgeBatches(driver: Driver, batches: EdgeBatch[], created: ReadonlySet<string>, options: WriteOptions): Promise<void> {
  await pool(driver, batches, options, async (session, batch) => {
    const fresh: EdgeRow[] = [];
    const known: EdgeRow[] = [];
    for (const row of batch.rows) (created.has(row.s) || created.has(row.t) ? fresh : known).push(row);
    await session.executeWrite(async (tx) => {
      // One transaction for both halves: the batch stays all-or-nothing.
      if (fresh.length > 0) await tx.run(edgeCreateStatement(batch.type, batch.sourceLabel, batch.targetLabel), { rows: fresh });
      if (known.length > 0) await tx.run(edgeStatement(batch.type, batch.sourceLabel, batch.targetLabel), { rows: known });
    });
    options.onBatch?.(batch);
  });
}
