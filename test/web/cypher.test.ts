/**
 * The Cypher box against the suite's real Neo4j: a query's nodes and
 * relationships are drawn as a subgraph, scalar results become a table,
 * writes are refused (and nothing is written), and an unreachable database
 * is explained in the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { loadGraph } from '../../src/load/index.js';
import { neo4jAccess, resolveServeSettings, type ViewerServer } from '../../src/serve/index.js';
import { QUERIES_DIR } from '../../src/serve/paths.js';
import { listExampleQueries } from '../../src/serve/queries.js';
import { makeViewerGraph, makeViewerGraphJson } from '../fixtures/viewer-graph.js';
import { testConnection, testDriver, wipe } from '../neo4j/helpers.js';
import { graphDir, launchBrowser, openViewer, screenshot, serve } from './browser.js';

let browser: Browser;
let driver: Driver;
let server: ViewerServer;
let dir: string;
const fixture = makeViewerGraphJson();

beforeAll(async () => {
  driver = await testDriver();
  await wipe(driver);
  await loadGraph(driver, makeViewerGraph(), { database: testConnection().database });
  browser = await launchBrowser();
  dir = await graphDir(fixture);
  server = await serve(dir, neo4jAccess({ uri: testConnection().uri }, resolveServeSettings({ dir })));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

/**
 * How long a step may take on a slow, busy machine (another suite and its own Neo4j beside this one): a bound, not
 * a pace; each wait returns as soon as its condition holds.
 */
const PATIENCE = { timeout: 120_000 };

/** The viewer with its Cypher box connected: the examples and the run button work only from then on. */
async function openConnected(url: string): Promise<Page> {
  const p = await openViewer(browser, url);
  await expect.poll(() => p.locator('#cypher .cypher-status').textContent(), PATIENCE).toMatch(/^Connected to bolt:/);
  return p;
}

async function run(p: Page, query: string): Promise<void> {
  await p.locator('#cypher-query').fill(query);
  await p.locator('#cypher-run').click();
  await p.waitForFunction(() => !document.querySelector('#cypher-result')?.textContent?.startsWith('Running'), undefined, PATIENCE);
}

// (Each wait may take PATIENCE on a busy machine; the test's own bound leaves room for several.)
describe('the Cypher box with Neo4j connected', { timeout: 600_000 }, () => {
  it('draws the nodes and relationships a query returns, and goes back to the built graph', async () => {
    const p = await openConnected(server.url);
    await run(p, 'MATCH (b:Branch)-[r:PART_OF]->(x) RETURN b, r, x');
    const summary = p.locator('#cypher-result .cypher-summary');
    expect(await summary.getAttribute('data-nodes')).toBe('3');
    expect(await summary.getAttribute('data-relationships')).toBe('2');
    await expect.poll(() => p.locator('#stats').getAttribute('data-nodes'), PATIENCE).toBe('3');
    expect(await p.locator('#stats').getAttribute('data-edges')).toBe('2');
    expect(await p.locator('#stats').textContent()).toContain('query result');
    // Nodes keep the build's keys, so the panel shows their evidence from the database.
    await p.evaluate(() => window.guanxi?.viewer.select('Branch:中国工商银行沈阳向工街支行'));
    expect(await p.locator('#panel .evidence .sentence mark').first().textContent()).toBe('工行沈阳向工街支行');
    await p.waitForFunction(() => window.guanxi?.layout === 'idle');
    await screenshot(p, 'viewer-cypher-subgraph');
    await p.locator('#show-all').click();
    await expect.poll(() => p.locator('#stats').getAttribute('data-nodes'), PATIENCE).toBe(String(fixture.nodes.length));
    await p.close();
  });

  it('offers the queries of cypher/queries/ as examples', async () => {
    const examples = await listExampleQueries(QUERIES_DIR);
    const p = await openConnected(server.url);
    await expect.poll(() => p.locator('#cypher-examples option').count(), PATIENCE).toBe(examples.length + 1);
    for (const q of examples.slice(0, 1)) {
      await p.locator('#cypher-examples').selectOption(q.name);
      expect(await p.locator('#cypher-query').inputValue()).toBe(q.query);
      expect(await p.locator('#cypher .cypher-description').textContent()).toBe(q.description);
      for (const [, name] of q.query.matchAll(/\$([A-Za-z_]\w*)/g)) expect(await p.locator('#cypher-params').inputValue()).toContain(`"${name}"`);
    }
    await p.close();
  });

  it('runs an example query with its parameters', async () => {
    const p = await openConnected(server.url);
    await expect.poll(() => p.locator('#cypher-examples option').count(), PATIENCE).toBeGreaterThan(1);
    await p.locator('#cypher-examples').selectOption('hierarchy-under-bank');
    await p.locator('#cypher-params').fill('{"bank": "工行"}');
    await p.locator('#cypher-run').click();
    await p.waitForFunction(() => !document.querySelector('#cypher-result')?.textContent?.startsWith('Running'));
    expect(await p.locator('#cypher-result .error').count()).toBe(0);
    expect((await p.locator('#cypher-result tbody tr td:first-child').allTextContents()).sort()).toEqual(['中国工商银行沈阳向工街支行', '中国工商银行辽宁省分行']);
    await p.close();
  });

  it('shows scalar results as a table', async () => {
    const p = await openConnected(server.url);
    await run(p, 'MATCH (n:Branch) RETURN n.name AS name, size(n.aliases) AS aliases ORDER BY name');
    expect(await p.locator('#cypher-result th').allTextContents()).toEqual(['name', 'aliases']);
    expect(await p.locator('#cypher-result tbody tr').count()).toBe(2);
    expect(await p.locator('#cypher-result tbody td').first().textContent()).toBe('中国工商银行沈阳向工街支行');
    // The picture stays the built graph.
    expect(await p.locator('#stats').getAttribute('data-nodes')).toBe(String(fixture.nodes.length));
    await p.close();
  });

  it('refuses a query that writes, and the database stays as it was', async () => {
    const p = await openConnected(server.url);
    const count = async () => (await driver.executeQuery('MATCH (n) RETURN count(n) AS c')).records[0]?.get('c') as number;
    const before = await count();
    await run(p, "CREATE (n:Bank {id: 'Bank:x', name: 'x'}) RETURN n");
    expect(await p.locator('#cypher-result .error').textContent(PATIENCE)).toMatch(/read-only/);
    await run(p, "MATCH (n:Person) SET n.name = 'changed' RETURN n");
    expect(await p.locator('#cypher-result .error').textContent(PATIENCE)).toMatch(/read-only/);
    expect(await count()).toBe(before);
    await p.close();
  });

  it('reports a syntax error from Neo4j in the page', async () => {
    const p = await openConnected(server.url);
    await run(p, 'MATCH (n RETURN n');
    expect(await p.locator('#cypher-result .error').textContent(PATIENCE)).toMatch(/Neo\.ClientError\.Statement\.SyntaxError/);
    await p.close();
  });
});

describe('the Cypher box without Neo4j', () => {
  it('says Neo4j is unreachable instead of failing silently', async () => {
    const s = await serve(dir, neo4jAccess({ uri: 'bolt://127.0.0.1:9' }, resolveServeSettings({ dir })));
    const p = await openViewer(browser, s.url);
    try {
      expect(await p.locator('#cypher .cypher-status').textContent()).toMatch(/Neo4j is unreachable: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9/);
      // The built graph is still shown.
      expect(await p.evaluate(() => document.body.dataset['status'])).toBe('ready');
      await screenshot(p, 'viewer-neo4j-unreachable');
    } finally {
      await p.close();
      await s.close();
    }
  });

  it('hides the box when the server was started without --neo4j', async () => {
    const s = await serve(dir);
    const p = await openViewer(browser, s.url);
    try {
      expect(await p.locator('#cypher').isHidden()).toBe(true);
    } finally {
      await p.close();
      await s.close();
    }
  });
});
