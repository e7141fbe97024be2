/**
 * Persons: one node per name. A name found only by its part-of-speech tag
 * (strength `candidate`) is kept when a certain rule names the same person
 * in the file; one with a marker after it (`marked`: 雷锋同志) also when the
 * file names it at least twice.
 */
import { nodeKey } from '../../graph/keys.js';
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
  for (const m of persons) {
    if (m.strength !== 'certain' && !certain.has(m.name) && !(marked.has(m.name) && (count.get(m.name) ?? 0) >= 2)) continue;
    res.keyOf.set(m.id, res.addNode(nodeKey('Person', m.name), 'Person', m.name, m).key);
  }
}
