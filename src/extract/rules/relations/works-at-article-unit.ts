/** 网点负责人李敏 with no unit named: a staff role means the article's own unit. */
import { defineRelationRule } from '../../rule.js';
import { rolePersons, worksAt } from '../../scan/relations.js';
import { ARTICLE_UNIT, mentionEnd } from '../../types.js';

export const worksAtArticleUnit = defineRelationRule({
  id: 'works_at.article-unit',
  description: "a person with a staff role and no unit named: the article's own unit",
  produces: 'WORKS_AT',
  confidence: 0.6,
  run(s, ctx, emit) {
    for (const p of rolePersons(s, ctx)) {
      if (worksAt(p, s, ctx).kind === 'article-unit') emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: ARTICLE_UNIT, sentence: s.index, role: p.role! });
    }
  },
});
