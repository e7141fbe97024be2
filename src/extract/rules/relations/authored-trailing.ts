/** Authors named in brackets at the end of a paragraph wrote (or photographed) the article. */
import { defineRelationRule } from '../../rule.js';
import { ARTICLE, mentionEnd } from '../../types.js';

export const authoredTrailing = defineRelationRule({
  id: 'authored.trailing',
  description: 'a person named in brackets at the end of a paragraph wrote or photographed the article',
  produces: 'AUTHORED',
  confidence: 0.85,
  run(s, ctx, emit) {
    for (const m of ctx.inSentence(s.index)) {
      if (m.type === 'Person' && m.rule === 'person.trailing-author' && m.role) emit({ type: 'AUTHORED', head: mentionEnd(m), tail: ARTICLE, sentence: s.index, role: m.role });
    }
  },
});
