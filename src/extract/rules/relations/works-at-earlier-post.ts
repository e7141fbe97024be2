/**
 * 甲分行副行长兼乙支行行长某某, 甲分行行长助理、乙支行行长某某: one person holding posts at two units, the first unit
 * and its posts written before the second's and the name. works_at.unit-role-name gives the second; this rule the
 * first, when nothing but posts and 、 or 兼 stands between the two units (a name there makes two people).
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isRole } from '../../scan/persons.js';
import { rolePersons, sentenceView, worksAt } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const worksAtEarlierPost = defineRelationRule({
  id: 'works_at.earlier-post',
  description: 'a post at a first unit before the post at a second and the name (甲分行副行长兼乙支行行长某某)',
  produces: 'WORKS_AT',
  confidence: 0.85,
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const { units } = sentenceView(s, ctx);
    for (const p of rolePersons(s, ctx)) {
      const w = worksAt(p, s, ctx);
      if (w.kind !== 'unit-role-name') continue;
      const first = units.filter((u) => u.end <= w.unit.start).pop();
      if (!first || first.end === w.unit.start) continue;
      const gap = s.tokens.filter((t) => t.start >= first.end && t.start < w.unit.start);
      const joiner = gap[gap.length - 1];
      const posts = gap.slice(0, -1);
      const last = posts[posts.length - 1];
      // (The gap is whole tokens, from the first unit's end to the second's start.)
      if (!joiner || !last || gap[0]!.start !== first.end || joiner.start + joiner.word.length !== w.unit.start) continue;
      if (!/^(?:、|兼)$/.test(joiner.word) || !isRole(last, ctx, c) || !posts.every((t) => t.word === '、' || isRole(t, ctx, c))) continue;
      emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(first), sentence: s.index, role: last.word });
    }
  },
});
