/**
 * Options shared by the commands that connect to Neo4j (load, query,
 * export --from-neo4j). Values left out fall back to NEO4J_* variables and
 * then to the project defaults (src/neo4j/connection.ts).
 */
import { InvalidArgumentError, type Command } from 'commander';

export interface ConnectionFlags {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
}

export function addConnectionOptions(command: Command): Command {
  return command
    .option('--uri <uri>', 'bolt://, or neo4j:// / neo4j+s:// for a cluster or Aura (default: $NEO4J_URI or bolt://localhost:7687)')
    .option('--user <user>', 'user (default: $NEO4J_USERNAME or neo4j)')
    .option('--password <password>', 'password (default: $NEO4J_PASSWORD or the neo4j:local default)')
    .option('--database <name>', 'database (default: $NEO4J_DATABASE or neo4j)');
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}
