/**
 * The sentence's own subject runs its programme too, when it opens the sentence
 * (建行本溪分行……推广平山支行经验，让“劳动者港湾”……); 据农行鞍山分行介绍 names a source, not the actor.
 */
import { defineRelationRule } from '../../rule.js';
import { runsSubject, sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const runsSentenceSubject = defineRelationRule({
  id: 'runs.sentence-subject',
  description: 'a programme run by the unit that opens the sentence',
  produces: 'RUNS',
  confidence: 0.6,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    const opener = units[0];
    if (!opener) return;
    for (const p of here.filter((m) => m.type === 'Programme')) {
      if (opener !== runsSubject(p, s, ctx) && opener.end <= p.start && /^[\s“"]*$/.test(s.text.slice(0, opener.start)) && !/^(?:介绍|表示|称|透露|获悉)/.test(s.text.slice(opener.end))) {
        emit({ type: 'RUNS', head: mentionEnd(opener), tail: mentionEnd(p), sentence: s.index });
      }
    }
  },
});
