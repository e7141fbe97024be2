/**
 * Connects the viewer to Neo4j with the project's usual settings (options,
 * then NEO4J_* variables). A database that is down is not fatal: the page
 * says so in the Cypher box, and the next query tries again.
 */
import { openDriver, resolveConnection, type ConnectionOptions } from '../neo4j/connection.js';
import { createCypherRunner } from './cypher.js';
import type { Neo4jAccess } from './server.js';
import type { ServeSettings } from './settings.js';

export function neo4jAccess(options: ConnectionOptions, settings: ServeSettings, env: NodeJS.ProcessEnv = process.env): Neo4jAccess {
  const connection = resolveConnection(options, env);
  return {
    async connect() {
      try {
        // Short retry window: the page waits on this.
        const driver = await openDriver(connection, { maxTransactionRetryTimeMs: 5_000 });
        const runner = createCypherRunner(driver, connection, { maxRecords: settings.maxRecords, maxBytes: settings.maxBytes, timeoutMs: settings.queryTimeoutMs });
        return { type: 'connected', runner, uri: connection.uri, database: connection.database };
      } catch (err) {
        return { type: 'unreachable', message: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}
