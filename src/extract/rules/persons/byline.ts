/** The people a byline names (本报讯（记者 周海）, 通讯员 白建平, 郑凯 摄影报道), with their role in it. */
import { defineMentionRule } from '../../rule.js';

export const personByline = defineMentionRule({
  id: 'person.byline',
  description: 'a person named in a byline or credit line (记者, 通讯员, 摄影)',
  produces: 'Person',
  confidence: 0.95,
  strength: 'certain',
  on: 'byline',
  run(s, ctx, emit) {
    for (const p of s.byline ?? []) {
      emit({ type: 'Person', name: ctx.normalize(p.name), surface: s.surface.slice(p.start, p.end), sentence: s.index, start: p.start, end: p.end, role: p.role });
    }
  },
});
