/** 该行, 该支行, 我行, or a bare 支行 as a clause's subject: the article's own unit, filled in by resolution. */
import { cues } from '../../cues.js';
import { defineMentionRule } from '../../rule.js';
import { scanBranches } from '../../scan/branches.js';

export const unitAnaphora = defineMentionRule({
  id: 'unit.anaphora',
  description: "a word that refers back to the article's own unit (该行, 该支行)",
  produces: 'Branch',
  confidence: 0.6,
  strength: 'certain',
  run(s, ctx, emit) {
    // 该行城西支行, 该行营业部: the anaphor only says whose unit follows; the unit named after it is the mention.
    const named = scanBranches(s, ctx);
    for (const m of s.text.matchAll(cues(ctx.lex).anaphorAll)) {
      const end = m.index + m[0].length;
      if (named.some((b) => b.start <= end && b.end > end)) continue;
      emit({ type: 'Branch', name: m[0], surface: m[0], sentence: s.index, start: m.index, end: m.index + m[0].length, anaphora: true });
    }
  },
});
