/** A bank named by its shape: a place and 农商银行, 村镇银行, 联社, 商业银行 … (浙江龙游农商银行, 富顺县联社). */
import { defineMentionRule } from '../../rule.js';
import { bankMatches } from '../../scan/banks.js';
import type { RuleCtx } from '../../types.js';

/**
 * 湖州市德清县农村信用合作联社 is 德清县农村信用合作联社 too, as later sentences and readers call it: a county's bank named
 * after its city (by its official name, 湖州市) then the county's (德清县, one the city holds) goes by the name without
 * the city as well.
 */
function cityLength(name: string, ctx: RuleCtx): number {
  for (let k = 2; k <= 5; k++) {
    const city = ctx.lex.places.byName.get(name.slice(0, k))?.find((p) => p.level === 'city' && p.full === name.slice(0, k));
    if (!city) continue;
    const rest = name.slice(k);
    for (let j = 2; j <= 6 && j < rest.length; j++) {
      if (ctx.lex.places.byName.get(rest.slice(0, j))?.some((p) => p.level === 'county' && p.full === rest.slice(0, j) && p.city === city.name)) return k;
    }
  }
  return 0;
}

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
      // (The rules' text and the written one have the same length: the city is cut from both at one offset.)
      const city = cityLength(read, ctx);
      const aliases = [...new Set([...(written !== read ? [read] : []), ...(city ? [written.slice(city), read.slice(city)] : [])])];
      emit({ type: 'Bank', name: written, canonical: m.bank, surface: written, sentence: s.index, start: m.start, end: m.end, ...(aliases.length ? { aliases } : {}) });
    }
  },
});
