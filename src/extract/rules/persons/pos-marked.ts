/** A name tagged as a person by jieba, with a marker after it (雷锋同志); kept when it recurs. */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personPosMarked = defineMentionRule({
  id: 'person.pos-marked',
  description: 'a name tagged as a person by jieba, with a marker after it (雷锋同志); kept when it recurs',
  produces: 'Person',
  confidence: 0.6,
  strength: 'marked',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'pos-marked') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}) });
    }
  },
});
