import { describe, expect, it } from 'vitest';
import { NameSet, type NameHit } from '../../src/extract/name-set.js';

/** What person.known did before the index: each name in the order added, found by successive indexOf calls. */
function byIndexOf(names: string[], text: string): NameHit[] {
  const out: NameHit[] = [];
  for (const name of new Set(names)) {
    if (name.length < 2) continue;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) out.push({ name, at });
  }
  return out;
}

describe('NameSet: every confirmed name in a sentence, read once', () => {
  it.each([
    // names, sentence
    [['李建国', '王红梅'], '王红梅和李建国一起走访了李建国的老客户。'],
    // a name that is the start of a longer one: both found, the order of adding kept
    [['王萌萌', '王萌'], '王萌萌说，王萌也来了。'],
    [['王萌', '王萌萌'], '王萌萌说，王萌也来了。'],
    // one name repeated without a break: it does not overlap itself
    [['赵赵'], '赵赵赵赵赵'],
    // a name of one character is never looked for; a name added twice counts once
    [['韩', '韩立明', '韩立明'], '韩立明是韩家的长子。'],
    [[], '没有人名。'],
    [['李建国'], ''],
  ])('%j in %s', (names, text) => {
    const set = new NameSet();
    for (const n of names) set.add(n);
    expect(set.occurrences(text)).toEqual(byIndexOf(names, text));
    for (const n of names) expect(set.has(n)).toBe(true);
    expect(set.has('周明远')).toBe(false);
  });
});
