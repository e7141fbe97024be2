/**
 * `guanxi serve` when the viewer's bundle (web/dist) cannot be built: Vite
 * missing, the build failing, or a web/dist cut short. It must never serve an
 * old or broken page silently: an old but whole build is served with one
 * warning line, no usable build stops with one line and the cause.
 *
 * Each case runs the real command from a copy of the package (its own src/,
 * web/ and web/dist, node_modules linked package by package), so that Vite can
 * be taken away or a source broken without touching the worktree's own.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeViewerGraphJson } from '../fixtures/viewer-graph.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let base: string;
let graphDir: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'guanxi-webbuild-'));
  graphDir = path.join(base, 'graph');
  await mkdir(graphDir);
  // A graph to serve, so that what serve says is about the viewer alone.
  await writeFile(path.join(graphDir, 'graph.json'), JSON.stringify(makeViewerGraphJson()));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A copy of the package in a new folder, with or without Vite among its node_modules. */
async function copyPackage(name: string, withVite: boolean): Promise<string> {
  const root = path.join(base, name);
  for (const dir of ['bin', 'src', 'web', 'cypher', 'dict', 'neo4j']) {
    await cp(path.join(ROOT, dir), path.join(root, dir), { recursive: true, preserveTimestamps: true, filter: (p) => !p.endsWith('cp.txt') });
  }
  for (const file of ['package.json', 'tsconfig.json']) await cp(path.join(ROOT, file), path.join(root, file), { preserveTimestamps: true });
  await mkdir(path.join(root, 'node_modules'));
  for (const entry of await readdir(path.join(ROOT, 'node_modules'))) {
    if (entry.startsWith('.') || (entry === 'vite' && !withVite)) continue;
    await symlink(path.join(ROOT, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  return root;
}

/** A source of the viewer made newer than the build. */
async function touchSource(root: string): Promise<void> {
  const later = new Date(Date.now() + 60_000);
  await utimes(path.join(root, 'web', 'src', 'main.ts'), later, later);
}

/**
 * Runs `guanxi serve` from `root` until it prints its address (then asks for
 * the page and stops it) or exits on its own. Returns its exit code (null
 * when it served and was stopped), stderr and the page's status.
 */
function serve(root: string): Promise<{ code: number | null; stderr: string; page: number | undefined }> {
  // The copy runs its sources through tsx (GUANXI_SOURCES=1): it holds src/, not a compiled dist/.
  const child = spawn(process.execPath, [path.join(root, 'bin', 'guanxi.js'), 'serve', graphDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GUANXI_SOURCES: '1' } });
  let out = '';
  let err = '';
  let page: number | undefined;
  let asked = false;
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    out += c;
    const m = /guanxi viewer: (http:\/\/\S+\/)/.exec(out);
    if (m?.[1] && !asked) {
      asked = true;
      void fetch(m[1])
        .then((r) => (page = r.status))
        .finally(() => child.kill('SIGINT'));
    }
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code: asked ? null : code, stderr: err, page })));
}

const guanxiLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.trim() !== '');

describe('guanxi serve when the viewer cannot be built', () => {
  it('serves an old but whole build with one warning line when Vite is missing', async () => {
    const root = await copyPackage('stale-no-vite', false);
    await touchSource(root);
    const r = await serve(root);
    expect(r.page).toBe(200);
    const lines = guanxiLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^guanxi: warning: serving an old build of the viewer \(older than web\/src\/main\.ts\): Vite is not installed; run `npm ci && npm run web:build`$/);
  }, 300_000);

  it('stops with one line when web/dist is cut short (a file index.html names is gone) and Vite is missing', async () => {
    const root = await copyPackage('incomplete-no-vite', false);
    const html = await readFile(path.join(root, 'web', 'dist', 'index.html'), 'utf8');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    await rm(path.join(root, 'web', 'dist', script as string));
    const r = await serve(root);
    expect(r.page).toBeUndefined();
    expect(r.code).toBe(1);
    expect(guanxiLines(r.stderr)).toEqual([
      `guanxi: the viewer's build is incomplete (web/dist/${script as string} is missing) and cannot be built: Vite is not installed; run \`npm ci && npm run web:build\``,
    ]);
  }, 300_000);

  it('stops with one line when there is no build and Vite is missing', async () => {
    const root = await copyPackage('missing-no-vite', false);
    await rm(path.join(root, 'web', 'dist'), { recursive: true });
    const r = await serve(root);
    expect(r.code).toBe(1);
    expect(guanxiLines(r.stderr)).toEqual(['guanxi: the viewer is not built and cannot be built: Vite is not installed; run `npm ci && npm run web:build`']);
  }, 300_000);

  it('serves the old build with one warning line, naming the cause, when the rebuild fails', async () => {
    const root = await copyPackage('build-fails', true);
    const main = path.join(root, 'web', 'src', 'main.ts');
    await writeFile(main, `${await readFile(main, 'utf8')}\nconst broken = ;\n`);
    await touchSource(root);
    const r = await serve(root);
    expect(r.page).toBe(200);
    const lines = guanxiLines(r.stderr);
    expect(lines[0]).toBe('guanxi: rebuilding the viewer (web/src/main.ts changed)…');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^guanxi: warning: serving an old build of the viewer \(older than web\/src\/main\.ts\): the build failed: Unexpected token \(web\/src\/main\.ts:\d+:\d+\); run `npm run web:build` for the whole report$/);
    // The old build is still whole: the page and its script are there.
    expect(await readdir(path.join(root, 'web', 'dist', 'assets'))).not.toHaveLength(0);
  }, 600_000);
});
