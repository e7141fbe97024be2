/**
 * Splits a paragraph into sentences at 。！？； (keeping closing quotes with
 * the sentence they close), never inside quotation marks' first level when
 * the quote is short — 荣获“辽宁好人”。 stays one sentence.
 *
 * A "sentence" longer than MAX_SENTENCE (a PDF pulled to text without
 * full stops, a table flattened into one line) is cut at a clause break,
 * else at the limit: the rules look around each mention within its sentence,
 * and an unbounded sentence would make the work grow with its square.
 */
import { slice, type Mapped } from '../text/mapped.js';

const END = new Set(['。', '！', '？', '!', '?', '；', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', '…']);

/** Longer than any sentence of real news (the longest seen are lists of about 300 characters). */
export const MAX_SENTENCE = 500;
const CLAUSE_BREAK = new Set(['，', ',', '、', '：', ':', ' ', '\u3000']);

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
    while (b - a > MAX_SENTENCE) {
      let cut = a + MAX_SENTENCE;
      for (let k = cut - 1; k > a + MAX_SENTENCE / 2; k--) {
        if (CLAUSE_BREAK.has(t[k]!)) {
          cut = k + 1;
          break;
        }
      }
      out.push({ ...slice(p, a, cut), from: a });
      a = cut;
      while (a < b && /\s/.test(t[a]!)) a++;
    }
    if (b > a) out.push({ ...slice(p, a, b), from: a });
  }
}
