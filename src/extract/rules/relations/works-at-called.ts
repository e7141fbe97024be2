/**
 * 某支行有一位大堂经理叫王芳, 某支行有一名叫王芳的柜员, 在某支行，有这样一位客户经理，她叫王芳: a unit that "has" a
 * post-holder, then the name the person is called by. Staff stories introduce their person this way.
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

export const worksAtCalled = defineRelationRule({
  id: 'works_at.called',
  description: 'a unit has a post-holder who is called by a name (某支行有一位大堂经理叫王芳, 有一名叫王芳的柜员)',
  produces: 'WORKS_AT',
  confidence: 0.7,
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const { here } = sentenceView(s, ctx);
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
