/** A bank named by its shape: a place and 农商银行, 村镇银行, 联社, 商业银行 … (浙江龙游农商银行, 富顺县联社). */
import { defineMentionRule } from '../../rule.js';
import { bankMatches } from '../../scan/banks.js';

export const bankShape = defineMentionRule({
  id: 'bank.shape',
  description: 'a bank named by a place and a word such as 农商银行, 村镇银行 or 联社',
  produces: 'Bank',
  confidence: 0.85,
  strength: 'certain',
  on: 'both',
  run(s, ctx, emit) {
    for (const m of bankMatches(s, ctx)) {
      if (!m.shape) continue;
      // Named as written (a Traditional article's 龍游農商銀行 stays Traditional); the form the rules read is an alias.
      const read = s.text.slice(m.start, m.end);
      const written = s.surface.slice(m.start, m.end);
      emit({ type: 'Bank', name: written, canonical: m.bank, surface: written, sentence: s.index, start: m.start, end: m.end, ...(written !== read ? { aliases: [read] } : {}) });
    }
  },
});
