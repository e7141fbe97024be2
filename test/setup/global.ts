/**
 * Global test setup: installs missing system packages (chromium, networkx),
 * starts each shared service once for the whole suite (a real Neo4j unless
 * NEO4J_URI is set; the viewer's production build) and
 * stops them at the end.
 */
import { setupNeo4j } from './neo4j.js';
import { setupSystem } from './system.js';
import { setupWeb } from './web.js';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const teardowns: Array<() => Promise<void>> = [];
  teardowns.push(await setupSystem());
  teardowns.push(await setupNeo4j(project));
  teardowns.push(await setupWeb());
  return async () => {
    for (const t of teardowns.reverse()) await t();
  };
}
