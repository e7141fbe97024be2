/**
 * The sentence's own subject runs its programme too, when it opens the sentence
 * (建行本溪分行……推广平山支行经验，让“劳动者港湾”……); 据农行鞍山分行介绍 names a source, not the actor, and
 * 甲分行辖内乙支行 the unit the actor belongs to.
 */
import { defineRelationRule } from '../../rule.js';
import { attendsProgramme, guidesActor, respectivePairs, runsSubject, sentenceView } from '../../scan/relations.js';
import { mentionEnd, type Mention } from '../../types.js';

/**
 * Before the subject: nothing, or one clause of time or purpose set off by a comma (近年来，…; “双减”实施以来，…;
 * 为提升服务，…), which has no subject of its own.
 */
const OPENS = /^[\s“"]*(?:[^，,。；;：:]{2,40}[，,])?$/;

/** A frame that opens the sentence, 在…“某某”活动中，(or 期间, 里) up to its comma. */
const FRAME = /^[\s“"]*在[^，,。；;]{2,40}?[”"」](?:[^，,。；;“”"「」]{0,8}?)(?:中|期间|里|裡)[，,]\s*/;

/** Right before a unit, the mark that ends the clause before it and maybe a word that opens a clause (，…则, ；同时). */
const CLAUSE_THEN_UNIT = /[，,；;]\s*(?:而|则|同时|另外|此外|其中|与此同时)?[，,]?\s*$/;

/**
 * 甲支行推出“A”，乙支行则打造“B”: the programme's own unit opens a later clause of its own, and the opener's clause
 * already held a programme; the clauses go side by side, each unit with its own programme.
 */
function ownLaterClause(opener: Mention, own: Mention, programmes: Mention[], text: string): boolean {
  if (own.start < opener.end || !CLAUSE_THEN_UNIT.test(text.slice(opener.end, own.start))) return false;
  const mark = Math.max(...[...text.slice(0, own.start).matchAll(/[，,；;]/g)].map((m) => m.index));
  return programmes.some((q) => q.start >= opener.end && q.end <= mark);
}

export const runsSentenceSubject = defineRelationRule({
  id: 'runs.sentence-subject',
  description: 'a programme run by the unit that opens the sentence',
  produces: 'RUNS',
  confidence: 0.6,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    // (在人民银行组织的“某某”活动中，甲支行深入乡村宣传: the unit that opens the clause after a frame naming another
    // body's programme takes part in it.)
    const frame = FRAME.exec(s.text);
    if (frame) {
      const after = units.find((u) => u.start === frame[0].length);
      for (const p of here.filter((m) => m.type === 'Programme' && m.end <= frame[0].length)) {
        if (after && !guidesActor(after, s, ctx)) emit({ type: 'RUNS', head: mentionEnd(after), tail: mentionEnd(p), sentence: s.index });
      }
    }
    const opener = units[0];
    // (在某分行的指导下，…: a unit that only guides the actor opens no sentence as its subject.)
    if (!opener || guidesActor(opener, s, ctx)) return;
    // (甲支行、乙支行分别推出“A”和“B”: programmes paired with their units are read by runs.subject alone.)
    const pairs = respectivePairs(s, ctx);
    for (const p of here.filter((m) => m.type === 'Programme' && !pairs.has(m))) {
      const own = runsSubject(p, s, ctx);
      // (农行某支行参观了工行某支行的“工行驿站”, 借鉴建行“劳动者港湾”的做法: a unit right before the programme, maybe
      // with 的, names whose it is; the opener only visits or learns from it.)
      if (own && own.end <= p.start && /^的?[“"]?$/.test(s.text.slice(own.end, p.start))) continue;
      // (甲支行推出“A”，乙支行则打造“B”: B is the second clause's, whose unit opens it.)
      if (own && own !== opener && own.end <= p.start && ownLaterClause(opener, own, here.filter((m) => m.type === 'Programme'), s.text)) continue;
      // (甲支行员工应邀出席某小学“某某”活动: the opener only attends it.)
      if (attendsProgramme(p, s, opener.end)) continue;
      if (opener !== own && opener.end <= p.start && OPENS.test(s.text.slice(0, opener.start)) && !/^(?:介绍|表示|称|透露|获悉|辖内|所辖|辖属|旗下|下属)/.test(s.text.slice(opener.end))) {
        emit({ type: 'RUNS', head: mentionEnd(opener), tail: mentionEnd(p), sentence: s.index });
      }
    }
  },
});
