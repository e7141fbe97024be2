/** An unquoted honour of an unmistakable shape with its qualifier (朝阳市学雷锋标兵). */
import { defineMentionRule } from '../../rule.js';
import { scanTitles } from '../../scan/titles.js';

export const honourShapeUnquoted = defineMentionRule({
  id: 'honour.shape-unquoted',
  description: 'an unquoted honour of an unmistakable shape with its qualifier (朝阳市学雷锋标兵)',
  produces: 'Honour',
  confidence: 0.65,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of scanTitles(s, ctx)) {
      if (t.finding !== 'honour.shape-unquoted') continue;
      emit({ type: t.type, name: t.name, surface: s.surface.slice(t.start, t.end), sentence: s.index, start: t.start, end: t.end, ...(t.aliases ? { aliases: t.aliases } : {}) });
    }
  },
});
