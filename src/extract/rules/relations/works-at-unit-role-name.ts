/** 某支行行长王某: the unit right before a role and a name is where the person works. */
import { defineRelationRule } from '../../rule.js';
import { rolePersons, worksAt } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const worksAtUnitRoleName = defineRelationRule({
  id: 'works_at.unit-role-name',
  description: 'a person named after a unit and a role (沈阳分行员工邢丽丽)',
  produces: 'WORKS_AT',
  confidence: 0.9,
  run(s, ctx, emit) {
    for (const p of rolePersons(s, ctx)) {
      const w = worksAt(p, s, ctx);
      if (w.kind !== 'unit-role-name') continue;
      // (The post at the unit may be one held before another body's, which the person holds last: w.role.)
      emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(w.unit), sentence: s.index, role: w.role ?? p.role! });
      if (w.joint) emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(w.joint), sentence: s.index, role: w.role ?? p.role! });
      // (甲支行、乙支行的行长某某和某某分别发言: the later people of the list may be read with no post; they hold the first's.)
      for (const [other, unit] of w.paired ?? []) {
        if (other !== p && !other.role) emit({ type: 'WORKS_AT', head: mentionEnd(other), tail: mentionEnd(unit), sentence: s.index, role: p.role! });
      }
    }
  },
});
