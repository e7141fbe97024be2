/**
 * 农行某支行张丽华、中行某支行刘伟, 某支行：张丽华、刘伟: a person named right after a unit (or its colon), with no
 * role between, works there. Only
 * where the name ends a list item or a clause: a unit and a name that run on (某支行张丽华介绍) are read by
 * the rules of roles and speech.
 */
import { defineRelationRule } from '../../rule.js';
import { sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const worksAtUnitName = defineRelationRule({
  id: 'works_at.unit-name',
  description: 'a person named right after a unit, ending a list item or a clause (某支行张丽华、某支行刘伟)',
  produces: 'WORKS_AT',
  confidence: 0.75,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    for (const p of here) {
      if (p.type !== 'Person' || p.rule !== 'person.after-unit') continue;
      const unit = units.find((u) => u.end === p.unitBefore);
      if (unit) emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(unit), sentence: s.index });
    }
  },
});
