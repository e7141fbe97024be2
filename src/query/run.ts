/**
 * Runs one Cypher statement with parameters and returns its columns and
 * rows, in a read or a write transaction as the caller says. Managed by the
 * driver (retries transient errors), except statements
 * with `CALL { … } IN TRANSACTIONS`, which Neo4j only accepts in an
 * auto-commit transaction.
 */
import { readFile } from 'node:fs/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import { ExitCode, UserError } from '../base/errors.js';
import { parametersOf, readHeader, splitStatements, type QueryHeader } from '../neo4j/statements.js';
import type { ResultTable } from './format.js';
import type { Params } from './params.js';

export interface QueryText {
  statement: string;
  /** Parameters the statement uses. */
  parameters: string[];
  header: QueryHeader;
  source: string;
}

/** Reads a query given inline or as a file; exactly one statement. */
export async function readQuery(inline: string | undefined, file: string | undefined): Promise<QueryText> {
  if ((inline === undefined) === (file === undefined)) {
    throw new UserError('give a Cypher query or --file FILE (one of the two)', ExitCode.Usage);
  }
  let text = inline ?? '';
  if (file !== undefined) {
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new UserError(`cannot read ${file}: the ready queries are in cypher/queries/`, ExitCode.Usage);
    }
  }
  const statements = splitStatements(text);
  const source = file ?? 'the query';
  if (statements.length !== 1) {
    throw new UserError(`${source} holds ${statements.length} statements; give exactly one`, ExitCode.Usage);
  }
  const statement = statements[0] as string;
  return { statement, parameters: parametersOf(statement), header: readHeader(text), source };
}

/** What Neo4j answers to a write in a read transaction. */
export const READ_ONLY_REFUSED = 'Neo.ClientError.Statement.AccessMode';

/** Whether a statement may change the database: `write` runs it in a write transaction, `read` in a read one (Neo4j refuses writes there). */
export type AccessMode = 'read' | 'write';

export async function runQuery(driver: Driver, database: string, statement: string, params: Params, mode: AccessMode = 'write'): Promise<ResultTable> {
  const accessMode = mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE;
  if (/\bIN\s+TRANSACTIONS\b/i.test(statement)) {
    const session = driver.session({ database, defaultAccessMode: accessMode });
    try {
      const result = await session.run(statement, params);
      return { columns: result.records[0]?.keys.map(String) ?? [], rows: result.records.map((r) => [...r.values()]) };
    } finally {
      await session.close();
    }
  }
  const { records, keys } = await driver.executeQuery(statement, params, { database, routing: mode === 'read' ? neo4j.routing.READ : neo4j.routing.WRITE });
  return { columns: keys.map(String), rows: records.map((r) => [...r.values()]) };
}
