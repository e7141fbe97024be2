/** 客户经理王某在某支行: the unit after 在 is where the person works. */
import { defineRelationRule } from '../../rule.js';
import { rolePersons, worksAt } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const worksAtNameAtUnit = defineRelationRule({
  id: 'works_at.name-at-unit',
  description: 'a role and a name followed by 在 and a unit',
  produces: 'WORKS_AT',
  confidence: 0.8,
  run(s, ctx, emit) {
    for (const p of rolePersons(s, ctx)) {
      const w = worksAt(p, s, ctx);
      if (w.kind === 'name-at-unit') emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(w.unit), sentence: s.index, role: p.role! });
    }
  },
});
