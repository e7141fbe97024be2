/**
 * The sentence's own subject runs its programme too, when it opens the sentence
 * (建行本溪分行……推广平山支行经验，让“劳动者港湾”……); 据农行鞍山分行介绍 names a source, not the actor, and
 * 甲分行辖内乙支行 the unit the actor belongs to.
 */
import { defineRelationRule } from '../../rule.js';
import { attendsProgramme, guidesActor, respectivePairs, runsSubject, sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

/**
 * Before the subject: nothing, or one clause of time or purpose set off by a comma (近年来，…; “双减”实施以来，…;
 * 为提升服务，…), which has no subject of its own.
 */
const OPENS = /^[\s“"]*(?:[^，,。；;：:]{2,40}[，,])?$/;

export const runsSentenceSubject = defineRelationRule({
  id: 'runs.sentence-subject',
  description: 'a programme run by the unit that opens the sentence',
  produces: 'RUNS',
  confidence: 0.6,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
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
      // (甲支行员工应邀出席某小学“某某”活动: the opener only attends it.)
      if (attendsProgramme(p, s, opener.end)) continue;
      if (opener !== own && opener.end <= p.start && OPENS.test(s.text.slice(0, opener.start)) && !/^(?:介绍|表示|称|透露|获悉|辖内|所辖|辖属|旗下|下属)/.test(s.text.slice(opener.end))) {
        emit({ type: 'RUNS', head: mentionEnd(opener), tail: mentionEnd(p), sentence: s.index });
      }
    }
  },
});
