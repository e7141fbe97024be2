/**
 * Incremental builds through the CLI, with worker threads (issue 9): a
 * rebuild into the same --out processes only new and changed files and
 * writes the graph a full build writes, byte for byte; --full reuses
 * nothing; a damaged store entry is reported and its file processed again.
 * test/unit/store.test.ts covers the store itself in the main thread.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { synthArticles } from '../../bench/synth.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLES = [...synthArticles(14, 9)];

function guanxi(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/guanxi.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `guanxi-incr-${prefix}-`));
}

function write(dir: string, i: number, text = ARTICLES[i]!.text): void {
  writeFileSync(path.join(dir, `n${String(i).padStart(2, '0')}.txt`), text);
}

const outputs = (out: string) => ['graph.json', 'graph.graphml'].map((f) => readFileSync(path.join(out, f), 'utf8'));

describe('guanxi build into the same --out', () => {
  const dir = tmp('in');
  for (let i = 0; i < 10; i++) write(dir, i);
  const out = tmp('out');

  it('processes only new and changed files, with two workers, and writes what a full build writes', () => {
    const first = guanxi('build', dir, '--out', out, '-j', '2', '-q');
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain(`files: 10 processed, 0 from the store (${path.join(out, '.guanxi-cache')})`);

    write(dir, 4, `${ARTICLES[4]!.text}\n农行城南支行行长周海说，网点明年再办一次。`);
    rmSync(path.join(dir, 'n07.txt'));
    write(dir, 11);
    write(dir, 12);
    const again = guanxi('build', dir, '--out', out, '-j', '2', '-q');
    expect(again.code, again.err).toBe(0);
    expect(again.err).toBe('');
    expect(again.out).toMatch(/^read 11 file\(s\), 11 article\(s\)/m);
    expect(again.out).toContain('files: 3 processed, 8 from the store');

    const full = tmp('full');
    expect(guanxi('build', dir, '--out', full, '-j', '2', '-q').code).toBe(0);
    expect(outputs(out)).toEqual(outputs(full));
    expect(outputs(out)[0]).not.toContain('n07.txt');
  }, 600_000);

  it('--full processes every file and gives the same graph', () => {
    const before = outputs(out);
    const r = guanxi('build', dir, '--out', out, '--full', '-q');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('files: 11 processed, 0 from the store (--full: nothing reused)');
    expect(outputs(out)).toEqual(before);
  }, 600_000);

  it('a damaged entry: a warning naming the file, which is processed again', () => {
    const before = outputs(out);
    const entries = path.join(out, '.guanxi-cache', 'entries');
    const entry = readdirSync(entries)
      .map((f) => path.join(entries, f))
      .find((f) => gunzipSync(readFileSync(f)).toString('utf8').includes('n02.txt'))!;
    // Cut short, as a full disk would leave it.
    const bytes = readFileSync(entry);
    writeFileSync(entry, bytes.subarray(0, bytes.length >> 1));
    const r = guanxi('build', dir, '--out', out, '-j', '2', '-q');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe(`guanxi: warning: the build store's entry for ${path.join(dir, 'n02.txt')} is damaged (not a readable gzip file: unexpected end of file); the file is processed again\n`);
    expect(r.out).toContain('files: 1 processed, 10 from the store');
    expect(outputs(out)).toEqual(before);
  }, 600_000);

  // `script` (util-linux) runs the command on a pseudo-terminal, as a person at a terminal would.
  it.skipIf(!existsSync('/usr/bin/script'))('on a terminal: a progress bar with files, characters, their rate and files from the store', () => {
    write(dir, 5, `${ARTICLES[5]!.text}\n工行城南支行今年开展“暖心驿站”活动。`);
    const command = [process.execPath, path.join(ROOT, 'bin/guanxi.js'), 'build', dir, '--out', out].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8', cwd: ROOT });
    expect(r.status, r.stderr).toBe(0);
    // eslint-disable-next-line no-control-regex
    const screen = r.stdout.replace(/\x1b(\[[0-9;?]*[a-zA-Z]|7|8)/g, '');
    expect(screen).toMatch(/building \S+ \d+\/11 files \| [\d,]+ characters, (-|[\d,]+)\/s \| \d+ from the store/);
    expect(screen).toContain('files: 1 processed, 10 from the store');
  }, 600_000);
});
