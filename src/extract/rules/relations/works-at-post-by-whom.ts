/**
 * 某支行行长一职由某某接任, 本行行长职责暂由董事长某某代为履行: a unit's post, then who takes it after 由. The
 * post is the one named before 由; the person works at the unit named right before that post. (A post of the
 * person's own may stand between 由 and the name: 由董事长某某代为履行; then that is the person's role.)
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isRole, POST_THEN_BY, TAKES_POST } from '../../scan/persons.js';
import { isUnit, opensSentence, sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

/** 由, then the name of a body (财政局, 財政部) before the person's own post there. */
const OWN_BODY = /由([\u4e00-\u9fff]{2,10})$/;

export const worksAtPostByWhom = defineRelationRule({
  id: 'works_at.post-by-whom',
  description: 'a unit’s post, then who takes it after 由 (某支行行长一职由某某接任; 职责暂由董事长某某代为履行)',
  produces: 'WORKS_AT',
  confidence: 0.75,
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const { here } = sentenceView(s, ctx);
    const toks = s.tokens;
    for (const p of here) {
      // (党委书记由某某同志担任: 同志 may stand between the name and the verb.)
      if (p.type !== 'Person' || !TAKES_POST.test(s.text.slice(p.end).replace(/^(?:同志|先生|女士)/, ''))) continue;
      // 由, or 由 and the person's own post (由董事长某某).
      const own = toks.find((t) => t.start + t.word.length === p.start && isRole(t, ctx, c));
      let by = own ? own.start - 1 : p.start - 1;
      // (董事长由县财政局局长某某接任: the body of the person's own post may stand before it; the post is that body's,
      // and the role at the unit is the post taken.)
      const body = own && s.text[by] !== '由' ? OWN_BODY.exec(s.text.slice(Math.max(0, own.start - 12), own.start)) : null;
      if (body && !toks.some((t) => t.start > own!.start - body[1]!.length - 1 && t.start < own!.start && /^v/.test(t.tag))) by = own!.start - body[1]!.length - 1;
      if (s.text[by] !== '由') continue;
      const between = POST_THEN_BY.exec(s.text.slice(Math.max(0, by - 8), by + 1));
      if (!between) continue;
      const post = toks.find((t) => t.start + t.word.length === by + 1 - between[0].length && isRole(t, ctx, c));
      if (!post) continue;
      // The unit right before the post (本行 and 该行 are read as the unit the article is about by other rules).
      // (Or the unit the sentence opens with, when the post opens a clause of its own and nothing else that could
      // hold it stands between: 某行宣布，董事长一职由某某接任.)
      const first = here[0];
      const opening = first && opensSentence(first, s.text) && /[，,：:]$/.test(s.text.slice(0, post.start)) && !here.some((m) => m !== first && m.start >= first.end && m.start < post.start) ? first : undefined;
      // (某某不再担任某银行执行董事、副行长职务，由某某接任: the posts left may be a run joined by 、 after the unit.)
      let runStart = post.start;
      for (let t = toks.find((x) => x.start + x.word.length === runStart - 1); s.text[runStart - 1] === '、' && t && isRole(t, ctx, c); t = toks.find((x) => x.start + x.word.length === runStart - 1)) runStart = t.start;
      const unit = here.find((m) => isUnit(m) && (m.end === post.start || m.end === runStart)) ?? opening;
      if (!unit) continue;
      emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(unit), sentence: s.index, role: body ? post.word : (own?.word ?? post.word) });
    }
  },
});
