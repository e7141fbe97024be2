/**
 * One guanxi load at a time per database. A load CREATEs what it knows is
 * new (write.ts), which is only safe when no other load writes the same
 * keys meanwhile: two loads at once could each create the same relationship.
 *
 * The lock is a node that is never committed: a transaction MERGEs
 * `(:GuanxiLoadLock {name: 'load'})` under a uniqueness constraint and stays
 * open for the whole load. Neo4j holds the constraint's index-entry lock for
 * that key until the transaction ends, so a second load's MERGE waits on it;
 * after `waitMs` the second load gives up and is refused. Nothing is ever
 * written: the node is rolled back, and if the loading process dies, its
 * connection closes and the server rolls the transaction back, which frees
 * the lock with no stale state to clean up. Readers never see the node.
 *
 * A heartbeat runs a trivial query in the lock's transaction, so that a
 * connection dropped under a long load (or a transaction the server ended)
 * is noticed and the load stops instead of writing unprotected.
 */
import type { Driver, Session, Transaction } from 'neo4j-driver';

/** Applied with the rest of the schema (cypher/schema.cypher); repeated here so a lock works on its own. */
export const LOCK_CONSTRAINT = 'CREATE CONSTRAINT guanxi_load_lock IF NOT EXISTS FOR (l:GuanxiLoadLock) REQUIRE l.name IS UNIQUE';
const TAKE = "MERGE (l:GuanxiLoadLock {name: 'load'}) SET l.since = datetime()";

export const DEFAULT_LOCK_WAIT_MS = 5_000;
const HEARTBEAT_MS = 20_000;

/** Another load holds the lock. */
export class LoadLocked extends Error {
  override readonly name = 'LoadLocked';
  constructor() {
    super('another guanxi load is writing to this database');
  }
}

/** The lock's transaction ended before the load did (connection lost, or ended by the server). */
export class LoadLockLost extends Error {
  override readonly name = 'LoadLockLost';
  constructor(override readonly cause: unknown) {
    super('lost the load lock (its connection to Neo4j closed)');
  }
}

export interface LoadLock {
  /** Throws LoadLockLost when the lock is no longer held. */
  check(): void;
  /** Rolls the lock's transaction back; safe to call more than once. */
  release(): Promise<void>;
}

export interface LockOptions {
  waitMs?: number;
}

export async function acquireLoadLock(driver: Driver, database: string, options: LockOptions = {}): Promise<LoadLock> {
  await driver.executeQuery(LOCK_CONSTRAINT, {}, { database });
  const session: Session = driver.session({ database, defaultAccessMode: 'WRITE' });
  let tx: Transaction | undefined;
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), options.waitMs ?? DEFAULT_LOCK_WAIT_MS)));
  try {
    tx = await session.beginTransaction();
    const taken = tx.run(TAKE).then(() => 'taken' as const);
    // A refused attempt still has its MERGE waiting on the server; closing the session below
    // resets the connection, which ends that transaction without ever taking the lock.
    taken.catch(() => undefined);
    if ((await Promise.race([taken, waited])) === 'timeout') {
      await session.close().catch(() => undefined);
      throw new LoadLocked();
    }
  } catch (err) {
    await session.close().catch(() => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
  }
  const held = tx;
  let lost: unknown;
  let released = false;
  let beat: Promise<unknown> = Promise.resolve();
  const heartbeat = setInterval(() => {
    beat = held.run('RETURN 1').then(
      () => undefined,
      (err: unknown) => {
        if (!released) lost ??= err;
      },
    );
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    check() {
      if (lost !== undefined) throw new LoadLockLost(lost);
    },
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      await beat;
      await held.rollback().catch(() => undefined);
      await session.close().catch(() => undefined);
    },
  };
}
