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

export function goldIdentity(lex: Lexicon): (type: string, name: string) => string | undefined {
  const { byAlias } = lex.banks;
  return (type, name) => {
    // A bank is keyed by the gazetteer only: mergeGold keys an entity by the first of its names that gives a key,
    // and an alias the gazetteer knows (東亞中國 beside 東亞銀行) must win over a name it does not.
    if (type === 'Bank') return byAlias.get(name) ?? byAlias.get(normalizeText(name));
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
