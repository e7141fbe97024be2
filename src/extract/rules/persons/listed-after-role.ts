/** Further names listed with 、 after a role and a name (员工刘芳、陈小军). */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personListedAfterRole = defineMentionRule({
  id: 'person.listed-after-role',
  description: 'further names listed with 、 after a role and a name (员工刘芳、陈小军)',
  produces: 'Person',
  confidence: 0.85,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'listed-after-role') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}), ...(p.unitBefore !== undefined ? { unitBefore: p.unitBefore } : {}) });
    }
  },
});
