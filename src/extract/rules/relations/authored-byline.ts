/** The people of a byline wrote (or photographed) the article, with their role in it. */
import { defineRelationRule } from '../../rule.js';
import { ARTICLE, mentionEnd } from '../../types.js';

export const authoredByline = defineRelationRule({
  id: 'authored.byline',
  description: 'a person of a byline wrote or photographed the article',
  produces: 'AUTHORED',
  confidence: 0.95,
  on: 'byline',
  run(s, ctx, emit) {
    for (const m of ctx.inSentence(s.index)) {
      if (m.type === 'Person' && m.role) emit({ type: 'AUTHORED', head: mentionEnd(m), tail: ARTICLE, sentence: s.index, role: m.role });
    }
  },
});
