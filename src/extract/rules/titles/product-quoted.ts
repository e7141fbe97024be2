/** A quoted name followed by 产品, 信用卡 … or known as a product. */
import { defineMentionRule } from '../../rule.js';
import { scanTitles } from '../../scan/titles.js';

export const productQuoted = defineMentionRule({
  id: 'product.quoted',
  description: 'a quoted name followed by 产品, 信用卡 … or known as a product',
  produces: 'Product',
  confidence: 0.9,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of scanTitles(s, ctx)) {
      if (t.finding !== 'product.quoted') continue;
      emit({ type: t.type, name: t.name, surface: s.surface.slice(t.start, t.end), sentence: s.index, start: t.start, end: t.end, ...(t.aliases ? { aliases: t.aliases } : {}) });
    }
  },
});
