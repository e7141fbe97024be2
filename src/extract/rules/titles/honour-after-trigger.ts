/** An unquoted honour right after 评为 or 荣获. */
import { defineMentionRule } from '../../rule.js';
import { scanTitles } from '../../scan/titles.js';

export const honourAfterTrigger = defineMentionRule({
  id: 'honour.after-trigger',
  description: 'an unquoted honour right after 评为 or 荣获',
  produces: 'Honour',
  confidence: 0.7,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of scanTitles(s, ctx)) {
      if (t.finding !== 'honour.after-trigger') continue;
      emit({ type: t.type, name: t.name, surface: s.surface.slice(t.start, t.end), sentence: s.index, start: t.start, end: t.end, ...(t.aliases ? { aliases: t.aliases } : {}) });
    }
  },
});
