/**
 * Whether a record's search query repeats its article's wording. A query is
 * kept as a list of facts and topic words (bank, place, honour, 荣获, 支行 …);
 * read in order, its keywords must not rebuild a run of the third-party text,
 * or sources.json would carry the article's sentences in pieces.
 */

import { normalizeText } from '../src/text/normalize.js';

/**
 * Letters and digits only, in Simplified characters: punctuation and spaces do not separate words in the article's
 * running text, and a query typed in one script rebuilds a text written in the other (or a repost of it) just as
 * well (a Traditional post and name, 副董事長兼總裁 and a surname, match the Simplified repost of the same news).
 */
const strip = (s: string): string => normalizeText(s.replace(/[^\p{Script=Han}0-9A-Za-z]/gu, ''), true);

/**
 * Texts and name lists already folded: every query is checked against its own article and then against the whole
 * corpus (a million characters and ten thousand names), which would otherwise be folded again for each record.
 */
const folded = new Map<string, string>();
function stripText(text: string): string {
  let body = folded.get(text);
  if (body !== undefined) {
    // (Least recently used goes first: the corpus, read for every record, stays; clearing all every few records
    // folded its million characters again each time, minutes for a check.)
    folded.delete(text);
    folded.set(text, body);
    return body;
  }
  if (folded.size > 8) folded.delete(folded.keys().next().value!);
  folded.set(text, (body = strip(text)));
  return body;
}
const foldedNames = new WeakMap<object, string[]>();
function stripNames(names: Iterable<string>): string[] {
  let known = foldedNames.get(names);
  if (!known) foldedNames.set(names, (known = [...new Set([...names].map(strip))]));
  return known;
}

/** Neighbouring keywords that, joined, occur in the text are a copied run from this many characters. */
const MIN_RUN = 5;
/** A stretch of the joined query across a keyword's edge is a copied run from this many (shorter ones are chance). */
const MIN_EDGE_RUN = 6;
/**
 * The same against every article of the corpus: two topic words news often writes together (堵截电信诈骗) are no
 * copy of one article, but a chain of them as long as this (员工成功堵截电信诈骗) reads as a piece of a sentence.
 */
export const MIN_RUN_IN_CORPUS = 7;
/**
 * A single keyword one character longer than the run that occurs in the text and is no gold name (nor part of one)
 * is a phrase, not a fact: 6 against the record's own article, 8 against the corpus (城市商业银行 or 驻村第一书记 are
 * words news writes everywhere, not one article's).
 */
const phraseLength = (minRun: number): number => minRun + 1;

/**
 * The longest part of `query` that repeats `text`, or undefined. `names` are the article's gold names and
 * aliases: a long one (a branch's full name) is a fact and may stand alone in a query.
 */
export function repeatedWording(query: string, text: string, names: Iterable<string>, minRun = MIN_RUN): string | undefined {
  const body = stripText(text);
  const known = stripNames(names);
  const insideName = (run: string): boolean => known.some((n) => n.includes(run));
  const words = query.split(/\s+/).filter(Boolean);
  const all = words.map(strip);
  let worst: string | undefined;
  const note = (run: string): void => {
    if (!worst || run.length > worst.length) worst = run;
  };
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      const joined = all.slice(i, j).join('');
      if (!body.includes(joined)) break;
      // A gold name written as two keywords (澳門 大西洋銀行 of 澳門大西洋銀行) is still a fact, as it is whole.
      if (j - i >= 2 && joined.length >= minRun && !insideName(joined)) note(words.slice(i, j).join(' '));
    }
  }
  // A phrase of the text may also make up part of one keyword only (员工走进社区去 holds 员工走进社区 of
  // 某支行员工走进社区): any stretch of a keyword as long as a phrase that the text holds and no gold name does.
  const phrase = phraseLength(minRun);
  for (const word of all) {
    for (let from = 0; from + phrase <= word.length; from++) {
      let to = from + phrase;
      if (!body.includes(word.slice(from, to)) || insideName(word.slice(from, to))) continue;
      while (to < word.length && body.includes(word.slice(from, to + 1)) && !insideName(word.slice(from, to + 1))) to++;
      note(word.slice(from, to));
    }
  }
  // A run may also start or end inside a keyword (支行 工作人员 走进社区 rebuilds 支行工作人员走进 of 某支行工作人员走进
  // 社区): any stretch of the joined query across a keyword's edge, of MIN_EDGE_RUN characters or minRun if longer,
  // that the text holds and that is no part of a gold name.
  const joined = all.join('');
  const edgeRun = Math.max(minRun, MIN_EDGE_RUN);
  for (let k = 1, edge = all[0]!.length; k < all.length; edge += all[k]!.length, k++) {
    for (let from = Math.max(0, edge - edgeRun + 1); from < edge; from++) {
      let to = from + edgeRun;
      if (to > joined.length || !body.includes(joined.slice(from, to)) || insideName(joined.slice(from, to))) continue;
      while (to < joined.length && body.includes(joined.slice(from, to + 1))) to++;
      note(joined.slice(from, to));
    }
  }
  return worst;
}
