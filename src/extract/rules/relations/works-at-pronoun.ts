/**
 * 他在某支行已经工作了十年, 她先后在甲支行、乙支行任职, 她在某支行当柜员: a clause about 他 or 她 that says where
 * they work (and maybe in which post) gives that unit to the person named last before: in an earlier clause of the
 * sentence (某某告诉记者，她在…), or else before the sentence. So does 她所在的某支行 (the unit she works at).
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isRole } from '../../scan/persons.js';
import { sentenceView, unitsJoinedBefore, WORKS_THERE } from '../../scan/relations.js';
import { mentionEnd, PREVIOUS_PERSON } from '../../types.js';

/** From the clause's start to the unit: the pronoun, words of time or manner, then 在. */
const PRONOUN_AT = /(?:^|[，,；;。：:])\s*[他她](?:[\u4e00-\u9fff0-9]{0,8}?)(?:一直|先后|曾经?|已经?|就)?在$/;
/** 她所在的某支行, 他工作的某支行: the unit named as the pronoun's own place of work, whatever the clause says of it. */
const PRONOUN_S_UNIT = /(?:^|[，,；;。：:“"])\s*[他她](?:所在|工作|任职|就职|供职)的$/;
/** A post held there, told by a verb right after the unit (她在某支行当柜员, 他在某支行担任行长). */
const HOLDS_POST = /^(?:担任|当了?|任|做了?)/;

/** A clause with no subject of its own up to 在 (先后在, 一直在, 后又在). */
const NO_SUBJECT_AT = /^\s*(?:[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?)?(?:后|后来|此后|随后)?(?:又|还)?(?:先后|一直|曾经?|已经?|就)?在$/;

export const worksAtPronoun = defineRelationRule({
  id: 'works_at.pronoun',
  description: 'a clause about 他 or 她 saying where they work (他在某支行已经工作了十年): the person named last before',
  produces: 'WORKS_AT',
  confidence: 0.6,
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const { here, units } = sentenceView(s, ctx);
    for (const u of units) {
      const verb = HOLDS_POST.exec(s.text.slice(u.end))?.[0];
      const post = verb === undefined ? undefined : s.tokens.find((t) => t.start === u.end + verb.length && isRole(t, ctx, c))?.word;
      if (PRONOUN_S_UNIT.test(s.text.slice(0, u.start))) {
        const clauseFrom = Math.max(...[...s.text.slice(0, u.start).matchAll(/[，,；;。：:“"]/g)].map((m) => m.index + 1), 0);
        // (李娜告诉记者，她所在的某支行…: a person named in an earlier clause of the sentence is the one meant.)
        const earlier = here.filter((m) => m.type === 'Person' && m.end < clauseFrom).pop();
        emit({ type: 'WORKS_AT', head: earlier ? mentionEnd(earlier) : PREVIOUS_PERSON, tail: mentionEnd(u), sentence: s.index });
        continue;
      }
      if (!post && !WORKS_THERE.test(s.text.slice(u.end))) continue;
      // (甲支行、乙支行任职: the units listed before share it.)
      const joined = unitsJoinedBefore(units, u, s.text);
      const first = joined.length ? joined[joined.length - 1]! : u;
      const lead = s.text.slice(0, first.start);
      const clauseFrom = Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(','), lead.lastIndexOf('。'), lead.lastIndexOf('；')) + 1;
      // A person named in the clause is its subject, not the pronoun's antecedent.
      if (here.some((m) => m.type === 'Person' && m.start >= clauseFrom && m.end <= first.start)) continue;
      // 某某2003年参加工作，先后在甲支行、乙支行任职: a clause with no subject after one that opens with a person.
      const opener = here[0];
      const subject = opener?.type === 'Person' && opener.start <= 1 && clauseFrom > opener.end && NO_SUBJECT_AT.test(lead.slice(clauseFrom)) && !here.some((m) => m !== opener && m.type === 'Person' && m.start < first.start) ? opener : undefined;
      if (!subject && !PRONOUN_AT.test(lead)) continue;
      // (韩梅告诉记者，她在某支行工作了十年: a person named in an earlier clause of the sentence is the one meant.)
      const earlier = subject ? undefined : here.filter((m) => m.type === 'Person' && m.end < clauseFrom).pop();
      const who = subject ?? earlier;
      for (const unit of [u, ...joined]) emit({ type: 'WORKS_AT', head: who ? mentionEnd(who) : PREVIOUS_PERSON, tail: mentionEnd(unit), sentence: s.index, ...(post ? { role: post } : {}) });
    }
  },
});
