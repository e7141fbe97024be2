/**
 * `guanxi load` against the real Neo4j: schema, counts, idempotence,
 * merging a bigger build, --wipe, and the round trip of every property.
 */
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GuanxiGraph } from '../../src/graph/model.js';
import { NODE_TYPES } from '../../src/graph/types.js';
import { planBatches } from '../../src/load/batches.js';
import { readSchema } from '../../src/load/schema.js';
import { verifyLoad } from '../../src/load/verify.js';
import { writeEdgeBatches, writeNodeBatches } from '../../src/load/write.js';
import { readDatabase } from '../../src/query/subgraph.js';
import { biggerGraph, smallGraph } from './fixtures.js';
import { cli, connectionArgs, graphDir, rows, testConnection, testDriver, wipe } from './helpers.js';

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

function countsOf(graph: GuanxiGraph): { labels: Record<string, number>; types: Record<string, number> } {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  graph.forEachNode((_k, a) => void (labels[a.type] = (labels[a.type] ?? 0) + 1));
  graph.forEachEdge((_k, a) => void (types[a.type] = (types[a.type] ?? 0) + 1));
  return { labels, types };
}

async function dbCounts(): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const labels = Object.fromEntries(
    (await rows<{ l: string; c: number }>(driver, 'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c')).map((r) => [r.l, r.c]),
  );
  const types = Object.fromEntries(
    (await rows<{ t: string; c: number }>(driver, 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c')).map((r) => [r.t, r.c]),
  );
  return { labels, types };
}

describe('guanxi load', () => {
  it('applies the schema: a unique id per label, name indexes, a cjk full-text index over names and aliases', async () => {
    const dir = await graphDir(smallGraph());
    const run = await cli('load', dir, ...connectionArgs());
    expect(run.stderr).not.toMatch(/guanxi: /);
    expect(run.code).toBe(0);

    const constraints = await rows<{ labels: string[]; props: string[]; type: string }>(
      driver,
      'SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties AS props, type RETURN labels, props, type',
    );
    for (const label of NODE_TYPES) {
      expect(constraints).toContainEqual({ labels: [label], props: ['id'], type: 'UNIQUENESS' });
    }
    const indexes = await rows<{ name: string; type: string; labels: string[]; props: string[]; options: { indexConfig: Record<string, unknown> } }>(
      driver,
      'SHOW INDEXES YIELD name, type, labelsOrTypes AS labels, properties AS props, options RETURN name, type, labels, props, options',
    );
    for (const label of NODE_TYPES) {
      expect(indexes.some((i) => i.type === 'RANGE' && i.labels.join() === label && i.props.join() === 'name')).toBe(true);
    }
    const fulltext = indexes.find((i) => i.type === 'FULLTEXT');
    expect(fulltext?.props).toEqual(['name', 'aliases']);
    expect(fulltext?.options.indexConfig['fulltext.analyzer']).toBe('cjk');
    expect(fulltext?.options.indexConfig['fulltext.eventually_consistent']).toBe(true);
    // The load lock's constraint (src/load/lock.ts); no such node is ever committed.
    expect(constraints).toContainEqual({ labels: ['GuanxiLoadLock'], props: ['name'], type: 'UNIQUENESS' });
    expect(await rows(driver, 'MATCH (l:GuanxiLoadLock) RETURN l')).toEqual([]);
    // Every statement in the file is one the database now has (nothing skipped by the splitter).
    expect((await readSchema()).length).toBe(NODE_TYPES.length * 2 + 2);

    // Chinese search through the index, by a fragment of a name and by an alias, as soon as load returns.
    const byFragment = await rows<{ name: string }>(
      driver,
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS name",
      { q: '向工街' },
    );
    expect(byFragment.map((r) => r.name)).toContain('工行沈阳向工街支行');
    const byAlias = await rows<{ name: string }>(
      driver,
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS name",
      { q: '辽宁分行' },
    );
    expect(byAlias.map((r) => r.name)).toContain('中国工商银行辽宁省分行');
  });

  it('loads every node and relationship once, with every property, and says the counts match', async () => {
    const graph = smallGraph();
    const run = await cli('load', await graphDir(graph), ...connectionArgs());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(`loaded ${graph.order} nodes and ${graph.size} relationships`);
    expect(run.stdout).toMatch('counts match the graph');
    expect(await dbCounts()).toEqual(countsOf(graph));

    // Round trip: what comes back out is what went in, attribute for attribute.
    const back = (await readDatabase(driver, testConnection().database)).graph;
    graph.forEachNode((key, attrs) => expect(back.getNodeAttributes(key)).toEqual(attrs));
    graph.forEachEdge((key, attrs) => expect(back.getEdgeAttributes(key)).toEqual(attrs));
    // Integers stay integers in Neo4j (not floats), lists stay lists.
    const [types] = await rows<{ year: string; index: string; aliases: string }>(
      driver,
      `MATCH (:Person)-[r:RECEIVED]->(), (a:Article), (b:Bank)
       RETURN valueType(r.year) AS year, valueType(a.index) AS index, valueType(b.aliases) AS aliases LIMIT 1`,
    );
    expect(types).toEqual({ year: 'INTEGER NOT NULL', index: 'INTEGER NOT NULL', aliases: 'LIST<STRING NOT NULL> NOT NULL' });
  });

  it('loading the same graph again leaves every count and property unchanged', async () => {
    const dir = await graphDir(smallGraph());
    expect((await cli('load', dir, ...connectionArgs())).code).toBe(0);
    const before = await dbCounts();
    const exportBefore = (await readDatabase(driver, testConnection().database)).graph.export();
    const again = await cli('load', dir, ...connectionArgs());
    expect(again.code).toBe(0);
    expect(await dbCounts()).toEqual(before);
    expect((await readDatabase(driver, testConnection().database)).graph.export()).toEqual(exportBefore);
  });

  it('loading a build of more articles merges: aliases and evidence accumulate, nothing duplicates', async () => {
    const small = smallGraph();
    const bigger = biggerGraph();
    expect((await cli('load', await graphDir(small), ...connectionArgs())).code).toBe(0);
    const run = await cli('load', await graphDir(bigger), ...connectionArgs());
    expect(run.code).toBe(0);
    expect(await dbCounts()).toEqual(countsOf(bigger));
    const [bank] = await rows<{ aliases: string[]; evidence: string[] }>(
      driver,
      "MATCH (b:Bank {id: 'Bank:中国工商银行'}) RETURN b.aliases AS aliases, b.evidence AS evidence",
    );
    expect(bank?.aliases).toEqual(['工行', '工商银行', '工商银行总行']);
    expect(bank?.evidence.map((e) => (JSON.parse(e) as { article: string }).article)).toEqual(['Article:a1#0', 'Article:a2#0']);
    // Loading the smaller one again takes nothing away and adds nothing.
    expect((await cli('load', await graphDir(small), ...connectionArgs())).code).toBe(0);
    expect(await dbCounts()).toEqual(countsOf(bigger));
    const [again] = await rows<{ aliases: string[]; n: number }>(
      driver,
      "MATCH (b:Bank {id: 'Bank:中国工商银行'}) RETURN b.aliases AS aliases, size(b.evidence) AS n",
    );
    expect(again).toEqual({ aliases: ['工行', '工商银行', '工商银行总行'], n: 2 });
    // The report says the database holds more than this graph.
    expect((await cli('load', await graphDir(small), ...connectionArgs())).stdout).toMatch('with earlier loads');
  });

  it('keeps the highest confidence with its rule, and a former name as an alias', async () => {
    const a = smallGraph();
    expect((await cli('load', await graphDir(a), ...connectionArgs())).code).toBe(0);
    const b = smallGraph();
    b.mergeNodeAttributes('Programme:工行驿站', { confidence: 0.5, rule: 'weak.rule' });
    b.mergeNodeAttributes('Branch:工行沈阳分行', { name: '中国工商银行沈阳分行' });
    expect((await cli('load', await graphDir(b), ...connectionArgs())).code).toBe(0);
    const [p] = await rows(driver, "MATCH (p:Programme {id: 'Programme:工行驿站'}) RETURN p.confidence AS c, p.rule AS rule");
    expect(p).toEqual({ c: 0.95, rule: 'programme.quoted' });
    const [s] = await rows(driver, "MATCH (b:Branch {id: 'Branch:工行沈阳分行'}) RETURN b.name AS name, b.aliases AS aliases");
    expect(s).toEqual({ name: '中国工商银行沈阳分行', aliases: ['工行沈阳分行'] });
  });

  it('--wipe says what it deletes, then empties the database first', async () => {
    expect((await cli('load', await graphDir(biggerGraph()), ...connectionArgs())).code).toBe(0);
    const small = smallGraph();
    const run = await cli('load', await graphDir(small), '--wipe', ...connectionArgs());
    expect(run.code).toBe(0);
    const bigger = biggerGraph();
    expect(run.stderr).toContain(`--wipe: deleting ${bigger.order} nodes and ${bigger.size} relationships from database neo4j`);
    expect(await dbCounts()).toEqual(countsOf(small));
  });

  it('the read-back check catches a missing or a duplicated element', async () => {
    const graph = smallGraph();
    expect((await cli('load', await graphDir(graph), ...connectionArgs())).code).toBe(0);
    const plan = planBatches(graph, 100);
    const database = testConnection().database;
    expect((await verifyLoad(driver, database, plan)).ok).toBe(true);
    await rows(driver, "MATCH (:Person)-[r:WORKS_AT]->() DELETE r");
    const missing = await verifyLoad(driver, database, plan);
    expect(missing.ok).toBe(false);
    expect(missing.relationships).toContainEqual({ name: 'WORKS_AT', expected: 1, found: 0 });
    await rows(driver, "MATCH (a:Branch {id: 'Branch:工行沈阳分行'}), (b:Branch {id: 'Branch:中国工商银行辽宁省分行'}) CREATE (a)-[:PART_OF]->(b)");
    expect((await verifyLoad(driver, database, plan)).relationships).toContainEqual({ name: 'PART_OF', expected: 4, found: 5 });
  });

  it('finds endpoints by internal id only with their label and key: an id now held by another node matches nothing', async () => {
    const graph = smallGraph();
    const plan = planBatches(graph, 100);
    const database = testConnection().database;
    const options = { database, concurrency: 1 };
    const written = await writeNodeBatches(driver, plan.nodes, options);
    expect(written.ids.size).toBe(graph.order);
    // As if another writer had deleted two Branch nodes and their ids had gone to each other's:
    // swapped ids must not attach a relationship to the wrong branch.
    const branches = graph.filterNodes((_k, a) => a.type === 'Branch').slice(0, 2) as [string, string];
    const [first, second] = branches.map((k) => written.ids.get(k));
    written.ids.set(branches[0], second);
    written.ids.set(branches[1], first);
    await writeEdgeBatches(driver, plan.edges, written, options);
    const touching = graph.filterEdges((_k, _a, s, t) => branches.includes(s) || branches.includes(t)).length;
    expect(touching).toBeGreaterThan(0);
    const report = await verifyLoad(driver, database, plan);
    expect(report.ok).toBe(false);
    const found = report.relationships.reduce((n, c) => n + c.found, 0);
    expect(found).toBe(graph.size - touching);
    // Nothing attached anywhere the graph does not say: every relationship in the database is one of the graph's.
    const back = (await readDatabase(driver, database)).graph;
    back.forEachEdge((key) => expect(graph.hasEdge(key)).toBe(true));
  });

  it('writes with executeWrite and UNWIND batches, never the deprecated writeTransaction', async () => {
    const sources = await Promise.all(['src/load/write.ts', 'src/load/cypher.ts'].map((f) => readFile(f, 'utf8')));
    expect(sources.join('\n')).not.toMatch(/writeTransaction|readTransaction/);
    expect(sources[0]).toMatch(/executeWrite/);
    expect(sources[1]).toMatch(/UNWIND \$rows AS row/);
  });
});
