/**
 * `guanxi load --wipe`: empties the database (nodes and relationships; the
 * schema stays) in transactions of bounded size, so a large database does
 * not need one huge transaction.
 */
import type { Driver } from 'neo4j-driver';

export async function wipeDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
