/**
 * Text that remembers where each character came from. Every repair step
 * produces a `Mapped` whose `offsets[i]` is the offset, in the original
 * decoded file, of character `i`; evidence offsets are read from it.
 */
export interface Mapped {
  text: string;
  /** offsets[i] = original offset of text[i]; one extra entry for the end. */
  offsets: number[];
}

export class MappedBuilder {
  /** The text in pieces (a pushed range is one piece, not one string per character), joined once at the end. */
  private parts: string[] = [];
  private offs: number[] = [];
  push(ch: string, offset: number): void {
    this.parts.push(ch);
    this.offs.push(offset);
  }
  pushMapped(m: Mapped, from = 0, to = m.text.length): void {
    if (to <= from) return;
    this.parts.push(m.text.slice(from, to));
    for (let i = from; i < to; i++) this.offs.push(m.offsets[i]!);
  }
  /** Characters (UTF-16 code units) pushed so far. */
  get length(): number {
    return this.offs.length;
  }
  build(end: number): Mapped {
    const offsets = this.offs.slice();
    offsets.push(end);
    return { text: this.parts.join(''), offsets };
  }
}

export function slice(m: Mapped, from: number, to: number): Mapped {
  const offsets = m.offsets.slice(from, to);
  offsets.push(to < m.offsets.length - 1 ? m.offsets[to]! : m.offsets[m.offsets.length - 1]!);
  return { text: m.text.slice(from, to), offsets };
}

/** Original [start, end) of the repaired range [from, to). */
export function originalSpan(m: Mapped, from: number, to: number): [number, number] {
  const start = m.offsets[from] ?? m.offsets[m.offsets.length - 1]!;
  const last = to > from ? m.offsets[to - 1]! + 1 : start;
  return [start, last];
}

/** Trims white space (including the ideographic space) from both ends, keeping the mapping. */
export function trimMapped(m: Mapped): Mapped {
  let a = 0;
  let b = m.text.length;
  while (a < b && /\s/.test(m.text[a]!)) a++;
  while (b > a && /\s/.test(m.text[b - 1]!)) b--;
  return slice(m, a, b);
}
