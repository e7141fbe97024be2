/**
 * Sharded builds loaded into one graph (issue 10): two halves of a corpus,
 * built apart and loaded into one database, give the graph of the whole
 * build except for what docs/neo4j.md ("Sharded builds") lists; and the
 * corpus-wide pass (`guanxi load --corpus-links`) removes the PART_OF to a
 * province branch that a shard gave but the whole corpus does not.
 */
import { cp, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeKey } from '../../src/graph/keys.js';
import { createGraph, type GuanxiGraph } from '../../src/graph/model.js';
import { readDatabase } from '../../src/query/subgraph.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { MAX_EVIDENCE } from '../../src/resolve/file/index.js';
import { isShortFormOf, unitSuffixRun } from '../../src/resolve/names.js';
import { addEdge, addNode, evidence } from './fixtures.js';
import { CORPUS, cli, connectionArgs, graphDir, rows, spawnCli, testConnection, testDriver, wipe } from './helpers.js';

let driver: Driver;
beforeAll(async () => {
  driver = await testDriver();
});
afterAll(async () => {
  await driver.close();
});

async function build(cwd: string, inputs: string[], out: string): Promise<string> {
  // Built from the same folder, so files (and article keys) are named alike in every build.
  const run = await spawnCli(['build', ...inputs.map((i) => join(cwd, i)), '--out', join(cwd, out), '-q']);
  expect(run.code, run.stderr).toBe(0);
  return join(cwd, out);
}

async function loaded(...dirs: string[]): Promise<GuanxiGraph> {
  await wipe(driver);
  for (const dir of dirs) expect((await cli('load', dir, ...connectionArgs())).code).toBe(0);
  const links = await cli('load', '--corpus-links', ...connectionArgs());
  expect(links.code).toBe(0);
  return (await readDatabase(driver, testConnection().database)).graph;
}

const branchCore = (key: string): string => key.slice(key.indexOf('|') + 1);
const bankOf = (key: string): string => key.slice('Branch:'.length, key.indexOf('|'));

describe('two halves of a corpus, loaded into one database', () => {
  it('give the whole build\'s graph, except what the docs list', async () => {
    const root = await mkdtemp(join(tmpdir(), 'guanxi-shards-'));
    const files = [
      ...(await readdir(CORPUS)).map((f) => join(CORPUS, f)),
      ...(await readdir('data/sample')).map((f) => join('data/sample', f)),
    ].sort();
    await mkdir(join(root, 'a'));
    await mkdir(join(root, 'b'));
    for (const [i, f] of files.entries()) await cp(f, join(root, i % 2 === 0 ? 'a' : 'b', f.split('/').pop() as string));
    const whole = await loaded(await build(root, ['a', 'b'], 'whole'));
    const union = await loaded(await build(root, ['a'], 'out-a'), await build(root, ['b'], 'out-b'));

    // 1. A branch named in one half only by a short form (向工支行) whose full name (沈阳向工街支行) is in
    //    the other half stays a node of its own, with its relationships.
    const suffixes = unitSuffixRun(loadLexicon().units);
    const shortForms = new Map<string, string>();
    for (const key of union.nodes().filter((k) => !whole.hasNode(k))) {
      expect(key.startsWith('Branch:'), key).toBe(true);
      const full = whole.filterNodes((k, a) => a.type === 'Branch' && bankOf(k) === bankOf(key) && isShortFormOf(branchCore(key), branchCore(k), suffixes));
      expect(full, key).toHaveLength(1);
      shortForms.set(key, full[0]);
    }
    expect(whole.nodes().filter((k) => !union.hasNode(k))).toEqual([]);
    const toFull = (k: string): string => shortForms.get(k) ?? k;
    // 2. A PART_OF by place or by the article's province branch needs the two branches to share an article,
    //    which the whole build looks for among each branch's first MAX_EVIDENCE evidence items only: a
    //    half, with fewer items per branch, can find a shared article the whole build missed.
    const capped = (key: string): boolean => whole.hasNode(key) && whole.getNodeAttribute(key, 'evidence').length >= MAX_EVIDENCE;
    const byPlace = new Set(['part_of.city-branch', 'part_of.province-branch', 'part_of.article-province-branch']);
    for (const e of union.edges().filter((k) => !whole.hasEdge(k))) {
      if (shortForms.has(union.source(e)) || shortForms.has(union.target(e))) continue;
      const { type, rule } = union.getEdgeAttributes(e);
      expect(type === 'PART_OF' && byPlace.has(rule) && (capped(union.source(e)) || capped(union.target(e))), e).toBe(true);
    }
    for (const e of whole.edges().filter((k) => !union.hasEdge(k))) {
      const type = whole.getEdgeAttribute(e, 'type');
      const moved = union.edges().some((u) => union.getEdgeAttribute(u, 'type') === type && toFull(union.source(u)) === whole.source(e) && toFull(union.target(u)) === whole.target(e));
      expect(moved, e).toBe(true);
    }

    // 3. Everything both hold is the same, but for mentions and evidence (each half's own, capped),
    //    and the aliases a short form brings to its full name.
    const absorbed = new Set(shortForms.values());
    const rest = (a: object): Record<string, unknown> =>
      Object.fromEntries(Object.entries(a).filter(([k]) => !['mentions', 'evidence', 'aliases'].includes(k)));
    for (const key of whole.nodes().filter((k) => union.hasNode(k))) {
      expect(rest(union.getNodeAttributes(key)), key).toEqual(rest(whole.getNodeAttributes(key)));
      const [w, u] = [whole.getNodeAttribute(key, 'aliases'), union.getNodeAttribute(key, 'aliases')];
      if (absorbed.has(key)) expect(w, key).toEqual(expect.arrayContaining(u));
      else expect([...u].sort(), key).toEqual([...w].sort());
    }
    for (const key of whole.edges().filter((k) => union.hasEdge(k))) {
      expect(rest(union.getEdgeAttributes(key)), key).toEqual(rest(whole.getEdgeAttributes(key)));
    }
  }, 600_000);
});

describe('guanxi load --corpus-links', () => {
  interface ShardIds {
    bank: string;
    liaoning: string;
    jilin: string;
    shenyang: string;
    article: string;
  }
  /** One shard's graph: a bank with two province branches and a city branch, and `units`. */
  function shard(name: string, build: (g: GuanxiGraph, ids: ShardIds) => void): GuanxiGraph {
    const g = createGraph();
    const ev = [evidence(`Article:${name}`, '工行辽宁省分行。')];
    const ids: ShardIds = {
      bank: addNode(g, 'Bank', '中国工商银行', { evidence: ev }),
      liaoning: addNode(g, 'Branch', '中国工商银行|辽宁分行', { name: '工行辽宁省分行', bank: '中国工商银行', evidence: ev }),
      jilin: addNode(g, 'Branch', '中国工商银行|吉林分行', { name: '工行吉林省分行', bank: '中国工商银行', evidence: ev }),
      shenyang: addNode(g, 'Branch', '中国工商银行|沈阳分行', { name: '工行沈阳分行', bank: '中国工商银行', evidence: ev }),
      article: addNode(g, 'Article', name, { title: name, file: `${name}.txt`, index: 0, evidence: [] }),
    };
    build(g, ids);
    return g;
  }
  const unit = (g: GuanxiGraph, core: string): string => addNode(g, 'Branch', `中国工商银行|${core}`, { name: `工行${core}`, bank: '中国工商银行', evidence: [evidence('Article:x', core)] });
  const byArticle = (g: GuanxiGraph, from: string, to: string): string => addEdge(g, 'PART_OF', from, to, { rule: 'part_of.article-province-branch', confidence: 0.6 });
  const mentions = (g: GuanxiGraph, article: string, ...ids: string[]): void => ids.forEach((id) => addEdge(g, 'MENTIONS', article, id, { rule: 'mentions.article' }));

  it('removes the PART_OF to a province branch the whole corpus would not give, and keeps the others', async () => {
    const a = shard('a', (g, k) => {
      for (const core of ['雷锋支行', '和平支行', '太原街支行', '中山支行']) {
        const u = unit(g, core);
        byArticle(g, u, k.liaoning);
        mentions(g, k.article, u, k.liaoning);
      }
    });
    const b = shard('b', (g, k) => {
      // 雷锋支行 has a parent in this shard; 和平支行 is placed under another province branch here;
      // 太原街支行 is named with two province branches here (so this shard gave it no such parent).
      const leifeng = unit(g, '雷锋支行');
      addEdge(g, 'PART_OF', leifeng, k.shenyang, { rule: 'part_of.city-branch', confidence: 0.8 });
      const heping = unit(g, '和平支行');
      byArticle(g, heping, k.jilin);
      mentions(g, k.article, heping, k.jilin);
      mentions(g, k.article, unit(g, '太原街支行'), k.liaoning, k.jilin);
    });
    await wipe(driver);
    for (const g of [a, b]) expect((await cli('load', await graphDir(g), ...connectionArgs())).code).toBe(0);
    const run = await cli('load', '--corpus-links', ...connectionArgs());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('corpus links: 4 of the PART_OF to a province branch named in the same articles removed (4 units checked)');
    const parents = await rows<{ unit: string; parent: string; rule: string }>(
      driver,
      'MATCH (u:Branch)-[r:PART_OF]->(p:Branch) RETURN u.id AS unit, p.id AS parent, r.rule AS rule ORDER BY unit, parent',
    );
    const key = (core: string): string => nodeKey('Branch', `中国工商银行|${core}`);
    expect(parents).toEqual([
      { unit: key('中山支行'), parent: key('辽宁分行'), rule: 'part_of.article-province-branch' },
      { unit: key('雷锋支行'), parent: key('沈阳分行'), rule: 'part_of.city-branch' },
    ]);
    // Running it again changes nothing.
    expect((await cli('load', '--corpus-links', ...connectionArgs())).stdout).toContain('corpus links: 0 of');
  });
});
