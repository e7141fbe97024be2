/** A full name right after a role (储蓄员王玉珍). */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personAfterRole = defineMentionRule({
  id: 'person.after-role',
  description: 'a full name right after a role (储蓄员王玉珍)',
  produces: 'Person',
  confidence: 0.9,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'after-role') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}), ...(p.unitBefore !== undefined ? { unitBefore: p.unitBefore } : {}) });
    }
  },
});
