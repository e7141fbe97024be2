/**
 * Every ready query in cypher/queries/, run through `guanxi query --file`
 * against the graph `guanxi build` makes of ../shared/corpus, loaded into
 * the test Neo4j. Two kinds of expectation: facts from the gold annotations
 * (/work/shared/eval/seeds-gold.json) that the rows must contain, and exact
 * agreement with the same answer computed from graph.json.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph, type GuanxiGraph } from '../../src/graph/model.js';
import { parametersOf, readHeader, splitStatements } from '../../src/neo4j/statements.js';
import { kShortestPaths } from '../../web/src/paths.js';
import { buildCorpus, cli, connectionArgs, testDriver, wipe } from './helpers.js';

const QUERIES = 'cypher/queries';
let driver: Driver;
let graph: GuanxiGraph;

beforeAll(async () => {
  driver = await testDriver();
  await wipe(driver);
  const dir = await buildCorpus();
  graph = parseGraph(JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8')));
  const load = await cli('load', dir, ...connectionArgs());
  if (load.code !== 0) throw new Error(`load failed: ${load.stderr}`);
}, 300_000);
afterAll(async () => {
  await driver?.close();
});

type Row = Record<string, unknown>;

async function query(file: string, params: Record<string, string | number> = {}): Promise<Row[]> {
  const args = Object.entries(params).flatMap(([k, v]) => ['--param', `${k}=${v}`]);
  const run = await cli('query', '--file', join(QUERIES, file), ...args, '--format', 'json', ...connectionArgs());
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Row[];
}

/** Node keys by name or alias (as the queries look them up). */
function nodesNamed(name: string): string[] {
  return graph.filterNodes((_k, a) => a.name === name || a.aliases.includes(name));
}
const nameOf = (key: string): string => graph.getNodeAttribute(key, 'name');

describe('cypher/queries', () => {
  it('each file holds one statement and a header that says what it answers and declares every parameter it uses', async () => {
    const files = (await readdir(QUERIES)).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const text = await readFile(join(QUERIES, file), 'utf8');
      const statements = splitStatements(text);
      expect(statements, file).toHaveLength(1);
      const header = readHeader(text);
      expect(header.description.length, file).toBeGreaterThan(20);
      expect(header.description, file).toMatch(/Params:/);
      expect(header.params.map((p) => p.name).sort(), file).toEqual(parametersOf(statements[0] as string).sort());
    }
  });

  it('units-running-programme: the units that run 工行驿站', async () => {
    const rows = await query('units-running-programme.cypher', { programme: '工行驿站' });
    const units = rows.map((r) => r['unit']);
    // Gold: seeds-gold.json RUNS relations into prog-gonghangyizhan.
    expect(units).toEqual(expect.arrayContaining(['中国工商银行辽宁省分行', '工行龙江支行']));
    const [programme] = nodesNamed('工行驿站');
    expect(units.sort()).toEqual(graph.inNeighbors(programme as string).filter((n) => graph.someEdge(n, programme as string, (_e, a) => a.type === 'RUNS')).map(nameOf).sort());
  });

  it('people-at-unit: who works at 工行抚顺雷锋支行, and as what', async () => {
    const rows = await query('people-at-unit.cypher', { unit: '工行抚顺雷锋支行' });
    expect(rows).toContainEqual({ person: '王玉珍', role: '储蓄员' });
    const [unit] = nodesNamed('工行抚顺雷锋支行');
    const expected = graph
      .filterInEdges(unit as string, (_e, a) => a.type === 'WORKS_AT')
      .map((e) => ({ person: nameOf(graph.source(e)), role: graph.getEdgeAttribute(e, 'role') ?? null }));
    expect(rows).toEqual(expected.sort((a, b) => a.person.localeCompare(b.person)));
  });

  it('honours-by-year: what 中国工商银行巴中分行 and 王建国 received', async () => {
    const bazhong = await query('honours-by-year.cypher', { name: '中国工商银行巴中分行' });
    // Gold: hon-wuyilaodongjiangzhuang, hon-dushuhuodongyouxiuzuzhidanwei, hon-youxiudanwei.
    expect(bazhong.map((r) => r['honour'])).toEqual(expect.arrayContaining(['五一劳动奖状', '读书活动优秀组织单位', '优秀单位']));
    const wang = await query('honours-by-year.cypher', { name: '王建国' });
    expect(wang.map((r) => r['honour'])).toEqual(expect.arrayContaining(['辽宁好人']));
    for (const [name, rows] of [['中国工商银行巴中分行', bazhong], ['王建国', wang]] as const) {
      const [key] = nodesNamed(name);
      const expected = graph.filterOutEdges(key as string, (_e, a) => a.type === 'RECEIVED').map((e) => nameOf(graph.target(e)));
      expect(rows.map((r) => r['honour']).sort()).toEqual(expected.sort());
      // Ordered by year, undated last.
      const years = rows.map((r) => r['year']);
      const dated = years.filter((y) => y !== null) as number[];
      expect(dated).toEqual([...dated].sort((a, b) => a - b));
      expect(years.slice(dated.length).every((y) => y === null)).toBe(true);
    }
  });

  it('hierarchy-under-bank: every unit under 中国工商银行, with its longest chain', async () => {
    const rows = await query('hierarchy-under-bank.cypher', { bank: '工行' });
    // Gold: br-sy-xianggongjie → br-shenyang → br-liaoning → icbc.
    expect(rows).toContainEqual({
      unit: '工行沈阳向工街支行',
      depth: 3,
      parent: '工行沈阳分行',
      chain: ['工行沈阳向工街支行', '工行沈阳分行', '中国工商银行辽宁省分行', '中国工商银行'],
    });
    // Exactly the branches with a PART_OF path to the bank in graph.json.
    const [bank] = nodesNamed('中国工商银行');
    const under = new Set<string>();
    const queue = [bank as string];
    while (queue.length > 0) {
      const node = queue.shift() as string;
      for (const e of graph.filterInEdges(node, (_e, a) => a.type === 'PART_OF')) {
        const child = graph.source(e);
        if (!under.has(child) && graph.getNodeAttribute(child, 'type') === 'Branch') {
          under.add(child);
          queue.push(child);
        }
      }
    }
    expect(rows.map((r) => r['unit']).sort()).toEqual([...under].map(nameOf).sort());
    for (const r of rows) expect((r['chain'] as string[]).at(-1)).toBe('中国工商银行');
  });

  it('shortest-path: from 王玉珍 to 中国工商银行', async () => {
    const rows = await query('shortest-path.cypher', { from: '王玉珍', to: '中国工商银行' });
    expect(rows).toHaveLength(1);
    const row = rows[0] as { hops: number; names: string[]; relationships: string[] };
    expect(row.names[0]).toBe('王玉珍');
    expect(row.names.at(-1)).toBe('中国工商银行');
    // Gold: 王玉珍 WORKS_AT 工行抚顺雷锋支行, which is PART_OF the bank (through 辽宁省分行 or directly).
    expect(row.names[1]).toBe('工行抚顺雷锋支行');
    expect(row.relationships[0]).toBe('WORKS_AT');
    // As short as a breadth-first search of graph.json says (same relationship types, either direction).
    const allowed = new Set(['PART_OF', 'WORKS_AT', 'RECEIVED', 'RUNS', 'LOCATED_IN', 'RENAMED']);
    const [from] = nodesNamed('王玉珍');
    const [to] = nodesNamed('中国工商银行');
    const dist = new Map<string, number>([[from as string, 0]]);
    const queue = [from as string];
    while (queue.length > 0) {
      const node = queue.shift() as string;
      graph.forEachEdge(node, (_e, a, s, t) => {
        const next = s === node ? t : s;
        if (allowed.has(a.type) && !dist.has(next)) {
          dist.set(next, (dist.get(node) as number) + 1);
          queue.push(next);
        }
      });
    }
    expect(row.hops).toBe(dist.get(to as string));
    expect(row.relationships).toHaveLength(row.hops);
  });

  it('k-shortest-paths: from 王玉珍 to 中国工商银行, as the viewer finds them', async () => {
    type PathRow = { path: number; hops: number; names: string[]; steps: Array<{ type: string; from: string; to: string; evidence: string[] }> };
    const rows = (await query('k-shortest-paths.cypher', { from: '王玉珍', to: '中国工商银行', k: 4 })) as PathRow[];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((r) => r.path)).toEqual(rows.map((_r, i) => i + 1));
    // Gold: 王玉珍 WORKS_AT 工行抚顺雷锋支行, which is PART_OF the bank (through 辽宁省分行 or directly).
    expect(rows[0]?.names.slice(0, 2)).toEqual(['王玉珍', '工行抚顺雷锋支行']);
    // The same lengths as the viewer's k shortest paths over graph.json (every relation but MENTIONS).
    const [from] = nodesNamed('王玉珍');
    const [to] = nodesNamed('中国工商银行');
    const viewer = kShortestPaths(graph, from as string, to as string, { k: 4, allowed: (e) => graph.getEdgeAttribute(e, 'type') !== 'MENTIONS' });
    expect(rows.map((r) => r.hops)).toEqual(viewer.map((p) => p.edges.length));
    for (const r of rows) {
      // No entity twice; each step a relation of graph.json between consecutive entities, with its evidence.
      expect(new Set(r.names).size).toBe(r.names.length);
      expect(r.steps).toHaveLength(r.hops);
      r.steps.forEach((step, i) => {
        expect([step.from, step.to].sort()).toEqual([r.names[i], r.names[i + 1]].sort());
        const edge = graph.findEdge((_e, a, s, t) => a.type === step.type && nameOf(s) === step.from && nameOf(t) === step.to);
        expect(edge, `${step.from} ${step.type} ${step.to}`).toBeDefined();
        expect(step.evidence.map((e) => (JSON.parse(e) as { sentence: string }).sentence)).toEqual(graph.getEdgeAttribute(edge as string, 'evidence').map((e) => e.sentence));
      });
    }
  });

  it('entities-shared-by-articles: what the two articles of 003 both mention', async () => {
    const a = '003_3e394cce71bbaa5f.txt#0';
    const b = '003_3e394cce71bbaa5f.txt#1';
    const rows = await query('entities-shared-by-articles.cypher', { a, b });
    const article = (suffix: string): string => graph.filterNodes((k, attrs) => attrs.type === 'Article' && k.endsWith(suffix))[0] as string;
    const mentioned = (art: string): Set<string> => new Set(graph.filterOutEdges(art, (_e, x) => x.type === 'MENTIONS').map((e) => graph.target(e)));
    const ma = mentioned(article(a));
    const shared = [...mentioned(article(b))].filter((n) => ma.has(n));
    expect(shared.length).toBeGreaterThan(0);
    expect(rows.map((r) => r['entity']).sort()).toEqual(shared.map(nameOf).sort());
    for (const r of rows) expect(graph.getNodeAttribute(nodesNamed(r['entity'] as string)[0] as string, 'type')).toBe(r['type']);
  });

  it('most-connected-units: ranked by their facts, 中国工商银行 first', async () => {
    const rows = await query('most-connected-units.cypher', { limit: 5 });
    expect(rows).toHaveLength(5);
    expect(rows[0]?.['unit']).toBe('中国工商银行');
    const degree = (key: string): number => graph.filterEdges(key, (_e, a) => a.type !== 'MENTIONS').length;
    for (const r of rows) {
      const [key] = nodesNamed(r['unit'] as string);
      expect(r['connections']).toBe(degree(key as string));
    }
    const connections = rows.map((r) => r['connections'] as number);
    expect(connections).toEqual([...connections].sort((x, y) => y - x));
    // Nothing left out ranks above the last row.
    const all = graph.filterNodes((_k, a) => a.type === 'Bank' || a.type === 'Branch').map(degree).sort((x, y) => y - x);
    expect(connections).toEqual(all.slice(0, 5));
  });

  it('programmes-by-units: 工行驿站 run by the most units', async () => {
    const rows = await query('programmes-by-units.cypher');
    expect(rows[0]?.['programme']).toBe('工行驿站');
    expect(rows).toHaveLength(graph.filterNodes((_k, a) => a.type === 'Programme').length);
    for (const r of rows) {
      const [key] = nodesNamed(r['programme'] as string);
      const runners = graph.filterInEdges(key as string, (_e, a) => a.type === 'RUNS').map((e) => nameOf(graph.source(e)));
      expect(r['units']).toBe(runners.length);
      expect(r['unit_names']).toEqual(runners.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    }
    const counts = rows.map((r) => r['units'] as number);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it('node counts by label in Neo4j equal graph.json\'s', async () => {
    const run = await cli('query', 'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label', '--format', 'json', ...connectionArgs());
    const expected: Record<string, number> = {};
    graph.forEachNode((_k, a) => void (expected[a.type] = (expected[a.type] ?? 0) + 1));
    expect(Object.fromEntries((JSON.parse(run.stdout) as Array<{ label: string; n: number }>).map((r) => [r.label, r.n]))).toEqual(expected);
  });
});
