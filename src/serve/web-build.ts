/**
 * Makes sure the viewer's production build (web/dist) exists and is newer
 * than its sources, building it with Vite when it is not. Users never need a
 * dev server; `guanxi serve` and the test setup both call this.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ExitCode, UserError } from '../base/errors.js';
import { PACKAGE_ROOT, WEB_DIR, WEB_DIST } from './paths.js';

/** Sources the bundle is made from (the web app imports the GraphML writer and the graph model). */
const SOURCES = ['web/index.html', 'web/vite.config.ts', 'web/src', 'src/export/graphml.ts', 'src/graph'];
const STAMP = path.join(WEB_DIST, 'index.html');

export type WebBuildState = { type: 'fresh' } | { type: 'missing' } | { type: 'stale'; newest: string };

export async function webBuildState(): Promise<WebBuildState> {
  const built = await mtime(STAMP);
  if (built === undefined) return { type: 'missing' };
  let newest = { file: '', time: 0 };
  for (const rel of SOURCES) {
    for (const file of await walk(path.join(PACKAGE_ROOT, rel))) {
      const t = (await mtime(file)) ?? 0;
      if (t > newest.time) newest = { file, time: t };
    }
  }
  return newest.time > built ? { type: 'stale', newest: path.relative(PACKAGE_ROOT, newest.file) } : { type: 'fresh' };
}

/**
 * Builds web/dist when it is missing or stale. `log` receives one line when a
 * build happens. Returns whether it built.
 */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<boolean> {
  const state = await webBuildState();
  if (state.type === 'fresh') return false;
  // Without the sources (a trimmed install) a stale build is still usable.
  if (state.type === 'stale' && !(await exists(path.join(WEB_DIR, 'src')))) return false;
  log(state.type === 'missing' ? 'building the viewer (web/dist)…' : `rebuilding the viewer (${state.newest} changed)…`);
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    if (state.type === 'stale') return false;
    throw new UserError('the viewer is not built and Vite is not installed: run `npm ci && npm run web:build`', ExitCode.Failure);
  }
  await vite.build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

async function mtime(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return (await mtime(file)) !== undefined;
}

async function walk(p: string): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(p);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [p];
  const out: string[] = [];
  for (const entry of await fs.readdir(p)) out.push(...(await walk(path.join(p, entry))));
  return out;
}
