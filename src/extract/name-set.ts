/**
 * The person names a file has confirmed so far, indexed by their first two characters: person.known and
 * person.known-later look for every one of them in every sentence, and a loop over the names (indexOf for each)
 * made a file of many articles, each naming its own people, quadratic in its length (8,000 short articles in one
 * file: 4.1 times the time of 4,000). With the index a sentence is read once, whatever the number of names.
 */
import { pushTo } from '../base/collections.js';

export interface NameHit {
  name: string;
  at: number;
}

export class NameSet {
  private readonly names = new Map<string, number>();
  private readonly byHead = new Map<string, string[]>();

  add(name: string): void {
    if (this.names.has(name)) return;
    this.names.set(name, this.names.size);
    if (name.length < 2) return;
    pushTo(this.byHead, name.slice(0, 2), name);
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  /**
   * Each name of two characters or more found in `text`, in the order the names were added and, for one name,
   * from the left, without overlapping itself (as successive indexOf calls would find them).
   */
  occurrences(text: string): NameHit[] {
    const hits: Array<NameHit & { order: number }> = [];
    for (let at = 0; at + 2 <= text.length; at++) {
      const list = this.byHead.get(text.slice(at, at + 2));
      if (list) for (const name of list) if (text.startsWith(name, at)) hits.push({ name, at, order: this.names.get(name)! });
    }
    hits.sort((a, b) => a.order - b.order || a.at - b.at);
    const out: NameHit[] = [];
    let last: string | undefined;
    let end = 0;
    for (const h of hits) {
      if (h.name !== last) end = 0;
      if (h.at < end) continue;
      out.push({ name: h.name, at: h.at });
      last = h.name;
      end = h.at + h.name.length;
    }
    return out;
  }
}
