/** A quoted name shaped like a programme or with 开展 before it or 活动 after it. */
import { defineMentionRule } from '../../rule.js';
import { scanTitles } from '../../scan/titles.js';

export const programmeContext = defineMentionRule({
  id: 'programme.context',
  description: 'a quoted name shaped like a programme or with 开展 before it or 活动 after it',
  produces: 'Programme',
  confidence: 0.75,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of scanTitles(s, ctx)) {
      if (t.finding !== 'programme.context') continue;
      emit({ type: t.type, name: t.name, surface: s.surface.slice(t.start, t.end), sentence: s.index, start: t.start, end: t.end, ...(t.aliases ? { aliases: t.aliases } : {}) });
    }
  },
});
