/** A quoted name shaped like an honour (…先锋号, …文明单位). */
import { defineMentionRule } from '../../rule.js';
import { scanTitles } from '../../scan/titles.js';

export const honourShape = defineMentionRule({
  id: 'honour.shape',
  description: 'a quoted name shaped like an honour (…先锋号, …文明单位)',
  produces: 'Honour',
  confidence: 0.9,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of scanTitles(s, ctx)) {
      if (t.finding !== 'honour.shape') continue;
      emit({ type: t.type, name: t.name, surface: s.surface.slice(t.start, t.end), sentence: s.index, start: t.start, end: t.end, ...(t.aliases ? { aliases: t.aliases } : {}) });
    }
  },
});
