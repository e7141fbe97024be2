/**
 * Which gold entities of two annotated articles are one entity, for
 * `mergeGold`. The graph keys every entity by its name in Simplified
 * characters (a Hong Kong article's 張金良 and a mainland one's 张金良 are
 * one node), and one bank by every name the gazetteer gives it (交行,
 * 交通银行): the gold, read as one set, must join the same pairs, or the
 * one node could match only one of them.
 */
import type { Lexicon } from '../lexicon/index.js';
import { normalizeText } from '../text/normalize.js';

export function goldIdentity(lex: Lexicon): (type: string, name: string) => string | undefined {
  const { byAlias } = lex.banks;
  return (type, name) => {
    // A bank is keyed by the gazetteer only: mergeGold keys an entity by the first of its names that gives a key,
    // and an alias the gazetteer knows (東亞中國 beside 東亞銀行) must win over a name it does not.
    if (type === 'Bank') return byAlias.get(name) ?? byAlias.get(normalizeText(name));
    return normalizeText(name);
  };
}
