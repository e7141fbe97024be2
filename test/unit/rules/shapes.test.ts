/**
 * Table-driven rule tests (graphology's GraphML definitions are the model):
 * each row of shapes.ts runs through the real extraction and resolution and
 * must hold its facts; the full facts of all rows are compared with a
 * reference file, rewritten for review with `npm run test:unit -- -u`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENTION_RULES, PARAGRAPH_RULES, RELATION_RULES } from '../../../src/extract/registry.js';
import { factsOf } from './facts.js';
import { SHAPES } from './shapes.js';

const dictDir = mkdtempSync(path.join(tmpdir(), 'guanxi-shapes-'));
const results = SHAPES.map((row, k) => {
  let dicts: string[] = [];
  if (row.dict) {
    const file = path.join(dictDir, `row-${k}.txt`);
    writeFileSync(file, `${row.dict.join('\n')}\n`);
    dicts = [file];
  }
  return { row, ...factsOf(row.text, dicts) };
});

describe('rules, one row per shape', () => {
  for (const { row, facts, found } of results) {
    it(`${row.rule}: ${row.text.replace(/\n+/g, ' / ')}`, () => {
      // A row that says what must be found is about its rule finding it.
      if (row.has) expect(found[row.rule] ?? 0, `${row.rule} found nothing`).toBeGreaterThan(0);
      for (const f of row.has ?? []) expect(facts, `missing: ${f}`).toContain(f);
      for (const f of row.hasNot ?? []) expect(facts, `unexpected: ${f}`).not.toContain(f);
    });
  }

  it('every sentence rule of the registry has a row', () => {
    const covered = new Set(SHAPES.map((s) => s.rule));
    const rules = [...MENTION_RULES, ...RELATION_RULES, ...PARAGRAPH_RULES].map((r) => r.id).filter((id) => id !== 'branch.renamed' || covered.has(id));
    expect(rules.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('the full facts of every row match the reference (rewrite with -u, then review the diff)', async () => {
    const reference = Object.fromEntries(results.map(({ row, facts }) => [row.text, facts]));
    await expect(`${JSON.stringify(reference, null, 2)}\n`).toMatchFileSnapshot('__snapshots__/shapes.json');
  });
});
