/**
 * Writes batches, one managed write transaction (`executeWrite`) each, so a
 * batch is either wholly in the database or not at all, and transient
 * failures (deadlocks, leader switches, a dropped connection) are retried by
 * the driver with backoff. Up to `concurrency` batches run at once; nodes are
 * all written before any relationship, so relationship batches always find
 * their endpoints.
 */
import type { Driver } from 'neo4j-driver';
import type { Batch } from './batches.js';
import { edgeStatement, nodeStatement } from './cypher.js';

export interface WriteOptions {
  database: string;
  /** Batches in flight at once (each in its own session). */
  concurrency: number;
  /** Called after each committed batch. */
  onBatch?: (batch: Batch, done: number, total: number) => void;
}

export function statementFor(batch: Batch): string {
  return batch.kind === 'nodes' ? nodeStatement(batch.label) : edgeStatement(batch.type, batch.sourceLabel, batch.targetLabel);
}

/** Writes the batches in order of the list, `concurrency` at a time; the first failure stops the rest. */
export async function writeBatches(driver: Driver, batches: Batch[], options: WriteOptions): Promise<void> {
  let next = 0;
  let done = 0;
  let failed: unknown;
  const worker = async (): Promise<void> => {
    const session = driver.session({ database: options.database });
    try {
      while (failed === undefined && next < batches.length) {
        const batch = batches[next++] as Batch;
        const statement = statementFor(batch);
        await session.executeWrite(async (tx) => {
          await tx.run(statement, { rows: batch.rows });
        });
        done += 1;
        options.onBatch?.(batch, done, batches.length);
      }
    } catch (err) {
      failed ??= err;
    } finally {
      await session.close().catch(() => undefined);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, batches.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failed !== undefined) throw failed;
}
