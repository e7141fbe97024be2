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
  /** Called when a batch's transaction runs again (a deadlock or another transient error): how often concurrent batches collide. */
  onRetry?: (batch: Batch) => void;
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

/** What the node batches of a load wrote: the keys they created (the others existed already), and every node's internal id by key. */
export interface WrittenNodes {
  created: Set<string>;
  ids: Map<string, unknown>;
}

/**
 * Writes node batches. Each batch first asks which of its ids exist, then
 * CREATEs the others and MERGEs those, all in one transaction (measured
 * faster than MERGE for every row).
 */
export async function writeNodeBatches(driver: Driver, batches: NodeBatch[], options: WriteOptions): Promise<WrittenNodes> {
  const written: WrittenNodes = { created: new Set(), ids: new Map() };
  await pool(driver, batches, options, async (session, batch) => {
    const keys = propertyKeys(batch.rows);
    let attempts = 0;
    const done = await session.executeWrite(async (tx) => {
      if (attempts++ > 0) options.onRetry?.(batch);
      const result = await tx.run(existingStatement(batch.label), { ids: batch.rows.map((r) => r.id) });
      const existing = new Set((result.records[0]?.get('existing') as string[] | undefined) ?? []);
      const newRows: NodeRow[] = [];
      const knownRows: NodeRow[] = [];
      for (const row of batch.rows) (existing.has(row.id) ? knownRows : newRows).push(row);
      const ids: Array<[string, unknown]> = [];
      for (const [statement, rows] of [[nodeCreateStatement(batch.label, keys), newRows], [nodeStatement(batch.label, keys), knownRows]] as const) {
        if (rows.length === 0) continue;
        const written = await tx.run(statement, { rows: rows.map((row) => nodeRowValues(row, keys)) });
        const returned = (written.records[0]?.get('ids') as unknown[] | undefined) ?? [];
        rows.forEach((row, i) => ids.push([row.id, returned[i]]));
      }
      return { fresh: newRows.map((r) => r.id), ids };
    });
    // Recorded only once the batch has committed.
    for (const id of done.fresh) written.created.add(id);
    for (const [key, id] of done.ids) written.ids.set(key, id);
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
    for (const row of batch.rows) {
      const values = edgeRowValues(row, keys, nodes.ids.get(row.s) ?? null, nodes.ids.get(row.t) ?? null);
      (nodes.created.has(row.s) || nodes.created.has(row.t) ? fresh : known).push(values);
    }
    let attempts = 0;
    await session.executeWrite(async (tx) => {
      if (attempts++ > 0) options.onRetry?.(batch);
      // One transaction for both halves: the batch stays all-or-nothing.
      if (fresh.length > 0) await tx.run(edgeCreateStatement(batch.type, batch.sourceLabel, batch.targetLabel, keys), { rows: fresh });
      if (known.length > 0) await tx.run(edgeStatement(batch.type, batch.sourceLabel, batch.targetLabel, keys), { rows: known });
    });
    options.onBatch?.(batch);
  });
}
