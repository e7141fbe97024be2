/**
 * The viewer in a real browser (Debian's chromium, headless): it draws the
 * graph, finds nodes by alias and by Traditional characters, opens the
 * panel with evidence, hides types, shows neighbourhoods, exports what is on
 * screen, explains missing or broken graphs, and never turns article text
 * into markup.
 */
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ViewerServer } from '../../src/serve/index.js';
import { synthetic } from '../../bench/viewer-graph.js';
import { makeViewerGraphJson, XSS_TITLE } from '../fixtures/viewer-graph.js';
import { graphDir, inkedPixels, launchBrowser, openViewer, screenshot, serve } from './browser.js';

const BRANCH = 'Branch:中国工商银行沈阳向工街支行';

let browser: Browser;
let server: ViewerServer;
let page: Page;
const fixture = makeViewerGraphJson();

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(await graphDir(fixture));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function freshPage(): Promise<Page> {
  await page?.close();
  page = await openViewer(browser, server.url);
  return page;
}

/** Waits for the automatic ForceAtlas2 run to finish. */
async function layoutDone(p: Page): Promise<void> {
  await p.waitForFunction(() => window.guanxi?.layout === 'idle' && (window.guanxi?.frames ?? 0) > 0, undefined, { timeout: 30_000 });
}

describe('the viewer on a small graph', () => {
  it('draws every node, and draws the labels again once the CJK font covering them is loaded', async () => {
    const p = await freshPage();
    expect(await p.evaluate(() => document.body.dataset['status'])).toBe('ready');
    await layoutDone(p);
    const nodes = await p.locator('#stats').getAttribute('data-nodes');
    expect(Number(nodes)).toBe(fixture.nodes.length);
    expect(Number(await p.locator('#stats').getAttribute('data-edges'))).toBe(fixture.edges.length);
    // Labels come out as characters only once the font covering them is there: sigma draws first with the
    // fallback, the page loads the font files of the labels drawn, and sigma draws them again.
    await p.waitForFunction(() => window.guanxi?.fontsReady === true);
    const drawn = await p.evaluate(() => {
      const v = window.guanxi?.viewer;
      return [...(v?.renderer?.getNodeDisplayedLabels() ?? [])].map((k) => v?.view?.display.getNodeAttribute(k, 'label') ?? '').join('');
    });
    expect(drawn).toContain('中国工商银行沈阳向工街支行');
    expect(await p.evaluate((text) => document.fonts.check('13px "Noto Sans SC"', text), drawn)).toBe(true);
    const frames = await p.evaluate(() => window.guanxi?.frames ?? 0);
    expect(frames).toBeGreaterThan(1);
    expect(await inkedPixels(p)).toBeGreaterThan(2000);
    await screenshot(p, 'viewer-fixture');
    expect((p as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('lays out deterministically: the same positions on every visit', async () => {
    const positions = async () => {
      const p = await freshPage();
      await layoutDone(p);
      return p.evaluate(() => window.guanxi?.viewer.view?.display.mapNodes((k, a) => `${k}:${a.x.toFixed(3)},${a.y.toFixed(3)}`));
    };
    const first = await positions();
    expect(first?.length).toBe(fixture.nodes.length);
    expect(await positions()).toEqual(first);
  });

  it('finds a branch by part of an alias and opens its panel with an evidence sentence', async () => {
    const p = await freshPage();
    await p.locator('#search-input').fill('向工');
    const first = p.locator('#search-suggestions li').first();
    await expect.poll(() => first.textContent()).toContain('中国工商银行沈阳向工街支行');
    await first.dispatchEvent('mousedown');
    await expect.poll(() => p.locator('#panel .node-name').textContent()).toBe('中国工商银行沈阳向工街支行');
    expect(await p.locator('#panel .aliases li').allTextContents()).toContain('工行沈阳向工街支行');
    const sentence = p.locator('#panel .evidence .sentence').first();
    expect(await sentence.textContent()).toBe('工行沈阳向工街支行网点负责人李敏荣获全国五一劳动奖章。');
    expect(await sentence.locator('mark').textContent()).toBe('工行沈阳向工街支行');
    expect(await p.locator('#panel .evidence .article-title').first().textContent()).toBe(XSS_TITLE);
    // Relations are grouped by type, each other end a link.
    expect(await p.locator('#panel .relations summary').allTextContents()).toEqual(
      expect.arrayContaining(['PART_OF → (1)', 'LOCATED_IN → (1)', '← WORKS_AT (1)']),
    );
    expect(await p.evaluate(() => window.guanxi?.viewer.state.selected)).toBe(BRANCH);
    await screenshot(p, 'viewer-search-panel');
  });

  it('finds Simplified names from Traditional input', async () => {
    const p = await freshPage();
    await p.locator('#search-input').fill('工商銀行');
    await expect.poll(() => p.locator('#search-suggestions li .name').allTextContents()).toContain('中国工商银行');
    await p.locator('#search-input').press('Enter');
    await expect.poll(() => p.locator('#panel .node-name').textContent()).toBe('中国工商银行');
  });

  it('follows a relation link in the panel', async () => {
    const p = await freshPage();
    await p.evaluate((k) => window.guanxi?.viewer.select(k), BRANCH);
    await p.locator('#panel button.link', { hasText: '沈阳' }).click();
    await expect.poll(() => p.locator('#panel .node-name').textContent()).toBe('沈阳');
  });

  it('hides and shows a type from the legend', async () => {
    const p = await freshPage();
    const persons = fixture.nodes.filter((n) => n.attributes?.type === 'Person').length;
    await p.locator('#legend input[data-type="Person"]').uncheck();
    expect(Number(await p.locator('#stats').getAttribute('data-visible'))).toBe(fixture.nodes.length - persons);
    const hidden = await p.evaluate(() => {
      const v = window.guanxi?.viewer;
      const sigma = v?.renderer;
      return v?.view?.display.filterNodes((_k, a) => a.kind === 'Person').map((k) => sigma?.getNodeDisplayData(k)?.hidden ?? 'not drawn');
    });
    expect(hidden).toEqual(Array(persons).fill(true));
    await p.locator('#legend input[data-type="Person"]').check();
    expect(Number(await p.locator('#stats').getAttribute('data-visible'))).toBe(fixture.nodes.length);
  });

  it('dims all but the neighbours on hover, and shows a neighbourhood on double-click', { timeout: 300_000 }, async () => {
    const p = await freshPage();
    await layoutDone(p);
    const at = await p.evaluate((k) => {
      const sigma = window.guanxi?.viewer.renderer;
      const d = sigma?.getNodeDisplayData(k);
      return d && sigma ? sigma.framedGraphToViewport(d) : undefined;
    }, BRANCH);
    expect(at).toBeDefined();
    const box = await p.locator('#graph').boundingBox();
    const x = (box?.x ?? 0) + (at?.x ?? 0);
    const y = (box?.y ?? 0) + (at?.y ?? 0);
    await p.mouse.move(x, y);
    await expect.poll(() => p.evaluate(() => window.guanxi?.viewer.state.hoveredNode)).toBe(BRANCH);
    const colours = await p.evaluate(() => {
      const sigma = window.guanxi?.viewer.renderer;
      return { far: sigma?.getNodeDisplayData('Bank:中国工商银行')?.color, near: sigma?.getNodeDisplayData('Person:李敏')?.color };
    });
    expect(colours.far).toBe('#e4e6e8');
    expect(colours.near).not.toBe('#e4e6e8');
    // The hovered node's edges show their type; the others are hidden.
    const edges = await p.evaluate((k) => {
      const v = window.guanxi?.viewer;
      const sigma = v?.renderer;
      return v?.view?.display.mapEdges((e, _a, s, t) => ({ touches: s === k || t === k, label: sigma?.getEdgeDisplayData(e)?.label, hidden: sigma?.getEdgeDisplayData(e)?.hidden }));
    }, BRANCH);
    expect(edges?.filter((e) => e.touches).map((e) => e.label).sort()).toEqual(['LOCATED_IN', 'MENTIONS', 'PART_OF', 'WORKS_AT']);
    expect(edges?.filter((e) => !e.touches).every((e) => e.hidden === true)).toBe(true);

    // The branch, its two PART_OF/LOCATED_IN ends, 李敏 and the article mentioning it. On a loaded machine
    // the two clicks can arrive too far apart to be a double-click, and the first one opens the panel, which
    // narrows the graph and moves the node: find it again and retry (it is idempotent) until it is. Sigma
    // forgets a first click after doubleClickTimeout (300 ms); the first click's own work (the panel) can
    // hold the page longer than that when the machine is busy, so every retry failed in a run beside the
    // benchmarks. What is tested is what a double-click does, not sigma's timing: give the pair time.
    await p.evaluate(() => window.guanxi?.viewer.renderer?.setSetting('doubleClickTimeout', 10_000));
    await expect
      .poll(async () => {
        const now = await p.evaluate((k) => {
          const sigma = window.guanxi?.viewer.renderer;
          const d = sigma?.getNodeDisplayData(k);
          return d && sigma ? sigma.framedGraphToViewport(d) : undefined;
        }, BRANCH);
        await p.mouse.dblclick((box?.x ?? 0) + (now?.x ?? 0), (box?.y ?? 0) + (now?.y ?? 0));
        return p.locator('#stats').getAttribute('data-visible');
      }, { timeout: 120_000, interval: 1_000 })
      .toBe('5');
    expect(await p.locator('#neighbourhood').isHidden()).toBe(false);
    await p.locator('#hops').selectOption('2');
    await expect.poll(async () => Number(await p.locator('#stats').getAttribute('data-visible'))).toBeGreaterThan(5);
    await screenshot(p, 'viewer-neighbourhood');
    await p.locator('#show-all').click();
    await expect.poll(() => p.locator('#stats').getAttribute('data-visible')).toBe(String(fixture.nodes.length));
  });

  it('shows names from articles as text, never as markup', async () => {
    const p = await freshPage();
    await p.locator('#search-input').fill('工行新闻');
    await p.locator('#search-input').press('Enter');
    await expect.poll(() => p.locator('#panel .node-name').textContent()).toBe(XSS_TITLE);
    await p.locator('#search-input').fill('王芳');
    await expect.poll(() => p.locator('#search-suggestions li .name').first().textContent()).toBe('<b>王芳</b>');
    await p.locator('#search-input').press('Enter');
    await expect.poll(() => p.locator('#panel .node-name').textContent()).toBe('<b>王芳</b>');
    expect(await p.locator('#panel .sentence mark').first().textContent()).toBe('<b>王芳</b>');
    expect(await p.locator('img, b').count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await screenshot(p, 'viewer-xss-as-text');
  });

  it('exports what is on screen as GraphML in the build form, and as PNG', async () => {
    const p = await freshPage();
    await layoutDone(p);
    await p.locator('#legend input[data-type="Article"]').uncheck();
    const [graphml] = await Promise.all([p.waitForEvent('download'), p.locator('#export-graphml').click()]);
    const xml = await fs.readFile(await graphml.path(), 'utf8');
    const articles = fixture.nodes.filter((n) => n.attributes?.type === 'Article').length;
    expect(xml.match(/<node /g)?.length).toBe(fixture.nodes.length - articles);
    expect(xml).toContain('<data key="labels">:Branch</data>');
    expect(xml).not.toContain(':Article');
    expect(xml).not.toMatch(/attr\.name="(x|y|size|color)"/);

    const [png] = await Promise.all([p.waitForEvent('download'), p.locator('#export-png').click()]);
    const bytes = await fs.readFile(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
  });

});

describe('the layout', () => {
  it('re-runs and stops from the toolbar', async () => {
    // A graph whose layout lasts long enough on any machine to be stopped half-way (the small one's takes
    // a fraction of a second).
    const s = await serve(await graphDir(synthetic(2000)));
    const p = await openViewer(browser, s.url);
    try {
      // The layout that starts on its own may have finished by now on a busy machine (its worker runs on while the
      // page waits for the processor, and its last positions arrive at once): stop it if it runs (force: the button is
      // disabled once the layout is done).
      await p.locator('#layout-stop').click({ force: true });
      expect(['stopped', 'idle']).toContain(await p.evaluate(() => window.guanxi?.layout));
      // Run, then stop, each read right after its click in the page, where no worker's message can come between.
      const states = await p.evaluate(() => {
        const seen: Array<string | undefined> = [];
        document.querySelector<HTMLButtonElement>('#layout-run')!.click();
        seen.push(window.guanxi?.layout);
        document.querySelector<HTMLButtonElement>('#layout-stop')!.click();
        seen.push(window.guanxi?.layout);
        return seen;
      });
      expect(states).toEqual(['running', 'stopped']);
      // And through the pointer, as a user does.
      await p.locator('#layout-run').click();
      expect(['running', 'idle']).toContain(await p.evaluate(() => window.guanxi?.layout));
      await p.locator('#layout-stop').click({ force: true });
      expect(['stopped', 'idle']).toContain(await p.evaluate(() => window.guanxi?.layout));
      expect(await p.locator('#layout-run').textContent()).toBe('Run layout');
    } finally {
      await p.close();
      await s.close();
    }
  });
});

describe('the viewer explains what it cannot show', () => {
  const cases: Array<{ name: string; write: () => Promise<string>; status: string; text: RegExp }> = [
    { name: 'a missing graph.json', write: () => graphDir(undefined), status: 'error', text: /graph\.json does not exist.*guanxi build/s },
    { name: 'graph.json that is not JSON', write: () => graphDir(undefined, '{"nodes": ['), status: 'error', text: /not valid JSON/ },
    { name: 'graph.json of the wrong shape', write: () => graphDir({ nodes: [{ key: 'a', attributes: { type: 'Alien' } }], edges: [] }), status: 'error', text: /not a guanxi graph.*unknown type/s },
    { name: 'an empty graph', write: () => graphDir({ attributes: {}, nodes: [], edges: [] }), status: 'empty', text: /empty.*no nodes/s },
  ];
  for (const c of cases) {
    it(`shows a message for ${c.name}`, async () => {
      const s = await serve(await c.write());
      const p = await openViewer(browser, s.url);
      try {
        expect(await p.evaluate(() => document.body.dataset['status'])).toBe(c.status);
        expect(await p.locator('#message').isVisible()).toBe(true);
        expect(await p.locator('#message').textContent()).toMatch(c.text);
        await screenshot(p, `viewer-message-${c.status}-${c.name.replace(/\W+/g, '-')}`);
      } finally {
        await p.close();
        await s.close();
      }
    });
  }
});
