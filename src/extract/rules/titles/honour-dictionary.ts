/** An honour the dictionary knows, quoted or not. */
import { defineMentionRule } from '../../rule.js';
import { scanTitles } from '../../scan/titles.js';

export const honourDictionary = defineMentionRule({
  id: 'honour.dictionary',
  description: 'an honour the dictionary knows, quoted or not',
  produces: 'Honour',
  confidence: 0.9,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of scanTitles(s, ctx)) {
      if (t.finding !== 'honour.dictionary') continue;
      emit({ type: t.type, name: t.name, surface: s.surface.slice(t.start, t.end), sentence: s.index, start: t.start, end: t.end, ...(t.aliases ? { aliases: t.aliases } : {}) });
    }
  },
});
