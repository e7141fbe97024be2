/**
 * The viewer on the project's own sample, built by `guanxi build` as
 * `npm start` does: every node of graph.json is drawn with its label, and a
 * node found by one of its aliases opens with its evidence.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { SerializedGuanxiGraph } from '../../src/graph/model.js';
import type { ViewerServer } from '../../src/serve/index.js';
import { inkedPixels, launchBrowser, openViewer, screenshot, serve } from './browser.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

let browser: Browser;
let server: ViewerServer;
let graph: SerializedGuanxiGraph;

beforeAll(async () => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'guanxi-sample-'));
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'bin', 'guanxi.js'), 'build', path.join(ROOT, 'data', 'sample'), '--out', out, '-q'], { cwd: ROOT });
  graph = JSON.parse(await fs.readFile(path.join(out, 'graph.json'), 'utf8')) as SerializedGuanxiGraph;
  browser = await launchBrowser();
  server = await serve(out);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the viewer on the built sample', () => {
  let page: Page;

  it('draws the whole graph: the node count in the page equals graph.json', async () => {
    page = await openViewer(browser, server.url);
    expect(await page.evaluate(() => document.body.dataset['status'])).toBe('ready');
    expect(graph.nodes.length).toBeGreaterThan(10);
    expect(Number(await page.locator('#stats').getAttribute('data-nodes'))).toBe(graph.nodes.length);
    expect(Number(await page.locator('#stats').getAttribute('data-edges'))).toBe(graph.edges.length);
    await page.waitForFunction(() => window.guanxi?.layout === 'idle', undefined, { timeout: 30_000 });
    expect(await inkedPixels(page)).toBeGreaterThan(10_000);
    // The characters of every label drawn are covered by the shipped font (no empty boxes).
    await page.waitForFunction(() => window.guanxi?.fontsReady === true);
    const drawn = await page.evaluate(() => {
      const v = window.guanxi?.viewer;
      return [...(v?.renderer?.getNodeDisplayedLabels() ?? [])].map((k) => v?.view?.display.getNodeAttribute(k, 'label') ?? '');
    });
    expect(drawn.length).toBeGreaterThan(10);
    expect(await page.evaluate((text) => document.fonts.check('13px "Noto Sans SC"', text), drawn.join(''))).toBe(true);
    await screenshot(page, 'viewer-sample');
  });

  it('finds a node by an alias and shows its evidence with the mention marked', async () => {
    // The first node with an alias and evidence whose mention is marked: whatever the extractor finds.
    const node = graph.nodes.find((n) => {
      const a = n.attributes;
      return a && a.type !== 'Article' && a.aliases.length > 0 && a.evidence[0]?.mention !== undefined;
    });
    expect(node).toBeDefined();
    const attrs = node?.attributes;
    if (!node || !attrs) return;
    const alias = attrs.aliases[0] ?? '';
    await page.locator('#search-input').fill(alias);
    const option = page.locator(`#search-suggestions li[data-key="${node.key.replace(/"/g, '\\"')}"]`);
    await option.dispatchEvent('mousedown');
    await expect.poll(() => page.locator('#panel .node-name').textContent()).toBe(attrs.name);
    const first = attrs.evidence[0];
    const sentence = page.locator('#panel .evidence .sentence').first();
    expect(await sentence.textContent()).toBe(first?.sentence);
    const [s, e] = first?.mention ?? [0, 0];
    expect(await sentence.locator('mark').textContent()).toBe(first?.sentence.slice(s, e));
    const article = graph.nodes.find((n) => n.key === first?.article)?.attributes?.title;
    if (article) expect(await page.locator('#panel .evidence .article-title').first().textContent()).toBe(article);
    await page.waitForTimeout(600); // the camera's move to the node
    await screenshot(page, 'viewer-sample-panel');
  });

  it('shows the shortest paths between two people of different branches, hop by hop with evidence', async () => {
    const p = await openViewer(browser, server.url);
    const key = (name: string) => graph.nodes.find((n) => n.attributes?.name === name)?.key ?? '';
    const [from, to] = [key('刘佳宁'), key('赵雪梅')];
    expect(from && to).toBeTruthy();
    await p.locator('#path-open').click();
    for (const [input, name, k] of [['#path-from', '刘佳宁', from], ['#path-to', '赵雪梅', to]] as const) {
      await p.locator(input).fill(name);
      await p.locator(`${input}-suggestions li[data-key="${k}"]`).dispatchEvent('mousedown');
    }
    const paths = p.locator('#path-result .path');
    await expect.poll(() => paths.count()).toBe(3);

    // As short as a breadth-first search of graph.json says, through anything but MENTIONS.
    const dist = new Map<string, number>([[from, 0]]);
    const queue = [from];
    while (queue.length > 0) {
      const node = queue.shift() as string;
      for (const e of graph.edges) {
        if (e.attributes?.type === 'MENTIONS' || (e.source !== node && e.target !== node)) continue;
        const next = e.source === node ? e.target : e.source;
        if (!dist.has(next)) {
          dist.set(next, (dist.get(node) as number) + 1);
          queue.push(next);
        }
      }
    }
    const first = paths.first();
    expect(Number(await first.getAttribute('data-hops'))).toBe(dist.get(to));
    // From the sample's texts: 刘佳宁 is a clerk at 雷锋支行, 赵雪梅 heads 向工街支行's 营业室.
    const lines = await first.locator('.hop-line').allTextContents();
    expect(lines[0]).toBe('刘佳宁 —WORKS_AT→ 工行抚顺雷锋支行 (储蓄员)');
    expect(lines.at(-1)).toBe('工行沈阳向工街支行营业室 ←WORKS_AT— 赵雪梅 (网点负责人)');
    // Every hop of every path is a relation of graph.json, with its evidence sentence.
    for (const hop of await p.locator('#path-result .hop').all()) {
      const [a, b] = await hop.locator('.hop-line button').evaluateAll((bs) => bs.map((x) => (x as HTMLElement).dataset['key']));
      const type = await hop.getAttribute('data-type');
      const e = graph.edges.find((x) => x.attributes?.type === type && ((x.source === a && x.target === b) || (x.source === b && x.target === a)));
      expect(e, `${a} ${type} ${b}`).toBeDefined();
      if (e?.attributes?.evidence[0]) expect(await hop.locator('.sentence').first().textContent()).toBe(e.attributes.evidence[0].sentence);
    }
    await screenshot(p, 'viewer-sample-paths');
    await p.close();
  });
});
