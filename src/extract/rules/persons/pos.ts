/** A name tagged as a person by jieba alone; kept when a certain rule names it too. */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personPos = defineMentionRule({
  id: 'person.pos',
  description: 'a name tagged as a person by jieba alone; kept when a certain rule names it too',
  produces: 'Person',
  confidence: 0.4,
  strength: 'candidate',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'pos') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}) });
    }
  },
});
