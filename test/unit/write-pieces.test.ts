import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPieces, writeGraph } from '../../src/export/write.js';
import { escapeXml, graphMLLines, toGraphML } from '../../src/export/graphml.js';
import { createGraph } from '../../src/graph/model.js';

describe('output written in pieces', () => {
  it('jsonPieces gives JSON.stringify’s text, arrays element by element', () => {
    const values: object[] = [
      { options: { type: 'directed' }, attributes: { a: 1 }, nodes: [{ key: 'x', attributes: { n: '名' } }, undefined, () => 0], edges: [], skipped: undefined, f: () => 1 },
      {},
      { only: [] },
      { nested: [[1, [2]], { deep: [3] }], s: 'a"b\\c\u0001' },
    ];
    for (const v of values) expect([...jsonPieces(v)].join('')).toBe(JSON.stringify(v));
  });

  it('graphMLLines joined is toGraphML, and escaping keeps its rules on the fast path', () => {
    const g = createGraph();
    g.addNode('p1', { type: 'Person', name: '王立新', aliases: ['小王'], evidence: [] } as never);
    g.addNode('b&1', { type: 'Bank', name: 'A<B>"C"\r', aliases: ['x\u0001y'], evidence: [] } as never);
    g.addEdgeWithKey('e1', 'p1', 'b&1', { type: 'WORKS_AT', evidence: ['他说：“好”\u0008'] } as never);
    expect(graphMLLines(g).join('\n')).toBe(toGraphML(g));
    expect(toGraphML(g)).toContain('<node id="b&amp;1"');
    expect(toGraphML(g)).toContain('A&lt;B&gt;&quot;C&quot;&#13;');
    expect(toGraphML(g)).toContain('[&quot;xy&quot;]');
    expect(toGraphML(g)).not.toContain('\\b');
    expect(escapeXml('平常的文字')).toBe('平常的文字');
    expect(escapeXml('a\uD800b\uD83D\uDE00')).toBe('ab\uD83D\uDE00');
    // Each character once, `&` first (an entity already in the text is escaped, not taken as one), forbidden ones dropped.
    expect(escapeXml('&amp;<\u0001"\r>')).toBe('&amp;amp;&lt;&quot;&#13;&gt;');
  });

  it('writeGraph writes the texts of both, byte for byte, whatever the size of a piece and its characters', async () => {
    // Pieces are encoded into a reused buffer of 4 MB: a line of two million Chinese characters (6 MB of UTF-8)
    // is written on its own, a thousand short ones go through the buffer, an emoji is two UTF-16 units.
    const g = createGraph();
    g.addNode('long', { type: 'Article', name: '长'.repeat(2_000_000), aliases: [], evidence: [] } as never);
    for (let i = 0; i < 1000; i++) g.addNode(`p${i}`, { type: 'Person', name: `王立${i}😀`, aliases: ['小王'], evidence: [] } as never);
    g.addEdgeWithKey('e1', 'p1', 'long', { type: 'AUTHORED', evidence: ['他说：“好”'] } as never);
    const out = mkdtempSync(path.join(tmpdir(), 'guanxi-pieces-'));
    const written = await writeGraph(g, out);
    expect(readFileSync(written.json, 'utf8')).toBe(JSON.stringify(g.export()));
    expect(readFileSync(written.graphml, 'utf8')).toBe(toGraphML(g));
  });
});
