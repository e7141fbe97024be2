/**
 * “某某”讲座由甲行承办，乙行、丙行协办; 此次活动由甲行主办，乙行协办 (the programme named in the sentence
 * before): every unit of a clause that organises the programme runs it, whoever else hosts it. So does every unit
 * of a chain of organisers after 由, whether it comes before the programme (由甲行主办、乙行承办的“某某”比赛) or after it
 * (“某某”由甲行主办、乙行协办); a body that only guides or backs it (由人民银行指导、甲行主办的) runs nothing.
 */
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd, type Mention, type RuleCtx, type SentenceCtx } from '../../types.js';

/** A clause of units alone (after 由 at most), ending in a verb of organising. */
const ORGANISING_CLAUSE = /^(?:并?由)?[、和与及]*(?:联合|共同)?(?:主办|承办|协办|参办|赞助|冠名)$/;
/** The event named is held (“…”活动于某日正式启动, “…”比赛在某地举行). */
const HELD_AFTER = /^[^，,。；;]{0,24}?(?:举行|举办|启动|开幕|开展|召开|开赛|拉开帷幕)/;
/** A sentence about the event named before it (此次活动由…, 本次大赛由…). */
const THE_EVENT = /^\s*(?:此次|本次|这次|该|这一)?(?:活动|比赛|大赛|竞赛|赛事|论坛)(?:由|[，,])/;

export const runsOrganisers = defineRelationRule({
  id: 'runs.organisers',
  description: 'the units of a clause that organises a programme (甲行承办，乙行、丙行协办), in its sentence or the next',
  produces: 'RUNS',
  confidence: 0.75,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    const own = here.filter((m) => m.type === 'Programme');
    // (Or the last programme of the sentence before, when this one opens with 此次活动由….)
    // (…of which that sentence says it was held: “…”活动于某日启动。此次活动由….)
    const prev = ctx.sentences[s.index - 1];
    const before = own.length === 0 && prev && THE_EVENT.test(s.text) ? ctx.inSentence(s.index - 1).filter((m) => m.type === 'Programme' && HELD_AFTER.test(prev.text.slice(m.end))).pop() : undefined;
    // (由甲行主办、乙行承办的“某某”, “某某”由甲行主办、乙行协办: a chain of organisers next to the programme.)
    const members = here.filter((m) => isUnit(m) || m.type === 'Organization');
    for (const p of own) {
      for (const u of organiserChain(s.text, p, members)) emit({ type: 'RUNS', head: mentionEnd(u), tail: mentionEnd(p), sentence: s.index });
    }
    for (const p of before ? [before] : own) {
      for (const u of units) {
        if ((p.sentence === s.index && u.start < p.end) || !organises(u, units, s.text)) continue;
        emit({ type: 'RUNS', head: mentionEnd(u), tail: mentionEnd(p), sentence: s.index });
      }
    }
    // (“某某”知识竞赛 ⏎ 主办单位：甲行 ⏎ 承办单位：乙行、丙行: a line of organisers by their label, after the programme.)
    const labelled = own.length === 0 ? labelledOrganisers(s, units) : [];
    const named = labelled.length ? programmeJustBefore(s, ctx) : undefined;
    if (named) for (const u of labelled) emit({ type: 'RUNS', head: mentionEnd(u), tail: mentionEnd(named), sentence: s.index });
  },
});

/** A label of organisers or entrants and its colon (承办单位：, 主办方：, 参赛单位：); not of who guides or backs it (指导单位). */
const ORGANISER_LABEL = /^\s*(?:主办|承办|协办|联办|参办|参与|参加|参赛)(?:单位|方|機構|机构|單位)[：:]\s*/;
/** Between the units of such a line: separators only. */
const LIST_FILLER = /^[\s、，,；;。.和及与]*$/;
/** How many sentences back the programme may be named, the lines of other labels between. */
const LABEL_LOOKBACK = 4;

/** The units of a sentence that is a label of organisers and their list alone (承办单位：甲行、乙行), else none. */
function labelledOrganisers(s: SentenceCtx, units: Mention[]): Mention[] {
  const label = ORGANISER_LABEL.exec(s.text);
  if (!label) return [];
  const list = units.filter(isUnit).filter((u) => u.start >= label[0].length);
  let at = label[0].length;
  for (const u of list) {
    if (u.start < at || !LIST_FILLER.test(s.text.slice(at, u.start))) return [];
    at = u.end;
  }
  return list.length && LIST_FILLER.test(s.text.slice(at)) ? list : [];
}

/** The one programme named in the few sentences of the article before `s`; none when they name several. */
function programmeJustBefore(s: SentenceCtx, ctx: RuleCtx): Mention | undefined {
  for (let k = s.index - 1; k >= 0 && s.index - k <= LABEL_LOOKBACK; k--) {
    if (ctx.sentences[k]!.article !== s.article) return undefined;
    const found = ctx.inSentence(k).filter((m) => m.type === 'Programme');
    if (found.length) return new Set(found.map((m) => m.name)).size === 1 ? found[0] : undefined;
  }
  return undefined;
}

/** The unit stands in a clause of units alone that ends in a verb of organising (甲行承办, 乙行、丙行协办). */
function organises(u: Mention, units: Mention[], text: string): boolean {
  if (!isUnit(u)) return false;
  const from = Math.max(0, ...[...text.slice(0, u.start).matchAll(/[，,。；;：:]/g)].map((m) => m.index + 1));
  const to = u.end + (/[，,。；;]/.exec(text.slice(u.end))?.index ?? text.length - u.end);
  // The units of the clause, longest first, leave only what joins them.
  let clause = text.slice(from, to);
  for (const x of units.filter((x) => x.start >= from && x.end <= to).sort((a, b) => b.end - b.start - (a.end - a.start))) clause = clause.split(text.slice(x.start, x.end)).join('');
  return ORGANISING_CLAUSE.test(clause.replace(/^(?:此次|本次|这次|该|这一)?(?:活动|比赛|大赛|竞赛|赛事|论坛)/, ''));
}

/** A verb of organising after a group of organisers, or (second group) of guiding or backing only. */
const CHAIN_VERB = /^(?:联合|共同)?(?:(主办|承办|协办|参办|联办|赞助|冠名|举办|发起|牵头)|指导|支持)/;
/** Before the programme, after the chain: 的, maybe an edition (由…承办的第三届“某某”). */
const CHAIN_THEN_PROGRAMME = /^的(?:第[一二三四五六七八九十百\d]+届|首届)?[“"]?$/;
/** After the programme, up to 由: its kind at most (“某某”读书会由). */
const PROGRAMME_THEN_BY = /^[”"]?[^，,。；;“”"]{0,8}?由/;

/**
 * 由甲行主办、乙行承办的“某某”, “某某”由甲行主办，乙行协办: the units that organise the programme in a chain of groups
 * of organisers after 由, each group's verb said after it; a group that only guides or backs it runs nothing.
 */
function organiserChain(text: string, p: Mention, members: Mention[]): Mention[] {
  const starts: number[] = [];
  for (let k = text.lastIndexOf('由', p.start); k >= 0 && k >= p.start - 60; k = k > 0 ? text.lastIndexOf('由', k - 1) : -1) starts.push(k + 1);
  const after = PROGRAMME_THEN_BY.exec(text.slice(p.end));
  if (after) starts.push(p.end + after[0].length);
  for (const at of starts) {
    const chain = readChain(text, at, members);
    if (!chain) continue;
    if (chain.end <= p.start ? CHAIN_THEN_PROGRAMME.test(text.slice(chain.end, p.start)) : at > p.start && /^(?:[，,。；;！!]|$)/.test(text.slice(chain.end))) return chain.runs;
  }
  return [];
}

function readChain(text: string, from: number, members: Mention[]): { end: number; runs: Mention[] } | undefined {
  const at = (pos: number): Mention | undefined => members.filter((m) => m.start === pos).sort((a, b) => b.end - a.end)[0];
  const runs: Mention[] = [];
  let pos = from;
  for (;;) {
    const group: Mention[] = [];
    for (let m = at(pos); m; ) {
      group.push(m);
      pos = m.end;
      const join = /^(?:[、和与及]|以及)/.exec(text.slice(pos));
      m = join ? at(pos + join[0].length) : undefined;
      if (m) pos += join![0].length;
    }
    const verb = group.length ? CHAIN_VERB.exec(text.slice(pos)) : null;
    if (!verb) return undefined;
    pos += verb[0].length;
    if (verb[1]) runs.push(...group.filter(isUnit));
    if (!/^[、，,]/.test(text.slice(pos)) || !at(pos + 1)) return { end: pos, runs };
    pos += 1;
  }
}
