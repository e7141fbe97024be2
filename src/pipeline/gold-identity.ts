/**
 * Which gold entities of two annotated articles are one entity, for
 * `mergeGold`. The graph keys every entity by its name in Simplified
 * characters (a Hong Kong article's 張金良 and a mainland one's 张金良 are
 * one node), and one bank by every name the gazetteer gives it (交行,
 * 交通银行): the gold, read as one set, must join the same pairs, or the
 * one node could match only one of them.
 */
import type { Lexicon } from '../lexicon/index.js';
import { canonicalCore } from '../resolve/names.js';
import { normalizeText } from '../text/normalize.js';

/** A company form a bank's legal name ends with (dict/cues/company-form.txt has the same, for units after it). */
const COMPANY_FORM = /(?:股份有限公司|有限责任公司|有限公司)$/;

export function goldIdentity(lex: Lexicon): (type: string, name: string) => string | undefined {
  const { byAlias } = lex.banks;
  return (type, name) => {
    // A bank is keyed by the gazetteer only: mergeGold keys an entity by the first of its names that gives a key,
    // and an alias the gazetteer knows (東亞中國 beside 東亞銀行) must win over a name it does not.
    // (Its legal name, 某银行股份有限公司, and its name with its Latin short form in front, OCBC華僑銀行, are the
    // bank's as the graph reads them.)
    if (type === 'Bank') {
      const plain = normalizeText(name);
      const bare = plain.replace(COMPANY_FORM, '');
      const latin = /^([A-Za-z]+)\s?(.+)$/.exec(bare);
      const viaLatin = latin && byAlias.get(latin[1]!) !== undefined && byAlias.get(latin[1]!) === byAlias.get(latin[2]!) ? byAlias.get(latin[2]!) : undefined;
      return byAlias.get(name) ?? byAlias.get(plain) ?? byAlias.get(bare) ?? viaLatin;
    }
    // A branch named with its bank is keyed as the graph keys it, by the bank and its canonical core (中行江西省分行
    // and 中国银行江西分行 are one node: one entity).
    if (type === 'Branch') return branchKey(normalizeText(name), byAlias) ?? normalizeText(name);
    return normalizeText(name);
  };
}

/** The bank a branch's name opens with (the longest form the gazetteer knows) and its canonical core, or none. */
function branchKey(name: string, byAlias: Map<string, string>): string | undefined {
  for (let len = Math.min(name.length - 2, 16); len >= 2; len--) {
    const bank = byAlias.get(name.slice(0, len));
    if (bank !== undefined) return `${bank}|${canonicalCore(name.slice(len))}`;
  }
  return undefined;
}
