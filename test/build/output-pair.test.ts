/**
 * graph.json and graph.graphml are published as a pair: a rebuild
 * interrupted by SIGINT at any moment of its write phase leaves the old pair
 * or the new one (never one of each) and no temporaries; a run killed with
 * SIGKILL may leave a temporary, which the next run removes; an --out that
 * cannot be written is refused before anything is read. Real `guanxi build`
 * processes, real signals.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSynthCorpus } from '../../bench/synth.js';
import { STORE_DIR } from '../../src/cli/commands/build.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/guanxi.js');

function tmp(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `guanxi-${name}-`));
}

function build(input: string, out: string): { code: number | null; err: string } {
  const r = spawnSync(process.execPath, [BIN, 'build', input, '--out', out, '-q'], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, err: r.stderr };
}

function hash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function pair(out: string): string {
  return `${hash(path.join(out, 'graph.json'))} ${hash(path.join(out, 'graph.graphml'))}`;
}

/** Every path under `dir` with its inode (symbolic links not followed), so that a replaced file counts as a change. */
function snapshot(dir: string): string {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const e of entries.sort()) {
      const p = path.join(d, e);
      // The writability check's probe lives for microseconds, before the build: not the write phase.
      if (e.startsWith('.guanxi-write-test-')) continue;
      // The build store is written while files are processed, before the write phase this watches for.
      if (d === dir && e === STORE_DIR) continue;
      const s = lstatSync(p, { throwIfNoEntry: false });
      out.push(`${path.relative(dir, p)}:${s?.ino ?? 'gone'}`);
      if (s?.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.join('\n');
}

/** Starts `guanxi build INPUT --out OUT`, sends `signal` as soon as anything under OUT changes, and waits for the exit. */
async function interruptWrite(input: string, out: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string; changed: boolean }> {
  const before = snapshot(out);
  const child = spawn(process.execPath, [BIN, 'build', input, '--out', out, '-q'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, sig) => done({ code, signal: sig })));
  let running = true;
  void exited.then(() => (running = false));
  let changed = false;
  while (running) {
    if (snapshot(out) !== before) {
      changed = true;
      child.kill(signal);
      break;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  return { ...(await exited), err, changed };
}

/** What the output folder holds besides the pair and the one published generation (temporaries would show here). */
function leftovers(out: string): string[] {
  // The build store belongs in --out too (it is what a rebuild reuses).
  const extra = readdirSync(out).filter((n) => !['graph.json', 'graph.graphml', '.guanxi-output', STORE_DIR].includes(n));
  const store = path.join(out, '.guanxi-output');
  if (!existsSync(store)) return extra;
  const published = path.basename(readlinkSync(path.join(store, 'current')));
  return [...extra, ...readdirSync(store).filter((n) => n !== 'current' && n !== published).map((n) => `.guanxi-output/${n}`)];
}

describe('the output pair', () => {
  let small: string;
  let large: string;
  let base: string;
  let oldPair: string;
  let newPair: string;

  beforeAll(() => {
    small = tmp('pair-small');
    writeSynthCorpus(small, 3, 2);
    large = tmp('pair-large');
    // Large enough that writing the pair takes a while (a few MB of JSON and GraphML).
    writeSynthCorpus(large, 40, 1);
    base = path.join(tmp('pair-base'), 'out');
    expect(build(small, base).code).toBe(0);
    oldPair = pair(base);
    const reference = path.join(tmp('pair-reference'), 'out');
    expect(build(large, reference).code).toBe(0);
    newPair = pair(reference);
    expect(newPair).not.toBe(oldPair);
  }, 600_000);

  it('a rebuild interrupted (SIGINT) while writing leaves the old pair or the new one, and no temporaries', async () => {
    const out = path.join(tmp('pair-sigint'), 'out');
    cpSync(base, out, { recursive: true, verbatimSymlinks: true });
    const run = await interruptWrite(large, out, 'SIGINT');
    expect(run.changed, run.err).toBe(true);
    expect([oldPair, newPair]).toContain(pair(out));
    expect(leftovers(out)).toEqual([]);
    expect(run.err).not.toMatch(/\n\s+at /);
    // Stopped by the interrupt (130, or the signal itself), or it had just finished.
    expect([0, 130, null]).toContain(run.code);
  }, 600_000);

  it('a temporary left by a run killed (SIGKILL) while writing is removed by the next run', async () => {
    const out = path.join(tmp('pair-sigkill'), 'out');
    cpSync(base, out, { recursive: true, verbatimSymlinks: true });
    const run = await interruptWrite(large, out, 'SIGKILL');
    expect(run.changed).toBe(true);
    expect([oldPair, newPair]).toContain(pair(out));
    expect(build(small, out).code).toBe(0);
    expect(pair(out)).toBe(oldPair);
    expect(leftovers(out)).toEqual([]);
  }, 600_000);

  it('a rebuild replaces the pair of an older guanxi (plain files) and reads back the same', () => {
    const out = path.join(tmp('pair-plain'), 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'graph.json'), '{}');
    writeFileSync(path.join(out, 'graph.graphml'), '<graphml/>');
    writeFileSync(path.join(out, `graph.json.999999999.tmp`), 'left by an old version');
    expect(build(small, out).code).toBe(0);
    expect(pair(out)).toBe(oldPair);
    expect(leftovers(out)).toEqual([]);
  }, 600_000);
});

describe('an --out that cannot be written', () => {
  const input = tmp('pair-input');
  writeSynthCorpus(input, 2, 3);
  // Were the build to run first, this file would be reported as skipped before the error.
  writeFileSync(path.join(input, 'empty.txt'), '');

  it.each([
    ['below a file', () => path.join(input, 'empty.txt', 'out')],
    ['in a folder the system refuses', () => '/proc/guanxi-out'],
  ])('is refused %s, in one line, before anything is read', (_label, where) => {
    const out = where();
    const r = spawnSync(process.execPath, [BIN, 'build', input, '--out', out], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^guanxi: cannot write to --out ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+\n$`));
  });
});
