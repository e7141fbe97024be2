/**
 * Exploring relations in a real browser, each feature driven as a person
 * would: paths between two entities (chosen by search and from a node's
 * panel) with their hops and evidence; the year range; colour by community
 * and its legend; relation filters; a copied URL restoring the view in a new
 * page, and Back stepping through what was looked at; the keyboard.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { ViewerServer } from '../../src/serve/index.js';
import { KEYS, makeTimelineGraph, makeTimelineGraphJson, SENTENCES } from '../fixtures/viewer-timeline.js';
import { graphDir, launchBrowser, openViewer, screenshot, serve, settled } from './browser.js';

let browser: Browser;
let server: ViewerServer;
let undatedServer: ViewerServer;
const fixture = makeTimelineGraphJson();
const PATH_COLOR = '#cf222e';

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(await graphDir(fixture));
  const undated = makeTimelineGraph();
  undated.forEachNode((k, a) => a.type === 'Article' && undated.removeNodeAttribute(k, 'date'));
  undated.forEachEdge((e, a) => a.year !== undefined && undated.removeEdgeAttribute(e, 'year'));
  undatedServer = await serve(await graphDir(undated.export()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await undatedServer?.close();
});

const pages: Page[] = [];
async function open(url = server.url): Promise<Page> {
  const p = await openViewer(browser, url);
  pages.push(p);
  return p;
}
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => undefined);
});

/** Types `text` into a search box and chooses the suggestion for `key` with the keyboard. */
async function choose(p: Page, input: Locator, text: string, key: string): Promise<void> {
  await input.fill(text);
  const list = p.locator(`#${await input.getAttribute('aria-controls')}`);
  const option = list.locator(`li[data-key="${key}"]`);
  await option.waitFor();
  const index = await list.locator('li').evaluateAll((items, k) => items.findIndex((li) => (li as HTMLElement).dataset['key'] === k), key);
  for (let i = 0; i <= index; i++) await input.press('ArrowDown');
  await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
  await input.press('Enter');
}

const nameOf = (p: Page) => p.locator('#panel .node-name').textContent();
const stats = async (p: Page, what: 'visible' | 'visible-edges') => Number(await p.locator('#stats').getAttribute(`data-${what}`));
const edgeDrawn = (p: Page, edge: string) => p.evaluate((e) => window.guanxi?.viewer.renderer?.getEdgeDisplayData(e), edge);
const nodeDrawn = (p: Page, node: string) => p.evaluate((n) => window.guanxi?.viewer.renderer?.getNodeDisplayData(n), node);
const edge = (type: string, s: string, t: string) => `${type}:${s}->${t}`;

describe('paths between two entities', () => {
  it('shows the k shortest, each hop with its relation and evidence, drawn over the graph', async () => {
    const p = await open();
    await choose(p, p.locator('#search-input'), '张伟', KEYS.zhangwei);
    await expect.poll(() => nameOf(p)).toBe('张伟');
    await p.locator('#panel .action-path-from').click();
    await expect.poll(() => p.locator('#path-from').inputValue()).toBe('张伟');
    // The keyboard is now in the other end.
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('path-to');
    await choose(p, p.locator('#path-to'), '刘洋', KEYS.liuyang);

    const summary = p.locator('#path-result .path-summary');
    await expect.poll(() => summary.getAttribute('data-paths')).toBe('3');
    expect(await p.locator('#path-result .path').evaluateAll((ps) => ps.map((x) => (x as HTMLElement).dataset['hops']))).toEqual(['4', '4', '5']);
    const third = p.locator('#path-result .path').nth(2);
    expect(await third.locator('.hop').evaluateAll((hs) => hs.map((h) => (h as HTMLElement).dataset['type']))).toEqual(['WORKS_AT', 'RUNS', 'RUNS', 'PART_OF', 'WORKS_AT']);
    expect(await third.locator('.hop .hop-line').first().textContent()).toBe('张伟 —WORKS_AT→ 工行大连沙河口支行 (客户经理)');
    expect(await third.locator('.hop .hop-line').nth(2).textContent()).toBe('普惠金融服务站 ←RUNS— 工行大连分行');
    // Each hop with its evidence: the sentence, the mention marked, under its article's title.
    const firstHop = third.locator('.hop').first();
    expect(await firstHop.locator('.sentence').textContent()).toBe(SENTENCES.s2021);
    expect(await firstHop.locator('.sentence mark').textContent()).toBe('张伟');
    expect(await firstHop.locator('.article-title').textContent()).toBe('张伟获评优秀员工');

    // On the graph: the paths' relations in the path colour, everything else's relations hidden.
    await expect.poll(async () => (await edgeDrawn(p, edge('WORKS_AT', KEYS.liuyang, KEYS.zhongshan)))?.color).toBe(PATH_COLOR);
    expect((await edgeDrawn(p, edge('RUNS', KEYS.dalian, KEYS.inclusive)))?.color).toBe(PATH_COLOR);
    expect((await edgeDrawn(p, edge('WORKS_AT', KEYS.zhaolei, KEYS.chengnan)))?.hidden).toBe(true);
    expect((await nodeDrawn(p, KEYS.collective))?.forceLabel).toBe(true);
    await screenshot(p, 'viewer-paths');

    // Singling out one path draws only it.
    await third.locator('.path-title').click();
    await expect.poll(async () => (await edgeDrawn(p, edge('RECEIVED', KEYS.zhongshan, KEYS.collective)))?.hidden).toBe(true);
    expect((await edgeDrawn(p, edge('RUNS', KEYS.dalian, KEYS.inclusive)))?.color).toBe(PATH_COLOR);

    // Fewer paths on request.
    await p.locator('#path-k').selectOption('1');
    await expect.poll(() => summary.getAttribute('data-paths')).toBe('1');
    expect(await p.locator('#path-result .path').getAttribute('data-hops')).toBe('4');
  });

  it('leaves MENTIONS out unless told otherwise', async () => {
    const p = await open();
    await p.locator('#path-open').click();
    await choose(p, p.locator('#path-from'), '张伟', KEYS.zhangwei);
    await choose(p, p.locator('#path-to'), '刘洋', KEYS.liuyang);
    await expect.poll(() => p.locator('#path-result .path').first().getAttribute('data-hops')).toBe('4');
    await p.locator('#paths .path-avoid input[data-relation="MENTIONS"]').uncheck();
    await expect.poll(() => p.locator('#path-result .path').first().getAttribute('data-hops')).toBe('2');
    expect(await p.locator('#path-result .path').first().locator('.hop-line').first().textContent()).toBe('张伟 ←MENTIONS— 中山支行荣获先进集体');
  });

  it('says so when there is no path', async () => {
    const p = await open();
    await p.locator('#path-open').click();
    await p.locator('#paths .path-avoid input[data-relation="LOCATED_IN"]').check();
    await choose(p, p.locator('#path-from'), '张伟', KEYS.zhangwei);
    await choose(p, p.locator('#path-to'), '赵磊', KEYS.zhaolei);
    await expect.poll(() => p.locator('#path-result .path-summary').textContent()).toBe('No path between 张伟 and 赵磊 without LOCATED_IN, MENTIONS.');
    expect(await p.evaluate(() => window.guanxi?.viewer.state.path)).toBeUndefined();
  });
});

describe('the year range', () => {
  it('hides the facts of other years, and lists a unit\'s honours and programmes by year', async () => {
    const p = await open();
    const received2023 = edge('RECEIVED', KEYS.zhongshan, KEYS.collective);
    const received2019 = edge('RECEIVED', KEYS.shahekou, KEYS.collective);
    expect(await p.locator('#years-label').textContent()).toBe('2019 – 2023');
    expect((await edgeDrawn(p, received2023))?.hidden).not.toBe(true);
    const edges = await stats(p, 'visible-edges');

    // 2019 only, with the keyboard: the upper thumb to its lowest value.
    await p.locator('#years-to').focus();
    await p.keyboard.press('Home');
    await expect.poll(() => p.locator('#years-label').textContent()).toBe('2019');
    await expect.poll(async () => (await edgeDrawn(p, received2023))?.hidden).toBe(true);
    expect((await edgeDrawn(p, received2019))?.hidden).not.toBe(true);
    expect((await nodeDrawn(p, KEYS.liuyang))?.hidden).toBe(true);
    // Facts without a year stay unless unticked.
    expect((await edgeDrawn(p, edge('LOCATED_IN', KEYS.dalian, KEYS.city)))?.hidden).not.toBe(true);
    expect(await stats(p, 'visible-edges')).toBeLessThan(edges);
    await p.locator('#years-undated').uncheck();
    await expect.poll(async () => (await edgeDrawn(p, edge('LOCATED_IN', KEYS.dalian, KEYS.city)))?.hidden).toBe(true);
    await screenshot(p, 'viewer-years');
    await p.locator('#years-reset').click();
    await expect.poll(() => stats(p, 'visible-edges')).toBe(edges);

    // The panel of 沙河口支行: its 2019 honour and its 2023 programme, by year.
    await choose(p, p.locator('#search-input'), '沙河口', KEYS.shahekou);
    const years = p.locator('#panel .by-year dt');
    await expect.poll(() => years.allTextContents()).toEqual(['2019', '2023']);
    expect(await p.locator('#panel .by-year dd').nth(0).textContent()).toBe('先进集体 RECEIVED');
    expect(await p.locator('#panel .by-year dd').nth(1).textContent()).toBe('普惠金融服务站 RUNS');
  });

  it('is not offered for a graph without any year', async () => {
    const p = await open(undatedServer.url);
    expect(await p.locator('#legend .legend-years').isHidden()).toBe(true);
    expect(await p.locator('#years-from').count()).toBe(0);
  });
});

describe('colour by community, and relation filters', () => {
  it('colours each community and lists the largest, named after their member of highest degree', async () => {
    const p = await open();
    const colourOf = async (n: string) => (await nodeDrawn(p, n))?.color;
    const before = await colourOf(KEYS.zhaolei);
    expect(await p.locator('#legend .legend-communities').isHidden()).toBe(true);
    // The entity network: no articles.
    await p.locator('#legend input[data-type="Article"]').uncheck();
    await p.locator('#colour-community').check();
    const items = p.locator('#legend .community-list li');
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.locator('.link').allTextContents()).toEqual(['农行大连分行', '工行大连分行', '张伟']);
    expect(await items.locator('.count').allTextContents()).toEqual(['8', '7', '2']);
    await expect.poll(() => colourOf(KEYS.zhaolei)).not.toBe(before);
    const swatches = await items.locator('.swatch').evaluateAll((s) => s.map((x) => getComputedStyle(x).backgroundColor));
    expect(new Set(swatches).size).toBe(3);
    // Members take their community's colour: 刘洋 with 工行大连分行, 孙丽 with 农行大连分行.
    expect(await colourOf(KEYS.liuyang)).toBe(await colourOf(KEYS.dalian));
    expect(await colourOf(KEYS.sunli)).toBe(await colourOf(KEYS.abcDalian));
    expect(await colourOf(KEYS.sunli)).not.toBe(await colourOf(KEYS.dalian));
    await screenshot(p, 'viewer-communities');
    // A community's name selects its leading member.
    await items.locator('.link').first().click();
    await expect.poll(() => nameOf(p)).toBe('农行大连分行');
    // Back to colour by type.
    await p.locator('#colour-type').check();
    await expect.poll(() => colourOf(KEYS.zhaolei)).toBe(before);
    expect(await p.locator('#legend .legend-communities').isHidden()).toBe(true);
  });

  it('hides a relation type', async () => {
    const p = await open();
    const mentions = fixture.edges.filter((e) => e.attributes?.type === 'MENTIONS').length;
    await p.locator('#legend input[data-relation="MENTIONS"]').uncheck();
    await expect.poll(() => stats(p, 'visible-edges')).toBe(fixture.edges.length - mentions);
    expect((await edgeDrawn(p, edge('MENTIONS', KEYS.a2019, KEYS.shahekou)))?.hidden).toBe(true);
    expect((await edgeDrawn(p, edge('PART_OF', KEYS.shahekou, KEYS.dalian)))?.hidden).not.toBe(true);
  });
});

describe('the view in the URL', () => {
  it('a copied URL opens the same selection, filters, colouring, years and path in a new page', async () => {
    const p = await open();
    await p.locator('#legend input[data-type="Article"]').uncheck();
    await p.locator('#legend input[data-relation="LOCATED_IN"]').uncheck();
    await p.locator('#colour-community').check();
    await p.locator('#years-from').focus();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => p.locator('#years-label').textContent()).toBe('2021 – 2023');
    await choose(p, p.locator('#search-input'), '中山支行', KEYS.zhongshan);
    await expect.poll(() => nameOf(p)).toBe('工行大连中山支行');
    await p.locator('#panel .action-path-to').click();
    await choose(p, p.locator('#path-from'), '张伟', KEYS.zhangwei);
    await expect.poll(() => p.locator('#path-result .path-summary').getAttribute('data-paths')).toBe('3');
    // The camera's position is written once it rests (here, once it has brought the paths into view).
    await expect
      .poll(() =>
        p.evaluate(() => {
          const camera = window.guanxi?.viewer.renderer?.getCamera();
          const cam = new URLSearchParams(location.hash.slice(1)).get('cam')?.split(',').map(Number);
          const state = camera?.getState();
          return !camera?.isAnimated() && cam !== undefined && state !== undefined && Math.abs((cam[0] ?? NaN) - state.x) < 1e-3 && Math.abs((cam[2] ?? NaN) - state.ratio) < 1e-3;
        }),
      )
      .toBe(true);
    const url = p.url();

    const q = await open(url);
    await expect.poll(() => q.evaluate(() => window.guanxi?.navigations)).toBeGreaterThan(0);
    expect(await nameOf(q)).toBe('工行大连中山支行');
    expect(await q.locator('#legend input[data-type="Article"]').isChecked()).toBe(false);
    expect(await q.locator('#legend input[data-relation="LOCATED_IN"]').isChecked()).toBe(false);
    expect(await q.locator('#colour-community').isChecked()).toBe(true);
    expect(await q.locator('#years-label').textContent()).toBe('2021 – 2023');
    expect(await q.locator('#path-from').inputValue()).toBe('张伟');
    expect(await q.locator('#path-to').inputValue()).toBe('工行大连中山支行');
    await expect.poll(() => q.locator('#path-result .path-summary').getAttribute('data-paths')).toBe('3');
    const view = (x: Page) =>
      x.evaluate(() => {
        const v = window.guanxi?.viewer;
        return { visible: v?.visibleNodes().sort(), selected: v?.state.selected, camera: v?.renderer?.getCamera().getState() };
      });
    const [a, b] = [await view(p), await view(q)];
    expect(b.visible).toEqual(a.visible);
    expect(b.selected).toBe(a.selected);
    for (const k of ['x', 'y', 'ratio'] as const) expect(b.camera?.[k]).toBeCloseTo(a.camera?.[k] ?? NaN, 3);
  });

  it('Back steps through what was looked at, Forward comes back', async () => {
    const p = await open();
    await choose(p, p.locator('#search-input'), '张伟', KEYS.zhangwei);
    await expect.poll(() => nameOf(p)).toBe('张伟');
    await p.locator('#panel button.link[data-key="' + KEYS.shahekou + '"]').first().click();
    await expect.poll(() => nameOf(p)).toBe('工行大连沙河口支行');
    await p.locator('#legend input[data-type="Person"]').uncheck();
    await expect.poll(() => p.evaluate(() => location.hash)).toContain('hide=Person');

    const navigated = async (action: () => Promise<unknown>) => {
      const n = await p.evaluate(() => window.guanxi?.navigations ?? 0);
      await action();
      await p.waitForFunction((before) => (window.guanxi?.navigations ?? 0) > before, n);
    };
    await navigated(() => p.goBack());
    expect(await p.locator('#legend input[data-type="Person"]').isChecked()).toBe(true);
    expect(await nameOf(p)).toBe('工行大连沙河口支行');
    await navigated(() => p.goBack());
    expect(await nameOf(p)).toBe('张伟');
    await navigated(() => p.goBack());
    expect(await p.locator('#panel').isHidden()).toBe(true);
    await navigated(() => p.goForward());
    expect(await nameOf(p)).toBe('张伟');
  });

  it('a neighbourhood is part of the view', async () => {
    const p = await open();
    await choose(p, p.locator('#search-input'), '刘洋', KEYS.liuyang);
    await p.locator('#panel .action-neighbourhood').click();
    // 刘洋, the branch, and the article that names him.
    await expect.poll(() => stats(p, 'visible')).toBe(3);
    const q = await open(p.url());
    await expect.poll(() => stats(q, 'visible')).toBe(3);
    expect(await q.locator('#neighbourhood').isHidden()).toBe(false);
  });
});

describe('the keyboard', () => {
  it('reaches the search, its suggestions, the panel\'s links and actions, with the focus always visible', async () => {
    const p = await open();
    const focused = () =>
      p.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        const style = e ? getComputedStyle(e) : undefined;
        return { id: e?.id, text: e?.textContent, outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '' };
      });
    // "/" from anywhere puts the keyboard in the search box.
    await p.locator('body').press('/');
    expect((await focused()).id).toBe('search-input');
    await p.keyboard.type('沙河口');
    const option = p.locator('#search-suggestions li').first();
    await option.waitFor();
    await p.keyboard.press('ArrowDown');
    // The active suggestion is announced and outlined.
    await expect.poll(() => p.locator('#search-input').getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.evaluate((li) => getComputedStyle(li).outlineStyle)).toBe('solid');
    await p.keyboard.press('Enter');
    await expect.poll(() => nameOf(p)).toBe('工行大连沙河口支行');

    // Tab on until a panel link, its focus visible, then follow it with Enter.
    let f = await focused();
    for (let i = 0; i < 40 && f.text !== '工行大连分行'; i++) {
      await p.keyboard.press('Tab');
      f = await focused();
    }
    expect(f.text).toBe('工行大连分行');
    expect(f.outline).toMatch(/^solid [1-9]/);
    await p.keyboard.press('Enter');
    await expect.poll(() => nameOf(p)).toBe('工行大连分行');
    // The keyboard follows into the new panel: the next Tab reaches its first action.
    await p.keyboard.press('Tab');
    expect((await focused()).text).toBe('Neighbourhood');
    await p.keyboard.press('Enter');
    await expect.poll(() => p.locator('#neighbourhood').isHidden()).toBe(false);
    await screenshot(p, 'viewer-keyboard');
    // Escape (outside a text field) lets go of the selection.
    await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await p.keyboard.press('Escape');
    await expect.poll(() => p.locator('#panel').isHidden()).toBe(true);
  });

  it('opens a page on a URL it cannot use without failing', async () => {
    const p = await open(`${server.url}#node=Person:nobody&from=x&to=y&k=abc&years=banana&cam=NaN,1,1&hide=Alien`);
    await settled(p);
    expect(await p.evaluate(() => document.body.dataset['status'])).toBe('ready');
    expect(await p.locator('#panel').isHidden()).toBe(true);
    expect((p as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
