/**
 * A CLI that starts at once (issue 9): bin/guanxi.js runs the compiled
 * dist/, and every command loads only what it uses. Loading nodejieba (and
 * its dictionaries) or neo4j-driver is most of a slow start, so which
 * packages a command loads is checked here; how fast it starts is measured
 * by `npm run bench` (a ratio to `node -e 0`), never timed in a test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PRELOAD = path.join(ROOT, 'test/fixtures/loaded-packages.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-startup-'));

function loaded(args: string[]): { code: number | null; packages: string[]; err: string } {
  const file = path.join(mkdtempSync(path.join(dir, 'run-')), 'packages.json');
  const r = spawnSync(process.execPath, ['--import', PRELOAD, path.join(ROOT, 'bin/guanxi.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GUANXI_LOADED_PACKAGES: file, NEO4J_URI: 'bolt://127.0.0.1:9' },
  });
  return { code: r.status, packages: JSON.parse(readFileSync(file, 'utf8')) as string[], err: r.stderr };
}

describe('what each command loads', () => {
  const out = path.join(dir, 'graph');
  const built = spawnSync(process.execPath, [path.join(ROOT, 'bin/guanxi.js'), 'build', 'data/sample', '--out', out, '-q'], { cwd: ROOT, encoding: 'utf8' });

  it('bin/guanxi.js runs the compiled dist/', () => {
    expect(built.status, built.stderr).toBe(0);
    expect(readFileSync(path.join(ROOT, 'bin/guanxi.js'), 'utf8')).toContain("'../dist/cli/main.js'");
  });

  for (const args of [['--help'], ['build', '--help'], ['query', '--help'], ['load', '--help'], ['serve', '--help'], ['export', '--help'], ['eval', '--help']]) {
    it(`guanxi ${args.join(' ')}: neither nodejieba nor neo4j-driver`, () => {
      const r = loaded(args);
      expect(r.code, r.err).toBe(0);
      expect(r.packages).not.toContain('nodejieba');
      expect(r.packages).not.toContain('neo4j-driver');
    });
  }

  it('guanxi eval and export of a built graph: neither nodejieba nor neo4j-driver', () => {
    const e = loaded(['eval', '--graph', path.join(out, 'graph.graphml'), '--gold', 'data/sample.gold.json']);
    expect(e.code, e.err).toBe(0);
    const x = loaded(['export', out, '--out', path.join(dir, 'sample.graphml')]);
    expect(x.code, x.err).toBe(0);
    for (const r of [e, x]) expect(r.packages.filter((p) => p === 'nodejieba' || p === 'neo4j-driver')).toEqual([]);
  });

  it('guanxi query and load: the driver, never nodejieba', () => {
    const q = loaded(['query', 'RETURN 1']);
    // Port 9 has no Neo4j: the command fails to connect, after loading what it needs.
    expect(q.err).toContain('cannot reach Neo4j');
    expect(q.packages).toContain('neo4j-driver');
    expect(q.packages).not.toContain('nodejieba');
    const l = loaded(['load', out, '--retry-seconds', '1']);
    expect(l.packages).toContain('neo4j-driver');
    expect(l.packages).not.toContain('nodejieba');
  });

  it('guanxi build with workers: the main thread never loads nodejieba (the workers do)', () => {
    const r = loaded(['build', 'data/sample', '--out', path.join(dir, 'again'), '-j', '2', '--full', '-q']);
    expect(r.code, r.err).toBe(0);
    expect(r.packages).not.toContain('nodejieba');
    expect(r.packages).not.toContain('neo4j-driver');
  }, 600_000);

  it('guanxi serve without --neo4j: neither nodejieba nor neo4j-driver', async () => {
    const file = path.join(dir, 'serve.json');
    writeFileSync(file, '[]');
    const child = spawn(process.execPath, ['--import', PRELOAD, path.join(ROOT, 'bin/guanxi.js'), 'serve', out, '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, GUANXI_LOADED_PACKAGES: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes('guanxi viewer:')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code} before listening`)));
    });
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
    const packages = JSON.parse(readFileSync(file, 'utf8')) as string[];
    // The preload wrote the list (commander is loaded through the CommonJS loader by every command).
    expect(packages).toContain('commander');
    expect(packages).not.toContain('nodejieba');
    expect(packages).not.toContain('neo4j-driver');
  }, 600_000);
});
