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
    // Every label's characters are covered by the shipped font (no empty boxes).
    const labels = graph.nodes.map((n) => n.attributes?.title ?? n.attributes?.name ?? '').join('');
    expect(await page.evaluate((text) => document.fonts.check('13px "Noto Sans SC"', text), labels)).toBe(true);
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
});
