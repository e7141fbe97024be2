/**
 * 一、先进集体 / 甲支行、乙支行 / 二、先进个人 / 张三、李四: under a line that is only an honour's name, the lines
 * that only list units or people name who received it, up to the next heading or the first line of another kind.
 */
import { defineRelationRule } from '../../rule.js';
import { honourHeading } from '../../scan/headings.js';
import type { Mention, RuleCtx, SentenceCtx } from '../../types.js';
import { mentionEnd } from '../../types.js';

/** What may stand between the names of a list line: separators and counts. */
const LIST_FILLER = /^[\s、，,；;：:和及与等（）()0-9０-９个名人家位。]*$/;
/** A list item's number at the start of its line. */
export const ITEM_NUMBER = /^\s*(?:\d{1,2}\s*[、.．]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|[①-⑳])\s*/;
/** How many list lines back a heading may stand. */
const MAX_LINES = 40;

/** The recipients a line lists from `from` on, when that is a list and nothing else; none otherwise. */
function listed(s: SentenceCtx, ctx: RuleCtx, from = 0): Mention[] | undefined {
  return ctx.memo(s, `received.heading-list.${from}`, () => {
    const here = ctx.inSentence(s.index).filter((m) => m.start >= from && (m.type === 'Branch' || m.type === 'Bank' || m.type === 'Person'));
    const who = here.filter((m) => !here.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)).sort((a, b) => a.start - b.start);
    if (!who.length) return undefined;
    // (A line may open with its item's number: 1.甲支行, （2）乙支行, ③丙支行.)
    let at = from === 0 ? (ITEM_NUMBER.exec(s.text)?.[0].length ?? 0) : from;
    for (const m of who) {
      if (!LIST_FILLER.test(s.text.slice(at, m.start))) return undefined;
      at = m.end;
    }
    return LIST_FILLER.test(s.text.slice(at)) ? who : undefined;
  });
}

export const receivedHeadingList = defineRelationRule({
  id: 'received.heading-list',
  description: "the units and people listed under a line that is only an honour's name",
  produces: 'RECEIVED',
  confidence: 0.7,
  run(s, ctx, emit) {
    const give = (who: Mention[], headingAt: number, h: { start: number; end: number }): void => {
      const honour = ctx.inSentence(headingAt).find((m) => m.type === 'Honour' && m.start === h.start && m.end === h.end);
      if (!honour) return;
      for (const [i, m] of who.entries()) {
        // A unit right before its own person (兰山支行 张三) says where the person works; it received nothing.
        const next = who[i + 1];
        if (m.type !== 'Person' && next?.type === 'Person' && /^\s*$/.test(s.text.slice(m.end, next.start))) continue;
        // Nor one in brackets right after its person (张三（兰山支行）).
        const prev = who[i - 1];
        if (m.type !== 'Person' && prev?.type === 'Person' && /^\s*[（(]\s*$/.test(s.text.slice(prev.end, m.start))) continue;
        // Nor a bank written right before its branch (華南銀行|永和分行): one unit, the branch's name.
        if (m.type === 'Bank' && next?.type === 'Branch' && next.start === m.end) continue;
        // Nor one after its person on a line of the two alone, a row of a table (刘敏 建行沈阳分行, 陈刚，招行丹东支行).
        if (m.type !== 'Person' && prev?.type === 'Person' && who.length === 2 && /^\s*[，,]?\s*$/.test(s.text.slice(prev.end, m.start))) continue;
        emit({ type: 'RECEIVED', head: mentionEnd(m), tail: mentionEnd(honour), sentence: s.index });
      }
    };
    const own = honourHeading(s, ctx);
    if (own) {
      // The list in the heading's own sentence.
      const who = own.listFrom < s.text.length ? listed(s, ctx, own.listFrom) : undefined;
      if (who) give(who, s.index, own);
      return;
    }
    const who = listed(s, ctx);
    if (!who) return;
    for (let k = s.index - 1; k >= 0 && s.index - k <= MAX_LINES; k--) {
      const prev = ctx.sentences[k]!;
      if (prev.article !== s.article) return;
      const h = honourHeading(prev, ctx);
      if (h) {
        // (Under a heading whose own sentence lists nothing more, or goes on with its list.)
        if (h.listFrom >= prev.text.length || listed(prev, ctx, h.listFrom)) give(who, k, h);
        return;
      }
      if (!listed(prev, ctx)) return;
    }
  },
});
