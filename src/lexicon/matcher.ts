/**
 * Finds every occurrence of a list's words in a text in one pass (a trie
 * walked from each position), instead of one search per word: the bank
 * gazetteer holds thousands of names, and a search per name per sentence
 * would dominate a build.
 */
interface Node {
  /** Keyed by UTF-16 code unit: a build looks up every character of the corpus here, and a number key allocates no string. */
  next: Map<number, Node>;
  /** The word that ends here, if any. */
  word?: string;
}

export interface Match {
  word: string;
  start: number;
  end: number;
}

export class WordMatcher {
  private readonly root: Node = { next: new Map() };

  constructor(words: Iterable<string>) {
    for (const w of words) {
      // A word with a character outside the BMP never matched (the text was walked one code unit at a time).
      if (!w || /[\ud800-\udbff][\udc00-\udfff]/.test(w)) continue;
      let n = this.root;
      for (let i = 0; i < w.length; i++) {
        const unit = w.charCodeAt(i);
        let child = n.next.get(unit);
        if (!child) {
          child = { next: new Map() };
          n.next.set(unit, child);
        }
        n = child;
      }
      n.word = w;
    }
  }

  /** Every occurrence, overlapping ones included, by start then length (longest first). */
  findAll(text: string): Match[] {
    const out: Match[] = [];
    // Most positions start no word: nothing is allocated for them.
    const found: Match[] = [];
    for (let i = 0; i < text.length; i++) {
      let n: Node | undefined = this.root.next.get(text.charCodeAt(i));
      for (let j = i + 1; n; j++) {
        if (n.word !== undefined) found.push({ word: n.word, start: i, end: j });
        n = j < text.length ? n.next.get(text.charCodeAt(j)) : undefined;
      }
      if (found.length > 0) {
        for (let k = found.length - 1; k >= 0; k--) out.push(found[k]!);
        found.length = 0;
      }
    }
    return out;
  }
}
