/**
 * An article about one campaign goes on unit by unit: its lead says 甲分行开展“某某”宣传活动, then 11月2日，乙支行
 * 工作人员走进某村…; 丙支行、丁支行走进社区…. Each unit that opens such a later sentence and goes out or holds
 * something there takes part in the campaign, though the sentence does not name it again. Only when the
 * article's programmes were all named in one earlier sentence (so which campaign is meant is plain) and the
 * sentence names none of its own.
 */
import { defineRelationRule } from '../../rule.js';
import { CAMPAIGN_ACTS, isUnit, sentenceView, takesPartAfter } from '../../scan/relations.js';
import { mentionEnd, type Mention, type RuleCtx, type SentenceCtx } from '../../types.js';

/**
 * Before the unit: nothing, or a date, a word of sequence or a word for the campaign's time set off by a comma
 * (11月2日，, 同时，, 活动中，, 活动期间，), or 其中 after a sentence about all the units (其中，甲行开展宣传30场).
 */
const OPENS = /^\s*(?:(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|近日|日前|近期|同时|此外|另外|随后|其中|(?:活动|宣传)?(?:中|期间)|活动当天|活动现场)(?:上午|下午|晚上)?[，,]?)?$/;
/** Before a unit opening a later clause of the sentence: the mark that ends the clause before, maybe a word that opens one. */
const LATER_CLAUSE = /[，,；;]\s*(?:而|则|同时|另外|此外)?[，,]?\s*$/;
/** Units joined in a list (甲支行、乙支行和丙支行). */
const JOIN = /^(?:[、和及与]|以及)$/;

/**
 * Per article, read up to `next`: the sentences naming programmes, in order, and for each what `articleProgrammes`
 * gives after it. Only sentences before the one asked about are read, as they were: a later sentence's mentions
 * may not be final yet.
 */
interface ArticleProgrammes {
  at: number[];
  answer: Mention[][];
  next: number;
  names: Set<string>;
}
const perFile = new WeakMap<SentenceCtx[], Map<number, ArticleProgrammes>>();

/**
 * The programmes of the article so far when one sentence before `s` names all of them (the title and the lead may
 * both name the campaign), else none: a unit is not said to take part in one of several. Worked out sentence by
 * sentence and kept (the nearest sentence naming every programme so far is this one if it does, else the previous
 * answer while no new name came, else none), so a long article is read once, not once per sentence.
 */
function articleProgrammes(s: SentenceCtx, ctx: RuleCtx): Mention[] {
  let byArticle = perFile.get(ctx.sentences);
  if (!byArticle) perFile.set(ctx.sentences, (byArticle = new Map()));
  let known = byArticle.get(s.article);
  if (!known) {
    let first = s.index;
    while (first > 0 && ctx.sentences[first - 1]!.article === s.article) first--;
    known = { at: [], answer: [], next: first, names: new Set() };
    byArticle.set(s.article, known);
  }
  for (; known.next < s.index; known.next++) {
    const here = ctx.inSentence(known.next).filter((m) => m.type === 'Programme');
    if (!here.length) continue;
    const before = known.names.size;
    for (const m of here) known.names.add(m.name);
    const previous = known.answer[known.answer.length - 1] ?? [];
    known.at.push(known.next);
    known.answer.push(new Set(here.map((m) => m.name)).size === known.names.size ? here : known.names.size === before ? previous : []);
  }
  // The last sentence naming programmes before `s`.
  let lo = 0;
  let hi = known.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (known.at[mid]! < s.index) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? [] : known.answer[lo - 1]!;
}

export const runsArticleProgramme = defineRelationRule({
  id: 'runs.article-programme',
  description: "units opening a later sentence of an article about one campaign, going out or holding something, take part in it",
  produces: 'RUNS',
  confidence: 0.5,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    if (!units.length || here.some((m) => m.type === 'Programme')) return;
    const programmes = articleProgrammes(s, ctx);
    if (!programmes.length) return;
    // The units opening the sentence, and (活动中，甲行组织员工深入乡村，乙行走进校园，丙行则在网点开展宣传) those opening a
    // later clause of it, each clause read as a sentence of its own.
    const openers = units.filter((u, k) => (k === 0 && OPENS.test(s.text.slice(0, u.start))) || (k > 0 && LATER_CLAUSE.test(s.text.slice(units[k - 1]!.end, u.start))));
    for (const first of openers) {
      const list = [first];
      for (let k = units.indexOf(first) + 1; k < units.length && JOIN.test(s.text.slice(list[list.length - 1]!.end, units[k]!.start)); k++) list.push(units[k]!);
      // (Or they only take part in the campaign's own event: “某某”启动仪式举行。甲分行、乙分行等12家金融机构参加启动
      // 仪式; not 参加了座谈会, a meeting of its own.)
      const after = s.text.slice(list[list.length - 1]!.end);
      if (!CAMPAIGN_ACTS.test(after) && !takesPartAfter(after, programmes, ctx)) continue;
      // (该行, 分行营业部 stand for a unit named elsewhere, which the lead already gave.)
      for (const u of list.filter((x) => isUnit(x) && !x.anaphora)) for (const p of programmes) emit({ type: 'RUNS', head: mentionEnd(u), tail: mentionEnd(p), sentence: s.index });
    }
  },
});
