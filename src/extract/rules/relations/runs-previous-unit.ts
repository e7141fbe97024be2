/** A programme in a sentence that names no unit: the unit the paragraph named last runs it. */
import { defineRelationRule } from '../../rule.js';
import { clauseHasOwnActor, occasionOfHonour, runsSubject, sentenceView } from '../../scan/relations.js';
import { mentionEnd, PREVIOUS_UNIT } from '../../types.js';

export const runsPreviousUnit = defineRelationRule({
  id: 'runs.previous-unit',
  description: 'a programme in a sentence naming no unit: the last unit named before it in the paragraph',
  produces: 'RUNS',
  confidence: 0.55,
  run(s, ctx, emit) {
    for (const p of sentenceView(s, ctx).here.filter((m) => m.type === 'Programme')) {
      if (!runsSubject(p, s, ctx) && !clauseHasOwnActor(p, s, ctx) && !occasionOfHonour(p, s, ctx)) emit({ type: 'RUNS', head: PREVIOUS_UNIT, tail: mentionEnd(p), sentence: s.index });
    }
  },
});
