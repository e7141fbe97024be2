/** A name jieba tags as a person, before a speech verb (魏家生说). */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personSpeaker = defineMentionRule({
  id: 'person.speaker',
  description: 'a name jieba tags as a person, before a speech verb (魏家生说)',
  produces: 'Person',
  confidence: 0.8,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'speaker') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}) });
    }
  },
});
