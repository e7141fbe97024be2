/**
 * 某支行选派某某到村里驻点帮扶, 该行委派一名党员某某同志担任第一书记: a unit sends one of its own people out; the
 * first person named after the verb, before the clause ends, works at the unit.
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

/** Between the verb and the person: a count and words of who they are (一名年轻党员), no pause. */
const BEFORE_SENT = /^[^，,。；;：:、“”"]{0,14}$/;

export const worksAtSentByUnit = defineRelationRule({
  id: 'works_at.sent-by-unit',
  description: 'a unit, a verb of sending out (选派, 委派), then the person sent (某支行选派某某驻村)',
  produces: 'WORKS_AT',
  confidence: 0.75,
  run(s, ctx, emit) {
    const { here } = sentenceView(s, ctx);
    const c = cues(ctx.lex);
    for (const unit of here.filter(isUnit)) {
      const verb = c.sentVerbAfterUnit.exec(s.text.slice(unit.end))?.[0];
      if (!verb) continue;
      const from = unit.end + verb.length;
      const next = here.find((m) => m.start >= from && m !== unit);
      if (!next || next.type !== 'Person' || !BEFORE_SENT.test(s.text.slice(from, next.start))) continue;
      emit({ type: 'WORKS_AT', head: mentionEnd(next), tail: mentionEnd(unit), sentence: s.index });
    }
  },
});
