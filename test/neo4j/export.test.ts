/**
 * `guanxi export --from-neo4j`: the database, or a query's subgraph, as
 * GraphML in the same form `guanxi build` writes.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphML } from '../../src/export/graphml-read.js';
import { parseGraph, type GuanxiGraph } from '../../src/graph/model.js';
import { buildCorpus, cli, connectionArgs, testDriver, wipe } from './helpers.js';

let driver: Driver;
let dir: string;
let graph: GuanxiGraph;
let out: string;

beforeAll(async () => {
  driver = await testDriver();
  await wipe(driver);
  dir = await buildCorpus();
  graph = parseGraph(JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8')));
  const load = await cli('load', dir, ...connectionArgs());
  if (load.code !== 0) throw new Error(`load failed: ${load.stderr}`);
  out = await mkdtemp(join(tmpdir(), 'guanxi-export-'));
}, 300_000);
afterAll(async () => {
  await driver?.close();
});

/** GraphML lines in a fixed order: the build writes insertion order, the export sorts by key. */
const lines = (xml: string): string[] => xml.split('\n').sort();

describe('guanxi export --from-neo4j', () => {
  it('writes the database as GraphML equal to the one guanxi build wrote', async () => {
    const file = join(out, 'all.graphml');
    const run = await cli('export', '--from-neo4j', '--out', file, ...connectionArgs());
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`wrote ${graph.order} nodes and ${graph.size} relationships`);
    const exported = await readFile(file, 'utf8');
    const built = await readFile(join(dir, 'graph.graphml'), 'utf8');
    // Same keys, same node and edge elements, byte for byte.
    expect(lines(exported)).toEqual(lines(built));
    // And read back, the same graph as graph.json.
    const back = readGraphML(exported);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, attrs) => expect(back.getNodeAttributes(key)).toEqual(attrs));
    graph.forEachEdge((key, attrs) => expect(back.getEdgeAttributes(key)).toEqual(attrs));
  });

  it('writes the subgraph a query returns: its paths, nodes and relationships', async () => {
    const query = join(out, 'liaoning.cypher');
    await writeFile(
      query,
      '// Units directly under a branch, with the PART_OF relationships.\n// Params:\n//   $parent  the branch\nMATCH p = (u:Branch)-[:PART_OF]->(b:Branch {name: $parent}) RETURN p\n',
    );
    const file = join(out, 'sub.graphml');
    const run = await cli('export', '--from-neo4j', '--query', query, '--param', 'parent=中国工商银行辽宁省分行', '--out', file, ...connectionArgs());
    expect(run.code).toBe(0);
    const sub = readGraphML(await readFile(file, 'utf8'));
    const [parent] = graph.filterNodes((_k, a) => a.name === '中国工商银行辽宁省分行');
    const edges = graph.filterInEdges(parent as string, (_e, a) => a.type === 'PART_OF').filter((e) => graph.getNodeAttribute(graph.source(e), 'type') === 'Branch');
    expect(sub.edges().sort()).toEqual(edges.sort());
    expect(sub.nodes().sort()).toEqual([...new Set([parent as string, ...edges.map((e) => graph.source(e))])].sort());
    for (const e of sub.edges()) expect(sub.getEdgeAttributes(e)).toEqual(graph.getEdgeAttributes(e));
  });

  it('includes the endpoints of relationships a query returns without their nodes', async () => {
    const query = join(out, 'works.cypher');
    await writeFile(query, '// Every WORKS_AT relationship.\n// Params: none.\nMATCH ()-[r:WORKS_AT]->() RETURN r\n');
    const file = join(out, 'works.graphml');
    expect((await cli('export', '--from-neo4j', '--query', query, '--out', file, ...connectionArgs())).code).toBe(0);
    const sub = readGraphML(await readFile(file, 'utf8'));
    const works = graph.filterEdges((_e, a) => a.type === 'WORKS_AT');
    expect(sub.size).toBe(works.length);
    expect(sub.order).toBe(new Set(works.flatMap((e) => graph.extremities(e))).size);
  });

  it('reads only by default: a query that writes is refused and the database stays as it was; --write lets it', async () => {
    const count = async (): Promise<number> => (await driver.executeQuery("MATCH (n:Bank {id: 'Bank:export-write-test'}) RETURN count(n) AS c")).records[0]?.get('c') as number;
    const query = join(out, 'writes.cypher');
    await writeFile(query, "MERGE (n:Bank {id: 'Bank:export-write-test', name: 'x'}) RETURN n\n");
    const file = join(out, 'writes.graphml');
    const refused = await cli('export', '--from-neo4j', '--query', query, '--out', file, ...connectionArgs());
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^guanxi: .*reads only.*--write/);
    expect(await count()).toBe(0);
    const allowed = await cli('export', '--from-neo4j', '--query', query, '--write', '--out', file, ...connectionArgs());
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(await count()).toBe(1);
    await driver.executeQuery("MATCH (n:Bank {id: 'Bank:export-write-test'}) DELETE n");
  });

  it('says in --help whether a query may write', async () => {
    expect((await cli('export', '--help')).stdout.replace(/\s+/g, ' ')).toMatch(/--write .*so that it may write \(by default export reads only/);
  });

  it('refuses a query file that is missing its parameters, before connecting', async () => {
    const query = join(out, 'needs.cypher');
    await writeFile(query, 'MATCH (n {name: $name}) RETURN n\n');
    const run = await cli('export', '--from-neo4j', '--query', query, '--out', join(out, 'x.graphml'), '--uri', 'bolt://127.0.0.1:1');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^guanxi: the query uses \$name: pass --param name=…\n$/);
  });
});
