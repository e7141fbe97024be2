/** 邮储银行某支行的王芳: a person named as the unit's own, with 的 and no post, works there. */
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const worksAtUnitOfPerson = defineRelationRule({
  id: 'works_at.unit-of-person',
  description: 'a unit, 的, and a person with no post (邮储银行某支行的王芳)',
  produces: 'WORKS_AT',
  confidence: 0.7,
  run(s, ctx, emit) {
    const { here } = sentenceView(s, ctx);
    for (let i = 1; i < here.length; i++) {
      const p = here[i]!;
      const u = here[i - 1]!;
      // Customers and guests named with a public noun (某支行的客户王芳) are found by person.titled: not staff.
      if (p.type !== 'Person' || p.role || p.rule === 'person.titled' || !isUnit(u)) continue;
      if (!/^的(?:一名|一位)?(?:年轻|老)?$/.test(s.text.slice(u.end, p.start))) continue;
      emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(u), sentence: s.index });
    }
  },
});
