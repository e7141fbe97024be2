/** A member of the public: 客户赵建国, 赵建国先生. */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personTitled = defineMentionRule({
  id: 'person.titled',
  description: 'a member of the public: 客户赵建国, 赵建国先生',
  produces: 'Person',
  confidence: 0.75,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'titled') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}) });
    }
  },
});
