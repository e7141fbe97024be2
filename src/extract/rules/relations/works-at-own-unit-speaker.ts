/**
 * “照看独居老人，我们支行一做就是十年。”某某说: a speaker whose words call a unit their own (我们支行, 我行, 我社) speaks
 * for the unit named last before the quote, in its sentence or the one before it in the paragraph.
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd, type Mention, type SentenceCtx } from '../../types.js';

/** Words for one's own unit inside a quote. */
const OWN_UNIT = /我们(?:的)?(?:支行|分行|网点|银行|营业部|信用社|联社)|我们行|我行|我社|本行/;

/** The quote right before the name: its opening mark and what it holds, up to its closing mark. */
const QUOTE_BEFORE = /[“「]([^“”「」]{2,200})[”」]\s*$/;

export const worksAtOwnUnitSpeaker = defineRelationRule({
  id: 'works_at.own-unit-speaker',
  description: 'a speaker whose quote calls a unit their own (“…我们支行…”某某说): the unit named last before the quote',
  produces: 'WORKS_AT',
  confidence: 0.7,
  run(s, ctx, emit) {
    const { here } = sentenceView(s, ctx);
    const c = cues(ctx.lex);
    for (const p of here) {
      if (p.type !== 'Person' || !c.speechAfterName.test(s.text.slice(p.end))) continue;
      // The quote right before the name, in its sentence or (when the name opens it) closing the sentence before:
      // a quote that ends with its full stop is split from its speaker.
      const before = s.text.slice(0, p.start);
      const prev = sentenceBefore(s.index);
      const inPrev = /^\s*$/.test(before) && prev !== undefined;
      const where = inPrev ? prev : s;
      const q = QUOTE_BEFORE.exec(inPrev ? prev.text : before);
      if (!q || !OWN_UNIT.test(q[1]!)) continue;
      const named = sentenceView(where, ctx).here;
      // (No other person named in the quote: the words may be about them.)
      if (named.some((m) => m !== p && m.type === 'Person' && m.start >= q.index && (inPrev || m.start < p.start))) continue;
      const unit = lastUnitBefore(named, q.index) ?? lastUnitOfSentenceBefore(where.index);
      if (unit) emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(unit), sentence: s.index });
    }

    function lastUnitBefore(mentions: Mention[], end: number): Mention | undefined {
      return mentions.filter((m) => isUnit(m) && m.end <= end).pop();
    }

    /** The sentence before `index` in the same paragraph of the same article. */
    function sentenceBefore(index: number): SentenceCtx | undefined {
      const prev = ctx.sentences[index - 1];
      return prev && prev.paragraph === s.paragraph && prev.article === s.article ? prev : undefined;
    }

    /** The unit the sentence before `index` names last, when it names no person after it. */
    function lastUnitOfSentenceBefore(index: number): Mention | undefined {
      const prev = sentenceBefore(index);
      if (!prev) return undefined;
      const named = sentenceView(prev, ctx).here;
      const unit = lastUnitBefore(named, prev.text.length);
      return unit && !named.some((m) => m.type === 'Person' && m.start >= unit.end) ? unit : undefined;
    }
  },
});
