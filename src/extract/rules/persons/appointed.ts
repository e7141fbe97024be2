/** The person an appointment names: 任命王海燕为…, 李国庆被任命为… (whatever jieba's tags). */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personAppointed = defineMentionRule({
  id: 'person.appointed',
  description: 'the person an appointment names (任命某某为, 某某被任命为)',
  produces: 'Person',
  confidence: 0.8,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'appointed') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}) });
    }
  },
});
