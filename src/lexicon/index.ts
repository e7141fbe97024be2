/**
 * The lexicon: every word list of `dict/` (banks, places, units, surnames,
 * typed words, cue words), plus what the user's dictionaries (`--dict`)
 * add, read and checked once and compiled into the form the stages use.
 * This is the builder's vocabulary as data: the rules hold no word lists.
 *
 * Settings-style: `loadLexicon(userDicts)` resolves the shipped defaults with
 * the user's files and validates every entry (a bad one is reported with its
 * file and line); the result is immutable and identified by `key`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNames, type Names } from '../text/names.js';
import { compileBanks, readBankShapes, readBanks, type Bank, type BankGazetteer, type BankShape } from './banks.js';
import { CUE_LISTS, isCueList, isTypedTag, JIEBA_TAGS, TABLE_LISTS, TYPED_LISTS, TYPED_TAGS, type CueList, type TypedTag } from './lists.js';
import { compilePlaces, emptyPlaces, readDivisions, readPlaces, type Places } from './places.js';
import { DictionaryError, listHeader, readLines } from './read.js';

export { DictionaryError } from './read.js';
export type { CueList, TypedTag } from './lists.js';

export const DICT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dict');

export interface Units {
  /** Unit suffixes in the order of units.tsv. */
  suffixes: string[];
  /** Suffix → level (0 is the highest, 分行). */
  level: Map<string, number>;
  /** Suffixes that name a sub-unit when they directly follow another unit (支行营业室). */
  sub: Set<string>;
}

export interface Lexicon {
  /** Identifies the lexicon's content: two builds with the same key extract the same way. */
  key: string;
  banks: BankGazetteer;
  places: Places;
  units: Units;
  names: Names;
  /** Words with a guanxi type: word → type. */
  typed: Map<string, TypedTag>;
  cues: Readonly<Record<CueList, readonly string[]>>;
  /** The user dictionary handed to jieba, generated from the lists above. */
  jiebaDict: string;
}

interface JiebaEntry {
  word: string;
  weight?: number;
  tag?: string;
}

/** Reads the shipped lists and the user's dictionaries. Throws `DictionaryError` naming the file and line of a bad entry. */
export function loadLexicon(userDicts: string[] = []): Lexicon {
  const jieba: JiebaEntry[] = [];
  const typed = new Map<string, TypedTag>();
  const cues = Object.fromEntries(CUE_LISTS.map((c) => [c, [] as string[]])) as Record<CueList, string[]>;
  const banks: Bank[] = [];
  const bankShapes: BankShape[] = [];
  const places = emptyPlaces();
  const units: Units = { suffixes: [], level: new Map(), sub: new Set() };
  const surnames: string[] = [];

  for (const c of CUE_LISTS) for (const { text } of readLines(path.join(DICT_DIR, 'cues', `${c}.txt`))) cues[c].push(text);
  checkCueFiles();
  readBanks(path.join(DICT_DIR, 'banks.tsv'), banks);
  readBankShapes(path.join(DICT_DIR, 'bank-shapes.tsv'), bankShapes);
  readDivisions(places, cues['ethnic-group']);
  readPlaces(path.join(DICT_DIR, 'places.tsv'), places);
  readUnits(path.join(DICT_DIR, 'units.tsv'), units, jieba, typed);
  readSurnames(path.join(DICT_DIR, 'surnames.txt'), surnames);
  for (const tag of TYPED_TAGS) {
    const file = TYPED_LISTS[tag].file;
    if (tag === 'unit' || tag === 'bank' || tag === 'place') continue;
    readWeighted(path.join(DICT_DIR, file), tag, jieba, typed);
  }
  readWeighted(path.join(DICT_DIR, 'words.tsv'), undefined, jieba, typed);

  const userBankWords = new Map<string, string>();
  for (const file of userDicts) {
    const list = listHeader(file);
    if (list === 'banks') readBanks(file, banks);
    else if (list === 'bank-shapes') readBankShapes(file, bankShapes);
    else if (list === 'places') readPlaces(file, places);
    else if (list === 'units') readUnits(file, units, jieba, typed);
    else if (list === 'surnames') readSurnames(file, surnames);
    else if (list !== undefined) throw new DictionaryError(file, 1, `unknown list "${list}" (lists with a format of their own: ${TABLE_LISTS.join(', ')})`);
    else readUserDict(file, jieba, typed, cues, surnames, userBankWords);
  }

  // jieba reads a line of two fields as a word and its tag: a weight without a tag gets jieba's tag for an
  // untagged word (x), or the weight would be taken for a tag and the word given the median weight.
  const content = jieba.map((e) => [e.word, e.weight, e.tag ?? (e.weight !== undefined ? 'x' : undefined)].filter((x) => x !== undefined).join(' ')).join('\n') + '\n';
  const key = createHash('sha256')
    .update(content)
    .update(JSON.stringify({ banks, bankShapes, places: [...places.byName], units: [units.suffixes, [...units.level], [...units.sub]], surnames, cues, typed: [...typed] }))
    .digest('hex')
    .slice(0, 16);
  return {
    key,
    banks: compileBanks(banks, userBankWords, bankShapes),
    places: compilePlaces(places),
    units,
    names: createNames(surnames),
    typed,
    cues,
    jiebaDict: writeJiebaDict(content, key),
  };
}

/** `suffix<TAB>level<TAB>[sub]<TAB>[weight]`. */
function readUnits(file: string, units: Units, jieba: JiebaEntry[], typed: Map<string, TypedTag>): void {
  for (const { text, line } of readLines(file)) {
    const [suffix, level, sub = '', weight = ''] = text.split('\t').map((s) => s.trim());
    if (!suffix || !/^\d$/.test(level ?? '') || (sub !== '' && sub !== 'sub') || (weight !== '' && !/^\d+$/.test(weight))) {
      throw new DictionaryError(file, line, `expected "suffix<TAB>level 0-9<TAB>[sub]<TAB>[weight]", got "${text}"`);
    }
    if (!units.level.has(suffix)) units.suffixes.push(suffix);
    units.level.set(suffix, Number(level));
    if (sub) units.sub.add(suffix);
    jieba.push({ word: suffix, ...(weight ? { weight: Number(weight) } : {}), tag: 'unit' });
    typed.set(suffix, 'unit');
  }
}

function readSurnames(file: string, into: string[]): void {
  for (const { text, line } of readLines(file)) {
    if (!/^[\u4e00-\u9fff]{1,2}$/.test(text)) throw new DictionaryError(file, line, `expected one surname of one or two Chinese characters, got "${text}"`);
    into.push(text);
  }
}

/** `word<TAB>[weight]<TAB>[part of speech]` lists of one type (programmes.tsv) or of jieba words (words.tsv). */
function readWeighted(file: string, tag: TypedTag | undefined, jieba: JiebaEntry[], typed: Map<string, TypedTag>): void {
  for (const { text, line } of readLines(file)) {
    const [word, weight = '', pos = ''] = text.split('\t').map((s) => s.trim());
    if (!word || /\s/.test(word) || (weight !== '' && !/^\d+$/.test(weight)) || (pos !== '' && !JIEBA_TAGS.has(pos))) {
      throw new DictionaryError(file, line, `expected "word<TAB>[weight]${tag ? '' : '<TAB>[part of speech]'}", got "${text}"`);
    }
    jieba.push({ word, ...(weight ? { weight: Number(weight) } : {}), ...(tag || pos ? { tag: tag ?? pos } : {}) });
    if (tag) typed.set(word, tag);
  }
}

/** A jieba user dictionary: `word [weight] [tag]`, the tag a guanxi list or a jieba part of speech. */
function readUserDict(file: string, jieba: JiebaEntry[], typed: Map<string, TypedTag>, cues: Record<CueList, string[]>, surnames: string[], banks: Map<string, string>): void {
  for (const { text, line } of readLines(file)) {
    const parts = text.split(/\s+/);
    const [word] = parts;
    const weight = parts.length === 3 || (parts.length === 2 && /^\d+$/.test(parts[1]!)) ? parts[1] : undefined;
    const tag = parts.length === 3 ? parts[2] : parts.length === 2 && weight === undefined ? parts[1] : undefined;
    if (!word || parts.length > 3 || (weight !== undefined && !/^\d+$/.test(weight))) {
      throw new DictionaryError(file, line, `expected "word [weight] [tag]", got "${text}"`);
    }
    if (tag !== undefined && !isTypedTag(tag) && !isCueList(tag) && tag !== 'surname' && !JIEBA_TAGS.has(tag)) {
      throw new DictionaryError(file, line, `unknown tag "${tag}": a guanxi list (${[...TYPED_TAGS, ...CUE_LISTS, 'surname'].join(', ')}) or a jieba part of speech (n, ns, nr, …)`);
    }
    jieba.push({ word, ...(weight !== undefined ? { weight: Number(weight) } : {}), ...(tag !== undefined ? { tag } : {}) });
    if (tag === undefined) continue;
    if (isTypedTag(tag)) typed.set(word, tag);
    if (tag === 'bank') banks.set(word, word);
    else if (isCueList(tag)) cues[tag].push(word);
    else if (tag === 'surname') surnames.push(word);
  }
}

/** Every file in dict/cues/ is a list guanxi knows: a stray file would otherwise be ignored without a word. */
function checkCueFiles(): void {
  for (const f of readdirSync(path.join(DICT_DIR, 'cues'))) {
    const name = f.replace(/\.txt$/, '');
    if (!f.endsWith('.txt') || !isCueList(name)) throw new DictionaryError(path.join(DICT_DIR, 'cues', f), undefined, `not a cue list guanxi reads (lists: ${CUE_LISTS.join(', ')})`);
  }
}

/**
 * jieba reads its user dictionary from a file: the one generated from the
 * lists is written once per content (named by its hash), atomically, so
 * that workers and concurrent builds share it safely.
 */
/** A file for jieba with this content (or what the function gives, called only when the file is missing), written once under the system's temporary folder and named by `key`. */
export function writeJiebaDict(content: string | (() => string), key: string): string {
  const dir = path.join(tmpdir(), 'guanxi-dict');
  const file = path.join(dir, `${key}.utf8`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, typeof content === 'function' ? content() : content);
    renameSync(tmp, file);
  }
  return file;
}
