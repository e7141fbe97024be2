/**
 * Routing URIs (issue 10): `neo4j://` (and `neo4j+s://`, the same with TLS,
 * as Aura and clusters use) make the driver ask the server for a routing
 * table and send writes to a writer and reads to readers. load, query,
 * export --from-neo4j and the viewer's Cypher box (serve --neo4j) work
 * through it against the suite's single server, whose table must advertise
 * its real address (not Neo4j's default localhost:7687).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jAccess, resolveServeSettings, startViewerServer } from '../../src/serve/index.js';
import { smallGraph } from './fixtures.js';
import { cli, graphDir, rows, testConnection, testDriver, wipe } from './helpers.js';

let driver: Driver;
let routed: string;
beforeAll(async () => {
  driver = await testDriver();
  await wipe(driver);
  routed = testConnection().uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
});
afterAll(async () => {
  await driver.close();
});

describe('neo4j:// URIs', () => {
  it('the server advertises the address it listens on', async () => {
    const [table] = await rows<{ servers: Array<{ addresses: string[]; role: string }> }>(driver, "CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers");
    const port = new URL(testConnection().uri.replace(/^\w+(\+\w+)?:/, 'http:')).port;
    for (const server of table?.servers ?? []) expect(server.addresses.every((a) => a.endsWith(`:${port}`))).toBe(true);
  });

  it('load, query, export and the Cypher box work through a routing driver', async () => {
    const graph = smallGraph();
    const dir = await graphDir(graph);
    const load = await cli('load', dir, '--uri', routed);
    expect(load.stderr).not.toMatch(/guanxi: /);
    expect(load.code).toBe(0);
    expect(load.stdout).toContain(`loaded ${graph.order} nodes and ${graph.size} relationships`);
    expect(load.stderr).toContain(`into neo4j at ${routed}`);

    const read = await cli('query', 'MATCH (b:Branch) RETURN count(b) AS n', '--uri', routed, '--format', 'csv');
    expect(read.stdout).toBe('n\r\n4\r\n');
    // A query that writes goes to the writer.
    const write = await cli('query', "MERGE (p:Place {id: 'Place:沈阳'}) SET p.name = '沈阳' RETURN p.name AS name", '--uri', routed, '--format', 'csv');
    expect(write.code).toBe(0);
    expect(write.stdout).toBe('name\r\n沈阳\r\n');

    const out = join(await mkdtemp(join(tmpdir(), 'guanxi-routing-')), 'all.graphml');
    const exported = await cli('export', '--from-neo4j', '--out', out, '--uri', routed);
    expect(exported.code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('工行沈阳向工街支行');

    const settings = resolveServeSettings({ dir, port: 0, neo4j: true });
    const server = await startViewerServer(settings, neo4jAccess({ uri: routed }, settings));
    try {
      const response = await fetch(`${server.url}api/cypher`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'MATCH (n:Bank) RETURN n.name AS name', params: {} }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { type: string; rows: string[][] };
      expect(body.rows).toEqual([['中国工商银行']]);
    } finally {
      await server.close();
    }
  });
});
