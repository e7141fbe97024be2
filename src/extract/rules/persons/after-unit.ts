/** A full name right after a unit, ending a list item or a clause (农行某支行张丽华、中行某支行刘伟). */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personAfterUnit = defineMentionRule({
  id: 'person.after-unit',
  description: 'a full name right after a unit, where a list item or a clause ends (某支行张丽华、)',
  produces: 'Person',
  confidence: 0.8,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'after-unit') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, unitBefore: p.unitBefore! });
    }
  },
});
