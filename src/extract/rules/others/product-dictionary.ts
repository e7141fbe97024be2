/** Financial products the dictionary knows (社保卡, 融e借), named without quotes. */
import { defineMentionRule } from '../../rule.js';

export const productDictionary = defineMentionRule({
  id: 'product.dictionary',
  description: 'a product the dictionary knows (tag product)',
  produces: 'Product',
  confidence: 0.9,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of s.tokens) {
      if (ctx.lex.typed.get(t.word) !== 'product') continue;
      const end = t.start + t.word.length;
      emit({ type: 'Product', name: t.word, surface: s.surface.slice(t.start, end), sentence: s.index, start: t.start, end });
    }
  },
});
