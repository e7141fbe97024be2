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
import { edgeCreateStatement, edgeRowValues, edgeStatement, existingStatement, nodeCreateStatement, nodeRowValues, nodeStatement } from './cypher.js';

export interface WriteOptions {
  database: string;
  /** Batches in flight at once (each in its own session). */
  concurrency: number;
  /** Called after each committed batch. */
  onBatch?: (batch: Batch) => void;
  /** Called before each batch; throwing stops the load (e.g. the load lock was lost). */
  beforeBatch?: () => void;
}

/** The property names a batch's rows use (each statement names them, cypher.ts). */
function propertyKeys(rows: ReadonlyArray<NodeRow | EdgeRow>): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.props)) keys.add(key);
  return [...keys].sort();
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

/** What the node batches of a load wrote: the keys they created (the others existed already). */
export interface WrittenNodes {
  created: Set<string>;
}

/**
 * Writes node batches. Each batch first asks which of its ids exist, then
 * CREATEs the others and MERGEs those, all in one transaction (measured
 * faster than MERGE for every row).
 */
export async function writeNodeBatches(driver: Driver, batches: NodeBatch[], options: WriteOptions): Promise<WrittenNodes> {
  const written: WrittenNodes = { created: new Set() };
  await pool(driver, batches, options, async (session, batch) => {
    const keys = propertyKeys(batch.rows);
    const fresh = await session.executeWrite(async (tx) => {
      const result = await tx.run(existingStatement(batch.label), { ids: batch.rows.map((r) => r.id) });
      const existing = new Set((result.records[0]?.get('existing') as string[] | undefined) ?? []);
      const newRows: NodeRow[] = [];
      const knownRows: NodeRow[] = [];
      for (const row of batch.rows) (existing.has(row.id) ? knownRows : newRows).push(row);
      for (const [statement, rows] of [[nodeCreateStatement(batch.label, keys), newRows], [nodeStatement(batch.label, keys), knownRows]] as const) {
        if (rows.length > 0) await tx.run(statement, { rows: rows.map((row) => nodeRowValues(row, keys)) });
      }
      return newRows.map((r) => r.id);
    });
    // Recorded only once the batch has committed.
    for (const id of fresh) written.created.add(id);
    options.onBatch?.(batch);
  });
  return written;
}

/** Writes relationship batches; `nodes` says which endpoints this load created. */
export async function writeEdgeBatches(driver: Driver, batches: EdgeBatch[], nodes: WrittenNodes, options: WriteOptions): Promise<void> {
  await pool(driver, batches, options, async (session, batch) => {
    const keys = propertyKeys(batch.rows);
    const fresh: unknown[][] = [];
    const known: unknown[][] = [];
    for (const row of batch.rows) (nodes.created.has(row.s) || nodes.created.has(row.t) ? fresh : known).push(edgeRowValues(row, keys));
    await session.executeWrite(async (tx) => {
      // One transaction for both halves: the batch stays all-or-nothing.
      if (fresh.length > 0) await tx.run(edgeCreateStatement(batch.type, batch.sourceLabel, batch.targetLabel, keys), { rows: fresh });
      if (known.length > 0) await tx.run(edgeStatement(batch.type, batch.sourceLabel, batch.targetLabel, keys), { rows: known });
    });
    options.onBatch?.(batch);
  });
}
