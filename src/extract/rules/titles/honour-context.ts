/** A quoted name with 荣获 before it or 称号 after it. */
import { defineMentionRule } from '../../rule.js';
import { scanTitles } from '../../scan/titles.js';

export const honourContext = defineMentionRule({
  id: 'honour.context',
  description: 'a quoted name with 荣获 before it or 称号 after it',
  produces: 'Honour',
  confidence: 0.75,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of scanTitles(s, ctx)) {
      if (t.finding !== 'honour.context') continue;
      emit({ type: t.type, name: t.name, surface: s.surface.slice(t.start, t.end), sentence: s.index, start: t.start, end: t.end, ...(t.aliases ? { aliases: t.aliases } : {}) });
    }
  },
});
