/** Organisations the dictionary knows (tag `org`): names whose suffix does not give them away (中央文明委). */
import { defineMentionRule } from '../../rule.js';

export const orgDictionary = defineMentionRule({
  id: 'org.dictionary',
  description: 'an organisation the dictionary knows (tag org)',
  produces: 'Organization',
  confidence: 0.9,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const t of s.tokens) {
      if (ctx.lex.typed.get(t.word) !== 'org') continue;
      const end = t.start + t.word.length;
      emit({ type: 'Organization', name: t.word, surface: s.surface.slice(t.start, end), sentence: s.index, start: t.start, end });
    }
  },
});
