/**
 * 网点负责人李敏 with no unit named: a staff role means the article's own unit; a post of one outlet (大堂经理,
 * 柜员) the outlet the story is in, which in a 分行's article is one of its 支行.
 */
import { defineRelationRule } from '../../rule.js';
import { isUnit, rolePersons, sentenceView, worksAt } from '../../scan/relations.js';
import { cues } from '../../cues.js';
import { ARTICLE_BANK, ARTICLE_BRANCH, ARTICLE_UNIT, mentionEnd, OUTLET, OUTLET_NAME } from '../../types.js';

export const worksAtArticleUnit = defineRelationRule({
  id: 'works_at.article-unit',
  description: "a person with a staff role and no unit named: the article's own unit",
  produces: 'WORKS_AT',
  confidence: 0.6,
  run(s, ctx, emit) {
    for (const p of rolePersons(s, ctx)) {
      const w = worksAt(p, s, ctx);
      if (w.kind === 'article-bank') {
        emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: ARTICLE_BANK, sentence: s.index, role: p.role! });
        continue;
      }
      if (w.kind === 'article-branch') {
        emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: ARTICLE_BRANCH, sentence: s.index, role: p.role! });
        continue;
      }
      if (w.kind !== 'article-unit') continue;
      // (交给了营业部主任某某: the post with the bare unit word before it, 营业部主任.)
      const role = w.role ?? p.role!;
      const frontLine = cues(ctx.lex).frontLineRole.has(role) || w.outlet === true;
      // 走进某支行的营业大堂，理财经理王芳…: an outlet named earlier in the sentence is the one the story is in
      // (unless another organisation or person stands between).
      const { here } = sentenceView(s, ctx);
      const before = here.filter((m) => m.end <= p.start);
      const last = before.filter((m) => isUnit(m) || m.type === 'Organization' || m.type === 'Person').pop();
      const outletHere = frontLine && last?.type === 'Branch' && OUTLET_NAME.test(last.name) ? last : undefined;
      emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: outletHere ? mentionEnd(outletHere) : frontLine ? OUTLET : ARTICLE_UNIT, sentence: s.index, role });
    }
  },
});
