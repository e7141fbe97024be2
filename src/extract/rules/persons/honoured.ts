/** A name jieba tags as a person, at the start of a clause, before 荣获 / 被评为 (钱晓梅先后获得…). */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personHonoured = defineMentionRule({
  id: 'person.honoured',
  description: 'a name jieba tags as a person, before 荣获 or 被评为 at the start of a clause',
  produces: 'Person',
  confidence: 0.8,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'honoured') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}) });
    }
  },
});
