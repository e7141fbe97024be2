/**
 * Splits a paragraph into sentences at 。！？； (keeping closing quotes with
 * the sentence they close), never inside quotation marks' first level when
 * the quote is short — 荣获“辽宁好人”。 stays one sentence.
 */
import { slice, type Mapped } from './mapped.js';

const END = new Set(['。', '！', '？', '!', '?', '；', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', '…']);

export interface Sentence extends Mapped {
  /** Offset of the sentence within its paragraph. */
  from: number;
}

export function splitSentences(p: Mapped): Sentence[] {
  const out: Sentence[] = [];
  const t = p.text;
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    if (!END.has(t[i]!)) continue;
    let end = i + 1;
    while (end < t.length && (CLOSERS.has(t[end]!) || END.has(t[end]!))) end++;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, t.length);
  return out;

  function push(a: number, b: number): void {
    while (a < b && /\s/.test(t[a]!)) a++;
    if (b > a) out.push({ ...slice(p, a, b), from: a });
  }
}
