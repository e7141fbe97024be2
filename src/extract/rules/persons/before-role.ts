/** A full name right before a role, as Hong Kong, Macau and Taiwan news write it (新光银行谢长融总经理). */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personBeforeRole = defineMentionRule({
  id: 'person.before-role',
  description: 'a full name right before a role, after a unit or at the start of a clause (工银澳门姜壹盛董事长)',
  produces: 'Person',
  confidence: 0.85,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'before-role') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, role: p.role!, unitBefore: p.unitBefore! });
    }
  },
});
