/**
 * Finds every occurrence of a list's words in a text in one pass (a trie
 * walked from each position), instead of one search per word: the bank
 * gazetteer holds thousands of names, and a search per name per sentence
 * would dominate a build.
 */
interface Node {
  next: Map<string, Node>;
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
      if (!w) continue;
      let n = this.root;
      for (const ch of w) {
        let child = n.next.get(ch);
        if (!child) {
          child = { next: new Map() };
          n.next.set(ch, child);
        }
        n = child;
      }
      n.word = w;
    }
  }

  /** Every occurrence, overlapping ones included, by start then length (longest first). */
  findAll(text: string): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < text.length; i++) {
      let n: Node | undefined = this.root;
      const found: Match[] = [];
      for (let j = i; j < text.length; j++) {
        n = n.next.get(text[j]!);
        if (!n) break;
        if (n.word !== undefined) found.push({ word: n.word, start: i, end: j + 1 });
      }
      for (let k = found.length - 1; k >= 0; k--) out.push(found[k]!);
    }
    return out;
  }
}
