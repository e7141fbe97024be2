/**
 * 在某支行工作了十年的王芳, 现任某银行总经理的陈某, 曾任职于某银行的张某, 在某支行担任行长的韩梅: a clause about a unit that describes the
 * person after it (…的 + name) says where that person works or worked.
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isRole } from '../../scan/persons.js';
import { postAt, sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const worksAtRelativeClause = defineRelationRule({
  id: 'works_at.relative-clause',
  description: 'a clause about a unit ending in 的 before a name (在某支行工作了十年的王芳, 现任某行行长的陈某)',
  produces: 'WORKS_AT',
  confidence: 0.75,
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const { here, units } = sentenceView(s, ctx);
    for (const p of here) {
      if (p.type !== 'Person' || s.text[p.start - 1] !== '的') continue;
      // The nearest unit before, in the same clause as the name.
      const u = units.filter((m) => m.end < p.start).pop();
      if (!u || /[，,。；;：:、“”"]/.test(s.text.slice(u.end, p.start))) continue;
      const before = s.text.slice(Math.max(0, u.start - 4), u.start);
      const after = s.text.slice(u.end, p.start - 1);
      // 在某支行工作了十年的, 曾在某行任职多年的, 任职于某行的.
      const worked = (/在$/.test(before) && WORKED.test(after)) || (/(?:任职|就职|供职|工作)于$/.test(before) && after === '');
      // 现任某银行总经理的: a verb of holding a post, the unit, then the post.
      const role = s.tokens.find((t) => t.start === u.end && isRole(t, ctx, c));
      const held = role !== undefined && role.start + role.word.length === p.start - 1 && c.appointedVerbs.some((v) => v.length > 1 && before.endsWith(v));
      // 在某支行担任行长的韩梅: 在 the unit, a verb of holding a post, the post.
      const verb = s.tokens.find((t) => t.start === u.end && /^(?:担任|任|出任|当)$/.test(t.word));
      const post = verb ? postAt(s, ctx, verb.start + verb.word.length) : undefined;
      // (在某行出任首席风险官5年的韩梅: a span of time may follow the post.)
      const postEnd = verb && post ? verb.start + verb.word.length + post.length : -1;
      if (/在$/.test(before) && verb && post && postEnd <= p.start - 1 && TIME_SPAN.test(s.text.slice(postEnd, p.start - 1))) {
        emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(u), sentence: s.index, role: post });
        continue;
      }
      if (held) emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(u), sentence: s.index, role: role.word });
      else if (worked) emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(u), sentence: s.index });
    }
  },
});

/** A span of time (5年, 十余年, 多年, 三个月), or nothing. */
const TIME_SPAN = /^(?:[0-9０-９一二三四五六七八九十两]+(?:多|余)?年多?|多年|[0-9０-９一二三四五六七八九十两]+个多?月)?$/;

/** After the unit: a verb of working there, then at most a span of time (工作了十年, 任职多年, 从业20余年). */
const WORKED = /^(?:工作|任职|从业|就职|供职)[了过]?[\u4e00-\u9fff0-9０-９余多]{0,6}$/;
