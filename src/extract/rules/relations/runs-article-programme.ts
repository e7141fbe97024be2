/**
 * An article about one campaign goes on unit by unit: its lead says 甲分行开展“某某”宣传活动, then 11月2日，乙支行
 * 工作人员走进某村…; 丙支行、丁支行走进社区…. Each unit that opens such a later sentence and goes out or holds
 * something there takes part in the campaign, though the sentence does not name it again. Only when the
 * article's programmes were all named in one earlier sentence (so which campaign is meant is plain) and the
 * sentence names none of its own.
 */
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd, type Mention, type RuleCtx, type SentenceCtx } from '../../types.js';

/** Before the unit: nothing, or a date or a word of sequence set off by a comma (11月2日，, 同时，). */
const OPENS = /^\s*(?:(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|近日|日前|近期|同时|此外|另外|随后)(?:上午|下午|晚上)?[，,]?)?$/;
/** Units joined in a list (甲支行、乙支行和丙支行). */
const JOIN = /^(?:[、和及与]|以及)$/;
/** After the units, in their clause: their staff (工作人员, 青年员工, 志愿者), then a verb of going out or holding. */
const ACTS = /^(?:的)?[^，,。；;“”"]{0,12}?(?:走进|走入|深入|前往|来到|进入|开展|举办|组织开展)/;

/**
 * The programmes of the article so far when one sentence before `s` names all of them (the title and the lead may
 * both name the campaign), else none: a unit is not said to take part in one of several.
 */
function articleProgrammes(s: SentenceCtx, ctx: RuleCtx): Mention[] {
  const bySentence: Mention[][] = [];
  for (let i = s.index - 1; i >= 0 && ctx.sentences[i]!.article === s.article; i--) {
    const here = ctx.inSentence(i).filter((m) => m.type === 'Programme');
    if (here.length) bySentence.push(here);
  }
  const names = new Set(bySentence.flat().map((m) => m.name));
  return bySentence.find((ms) => names.size === new Set(ms.map((m) => m.name)).size) ?? [];
}

export const runsArticleProgramme = defineRelationRule({
  id: 'runs.article-programme',
  description: "units opening a later sentence of an article about one campaign, going out or holding something, take part in it",
  produces: 'RUNS',
  confidence: 0.5,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    const first = units[0];
    if (!first || here.some((m) => m.type === 'Programme') || !OPENS.test(s.text.slice(0, first.start))) return;
    const list = [first];
    for (let k = units.indexOf(first) + 1; k < units.length && JOIN.test(s.text.slice(list[list.length - 1]!.end, units[k]!.start)); k++) list.push(units[k]!);
    if (!ACTS.test(s.text.slice(list[list.length - 1]!.end))) return;
    const programmes = articleProgrammes(s, ctx);
    // (该行, 分行营业部 stand for a unit named elsewhere, which the lead already gave.)
    for (const u of list.filter((x) => isUnit(x) && !x.anaphora)) for (const p of programmes) emit({ type: 'RUNS', head: mentionEnd(u), tail: mentionEnd(p), sentence: s.index });
  },
});
