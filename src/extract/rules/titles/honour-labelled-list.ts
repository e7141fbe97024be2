/**
 * 主要荣誉：某协会某年度甲称号（某类）、乙称号、丙称号: after a label that says what follows are honours, each item
 * of the list is one, without the body that conferred it and without a remark in brackets.
 */
import { defineMentionRule } from '../../rule.js';
import { labelledHonours } from '../../scan/labelled-honours.js';

export const honourLabelledList = defineMentionRule({
  id: 'honour.labelled-list',
  description: 'the items of a list after a label of honours (主要荣誉：甲、乙、丙)',
  produces: 'Honour',
  confidence: 0.7,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const h of labelledHonours(s, ctx)) emit({ type: 'Honour', name: h.name, surface: s.surface.slice(h.start, h.end), sentence: s.index, start: h.start, end: h.end });
  },
});
