/** 该行, 该支行, 我行, or a bare 支行 as a clause's subject: the article's own unit, filled in by resolution. */
import { cues } from '../../cues.js';
import { defineMentionRule } from '../../rule.js';

export const unitAnaphora = defineMentionRule({
  id: 'unit.anaphora',
  description: "a word that refers back to the article's own unit (该行, 该支行)",
  produces: 'Branch',
  confidence: 0.6,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const m of s.text.matchAll(cues(ctx.lex).anaphorAll)) {
      emit({ type: 'Branch', name: m[0], surface: m[0], sentence: s.index, start: m.index, end: m.index + m[0].length, anaphora: true });
    }
  },
});
