/**
 * jieba's main dictionary cut down to the words a given text can use, with
 * the same segmentation as the whole dictionary.
 *
 * Loading the whole dictionary (349,000 words) is most of a small build: a
 * rebuild that adds five files, or a build of one article, spends more time
 * in nodejieba's `load` than in everything else. Yet segmenting a text only
 * ever looks up words that occur in it: cppjieba's DAG at each position holds
 * the dictionary words that start there, and a word is tagged with its
 * dictionary tag when the trie has it. A dictionary holding the words that
 * occur in the text (and any others) builds the same DAG and the same tags,
 * if every weight is the same too. cppjieba's weights (DictTrie.hpp) depend on
 * the whole dictionary in three figures only:
 *
 * - each word's weight is log(freq / sum of all frequencies);
 * - a character found in no word weighs the smallest weight of all;
 * - a user word given without a frequency weighs the median weight.
 *
 * So the cut-down dictionary gets, besides the text's words, made-up words
 * that occur in no text (characters of Unicode's private use area) with
 * frequencies that give the same sum, minimum and median. Frequencies are
 * integers, so the sum, a double, is exact whatever the order. Which words
 * occur is decided on the exact strings that will be tagged; segment/jieba.ts
 * checks every string it tags against them and loads the whole dictionary
 * should one not be covered.
 */
import { readFileSync } from 'node:fs';

/** What the whole main dictionary contributes to every weight, read once per thread. */
export interface MainDictionary {
  /** The file's bytes (UTF-8). */
  bytes: Buffer;
  /** Per line: where it starts and ends, its word's hash, its frequency. */
  lineStart: Int32Array;
  lineEnd: Int32Array;
  hash: Int32Array;
  freqs: Float64Array;
  sum: number;
  min: number;
  max: number;
  median: number;
  /** The longest word, in UTF-16 units: no longer substring of a text can be a word. */
  longest: number;
}

let cached: { path: string; dict: MainDictionary } | undefined;

/** FNV-1a over UTF-16 code units, one unit at a time, so that a text's prefixes hash incrementally. */
const FNV_START = 0x811c9dc5 | 0;
const fnv = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
const KEPT = 0x3fffffff;

/**
 * A set of 30-bit hashes, open addressing in a typed array: a text of n
 * characters gives 16 n of them, and a JavaScript Set filled three and a half
 * times slower (525,000 characters: 1.48 s against 0.42 s).
 */
export class HashSet {
  private table = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  private count = 0;

  add(h: number): void {
    // Stored plus one: zero marks an empty slot.
    const v = (h & KEPT) + 1;
    let i = Math.imul(v, 0x9e3779b1) & this.mask;
    for (;;) {
      const t = this.table[i]!;
      if (t === v) return;
      if (t === 0) break;
      i = (i + 1) & this.mask;
    }
    this.table[i] = v;
    if (++this.count * 2 > this.table.length) this.grow();
  }

  has(h: number): boolean {
    const v = (h & KEPT) + 1;
    let i = Math.imul(v, 0x9e3779b1) & this.mask;
    for (;;) {
      const t = this.table[i]!;
      if (t === v) return true;
      if (t === 0) return false;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = this.table.length - 1;
    this.count = 0;
    for (const v of old) if (v !== 0) this.add(v - 1);
  }
}

/**
 * Reads jieba's main dictionary (`word freq tag` per line), or gives
 * undefined when a line is not of that form (the caller then loads the whole
 * file). It works on the bytes, hashing each word as it decodes it: making a
 * string of each of 349,000 words cost more than the small build it serves.
 */
export function readMainDictionary(path: string): MainDictionary | undefined {
  if (cached?.path === path) return cached.dict;
  const bytes = readFileSync(path);
  const cap = bytes.length >> 3;
  let lineStart = new Int32Array(cap);
  let lineEnd = new Int32Array(cap);
  let hash = new Int32Array(cap);
  let freqs = new Float64Array(cap);
  let n = 0;
  let longest = 0;
  let sum = 0;
  const len = bytes.length;
  for (let at = 0; at < len; ) {
    if (bytes[at] === 0x0a || bytes[at] === 0x0d) {
      at++;
      continue;
    }
    if (n === lineStart.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      [lineStart, lineEnd, hash, freqs] = [grow(lineStart), grow(lineEnd), grow(hash), grow(freqs)];
    }
    // The word: UTF-8 decoded to UTF-16 units as it is hashed.
    let h = FNV_START;
    let units = 0;
    let i = at;
    while (i < len && bytes[i] !== 0x20 && bytes[i] !== 0x0a) {
      const b = bytes[i]!;
      let cp: number;
      if (b < 0x80) {
        cp = b;
        i += 1;
      } else if (b < 0xe0) {
        cp = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
        i += 2;
      } else if (b < 0xf0) {
        cp = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
        i += 3;
      } else {
        cp = ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
        i += 4;
      }
      if (cp > 0xffff) {
        cp -= 0x10000;
        h = fnv(h, 0xd800 + (cp >> 10));
        h = fnv(h, 0xdc00 + (cp & 0x3ff));
        units += 2;
      } else {
        h = fnv(h, cp);
        units++;
      }
    }
    // cppjieba refuses other column counts and reads frequencies with atof: anything unusual loads the whole file.
    if (i === at || bytes[i] !== 0x20) return undefined;
    let freq = 0;
    let digits = 0;
    for (i++; i < len && bytes[i]! >= 0x30 && bytes[i]! <= 0x39; i++, digits++) freq = freq * 10 + (bytes[i]! - 0x30);
    if (digits === 0 || freq <= 0 || bytes[i] !== 0x20) return undefined;
    let end = i + 1;
    while (end < len && bytes[end] !== 0x0a && bytes[end] !== 0x0d) {
      if (bytes[end] === 0x20) return undefined;
      end++;
    }
    if (end === i + 1) return undefined;
    lineStart[n] = at;
    lineEnd[n] = end;
    hash[n] = h & KEPT;
    freqs[n] = freq;
    n++;
    sum += freq;
    if (units > longest) longest = units;
    at = end;
  }
  if (n === 0 || !Number.isSafeInteger(sum)) return undefined;
  const sorted = freqs.slice(0, n).sort();
  const dict: MainDictionary = {
    bytes,
    lineStart: lineStart.subarray(0, n),
    lineEnd: lineEnd.subarray(0, n),
    hash: hash.subarray(0, n),
    freqs: freqs.subarray(0, n),
    sum,
    min: sorted[0]!,
    max: sorted[n - 1]!,
    median: sorted[Math.floor(n / 2)]!,
    longest,
  };
  cached = { path, dict };
  return dict;
}

/**
 * The hashes of every substring of `texts` up to `longest` UTF-16 units
 * (readMainDictionary's hash of a word is the hash of that word as a
 * substring). A word is taken when its hash is among them: a word that only
 * shares a hash with a substring is taken too, harmlessly, since it occurs in
 * no text (its frequency counts in the sums like any other); a word that
 * occurs is never left out.
 */
export function substringHashes(texts: Iterable<string>, longest: number, into = new HashSet()): HashSet {
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) {
      const end = Math.min(t.length, i + longest);
      let h = FNV_START;
      for (let j = i; j < end; j++) {
        h = fnv(h, t.charCodeAt(j));
        into.add(h);
      }
    }
  }
  return into;
}

/** Whether every substring of `text` a word could be is among `hashes`: then the part of the dictionary they chose covers it. */
export function covered(hashes: HashSet, text: string, longest: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const end = Math.min(text.length, i + longest);
    let h = FNV_START;
    for (let j = i; j < end; j++) {
      h = fnv(h, text.charCodeAt(j));
      if (!hashes.has(h)) return false;
    }
  }
  return true;
}

/** The private use area: no article's word. A text holding one of these characters gets the whole dictionary. */
const FILLER_FROM = 0xe000;
const FILLER_SPAN = 0x1900;
export const FILLER_CHARS = /[\ue000-\uf8ff]/;

function fillerWord(k: number): string {
  // Two characters and more: a one-character user word would change how jieba treats that character.
  let s = String.fromCharCode(FILLER_FROM + (k % FILLER_SPAN));
  let rest = Math.floor(k / FILLER_SPAN);
  do {
    s += String.fromCharCode(FILLER_FROM + (rest % FILLER_SPAN));
    rest = Math.floor(rest / FILLER_SPAN);
  } while (rest > 0);
  return s;
}

/**
 * The dictionary file's content for texts whose substrings are `substrings`:
 * every line of `main` whose word is one of them, in file order, then filler
 * words that restore the whole dictionary's sum, minimum and median of
 * frequencies (the maximum is not used: user words without a frequency
 * take the median, nodejieba's choice).
 */
export function subsetDictionary(main: MainDictionary, hashes: HashSet): string {
  const out: string[] = [];
  let sum = 0;
  let below = 0;
  let at = 0;
  let count = 0;
  const count1 = (freq: number): void => {
    sum += freq;
    count++;
    if (freq < main.median) below++;
    else if (freq === main.median) at++;
  };
  const { bytes, lineStart, lineEnd, hash } = main;
  for (let i = 0; i < lineStart.length; i++) {
    if (!hashes.has(hash[i]!)) continue;
    out.push(bytes.toString('utf8', lineStart[i], lineEnd[i]));
    count1(main.freqs[i]!);
  }
  let k = 0;
  const filler = (freq: number): void => {
    out.push(`${fillerWord(k++)} ${freq} x`);
    count1(freq);
  };
  // The minimum, and one word at the median.
  filler(main.min);
  filler(main.median);
  // Words at the median until it is the median, then the rest of the sum in words no heavier than the maximum
  // (each above the median, as the sum is far larger than the text's words), the last split so that none is
  // lighter than the minimum.
  for (;;) {
    const rest = main.sum - sum;
    const big = Math.floor(rest / main.max);
    let last = rest - big * main.max;
    const bigs = big + (last > 0 ? 1 : 0);
    const n = count + bigs;
    // The last word's own side of the median.
    const lastBelow = last > 0 && last < main.median ? 1 : 0;
    const lastAt = last === main.median ? 1 : 0;
    const mid = Math.floor(n / 2);
    if (below + lastBelow <= mid && mid < below + lastBelow + at + lastAt) {
      let lastMax = main.max;
      if (last > 0 && last < main.min) {
        // Too light: one of the heavy words gives it what it lacks.
        lastMax -= main.min - last;
        last = main.min;
      }
      for (let b = 0; b < big; b++) filler(b === big - 1 ? lastMax : main.max);
      if (last > 0) filler(last);
      break;
    }
    filler(main.median);
  }
  return out.join('\n') + '\n';
}
