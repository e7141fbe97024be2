/**
 * 网点负责人李敏 with no unit named: a staff role means the article's own unit; a post of one outlet (大堂经理,
 * 柜员) the outlet the story is in, which in a 分行's article is one of its 支行.
 */
import { defineRelationRule } from '../../rule.js';
import { rolePersons, worksAt } from '../../scan/relations.js';
import { cues } from '../../cues.js';
import { ARTICLE_UNIT, mentionEnd, OUTLET } from '../../types.js';

export const worksAtArticleUnit = defineRelationRule({
  id: 'works_at.article-unit',
  description: "a person with a staff role and no unit named: the article's own unit",
  produces: 'WORKS_AT',
  confidence: 0.6,
  run(s, ctx, emit) {
    for (const p of rolePersons(s, ctx)) {
      if (worksAt(p, s, ctx).kind === 'article-unit') emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: cues(ctx.lex).frontLineRole.has(p.role!) ? OUTLET : ARTICLE_UNIT, sentence: s.index, role: p.role! });
    }
  },
});
