/**
 * “某某”讲座由甲行承办，乙行、丙行协办; 此次活动由甲行主办，乙行协办 (the programme named in the sentence
 * before): every unit of a clause that organises the programme runs it, whoever else hosts it.
 */
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd, type Mention } from '../../types.js';

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
    for (const p of before ? [before] : own) {
      for (const u of units) {
        if ((p.sentence === s.index && u.start < p.end) || !organises(u, units, s.text)) continue;
        emit({ type: 'RUNS', head: mentionEnd(u), tail: mentionEnd(p), sentence: s.index });
      }
    }
  },
});

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
