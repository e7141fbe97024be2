/**
 * Two `guanxi load` runs at once into the same database (issue 13, item 8):
 * nothing may be duplicated, whatever the timing; a run that cannot write
 * because another one is writing says so in one line; and a later load
 * repairs duplicated relationships it finds (left by older versions or by
 * other writers).
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/neo4j-graph.js';
import type { GuanxiGraph } from '../../src/graph/model.js';
import { smallGraph } from './fixtures.js';
import { cli, connectionArgs, graphDir, relay, rows, spawnCli, testConnection, testDriver, wipe, type CliRun } from './helpers.js';

let driver: Driver;
beforeAll(async () => {
  driver = await testDriver();
});
afterAll(async () => {
  await driver.close();
});
beforeEach(async () => {
  await wipe(driver);
});

async function totals(): Promise<{ n: number; r: number }> {
  const [n] = await rows<{ c: number }>(driver, 'MATCH (n) RETURN count(n) AS c');
  const [r] = await rows<{ c: number }>(driver, 'MATCH ()-[r]->() RETURN count(r) AS c');
  return { n: n?.c ?? -1, r: r?.c ?? -1 };
}

/** Relationships that share (source, type, target) with another: there must be none. */
async function duplicated(): Promise<number> {
  const [d] = await rows<{ c: number }>(
    driver,
    'MATCH (a)-[r]->(b) WITH a, type(r) AS t, b, count(r) AS c WHERE c > 1 RETURN coalesce(sum(c - 1), 0) AS c',
  );
  return d?.c ?? -1;
}

/** A run either loaded and checked the graph, or refused because another load was writing. */
function expectLoadedOrRefused(run: CliRun, graph: GuanxiGraph): 'loaded' | 'refused' {
  if (run.code === 0) {
    expect(run.stdout).toContain(`loaded ${graph.order} nodes and ${graph.size} relationships`);
    return 'loaded';
  }
  expect(run.stderr).toMatch(/^guanxi: another guanxi load is writing to database neo4j at \S+: wait for it to finish, then run this command again\n$/m);
  expect(run.code).toBe(1);
  return 'refused';
}

describe('two loads at once', () => {
  it('never duplicate a relationship: while one load writes, another is refused, and the graph is there exactly once', async () => {
    // The race, made certain: load A has written its nodes (so it CREATEs its relationships, which
    // cannot exist yet as far as it knows), then load B runs from start to end, then A goes on.
    const graph = syntheticGraph(4000, 12000, 11);
    const dir = await graphDir(graph);
    const target = Number(new URL(testConnection().uri.replace(/^\w+:/, 'http:')).port);
    const slow = await relay(target);
    const a = spawnCli(['load', dir, '--batch-size', '200', '--uri', slow.uri]);
    await expect.poll(async () => (await totals()).n, { timeout: 240_000, interval: 20 }).toBe(graph.order);
    slow.pause();
    const b = await spawnCli(['load', dir, '--batch-size', '200', ...connectionArgs()]);
    slow.resume();
    const first = await a;
    slow.close();
    expect(expectLoadedOrRefused(first, graph)).toBe('loaded');
    expect(expectLoadedOrRefused(b, graph)).toBe('refused');
    expect(await duplicated()).toBe(0);
    expect(await totals()).toEqual({ n: graph.order, r: graph.size });
  }, 300_000);

  it('a load repairs duplicated relationships it finds, keeping the evidence of both', async () => {
    const graph = smallGraph();
    const dir = await graphDir(graph);
    expect((await cli('load', dir, ...connectionArgs())).code).toBe(0);
    // What an older guanxi could leave behind after two concurrent runs: the same PART_OF twice,
    // the copy with evidence of its own.
    await rows(
      driver,
      `MATCH (a:Branch {id: 'Branch:工行沈阳分行'})-[r:PART_OF]->(b:Branch {id: 'Branch:中国工商银行辽宁省分行'})
       CREATE (a)-[c:PART_OF]->(b) SET c = properties(r), c.evidence = r.evidence + ['{"article":"Article:x"}']`,
    );
    expect(await duplicated()).toBe(1);
    const run = await cli('load', dir, ...connectionArgs());
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('repaired 1 duplicated relationship');
    expect(await duplicated()).toBe(0);
    expect(await totals()).toEqual({ n: graph.order, r: graph.size });
    const [kept] = await rows<{ n: number }>(
      driver,
      "MATCH (:Branch {id: 'Branch:工行沈阳分行'})-[r:PART_OF]->(:Branch {id: 'Branch:中国工商银行辽宁省分行'}) RETURN size(r.evidence) AS n",
    );
    expect(kept?.n).toBe(2);
  });
});
