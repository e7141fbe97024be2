/**
 * 他在某支行已经工作了十年, 她先后在甲支行、乙支行任职: a clause about 他 or 她 that says where they work gives
 * that unit to the person named last before the sentence.
 */
import { defineRelationRule } from '../../rule.js';
import { sentenceView, unitsJoinedBefore } from '../../scan/relations.js';
import { mentionEnd, PREVIOUS_PERSON } from '../../types.js';

/** From the clause's start to the unit: the pronoun, words of time or manner, then 在. */
const PRONOUN_AT = /(?:^|[，,；;。：:])\s*[他她](?:[\u4e00-\u9fff0-9]{0,8}?)(?:一直|先后|曾经?|已经?|就)?在$/;
/** After the unit: what says the person works there (工作, 任职, 上班), maybe after 已经 or 的. */
const WORKS_THERE = /^(?:已经|已|一直|的)?(?:工作|任职|上班|供职)/;

export const worksAtPronoun = defineRelationRule({
  id: 'works_at.pronoun',
  description: 'a clause about 他 or 她 saying where they work (他在某支行已经工作了十年): the person named last before',
  produces: 'WORKS_AT',
  confidence: 0.6,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    for (const u of units) {
      if (!WORKS_THERE.test(s.text.slice(u.end))) continue;
      // (甲支行、乙支行任职: the units listed before share it.)
      const joined = unitsJoinedBefore(units, u, s.text);
      const first = joined.length ? joined[joined.length - 1]! : u;
      const lead = s.text.slice(0, first.start);
      if (!PRONOUN_AT.test(lead)) continue;
      // A person named in the clause is its subject, not the pronoun's antecedent.
      const clauseFrom = Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(','), lead.lastIndexOf('。'), lead.lastIndexOf('；')) + 1;
      if (here.some((m) => m.type === 'Person' && m.start >= clauseFrom && m.end <= first.start)) continue;
      for (const unit of [u, ...joined]) emit({ type: 'WORKS_AT', head: PREVIOUS_PERSON, tail: mentionEnd(unit), sentence: s.index });
    }
  },
});
