/**
 * Whether a record's search query repeats its article's wording. A query is
 * kept as a list of facts and topic words (bank, place, honour, 荣获, 支行 …);
 * read in order, its keywords must not rebuild a run of the third-party text,
 * or sources.json would carry the article's sentences in pieces.
 */

/** Letters and digits only: punctuation and spaces do not separate words in the article's running text. */
const strip = (s: string): string => s.replace(/[^\p{Script=Han}0-9A-Za-z]/gu, '');

/** Neighbouring keywords that, joined, occur in the text are a copied run from this many characters. */
const MIN_RUN = 6;
/**
 * The same against every article of the corpus: two topic words news often writes together (堵截电信诈骗) are no
 * copy of one article, but a chain of them as long as this (员工成功堵截电信诈骗) reads as a piece of a sentence.
 */
export const MIN_RUN_IN_CORPUS = 7;
/** A single keyword this long that occurs in the text and is no gold name is a phrase, not a fact. */
const MIN_PHRASE = 8;

/**
 * The longest part of `query` that repeats `text`, or undefined. `names` are the article's gold names and
 * aliases: a long one (a branch's full name) is a fact and may stand alone in a query.
 */
export function repeatedWording(query: string, text: string, names: Iterable<string>, minRun = MIN_RUN): string | undefined {
  const body = strip(text);
  const known = new Set([...names].map(strip));
  const words = query.split(/\s+/).filter(Boolean);
  let worst: string | undefined;
  const note = (run: string): void => {
    if (!worst || run.length > worst.length) worst = run;
  };
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      const joined = strip(words.slice(i, j).join(''));
      if (!body.includes(joined)) break;
      if (j - i >= 2 && joined.length >= minRun) note(words.slice(i, j).join(' '));
      if (j - i === 1 && joined.length >= MIN_PHRASE && !known.has(joined)) note(words[i]!);
    }
  }
  return worst;
}
