/** 某支行开展“普及金融知识万里行”活动: the nearest unit before a programme (else after it) runs it. */
import { defineRelationRule } from '../../rule.js';
import { runsSubject, sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const runsSubjectRule = defineRelationRule({
  id: 'runs.subject',
  description: 'a programme run by the unit named nearest before it',
  produces: 'RUNS',
  confidence: 0.75,
  run(s, ctx, emit) {
    for (const p of sentenceView(s, ctx).here.filter((m) => m.type === 'Programme')) {
      const subj = runsSubject(p, s, ctx);
      if (subj) emit({ type: 'RUNS', head: mentionEnd(subj), tail: mentionEnd(p), sentence: s.index });
    }
  },
});
