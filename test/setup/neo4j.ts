/**
 * The suite's Neo4j: a real server from neo4j/ (Launcher.java) on a free
 * port with a fresh store and auth disabled, started once for all test files
 * and stopped at the end. With NEO4J_URI set, tests use that server instead
 * (and its NEO4J_USERNAME / NEO4J_PASSWORD).
 *
 * Test files read the URI with `inject('neo4jUri')` (see test/neo4j/helpers.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNeo4j } from '../../src/neo4j/launcher.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export async function setupNeo4j(project?: TestProject): Promise<() => Promise<void>> {
  const external = process.env['NEO4J_URI'];
  if (external) {
    project?.provide('neo4jUri', external);
    return async () => {};
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'guanxi-neo4j-test-'));
  const server = await startNeo4j({ dataDir, port: 0, heap: '1g', pageCache: '512m' });
  project?.provide('neo4jUri', server.uri);
  // Child processes the tests spawn (bin/guanxi.js) find it the usual way.
  process.env['NEO4J_URI'] = server.uri;
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
