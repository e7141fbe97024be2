/**
 * Persons: one node per name. A name found only by its part-of-speech tag
 * (strength `candidate`) is kept when a certain rule names the same person
 * in the file; one with a marker after it (`marked`: 雷锋同志) also when the
 * file names it at least twice. A two-character name that is the given name of
 * a full name of its article (王佟江 … 佟江说) is that person.
 */
import { addTo, pushTo } from '../../base/collections.js';
import { nodeKey } from '../../graph/keys.js';
import type { Mention } from '../../extract/types.js';
import type { FileResolution } from './state.js';

export function resolvePersons(res: FileResolution): void {
  const persons = res.mentionsOf('Person');
  const count = new Map<string, number>();
  const certain = new Set<string>();
  const marked = new Set<string>();
  for (const m of persons) {
    count.set(m.name, (count.get(m.name) ?? 0) + 1);
    if (m.strength === 'marked') marked.add(m.name);
    else if (m.strength === 'certain') certain.add(m.name);
  }
  const kept = persons.filter((m) => m.strength === 'certain' || certain.has(m.name) || (marked.has(m.name) && (count.get(m.name) ?? 0) >= 2));
  const fullNameOf = givenNames(kept, res);
  for (const m of kept) {
    const full = fullNameOf.get(m.id);
    res.keyOf.set(m.id, res.addNode(nodeKey('Person', full ?? m.name), 'Person', full ?? m.name, m).key);
  }
}

/**
 * Mention id → the full name whose given name it is: a name of two characters that ends exactly one three-character
 * name of its article (with a one-character surname before it). Feature stories name their subject in full and by
 * the given name (王佟江 … 佟江说; a quote may use the given name first); the gold counts one person.
 */
function givenNames(persons: Mention[], res: FileResolution): Map<number, string> {
  const out = new Map<number, string>();
  const byArticle = new Map<number, Mention[]>();
  for (const m of persons) pushTo(byArticle, res.articlePosition(m.sentence), m);
  for (const list of byArticle.values()) {
    // The article's three-character names by their last two characters (linear in the article's names).
    const fullsByGiven = new Map<string, Set<string>>();
    for (const m of list) if (m.name.length === 3) addTo(fullsByGiven, m.name.slice(1), m.name);
    for (const m of list) {
      const fulls = m.name.length === 2 ? fullsByGiven.get(m.name) : undefined;
      if (fulls?.size === 1) out.set(m.id, [...fulls][0]!);
    }
  }
  return out;
}

