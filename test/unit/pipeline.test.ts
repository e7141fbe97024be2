/**
 * Defects of the pipeline, each reproduced: a bug on one file is not passed
 * off as a skipped input, and a relation whose two ends are stand-ins does
 * not crash resolution.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { FileExtraction } from '../../src/extract/types.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { resolveFile } from '../../src/resolve/file/index.js';

const failOn = vi.hoisted(() => ({ name: '' }));
vi.mock('../../src/extract/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/extract/index.js')>();
  return {
    ...real,
    extractFile: (file: string, text: string, lex: Parameters<typeof real.extractFile>[2]) => {
      if (failOn.name && file.endsWith(failOn.name)) throw new TypeError('a bug in a rule');
      return real.extractFile(file, text, lex);
    },
    // A build of few files plans them first, then extracts each plan (process-file.ts).
    extractPlanned: (plan: Parameters<typeof real.extractPlanned>[0], lex: Parameters<typeof real.extractPlanned>[1]) => {
      if (failOn.name && plan.file.endsWith(failOn.name)) throw new TypeError('a bug in a rule');
      return real.extractPlanned(plan, lex);
    },
  };
});

describe('pipeline defects', () => {
  it('a bug on one file leaves that file out, named as guanxi\'s failure (never as skipped input), and builds the rest', async () => {
    const { buildGraph } = await import('../../src/pipeline/build.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-bug-'));
    const store = mkdtempSync(path.join(tmpdir(), 'guanxi-bug-store-'));
    writeFileSync(path.join(dir, 'good.txt'), '工行丹东分行开展宣传。');
    writeFileSync(path.join(dir, 'odd.txt'), '农行沈阳分行开展活动。');
    failOn.name = 'odd.txt';
    try {
      const r = await buildGraph([dir], { jobs: 1, store });
      expect(r.failed.map((f) => [path.basename(f.path), f.message])).toEqual([['odd.txt', 'a bug in a rule']]);
      expect(r.skipped).toEqual([]);
      expect(r.files).toBe(1);
      const names = r.graph.mapNodes((_, a) => a.name);
      expect(names).toContain('工行丹东分行');
      expect(names).not.toContain('农行沈阳分行');
      // Nothing of it is stored: the next build, with the bug gone, processes it and takes the other from the store.
      failOn.name = '';
      const again = await buildGraph([dir], { jobs: 1, store });
      expect([again.failed.length, again.processed, again.fromStore]).toEqual([0, 1, 1]);
      expect(again.graph.mapNodes((_, a) => a.name)).toContain('农行沈阳分行');
    } finally {
      failOn.name = '';
    }
  });

  it('a relation whose two ends are stand-ins resolves without crashing, its evidence the sentence', () => {
    const lex = loadLexicon();
    const sentence = (index: number, text: string, heading = false) => ({ text, surface: text, start: index * 20, end: index * 20 + text.length, tokens: [], article: 0, index, paragraph: heading ? 1 : 2, heading });
    const branch = (id: number, sentenceIndex: number, core: string) => ({ id, type: 'Branch' as const, name: `工行${core}`, surface: `工行${core}`, sentence: sentenceIndex, start: 0, end: 2 + core.length, rule: 'branch.anchored', confidence: 0.95, strength: 'certain' as const, branch: { bank: '中国工商银行', bankSurface: '工行', core, parents: [] } });
    const r: FileExtraction = {
      file: 'x.txt',
      sentences: [sentence(0, '工行丹东分行'), sentence(1, '工行元宝支行开门营业。'), sentence(2, '它隶属于上级。')],
      mentions: [branch(0, 0, '丹东分行'), branch(1, 1, '元宝支行')],
      // The unit named last in the paragraph belongs to the article's own unit: neither end is a mention.
      relations: [{ type: 'PART_OF', head: { kind: 'previous-unit' }, tail: { kind: 'article-unit' }, sentence: 2, rule: 'part_of.stated', confidence: 0.9 }],
      articles: [{ index: 0, title: '工行丹东分行', titleSpan: [0, 6], span: [0, 60], sentences: [0, 3] }],
      chars: 60,
      traditional: false,
      found: {},
    };
    r.sentences[0]!.heading = true;
    const g = resolveFile(r, lex);
    const edge = g.edges.find((e) => e.rule === 'part_of.stated');
    expect(edge).toMatchObject({ source: 'Branch:中国工商银行|元宝支行', target: 'Branch:中国工商银行|丹东分行' });
    expect(edge!.evidence[0]).toMatchObject({ sentence: '它隶属于上级。', start: 40 });
    expect(edge!.evidence[0]!.mention).toBeUndefined();
  });
});
