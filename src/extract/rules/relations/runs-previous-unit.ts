/** A programme in a sentence that names no unit: the unit the paragraph named last runs it. */
import { defineRelationRule } from '../../rule.js';
import { attendsProgramme, clauseHasOwnActor, guidesActor, launchedByOtherBody, occasionOfHonour, runsSubject, sentenceView } from '../../scan/relations.js';
import { mentionEnd, PREVIOUS_UNIT } from '../../types.js';

export const runsPreviousUnit = defineRelationRule({
  id: 'runs.previous-unit',
  description: 'a programme in a sentence naming no unit: the last unit named before it in the paragraph',
  produces: 'RUNS',
  confidence: 0.55,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    // (某村镇银行在人民银行某支行的指导下开展“…”: the frame of guidance tells that the clause has an actor of its
    // own, one the rules may not know; the last unit named would be the guide.)
    const guided = units.some((m) => guidesActor(m, s, ctx));
    for (const p of here.filter((m) => m.type === 'Programme')) {
      // (员工应邀出席某小学“某某”活动: attending is no running; 县教育局组织开展“某某”: another body launches it.)
      if (!guided && !runsSubject(p, s, ctx) && !clauseHasOwnActor(p, s, ctx) && !occasionOfHonour(p, s, ctx) && !attendsProgramme(p, s) && !launchedByOtherBody(p, s)) emit({ type: 'RUNS', head: PREVIOUS_UNIT, tail: mentionEnd(p), sentence: s.index });
    }
  },
});
