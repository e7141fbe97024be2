/** 杭州银行在公告中强调，董事长宋某将代为履行行长职责: a top post with no unit of its own, at the sentence's subject. */
import { defineRelationRule } from '../../rule.js';
import { rolePersons, worksAt } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const worksAtSentenceUnit = defineRelationRule({
  id: 'works_at.sentence-unit',
  description: "a top post (董事长, 行长) named with no unit of its own: the unit the sentence opens with, its subject",
  produces: 'WORKS_AT',
  confidence: 0.7,
  run(s, ctx, emit) {
    for (const p of rolePersons(s, ctx)) {
      const w = worksAt(p, s, ctx);
      if (w.kind === 'sentence-unit') emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(w.unit), sentence: s.index, role: p.role! });
    }
  },
});
