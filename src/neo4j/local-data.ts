/**
 * Where `npm run neo4j:local` keeps its store: NEO4J_DATA, else neo4j/data.
 * Shared by the launcher script and `guanxi load --bulk`, which imports into
 * that store while the server is stopped.
 */
import { join } from 'node:path';
import { NEO4J_DIR } from './launcher.js';

export function localDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['NEO4J_DATA'] || join(NEO4J_DIR, 'data');
}
