import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNTH_MAX_CHARS, SYNTH_MIN_CHARS, synthArticles, writeSynthCorpus } from '../bench/synth.js';

const all = (count: number, seed?: number) => [...synthArticles(count, seed)];

describe('bench/synth', () => {
  it('is deterministic: same seed, same articles', () => {
    expect(all(50, 7)).toEqual(all(50, 7));
    expect(all(20)).toEqual(all(20, 1));
  });

  it('gives different articles for different seeds', () => {
    const a = all(20, 1).map((x) => x.text);
    const b = all(20, 2).map((x) => x.text);
    expect(a).not.toEqual(b);
    expect(a.filter((t, i) => t === b[i])).toHaveLength(0);
  });

  it('yields exactly count articles with unique names', () => {
    expect(all(0)).toHaveLength(0);
    const xs = all(137, 3);
    expect(xs).toHaveLength(137);
    expect(new Set(xs.map((x) => x.name)).size).toBe(137);
  });

  it('keeps every article within the size range, with a title and 4+ paragraphs', () => {
    for (const seed of [1, 2, 99]) {
      for (const { text } of synthArticles(300, seed)) {
        expect(text.length).toBeGreaterThanOrEqual(SYNTH_MIN_CHARS);
        expect(text.length).toBeLessThanOrEqual(SYNTH_MAX_CHARS);
        expect(text.split('\n')[0]?.trim().length).toBeGreaterThan(0);
      }
    }
    const unwrapped = all(200, 5).filter((x) => !/\n[^\n]{16,20}\n/.test(x.text));
    for (const { text } of unwrapped) {
      expect(text.trim().split(/\n\n/).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('writes one file per article and reports the totals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guanxi-synth-'));
    try {
      const res = writeSynthCorpus(dir, 25, 4);
      const files = readdirSync(dir).sort();
      expect(res.files).toBe(25);
      expect(files).toHaveLength(25);
      const chars = files.reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').length, 0);
      expect(res.chars).toBe(chars);
      expect(readFileSync(join(dir, files[0] as string), 'utf8')).toBe(all(1, 4)[0]?.text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
