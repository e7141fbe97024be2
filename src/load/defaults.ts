/**
 * Defaults of `guanxi load`, in a module of their own that imports nothing:
 * the command line shows them in its help without loading the driver.
 */
export const DEFAULT_BATCH_SIZE = 10_000;
/**
 * Two batches at a time: while one commits, the other runs its statement
 * and the client packs the next rows. With relationships sorted by source
 * (batches.ts) two streams measured 2.06x the plain anchor against 1.57x
 * for one, on two cores at load 2 (bench/neo4j-load.ts --concurrency 1,2);
 * on a machine busy with other work they gain nothing (docs/neo4j.md).
 */
export const DEFAULT_CONCURRENCY = 2;
