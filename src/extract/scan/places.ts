/**
 * Where the gazetteer's places are named in one sentence, found once and
 * shared by the bank-shape scan and the branch rules (a walk of the whole
 * sentence through the place trie each time was a visible part of a build).
 */
import type { Match } from '../../lexicon/matcher.js';
import type { RuleCtx, SentenceCtx } from '../types.js';

/** Every place name in the sentence, overlapping ones included, by start then length (longest first). */
export function placeMatches(s: SentenceCtx, ctx: RuleCtx): Match[] {
  return ctx.memo(s, 'places', () => ctx.lex.places.matcher!.findAll(s.text));
}
