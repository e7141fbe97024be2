/**
 * The viewer's model, run in Node: the view a URL holds (round trip, and
 * nothing thrown for a URL it does not understand), the years of facts,
 * what a year range hides, and the communities (seeded: the same every
 * time, named after their member of highest degree).
 */
import { describe, expect, it } from 'vitest';
import { buildDisplayGraph } from '../../web/src/appearance.js';
import { detectCommunities } from '../../web/src/communities.js';
import { computeVisibility, emptyFilters } from '../../web/src/filters.js';
import { DEFAULT_SETTINGS } from '../../web/src/settings.js';
import { timeIndex, yearOf } from '../../web/src/time.js';
import { decodeState, encodeState, type UrlState } from '../../web/src/url-state.js';
import { makeViewerGraphJson } from '../fixtures/viewer-graph.js';
import { KEYS, makeTimelineGraph, makeTimelineGraphJson } from '../fixtures/viewer-timeline.js';

describe('the view in the URL', () => {
  it('decodes what it encodes', () => {
    const states: UrlState[] = [
      {},
      { node: 'Branch:工行大连沙河口支行' },
      {
        node: 'Person:张伟',
        focus: { center: 'Person:张伟', hops: 2 },
        path: { from: 'Person:张伟', to: 'Person:刘洋', k: 4, avoid: ['MENTIONS', 'AUTHORED'] },
        hiddenTypes: ['Article', 'Place'],
        hiddenRelations: ['MENTIONS'],
        colour: 'community',
        years: { from: 2019, to: 2021, undated: false },
        camera: { x: 0.25, y: 0.75, ratio: 0.5 },
      },
      // A path search with one end chosen and nothing left out.
      { path: { from: 'Person:张伟', k: 3, avoid: [] } },
      // Keys with the characters URLs treat specially.
      { node: 'Article:data/a b&c=d#1.txt#0' },
    ];
    for (const s of states) expect(decodeState(`#${encodeState(s)}`)).toEqual(s);
  });

  it('leaves out what it does not understand', () => {
    expect(decodeState('#k=99&from=Person:张伟')).toEqual({ path: { from: 'Person:张伟', k: 3, avoid: ['MENTIONS'] } });
    expect(decodeState('#years=20x9-2021&cam=1,2&colour=rainbow&hops=7&focus=')).toEqual({});
    expect(decodeState('#years=2023-2019')).toEqual({ years: { from: 2019, to: 2023, undated: true } });
    expect(decodeState('%%%')).toEqual({});
  });
});

describe('years of facts', () => {
  const graph = makeTimelineGraph();
  const time = timeIndex(graph);
  const edge = (type: string, s: string, t: string) => `${type}:${s}->${t}`;

  it('reads YYYY, YYYY-MM and YYYY-MM-DD', () => {
    expect([yearOf('2019-04-02'), yearOf('2021'), yearOf('2023-06'), yearOf('04/2019'), yearOf(undefined), yearOf(2020)]).toEqual([2019, 2021, 2023, undefined, undefined, 2020]);
  });

  it('takes a fact\'s own year, else its articles\' dates, else its article\'s date', () => {
    expect(time.edgeYears.get(edge('RECEIVED', KEYS.shahekou, KEYS.collective))).toEqual([2019]);
    expect(time.edgeYears.get(edge('RECEIVED', KEYS.zhongshan, KEYS.collective))).toEqual([2023]);
    // No year of its own: its evidence is from the 2021 article.
    expect(time.edgeYears.get(edge('RECEIVED', KEYS.zhangwei, KEYS.employee))).toEqual([2021]);
    // An article's MENTIONS: the article's date.
    expect(time.edgeYears.get(edge('MENTIONS', KEYS.a2023, KEYS.zhangwei))).toEqual([2023]);
    // Evidence only from the undated article, or none: no year.
    expect(time.edgeYears.has(edge('RUNS', KEYS.dalian, KEYS.inclusive))).toBe(false);
    expect(time.edgeYears.has(edge('LOCATED_IN', KEYS.dalian, KEYS.city))).toBe(false);
    expect(time.nodeYears.get(KEYS.shahekou)).toEqual([2019, 2021]);
    expect(time.bounds).toEqual({ min: 2019, max: 2023 });
  });

  it('has no bounds for a graph without dates', () => {
    const undated = makeTimelineGraph();
    undated.forEachNode((k, a) => a.type === 'Article' && undated.removeNodeAttribute(k, 'date'));
    undated.forEachEdge((e, a) => a.year !== undefined && undated.removeEdgeAttribute(e, 'year'));
    expect(timeIndex(undated).bounds).toBeUndefined();
  });

  it('a year range hides the facts of other years, and the entities left without any', () => {
    const display = buildDisplayGraph(makeTimelineGraphJson(), DEFAULT_SETTINGS);
    const { hiddenNodes, hiddenEdges } = computeVisibility(display, { ...emptyFilters(), years: { from: 2019, to: 2019, undated: true } }, time);
    expect(hiddenEdges.has(edge('RECEIVED', KEYS.zhongshan, KEYS.collective))).toBe(true);
    expect(hiddenEdges.has(edge('RECEIVED', KEYS.shahekou, KEYS.collective))).toBe(false);
    expect(hiddenEdges.has(edge('RUNS', KEYS.dalian, KEYS.inclusive))).toBe(false);
    expect([KEYS.liuyang, KEYS.zhongshan, KEYS.a2021, KEYS.a2023].every((n) => hiddenNodes.has(n))).toBe(true);
    expect([KEYS.shahekou, KEYS.collective, KEYS.a2019, KEYS.undated, KEYS.dalian].some((n) => hiddenNodes.has(n))).toBe(false);
    // Without undated facts, only what 2019 says is left: the honour, and the branch's place in the bank.
    const strict = computeVisibility(display, { ...emptyFilters(), years: { from: 2019, to: 2019, undated: false } }, time);
    expect(display.filterNodes((n) => !strict.hiddenNodes.has(n)).sort()).toEqual([KEYS.a2019, KEYS.collective, KEYS.shahekou, KEYS.dalian].sort());
    expect(display.filterEdges((e) => !strict.hiddenEdges.has(e)).sort()).toEqual(
      [edge('RECEIVED', KEYS.shahekou, KEYS.collective), edge('PART_OF', KEYS.shahekou, KEYS.dalian), edge('MENTIONS', KEYS.a2019, KEYS.shahekou), edge('MENTIONS', KEYS.a2019, KEYS.collective)].sort(),
    );
  });
});

describe('communities', () => {
  const display = buildDisplayGraph(makeTimelineGraphJson(), DEFAULT_SETTINGS);
  const entities = computeVisibility(display, { ...emptyFilters(), hiddenTypes: new Set(['Article']) }, undefined);

  it('are the same on every run, and name each after its member of highest degree', () => {
    const a = detectCommunities(display, entities, DEFAULT_SETTINGS);
    const b = detectCommunities(display, entities, DEFAULT_SETTINGS);
    expect([...a.byNode]).toEqual([...b.byNode]);
    expect(a.list.map((c) => c.name)).toEqual(b.list.map((c) => c.name));
    // The two banks' units never share a community; each bank's side is named after its Dalian branch.
    const icbc = a.byNode.get(KEYS.dalian);
    const abc = a.byNode.get(KEYS.abcDalian);
    expect(icbc).not.toBe(abc);
    expect([KEYS.zhongshan, KEYS.liuyang].map((n) => a.byNode.get(n))).toEqual([icbc, icbc]);
    expect([KEYS.chengnan, KEYS.zhaolei, KEYS.sunli].map((n) => a.byNode.get(n))).toEqual([abc, abc, abc]);
    expect(a.byNode.get(KEYS.zhangwei)).not.toBe(abc);
    expect(a.list.map((c) => c.name)).toEqual(expect.arrayContaining(['工行大连分行', '农行大连分行']));
    for (const c of a.list) {
      const members = [...a.byNode].filter(([, r]) => r === c.rank).map(([n]) => n);
      expect(members).toHaveLength(c.size);
      const degree = (n: string) => display.filterEdges(n, (e) => !entities.hiddenEdges.has(e)).length;
      expect(Math.max(...members.map(degree))).toBe(degree(c.leader));
    }
    // Largest first, each of the largest with its own colour.
    expect(a.list.map((c) => c.size)).toEqual([...a.list.map((c) => c.size)].sort((x, y) => y - x));
    expect(new Set(a.list.slice(0, 2).map((c) => c.color)).size).toBe(2);
    expect(a.list[0]?.color).toBe(DEFAULT_SETTINGS.communityColors[0]);
  });

  it('leave out what the filters hide', () => {
    const all = detectCommunities(display, computeVisibility(display, emptyFilters(), undefined), DEFAULT_SETTINGS);
    expect(all.byNode.has(KEYS.a2023)).toBe(true);
    expect(detectCommunities(display, entities, DEFAULT_SETTINGS).byNode.has(KEYS.a2023)).toBe(false);
  });

  it('work on a graph of one node and none at all', () => {
    const tiny = buildDisplayGraph({ nodes: [{ key: 'Bank:x', attributes: { type: 'Bank', name: 'x' } }], edges: [] }, DEFAULT_SETTINGS);
    expect(detectCommunities(tiny, computeVisibility(tiny, emptyFilters(), undefined), DEFAULT_SETTINGS).list).toHaveLength(1);
    const none = buildDisplayGraph({ nodes: [], edges: [] }, DEFAULT_SETTINGS);
    expect(detectCommunities(none, computeVisibility(none, emptyFilters(), undefined), DEFAULT_SETTINGS).list).toEqual([]);
  });
});

describe('the display graph', () => {
  it('is made from graph.json directly, with the keys of the data graph', () => {
    const json = makeViewerGraphJson();
    const display = buildDisplayGraph(json, DEFAULT_SETTINGS);
    expect(display.nodes()).toEqual(json.nodes.map((n) => n.key));
    expect(display.edges()).toEqual(json.edges.map((e) => e.key));
  });
});
