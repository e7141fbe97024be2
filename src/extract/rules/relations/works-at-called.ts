/**
 * 某支行有一位大堂经理叫王芳, 某支行有一名叫王芳的柜员, 在某支行，有这样一位客户经理，她叫王芳: a unit that "has" a
 * post-holder, then the name the person is called by. Staff stories introduce their person this way, also over two
 * sentences (某支行有一位年轻的柜员。她叫王芳，…).
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isRole } from '../../scan/persons.js';
import { isUnit, MANNER_SOURCE, sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

/** From the unit to the post: 有 (the unit's own: 的, 里), one of them (一名, 这样一位), a word of manner. */
// (有一位被客户称为“贴心人”的柜员: or a short clause ending in 的 that describes the post-holder.)
const HAS_ONE = new RegExp(`^[，,]?(?:的|里|内)?[，,]?(?:就|还|也)?有(?:一|这样一|这么一)?(?:名|位|个)(?:[^，,。；;：:]{1,14}的)?${MANNER_SOURCE}$`);
/** From the post to the name: 叫, 名叫, maybe after a comma and 她 or 他. */
const CALLED_AFTER_POST = /^[，,]?(?:[她他]的?名字)?(?:[她他])?(?:叫|名叫|叫做)$/;
/** From the unit to the name, the post after it: 有一名叫 (…王芳的柜员); 有 may be left out (某支行一位叫王芳的柜员). */
const HAS_ONE_CALLED = /^[，,]?(?:的|里|内)?[，,]?(?:就|还|也)?(?:有(?:一|这样一|这么一)?|一|这样一|这么一)(?:名|位|个)(?:名)?叫(?:做)?$/;

/** A sentence that opens with the name the person before is called by (她叫, 他的名字叫, 这位柜员叫). */
const OPENS_CALLED = /^\s*(?:[她他](?:的名字)?|这(?:位|名)(?<post>[\u4e00-\u9fff]{2,5}))(?:叫|名叫|叫做)$/;
/** Before the post, in the sentence before: one of them, maybe described (有一位年轻的, 迎面走来一位, 有位, 一名“90后”). */
const ONE_OF_BEFORE_POST = new RegExp(`(?:有|一|这样一|这么一)(?:名|位|个)(?:[^，,。；;：:]{1,14}的)?${MANNER_SOURCE}(?:[“"][^”"]{1,8}[”"])?$`);
/** After the post, to that sentence's end: nothing, or a short clause of what the person is doing (正在忙碌). */
const POST_ENDS_SENTENCE = /^(?:[，,]?[\u4e00-\u9fff]{0,8})?[。！!…]*\s*$/;

export const worksAtCalled = defineRelationRule({
  id: 'works_at.called',
  description: 'a unit has a post-holder who is called by a name (某支行有一位大堂经理叫王芳, 有一名叫王芳的柜员)',
  produces: 'WORKS_AT',
  confidence: 0.7,
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const { here } = sentenceView(s, ctx);
    // (某支行有一位年轻的柜员。她叫王芳: the post-holder and the unit in the sentence before, the name in this one.)
    const first = here.find((m) => m.type === 'Person');
    const opens = first ? OPENS_CALLED.exec(s.text.slice(0, first.start)) : null;
    const before = ctx.sentences[s.index - 1];
    if (first && opens && before && before.article === s.article) {
      const prev = sentenceView(before, ctx);
      for (const t of before.tokens) {
        if (!isRole(t, ctx, c) || c.publicNoun.has(t.word) || (opens.groups?.['post'] && opens.groups['post'] !== t.word)) continue;
        const u = prev.units.filter((m) => m.end <= t.start).pop();
        if (!u || prev.here.some((m) => m.start >= u.end && m.start < before.text.length && m !== u && (m.type === 'Person' || isUnit(m)))) continue;
        const rest = before.text.slice(t.start + t.word.length);
        // (…有一位客户经理接待了一位商户。他叫…: another person brought in after the post is the one named.)
        if (/(?:名|位|个)/.test(rest) || !ONE_OF_BEFORE_POST.test(before.text.slice(u.end, t.start)) || !POST_ENDS_SENTENCE.test(rest) || /[。！!]/.test(before.text.slice(u.end, t.start))) continue;
        emit({ type: 'WORKS_AT', head: mentionEnd(first), tail: mentionEnd(u), sentence: s.index, role: t.word });
        break;
      }
    }
    for (const p of here) {
      if (p.type !== 'Person') continue;
      const u = here.filter((m) => m.end <= p.start && isUnit(m)).pop();
      if (!u || here.some((m) => m.start >= u.end && m.end <= p.start && m.type === 'Person')) continue;
      const between = s.text.slice(u.end, p.start);
      // (有一名叫王芳的柜员: the post after the name.)
      if (HAS_ONE_CALLED.test(between)) {
        const t = s.tokens.find((x) => x.start === p.end + 1 && s.text[p.end] === '的');
        if (t && isRole(t, ctx, c) && !c.publicNoun.has(t.word)) emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(u), sentence: s.index, role: t.word });
        continue;
      }
      // (有一位大堂经理叫王芳: the post between.)
      for (const t of s.tokens) {
        if (t.start <= u.end || t.start + t.word.length >= p.start || !isRole(t, ctx, c) || c.publicNoun.has(t.word)) continue;
        if (HAS_ONE.test(s.text.slice(u.end, t.start)) && CALLED_AFTER_POST.test(s.text.slice(t.start + t.word.length, p.start))) {
          emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(u), sentence: s.index, role: t.word });
          break;
        }
      }
    }
  },
});
