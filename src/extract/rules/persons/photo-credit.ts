/** A photo credit in the text (裴鑫 摄). */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personPhotoCredit = defineMentionRule({
  id: 'person.photo-credit',
  description: 'a photo credit in the text (裴鑫 摄)',
  produces: 'Person',
  confidence: 0.85,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'photo-credit') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}) });
    }
  },
});
