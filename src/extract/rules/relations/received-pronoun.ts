/** 三十多年里，她…先后获得“先进工作者”: an honour of a sentence about 她 or 他 goes to the person named before. */
import { defineRelationRule } from '../../rule.js';
import { aboutPronounPerson, receivedHonours } from '../../scan/relations.js';
import { mentionEnd, PREVIOUS_PERSON } from '../../types.js';

export const receivedPronoun = defineRelationRule({
  id: 'received.pronoun',
  description: 'an honour with no recipient named in a sentence about 他 or 她: the person named last before the sentence',
  produces: 'RECEIVED',
  confidence: 0.6,
  run(s, ctx, emit) {
    for (const r of receivedHonours(s, ctx)) {
      if (r.subject || !aboutPronounPerson(r.honour, s, ctx)) continue;
      emit({ type: 'RECEIVED', head: PREVIOUS_PERSON, tail: mentionEnd(r.honour), sentence: s.index, ...(r.conferrer ? { conferrer: r.conferrer } : {}), ...(r.year ? { year: r.year } : {}) });
    }
  },
});
