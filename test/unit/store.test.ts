/**
 * Incremental builds (issue 9): a rebuild with the build store reuses the
 * results of unchanged files, processes new and changed ones, drops removed
 * ones, and gives the graph of a full build byte for byte. A store that is
 * damaged or not guanxi's is reported and never trusted.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { synthArticles } from '../../bench/synth.js';
import { toGraphML } from '../../src/export/graphml.js';
import { serializeGraph } from '../../src/graph/model.js';
import { buildGraph, type BuildResult } from '../../src/pipeline/build.js';
import type { BuildSettings } from '../../src/pipeline/settings.js';
import { extractorCode, extractorVersion } from '../../src/pipeline/version.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLES = [...synthArticles(12, 5)];

function tmp(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `guanxi-store-${prefix}-`));
}

/** A folder with the given articles of ARTICLES (by index), named a00.txt … */
function corpus(indexes: number[], edits: Record<number, string> = {}): string {
  const dir = tmp('in');
  for (const i of indexes) writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.txt`), edits[i] ?? ARTICLES[i]!.text);
  return dir;
}

/** What `guanxi build` writes, as text. */
function outputs(r: BuildResult): string {
  return `${JSON.stringify(serializeGraph(r.graph))}\n${toGraphML(r.graph)}`;
}

/** Moves the files of `from` into `into`, replacing what was there (so paths, which are in the graph, stay the same). */
function replaceContents(into: string, from: string): void {
  for (const f of readdirSync(into)) rmSync(path.join(into, f));
  for (const f of readdirSync(from)) renameSync(path.join(from, f), path.join(into, f));
}

function entries(store: string): string[] {
  return readdirSync(path.join(store, 'entries')).map((f) => path.join(store, 'entries', f));
}

const readEntry = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');
const writeEntry = (file: string, text: string) => writeFileSync(file, gzipSync(text));

describe('the build store', () => {
  // In the main thread here; test/build/incremental.test.ts runs the same through the CLI, with workers.
  it('a rebuild after adding, changing and removing files equals a full build, byte for byte', async () => {
    const store = path.join(tmp('out'), '.guanxi-cache');
    const settings: Partial<BuildSettings> = { jobs: 1, store };
    const dir = corpus([0, 1, 2, 3, 4, 5, 6, 7]);
    const first = await buildGraph([dir], settings);
    expect([first.processed, first.fromStore]).toEqual([8, 0]);
    expect(entries(store)).toHaveLength(8);

    // a03 changed, a05 removed, a08 and a09 new (a08 sorts between kept files' results).
    replaceContents(dir, corpus([0, 1, 2, 3, 4, 6, 7, 8, 9], { 3: `${ARTICLES[3]!.text}\n工行城南支行行长王立新说，明年再办。` }));
    const again = await buildGraph([dir], settings);
    expect([again.processed, again.fromStore, again.warnings]).toEqual([3, 6, []]);
    const full = await buildGraph([dir], { jobs: 1 });
    expect(outputs(again)).toBe(outputs(full));
    expect(again.found).toEqual(full.found);
    // The removed file is gone from the graph and from the store.
    expect(again.graph.getAttribute('files')!.some((f) => f.endsWith('a05.txt'))).toBe(false);
    expect(entries(store)).toHaveLength(9);

    const unchanged = await buildGraph([dir], settings);
    expect([unchanged.processed, unchanged.fromStore]).toEqual([0, 9]);
    expect(outputs(unchanged)).toBe(outputs(full));
  }, 600_000);

  it('results are reused from the store, and --full reuses nothing', async () => {
    const store = path.join(tmp('out'), '.guanxi-cache');
    const dir = corpus([0, 1]);
    const first = await buildGraph([dir], { jobs: 1, store });
    // Rewrite one entry consistently (a valid gzip file): a build that reuses it shows the edit, proving
    // the stored result is what was merged; --full shows the real one.
    const [file] = entries(store);
    const text = readEntry(file!);
    const edited = text.replaceAll('"articles":1', '"articles":2');
    expect(edited).not.toBe(text);
    writeEntry(file!, edited);
    const reused = await buildGraph([dir], { jobs: 1, store });
    expect(reused.graph.getAttribute('articles')).toBe(first.graph.getAttribute('articles')! + 1);
    const full = await buildGraph([dir], { jobs: 1, store, full: true });
    expect([full.processed, full.fromStore]).toEqual([2, 0]);
    expect(outputs(full)).toBe(outputs(first));
    // --full rewrote the store: the next build reuses the real results.
    expect(outputs(await buildGraph([dir], { jobs: 1, store }))).toBe(outputs(first));
  }, 600_000);

  it('other dictionaries make every stored result unusable', async () => {
    const store = path.join(tmp('out'), '.guanxi-cache');
    const dir = corpus([0, 1, 2]);
    await buildGraph([dir], { jobs: 1, store });
    const dict = path.join(tmp('dict'), 'mine.dict');
    writeFileSync(dict, '金穗夜读 programme\n');
    const r = await buildGraph([dir], { jobs: 1, store, dicts: [dict] });
    expect([r.processed, r.fromStore]).toEqual([3, 0]);
    expect(outputs(r)).toBe(outputs(await buildGraph([dir], { jobs: 1, dicts: [dict] })));
  }, 600_000);

  it('a damaged entry is reported by file and the file processed again', async () => {
    const store = path.join(tmp('out'), '.guanxi-cache');
    const dir = corpus([0, 1, 2, 3]);
    const first = await buildGraph([dir], { jobs: 1, store });
    const damaged = entries(store).find((f) => readEntry(f).includes('a02.txt'))!;
    const bytes = readFileSync(damaged);
    const warning = (why: string) => new RegExp(`^the build store's entry for ${path.join(dir, 'a02.txt')} is damaged \\(${why}\\); the file is processed again$`);
    // One byte in the middle changed, as a disk error would: gzip's checks catch it.
    const flipped = Buffer.from(bytes);
    flipped[flipped.length >> 1] ^= 0xff;
    writeFileSync(damaged, flipped);
    const r = await buildGraph([dir], { jobs: 1, store });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(warning('not a readable gzip file: .+'));
    expect([r.processed, r.fromStore]).toEqual([1, 3]);
    expect(outputs(r)).toBe(outputs(first));
    // Cut short, as a full disk would leave it; then a valid file whose header names another file.
    for (const [damage, why] of [
      [() => writeFileSync(damaged, bytes.subarray(0, bytes.length - 20)), 'not a readable gzip file: unexpected end of file'],
      [() => writeEntry(damaged, readEntry(damaged).replace('a02.txt', 'a03.txt')), 'its header names another file, version or lexicon'],
      [() => writeEntry(damaged, readEntry(damaged).replace('"nodes":[', '"nodes":[[')), ''],
    ] as const) {
      damage();
      const t = await buildGraph([dir], { jobs: 1, store });
      expect(t.warnings).toHaveLength(1);
      if (why) expect(t.warnings[0]).toMatch(warning(why));
      else expect(t.warnings[0]).toBe(`the build store's entry for ${path.join(dir, 'a02.txt')} does not hold a file graph; the file is processed again`);
      expect(outputs(t)).toBe(outputs(first));
    }
  }, 600_000);

  it('a folder that is not a guanxi store is ignored with a warning, then replaced', async () => {
    const out = tmp('out');
    const store = path.join(out, '.guanxi-cache');
    cpSync(path.join(ROOT, 'data', 'sample'), store, { recursive: true });
    const dir = corpus([0, 1]);
    const r = await buildGraph([dir], { jobs: 1, store });
    expect(r.warnings).toEqual([`ignoring the build store ${store}: no store.json, so not a store guanxi wrote; every file is processed and the store made anew`]);
    expect(readdirSync(store).sort()).toEqual(['entries', 'store.json']);
    const next = await buildGraph([dir], { jobs: 1, store });
    expect([next.fromStore, next.warnings]).toEqual([2, []]);

    writeFileSync(path.join(store, 'store.json'), '{"format":"guanxi-build-store","version":99}\n');
    const future = await buildGraph([dir], { jobs: 1, store });
    expect(future.warnings).toEqual([`ignoring the build store ${store}: a store of format version 99 (this guanxi reads 1); every file is processed and the store made anew`]);
    expect(future.fromStore).toBe(0);
  }, 600_000);

  it('a build that reads nothing writes no store', async () => {
    const out = path.join(tmp('out'), 'new');
    const dir = tmp('in');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const r = await buildGraph([dir], { jobs: 1, store: path.join(out, '.guanxi-cache') });
    expect(r.files).toBe(0);
    expect(() => readdirSync(out)).toThrow(/ENOENT/);
  }, 600_000);
});

describe("the extractor's version", () => {
  const rel = (files: string[]) => files.map((f) => path.relative(ROOT, f).split(path.sep).join('/'));

  it('covers every module a file goes through, and no module of the corpus-wide or later stages', () => {
    const { modules, packages } = extractorCode();
    const covered = rel(modules);
    const under = (dir: string) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts'))
        .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    for (const dir of ['src/extract', 'src/repair', 'src/resolve/file', 'src/segment', 'src/lexicon', 'src/text']) expect(covered).toEqual(expect.arrayContaining(under(dir)));
    expect(covered).toEqual(expect.arrayContaining(['src/ingest/read.ts', 'src/ingest/decode.ts', 'src/pipeline/process-file.ts']));
    for (const outside of ['src/resolve/merge.ts', 'src/pipeline/build.ts', 'src/export/write.ts', 'src/cli/main.ts']) expect(covered).not.toContain(outside);
    expect(packages.map((p) => p.replace(/@[^@]*$/, ''))).toEqual(expect.arrayContaining(['nodejieba', 'iconv-lite', 'opencc-js']));
    expect(packages.every((p) => !p.endsWith('@?'))).toBe(true);
  });

  it('changes when a rule changes, and only then', () => {
    const copy = path.join(tmp('src'), 'src');
    cpSync(path.join(ROOT, 'src'), copy, { recursive: true });
    const entry = path.join(copy, 'pipeline', 'process-file.ts');
    const before = extractorVersion(entry);
    expect(extractorVersion(entry)).toBe(before);
    writeFileSync(path.join(copy, 'cli', 'main.ts'), `${readFileSync(path.join(copy, 'cli', 'main.ts'), 'utf8')}\n// a change outside extraction\n`);
    writeFileSync(path.join(copy, 'resolve', 'merge.ts'), `${readFileSync(path.join(copy, 'resolve', 'merge.ts'), 'utf8')}\n// corpus-wide: runs on every build\n`);
    expect(extractorVersion(entry)).toBe(before);
    const rule = path.join(copy, 'extract', 'rules', 'units', 'renamed.ts');
    writeFileSync(rule, `${readFileSync(rule, 'utf8')}\n// a change to a rule\n`);
    expect(extractorVersion(entry)).not.toBe(before);
  });
});
