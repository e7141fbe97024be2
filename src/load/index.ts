/**
 * `guanxi load`'s pipeline as plain functions: lock → schema → (wipe) →
 * nodes → relationships → check (and repair). The command
 * (src/cli/commands/load.ts) handles options, messages and exit codes; the
 * benchmark and tests call these.
 */
import type { Driver } from 'neo4j-driver';
import type { GuanxiGraph } from '../graph/model.js';
import { planBatches, type Batch, type BatchPlan } from './batches.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from './defaults.js';
import { linkCorpus, type LinkReport } from './links.js';
import { acquireLoadLock, type LoadLock } from './lock.js';
import { repairDuplicates } from './repair.js';
import { applySchema } from './schema.js';
import { countDatabase, expectedElements, verifyLoad, type DatabaseCounts, type VerifyReport } from './verify.js';
import { wipeDatabase } from './wipe.js';
import { writeEdgeBatches, writeNodeBatches } from './write.js';

export { applySchema } from './schema.js';
export { countDatabase, verifyLoad, type VerifyReport } from './verify.js';
export { wipeDatabase } from './wipe.js';
export { planBatches } from './batches.js';
export { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from './defaults.js';
export { LoadLocked, LoadLockLost } from './lock.js';
export { linkCorpus, provinceBranchTest, type LinkReport } from './links.js';

/** The timed steps of a load, in order; `check` includes repairs, `links` the corpus-wide pass (links.ts). */
export const PHASES = ['schema', 'wipe', 'nodes', 'relationships', 'check', 'links'] as const;
export type Phase = (typeof PHASES)[number];

export interface LoadProgress {
  phase: 'nodes' | 'relationships';
  batchesDone: number;
  batchesTotal: number;
  elementsDone: number;
  elementsTotal: number;
}

export interface LoadOptions {
  database: string;
  batchSize?: number;
  concurrency?: number;
  /** Skips applying cypher/schema.cypher (it must already be in place). */
  skipSchema?: boolean;
  /** Empties the database first (inside the lock); `onWipe` is told what is deleted. */
  wipe?: boolean;
  onWipe?: (counts: DatabaseCounts) => void;
  /** Reads the counts back and repairs duplicated relationships (default true). */
  check?: boolean;
  /**
   * After the check, runs the corpus-wide links over the whole database
   * (links.ts), for builds made in shards; the test tells province branches
   * by key (provinceBranchTest).
   */
  links?: (id: string) => boolean;
  /** How long to wait for another load's lock before refusing (lock.ts). */
  lockWaitMs?: number;
  onBatch?: (batch: Batch, done: number, total: number) => void;
  onProgress?: (progress: LoadProgress) => void;
  /** Called when a batch is written again after a transient error (write.ts). */
  onRetry?: (batch: Batch) => void;
  /** Called as each phase ends, with its duration. */
  onPhase?: (phase: Phase, ms: number) => void;
}

export interface LoadResult {
  plan: BatchPlan;
  /** The read-back check after repairs; absent with `check: false`. */
  report?: VerifyReport;
  /** Duplicated relationships removed (found by the check, left by earlier runs or other writers). */
  repaired: number;
  /** With `links`: what the corpus-wide pass did. */
  links?: LinkReport;
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
export async function awaitSearchIndex(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  } finally {
    await session.close();
  }
}

/** Runs `step` and reports its duration as `phase`. */
async function timed<T>(phase: Phase, options: LoadOptions, step: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const value = await step();
  options.onPhase?.(phase, performance.now() - t0);
  return value;
}

/**
 * Reads the counts back for a graph (or a load's batch plan of it); when the
 * graph's relationships are held more than once, merges the copies and reads
 * again.
 */
export async function checkLoad(driver: Driver, database: string, input: BatchPlan | GuanxiGraph, repair: boolean): Promise<{ report: VerifyReport; repaired: number }> {
  const expected = expectedElements(input);
  let report = await verifyLoad(driver, database, expected);
  let repaired = 0;
  if (repair && report.duplicated.length > 0) {
    repaired = await repairDuplicates(driver, database, report.duplicated);
    report = await verifyLoad(driver, database, expected);
  }
  return { report, repaired };
}

/**
 * Writes the graph under the load lock (refused with LoadLocked while
 * another load runs), then checks it.
 */
export async function loadGraph(driver: Driver, graph: GuanxiGraph, options: LoadOptions): Promise<LoadResult> {
  const lock: LoadLock = await acquireLoadLock(driver, options.database, options.lockWaitMs === undefined ? {} : { waitMs: options.lockWaitMs });
  try {
    if (!options.skipSchema) await timed('schema', options, () => applySchema(driver, options.database));
    if (options.wipe) {
      await timed('wipe', options, async () => {
        options.onWipe?.(await countDatabase(driver, options.database));
        await wipeDatabase(driver, options.database);
      });
    }
    const plan = planBatches(graph, options.batchSize ?? DEFAULT_BATCH_SIZE);
    const total = plan.nodes.length + plan.edges.length;
    let committed = 0;
    const progress: LoadProgress = { phase: 'nodes', batchesDone: 0, batchesTotal: total, elementsDone: 0, elementsTotal: graph.order + graph.size };
    const onBatch = (batch: Batch): void => {
      committed += 1;
      progress.batchesDone = committed;
      progress.elementsDone += batch.rows.length;
      options.onBatch?.(batch, committed, total);
      options.onProgress?.(progress);
    };
    const write = {
      database: options.database,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      onBatch,
      beforeBatch: () => lock.check(),
      ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    };
    try {
      // Every node before any relationship: relationship batches MATCH their endpoints.
      const created = await timed('nodes', options, () => writeNodeBatches(driver, plan.nodes, write));
      progress.phase = 'relationships';
      await timed('relationships', options, async () => {
        await writeEdgeBatches(driver, plan.edges, created, write);
        await awaitSearchIndex(driver, options.database);
      });
    } catch (err) {
      throw new LoadInterrupted(committed, total, err);
    }
    const checked = options.check === false ? { repaired: 0 } : await timed('check', options, () => checkLoad(driver, options.database, plan, true));
    if (!options.links) return { plan, ...checked };
    const isProvinceBranch = options.links;
    const links = await timed('links', options, () => linkCorpus(driver, options.database, isProvinceBranch));
    return { plan, ...checked, links };
  } finally {
    await lock.release();
  }
}

/** The corpus-wide links alone (after loading every shard), under the load lock. */
export async function linkShards(driver: Driver, database: string, isProvinceBranch: (id: string) => boolean, options: { lockWaitMs?: number } = {}): Promise<LinkReport> {
  const lock = await acquireLoadLock(driver, database, options.lockWaitMs === undefined ? {} : { waitMs: options.lockWaitMs });
  try {
    return await linkCorpus(driver, database, isProvinceBranch);
  } finally {
    await lock.release();
  }
}
