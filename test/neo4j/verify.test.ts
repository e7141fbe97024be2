/**
 * The read-back check after a load must be linear in the graph (issue 13,
 * item 9): around a hub (one branch with thousands of incoming PART_OF) a
 * check that looks each relationship up from the hub's side reads the hub's
 * whole list once per relationship. Work is measured in database hits
 * (PROFILE), which do not depend on how busy the machine is.
 */
import type { Driver, QueryResult, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/neo4j-graph.js';
import { edgeKey } from '../../src/graph/keys.js';
import type { GuanxiGraph } from '../../src/graph/model.js';
import { loadGraph, verifyLoad } from '../../src/load/index.js';
import { rows, testConnection, testDriver, wipe } from './helpers.js';

let driver: Driver;
beforeAll(async () => {
  driver = await testDriver();
});
afterAll(async () => {
  await driver.close();
});

interface PlanNode {
  dbHits?: number;
  children?: PlanNode[];
}
const hitsOf = (p: PlanNode | false | undefined): number => (p ? (p.dbHits ?? 0) + (p.children ?? []).reduce((a, c) => a + hitsOf(c), 0) : 0);

/** The test driver, with every statement run through PROFILE and its database hits added up. */
function profiled(base: Driver): { driver: Driver; hits: () => number } {
  let total = 0;
  const wrapTx = <T extends { run: Session['run'] }>(tx: T): T =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== 'run') return Reflect.get(target, prop, receiver) as unknown;
        return async (query: string, params?: Record<string, unknown>): Promise<QueryResult> => {
          const result = await target.run(`PROFILE ${query}`, params);
          total += hitsOf(result.summary.profile as PlanNode | false);
          return result;
        };
      },
    });
  const driver = new Proxy(base, {
    get(target, prop, receiver) {
      if (prop !== 'session') return Reflect.get(target, prop, receiver) as unknown;
      return (config: Parameters<Driver['session']>[0]) => {
        const session = target.session(config);
        return new Proxy(session, {
          get(s, p, r) {
            if (p === 'run') return wrapTx(s).run;
            if (p === 'executeRead' || p === 'executeWrite') {
              return (work: (tx: unknown) => Promise<unknown>, cfg?: unknown) =>
                (Reflect.get(s, p, r) as (w: (tx: { run: Session['run'] }) => Promise<unknown>, c?: unknown) => Promise<unknown>).call(
                  s,
                  (tx) => work(wrapTx(tx)),
                  cfg,
                );
            }
            return Reflect.get(s, p, r) as unknown;
          },
        });
      };
    },
  });
  return { driver, hits: () => total };
}

/** A synthetic build plus one branch that `hub` other branches are PART_OF. */
function withHub(hub: number): GuanxiGraph {
  const graph = syntheticGraph(6000, 18000, 5);
  const branches = graph.filterNodes((_k, a) => a.type === 'Branch');
  const centre = branches[0] as string;
  let added = 0;
  for (const b of branches.slice(1)) {
    if (added === hub) break;
    const key = edgeKey('PART_OF', b, centre);
    if (graph.hasEdge(key)) continue;
    graph.addEdgeWithKey(key, b, centre, { type: 'PART_OF', confidence: 0.8, rule: 'test.hub', evidence: [] });
    added++;
  }
  expect(added).toBe(hub);
  return graph;
}

describe('the read-back check', () => {
  it('is linear around a hub: a few database hits per element, not per element times the hub', async () => {
    await wipe(driver);
    const graph = withHub(2000);
    const database = testConnection().database;
    const { plan } = await loadGraph(driver, graph, { database, check: false });
    const { driver: counting, hits } = profiled(driver);
    const report = await verifyLoad(counting, database, plan);
    expect(report.ok).toBe(true);
    const elements = graph.order + graph.size;
    // Looked up from the hub, the 2,000 PART_OF alone cost 2,000 × 2,000 × 2 = 8 million hits.
    expect(hits()).toBeGreaterThan(elements);
    expect(hits()).toBeLessThan(40 * elements);
    // Still a real check: a missing relationship at the hub is found.
    await rows(driver, "MATCH (:Branch)-[r:PART_OF {rule: 'test.hub'}]->() WITH r LIMIT 1 DELETE r");
    const missing = await verifyLoad(driver, database, plan);
    expect(missing.ok).toBe(false);
    const partOf = missing.relationships.find((c) => c.name === 'PART_OF');
    expect(partOf && partOf.expected - partOf.found).toBe(1);
  }, 300_000);

  it('finds what differs at a source compared in the database, and at one of more than 100 targets read in detail', async () => {
    await wipe(driver);
    const graph = syntheticGraph(3000, 6000, 9);
    const articles = graph.filterNodes((_k, a) => a.type === 'Article');
    const branches = graph.filterNodes((_k, a) => a.type === 'Branch');
    const mention = (article: string, branchList: string[], count: number): string[] => {
      const added: string[] = [];
      for (const b of branchList) {
        if (added.length === count) break;
        const key = edgeKey('MENTIONS', article, b);
        if (graph.hasEdge(key)) continue;
        graph.addEdgeWithKey(key, article, b, { type: 'MENTIONS', confidence: 0.5, rule: 'test.verify', evidence: [] });
        added.push(b);
      }
      return added;
    };
    const [wide, narrow] = articles as [string, string];
    const wideTargets = mention(wide, branches, 150);
    const [x, y] = mention(narrow, branches.slice(500), 2) as [string, string];
    const database = testConnection().database;
    const { plan } = await loadGraph(driver, graph, { database, check: false });
    expect((await verifyLoad(driver, database, plan)).ok).toBe(true);
    const expected = graph.filterEdges((_k, a) => a.type === 'MENTIONS').length;
    // At the narrow source a missing relationship and a duplicated one leave the count as it was.
    await rows(driver, 'MATCH (:Article {id: $a})-[r:MENTIONS]->(:Branch {id: $b}) DELETE r', { a: narrow, b: x });
    await rows(driver, 'MATCH (a:Article {id: $a}), (b:Branch {id: $b}) CREATE (a)-[:MENTIONS]->(b)', { a: narrow, b: y });
    await rows(driver, 'MATCH (:Article {id: $a})-[r:MENTIONS]->(:Branch {id: $b}) DELETE r', { a: wide, b: wideTargets[7] });
    const report = await verifyLoad(driver, database, plan);
    expect(report.ok).toBe(false);
    expect(report.relationships).toContainEqual({ name: 'MENTIONS', expected, found: expected - 1 });
    expect(report.duplicated).toEqual([{ type: 'MENTIONS', sourceLabel: 'Article', targetLabel: 'Branch', s: narrow, t: y, count: 2 }]);
  }, 300_000);
});
