/**
 * 荣获“全国文明单位” with no recipient named: the article's own unit received it. (Not where the clause counts who
 * received it, 3名员工获得, 6个支行荣获: members, not the unit; nor where it says what the honour is, “…”是由某会
 * 设立的荣誉称号; nor where a customer received it, 某行客户王某荣获.)
 */
import { defineRelationRule } from '../../rule.js';
import { aboutPronounPerson, clauseHasOwnActor, clauseOpensWithOtherSubject, countedRecipients, customerReceives, definesHonour, receivedHonours } from '../../scan/relations.js';
import { ARTICLE_UNIT, mentionEnd } from '../../types.js';

export const receivedArticleUnit = defineRelationRule({
  id: 'received.article-unit',
  description: "an honour conferred with no recipient named: the article's own unit",
  produces: 'RECEIVED',
  confidence: 0.6,
  run(s, ctx, emit) {
    for (const r of receivedHonours(s, ctx)) {
      if (r.subject || r.individual || clauseHasOwnActor(r.honour, s, ctx) || clauseOpensWithOtherSubject(r.honour, s, ctx) || aboutPronounPerson(r.honour, s, ctx) || countedRecipients(r.honour, s) || definesHonour(r.honour, s) || customerReceives(r.honour, s)) continue;
      emit({ type: 'RECEIVED', head: ARTICLE_UNIT, tail: mentionEnd(r.honour), sentence: s.index, ...(r.conferrer ? { conferrer: r.conferrer } : {}), ...(r.year ? { year: r.year } : {}) });
    }
  },
});
