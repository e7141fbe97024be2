/**
 * nodejieba, loaded with the lexicon's user dictionary. Bank names, places
 * and unit suffixes are words too, so they are never split (工行 / 驿站).
 * jieba is one instance per thread: loading another lexicon reloads it, so
 * two builds in one process with different `--dict` files each segment with
 * their own words.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { writeJiebaDict, type Lexicon } from '../lexicon/index.js';
import { loadDictOnce } from './dict-once.js';
import { covered, FILLER_CHARS, readMainDictionary, substringHashes, subsetDictionary, type HashSet } from './dict-subset.js';

export interface Token {
  word: string;
  tag: string;
  /** Offset in the tagged string. */
  start: number;
}

/** The part of the main dictionary jieba was loaded with: the texts it covers, and their substrings' hashes. */
interface Part {
  hashes: HashSet;
  longest: number;
  texts: Set<string>;
}

/** What this thread's jieba was loaded with: a lexicon, and the whole main dictionary or a part of it. */
let loaded: { lex: Lexicon; part?: Part } | undefined;

/** The dictionary nodejieba loads when given none (its index.js exports the path; its typings omit it). */
const DEFAULT_DICT = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;

/**
 * nodejieba's `load` also reads an IDF table (6 MB, 260,000 words) and a
 * stop-word list for its keyword extractors, which guanxi never calls;
 * segmentation and tagging use neither. A one-line stand-in for each makes
 * every load (one per worker) about 8% cheaper and 20 MB smaller. nodejieba
 * refuses an empty file, hence the line.
 */
function unusedKeywordTables(): { idfDict: string; stopWordDict: string } {
  // Named by their content, as the user dictionary is: a file left by another version is never taken for these.
  const file = (content: string): string => writeJiebaDict(content, `unused-${createHash('sha256').update(content).digest('hex').slice(0, 16)}`);
  // The IDF must be positive: nodejieba asserts that the table's average is.
  return { idfDict: file('的 1.0\n'), stopWordDict: file('的\n') };
}

/** The lexicon's words, then bank short forms and places: the later file wins where both name a word. */
const userDictOf = (lex: Lexicon): string => `${lex.jiebaDict}|${namesDict(lex)}`;

/** Loads jieba with the lexicon's words and the whole main dictionary. */
export function initJieba(lex: Lexicon): void {
  if (loaded?.lex.key === lex.key && !loaded.part) return;
  const tables = unusedKeywordTables();
  const userDict = userDictOf(lex);
  // The main dictionary is parsed once, not a second time for nodejieba's unused TextRank extractor (dict-once.ts).
  loadDictOnce(DEFAULT_DICT, (dict) => nodejieba.load({ dict, userDict, ...tables }));
  loaded = { lex };
}

/**
 * Texts of at most this many characters in all get the main dictionary cut
 * down to their words (dict-subset.ts): 30 to 60 ms for a few articles
 * against 1.5 to 2 s for the whole, the same segmentation. Past it, finding
 * their substrings costs more than it saves and a build is large anyway.
 */
const PART_MAX_CHARS = 200_000;

/**
 * Loads jieba to tag `texts` (with the texts it was already loaded for):
 * with the part of the main dictionary they use while they are few, else
 * with the whole. Either way they are segmented as with the whole; `tag`
 * loads the whole should it be given a text not covered.
 */
export function initJiebaFor(lex: Lexicon, texts: readonly string[]): void {
  const same = loaded?.lex.key === lex.key;
  const part = same ? loaded?.part : undefined;
  if (same && (!part || texts.every((t) => covers(part, t)))) return;
  const all = part ? [...part.texts, ...texts] : [...texts];
  const chars = all.reduce((n, t) => n + t.length, 0);
  const main = chars <= PART_MAX_CHARS && !all.some((t) => FILLER_CHARS.test(t)) ? readMainDictionary(DEFAULT_DICT) : undefined;
  if (!main) return initJieba(lex);
  const hashes = substringHashes(all, main.longest);
  const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-jieba-'));
  try {
    const dict = path.join(dir, 'part.utf8');
    writeFileSync(dict, subsetDictionary(main, hashes));
    nodejieba.load({ dict, userDict: userDictOf(lex), ...unusedKeywordTables() });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  loaded = { lex, part: { hashes, longest: main.longest, texts: new Set(all) } };
}

/** Whether jieba, loaded with part of its dictionary, segments `text` as with the whole: every substring a word could be is known. */
function covers(part: Part, text: string): boolean {
  return part.texts.has(text) || covered(part.hashes, text, part.longest);
}

/** The whole dictionary, should jieba have been loaded with part of it that does not cover `text`. */
function ensureCovered(text: string): void {
  if (loaded?.part && !covers(loaded.part, text)) {
    const { lex } = loaded;
    loaded = undefined;
    initJieba(lex);
  }
}

/**
 * Bank short forms (tagged `bank`), cities and provinces (`ns`) as a user dictionary, each with the
 * frequency jieba's own dictionary gives it. A user word without one gets the median weight of all words,
 * far below that of a known place: 常州 (245) would lose to 常 + 州 and come out as 常/d 州/n after a 、.
 * Words jieba does not know keep the median weight. Written once per lexicon, like the lexicon's own file.
 */
function namesDict(lex: Lexicon): string {
  return writeJiebaDict(() => {
    const words = new Map<string, string>();
    for (const alias of lex.banks.aliases) words.set(alias, 'bank');
    for (const city of lex.places.provinceOfCity.keys()) words.set(city, 'ns');
    for (const p of lex.places.provinces) words.set(p, 'ns');
    const freq = mainFrequencies(words);
    return [...words].map(([w, t]) => (freq.has(w) ? `${w} ${freq.get(w)} ${t}` : `${w} ${t}`)).join('\n') + '\n';
  }, `names-${NAMES_DICT_VERSION}-${lex.key}`);
}

/** Bumped when namesDict writes something else for the same lexicon. */
const NAMES_DICT_VERSION = 1;

/** The frequency jieba's main dictionary (`word freq tag` lines) gives each of `words`. */
function mainFrequencies(words: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(DEFAULT_DICT, 'utf8').split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0 && words.has(line.slice(0, sp))) out.set(line.slice(0, sp), Number.parseInt(line.slice(sp + 1), 10));
  }
  return out;
}

/** POS-tags a sentence and gives each token its offset. */
export function tag(text: string): Token[] {
  ensureCovered(text);
  // nodejieba's own objects take the offset: one object per token instead of two (a build tags millions).
  const tokens = nodejieba.tag(text) as Array<Omit<Token, 'start'> & { start?: number }>;
  let pos = 0;
  for (const t of tokens) {
    const at = text.indexOf(t.word, pos);
    const start = at === -1 ? pos : at;
    t.start = start;
    pos = start + t.word.length;
  }
  return splitGluedDates(tokens as Token[]);
}

/**
 * jieba's model for unknown words glues the 日 of a date to the character after it (19/m 日王/x 立新/d): the
 * name that starts there is lost. A two-character unknown word that opens with 年, 月 or 日 right after a number
 * is split in two, the second character tagged by jieba alone (王/nr).
 */
function splitGluedDates(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && t.tag === 'x' && t.word.length === 2 && /^[年月日]/.test(t.word) && /^[0-9０-９]+$/.test(prev.word) && prev.start + prev.word.length === t.start) {
      out ??= tokens.slice(0, i);
      const second = t.word[1]!;
      out.push({ word: t.word[0]!, tag: 'm', start: t.start }, { word: second, tag: nodejieba.tag(second)[0]?.tag ?? 'x', start: t.start + 1 });
    } else out?.push(t);
  }
  return out ?? tokens;
}
