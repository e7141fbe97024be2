/** 某某，1960年出生 / 某某，男，汉族: a profile that starts with the person's name. */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personProfile = defineMentionRule({
  id: 'person.profile',
  description: 'a name that starts a profile (某某，1960年出生 / 某某，男，)',
  produces: 'Person',
  confidence: 0.85,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'profile') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end });
    }
  },
});
