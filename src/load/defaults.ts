/**
 * Defaults of `guanxi load`, in a module of their own that imports nothing:
 * the command line shows them in its help without loading the driver.
 */
export const DEFAULT_BATCH_SIZE = 10_000;
/**
 * One batch at a time: on two cores the server already uses both for one
 * stream of batches (commit, index updates, GC), and two streams measured
 * slower (bench/neo4j-load.ts --concurrency 2).
 */
export const DEFAULT_CONCURRENCY = 1;
