/**
 * 某支行 / 主要荣誉：甲、乙、丙: the honours listed after a label of honours were received by the unit the lines
 * before are about: the unit named last before the label (in its sentence, else before it).
 */
import { defineRelationRule } from '../../rule.js';
import { inLabelledList, labelledHonours } from '../../scan/labelled-honours.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd, PREVIOUS_UNIT } from '../../types.js';

export const receivedLabelledList = defineRelationRule({
  id: 'received.labelled-list',
  description: 'honours listed after a label (主要荣誉：…): received by the unit named last before the label',
  produces: 'RECEIVED',
  confidence: 0.7,
  run(s, ctx, emit) {
    const { here } = sentenceView(s, ctx);
    // (Whatever rule named the honour there: 巾帼文明岗 is in the dictionary too.)
    const items = labelledHonours(s, ctx);
    const listed = here.filter((m) => m.type === 'Honour' && inLabelledList(m, items));
    if (!listed.length) return;
    // (Or a line before that is the unit's name alone, as a profile heads its entry: 某支行营业室 / 主要荣誉：….)
    const prev = ctx.sentences[s.index - 1];
    const heading = prev && prev.text.trim().length <= 30 ? ctx.inSentence(prev.index).filter((m) => isUnit(m) && m.end - m.start >= prev.text.trim().length - 2).pop() : undefined;
    const unit = here.filter((m) => isUnit(m) && m.end <= listed[0]!.start).pop() ?? heading;
    for (const h of listed) emit({ type: 'RECEIVED', head: unit ? mentionEnd(unit) : PREVIOUS_UNIT, tail: mentionEnd(h), sentence: s.index });
  },
});
