/**
 * Where the gazetteer's bank names and aliases occur in one sentence, found
 * once and shared by the bank rule and the branch scan. A weak alias (平安,
 * 兴业: also everyday words and places) counts only where it plainly names a
 * bank: right before a place and a unit suffix (兴业上海分行).
 */
import type { Match } from '../../lexicon/matcher.js';
import { cues } from '../cues.js';
import type { RuleCtx, SentenceCtx } from '../types.js';

export interface BankMatch extends Match {
  /** Canonical name of the bank. */
  bank: string;
}

/** Is a place of the gazetteer followed by a unit suffix right after `end` (兴业|上海分行)? */
function placeAndUnitAfter(text: string, end: number, ctx: RuleCtx): boolean {
  const places = ctx.lex.places;
  for (let len = 4; len >= 2; len--) {
    const p = text.slice(end, end + len);
    if (places.provinces.has(p) || places.provinceOfCity.has(p)) {
      const rest = text.slice(end + len, end + len + 12);
      const unit = cues(ctx.lex).unitSuffix.exec(rest);
      return unit !== null && !/[，。、；：！？,.;:!?\s“”"（）()]/.test(rest.slice(0, unit.index));
    }
  }
  return false;
}

export function bankMatches(s: SentenceCtx, ctx: RuleCtx): BankMatch[] {
  return ctx.memo(s, 'banks', () => {
    const banks = ctx.lex.banks;
    return banks.matcher
      .findAll(s.text)
      .filter((m) => !banks.weak.has(m.word) || placeAndUnitAfter(s.text, m.end, ctx))
      .map((m) => ({ ...m, bank: banks.byAlias.get(m.word)! }));
  });
}
