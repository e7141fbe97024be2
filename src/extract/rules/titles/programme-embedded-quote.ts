/** 反诈“三进”集中宣讲活动: a quote in the middle of a programme's name, which goes on to its kind. */
import { defineMentionRule } from '../../rule.js';
import { scanTitles } from '../../scan/titles.js';

export const programmeEmbeddedQuote = defineMentionRule({
  id: 'programme.embedded-quote',
  description: "a quote inside a programme's name that goes on to its kind (反诈“三进”集中宣讲活动)",
  produces: 'Programme',
  confidence: 0.7,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of scanTitles(s, ctx)) {
      if (t.finding !== 'programme.embedded-quote') continue;
      emit({ type: t.type, name: t.name, surface: s.surface.slice(t.start, t.end), sentence: s.index, start: t.start, end: t.end, ...(t.aliases ? { aliases: t.aliases } : {}) });
    }
  },
});
