/**
 * The viewer's search index, run in Node: which node each typed query finds
 * first (Simplified and Traditional input, aliases, parts of names), and
 * the example-query listing the Cypher box offers.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listExampleQueries } from '../../src/serve/queries.js';
import { normalise, SearchIndex } from '../../web/src/search.js';
import { makeViewerGraph, XSS_TITLE } from '../fixtures/viewer-graph.js';

const index = new SearchIndex(makeViewerGraph());

describe('search', () => {
  const cases: Array<{ query: string; first: string; via?: string }> = [
    { query: '向工', first: '中国工商银行沈阳向工街支行' },
    { query: '工行沈阳向工街支行', first: '中国工商银行沈阳向工街支行', via: '工行沈阳向工街支行' },
    { query: '工商銀行', first: '中国工商银行' },
    { query: '瀋陽', first: '沈阳' },
    { query: '工行驛站', first: '工行驿站' },
    { query: '  李 敏 ', first: '李敏' },
    { query: '全国总工会', first: '中华全国总工会', via: '全国总工会' },
    { query: 'onerror', first: XSS_TITLE },
  ];
  for (const c of cases) {
    it(`"${c.query}" finds ${c.first} first`, () => {
      const [top] = index.find(c.query, 10);
      expect(top?.label).toBe(c.first);
      if (c.via) expect(top?.via).toBe(c.via);
    });
  }

  it('ranks an exact match before longer names containing it', () => {
    expect(index.find('工行', 10).map((s) => s.label)[0]).toBe('中国工商银行');
  });

  it('finds nothing for an empty query or an unknown name', () => {
    expect(index.find('   ', 10)).toEqual([]);
    expect(index.find('建设银行', 10)).toEqual([]);
  });

  it('normalises Traditional characters, width, case and quotes', () => {
    expect(normalise('“中國工商銀行”')).toBe('中国工商银行');
    expect(normalise('ＩＣＢＣ Bank')).toBe('icbcbank');
  });
});

describe('example queries', () => {
  it('lists cypher files with their leading comment as the description', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'guanxi-queries-'));
    await fs.writeFile(path.join(dir, 'b-branches.cypher'), '// Branches of a bank\n// and their parents\nMATCH (b:Branch)-[r:PART_OF]->(p) RETURN b, r, p\n');
    await fs.writeFile(path.join(dir, 'a-count.cypher'), 'MATCH (n) RETURN count(n)\n');
    await fs.writeFile(path.join(dir, 'notes.txt'), 'not a query');
    expect(await listExampleQueries(dir)).toEqual([
      { name: 'a-count', description: '', query: 'MATCH (n) RETURN count(n)' },
      { name: 'b-branches', description: 'Branches of a bank and their parents', query: '// Branches of a bank\n// and their parents\nMATCH (b:Branch)-[r:PART_OF]->(p) RETURN b, r, p' },
    ]);
  });

  it('offers none when the folder is missing', async () => {
    expect(await listExampleQueries('/nonexistent/queries')).toEqual([]);
  });
});
