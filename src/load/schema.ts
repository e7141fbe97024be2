/**
 * Applies cypher/schema.cypher: uniqueness constraints (which MERGE uses to
 * find nodes by key), name indexes and the cjk full-text index. Runs before
 * any data is written, and waits until the indexes are online so that the
 * load's MERGEs use them.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { splitStatements } from '../neo4j/statements.js';

export const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../cypher/schema.cypher');

export async function readSchema(file: string = SCHEMA_FILE): Promise<string[]> {
  return splitStatements(await readFile(file, 'utf8'));
}

/** Returns the number of statements applied. */
export async function applySchema(driver: Driver, database: string, file: string = SCHEMA_FILE): Promise<number> {
  const statements = await readSchema(file);
  const session = driver.session({ database });
  try {
    // Schema commands cannot share a transaction with each other or with data writes.
    for (const statement of statements) {
      await session.executeWrite((tx) => tx.run(statement));
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return statements.length;
}
