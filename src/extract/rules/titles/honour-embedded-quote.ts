/** A quote in the middle of an honour's name (省级“双创”示范企业). */
import { defineMentionRule } from '../../rule.js';
import { scanTitles } from '../../scan/titles.js';

export const honourEmbeddedQuote = defineMentionRule({
  id: 'honour.embedded-quote',
  description: 'a quote in the middle of an honour\'s name (省级“双创”示范企业)',
  produces: 'Honour',
  confidence: 0.8,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of scanTitles(s, ctx)) {
      if (t.finding !== 'honour.embedded-quote') continue;
      emit({ type: t.type, name: t.name, surface: s.surface.slice(t.start, t.end), sentence: s.index, start: t.start, end: t.end, ...(t.aliases ? { aliases: t.aliases } : {}) });
    }
  },
});
