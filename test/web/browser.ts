/**
 * Headless Chromium for the viewer's tests and benchmark: Debian's
 * chromium driven by playwright-core (never a downloaded browser), and a
 * viewer server on a free port for a graph directory.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { resolveServeSettings, startViewerServer, type Neo4jAccess, type ViewerServer } from '../../src/serve/index.js';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(import.meta.dirname, '..', '..', 'test-artifacts');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Writes `graph` (any JSON, or raw text) as graph.json in a fresh temporary directory. */
export async function graphDir(graph: unknown, rawText?: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'guanxi-viewer-'));
  if (rawText !== undefined) await fs.writeFile(path.join(dir, 'graph.json'), rawText);
  else if (graph !== undefined) await fs.writeFile(path.join(dir, 'graph.json'), JSON.stringify(graph));
  return dir;
}

export async function serve(dir: string, neo4j?: Neo4jAccess): Promise<ViewerServer> {
  return startViewerServer(resolveServeSettings({ dir, port: 0, neo4j: neo4j !== undefined }), neo4j);
}

/**
 * Opens the page and waits until it has settled: ready (drawn, and its data graph made: panel, search and
 * paths work), or a message.
 */
export async function openViewer(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(url);
  await settled(page);
  return page;
}

/** Waits until the page has left the loading and drawn states (see web/src/status.ts). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !['loading', 'drawn'].includes(document.body.dataset['status'] ?? 'loading'), undefined, { timeout: 60_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * How many pixels of the graph area differ from its white background,
 * counted by the page itself from a screenshot (the browser decodes the PNG).
 */
export async function inkedPixels(page: Page, selector = '#graph'): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if ((d[i] ?? 255) < 245 || (d[i + 1] ?? 255) < 245 || (d[i + 2] ?? 255) < 245) n++;
    return n;
  }, png.toString('base64'));
}
