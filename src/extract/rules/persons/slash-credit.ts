/** 文/王晓峰 图/张立强: a person credited with a slash. */
import { defineMentionRule } from '../../rule.js';
import { scanPersons } from '../../scan/persons.js';

export const personSlashCredit = defineMentionRule({
  id: 'person.slash-credit',
  description: 'a person credited with a slash (文/某某, 图/某某)',
  produces: 'Person',
  confidence: 0.9,
  strength: 'certain',
  // The credit line is often read as a byline block; the byline rules do not know this form.
  on: 'both',
  run(s, ctx, emit) {
    for (const p of scanPersons(s, ctx)) {
      if (p.finding !== 'slash-credit') continue;
      emit({ type: 'Person', name: p.name, surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}) });
    }
  },
});
