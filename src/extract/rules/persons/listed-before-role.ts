/** Names listed before 等 and a role (罗某某等工作人员, 甲、乙等3名员工): each holds the role. */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personListedBeforeRole = defineMentionRule({
  id: 'person.listed-before-role',
  description: 'names listed before 等 and a role (甲、乙等工作人员, 甲等3名员工)',
  produces: 'Person',
  confidence: 0.8,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'listed-before-role') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, role: p.role!, unitBefore: p.unitBefore! });
    }
  },
});
