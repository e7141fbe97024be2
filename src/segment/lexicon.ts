/**
 * The domain lexicon shipped in `dict/` (and extended with `--dict FILE`):
 * banks and their aliases, provinces and their cities, and a jieba user
 * dictionary whose tags type its words (unit, programme, honour, role,
 * product, bank, place, org). The same files feed nodejieba and the
 * extraction rules, so a word a user adds is both segmented and typed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DICT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dict');

export interface Bank {
  name: string;
  aliases: string[];
}

export interface Lexicon {
  banks: Bank[];
  /** Any alias or name → the bank's canonical name. */
  bankByAlias: Map<string, string>;
  /** Bank aliases longest first, for prefix matching. */
  bankAliases: string[];
  /** City (short form) → province (short form). */
  provinceOfCity: Map<string, string>;
  provinces: Set<string>;
  /** Words with a guanxi tag: word → tag. */
  typed: Map<string, string>;
  /** Dictionary files for nodejieba (shipped first, then the user's). */
  jiebaDicts: string[];
}

export const TYPED_TAGS = ['unit', 'programme', 'honour', 'role', 'product', 'bank', 'place', 'org'] as const;

export class DictionaryError extends Error {
  override readonly name = 'DictionaryError';
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Checks a jieba user dictionary (`word [freq] [tag]` per line) and returns its typed words. */
export function readUserDict(file: string): Map<string, string> {
  if (!existsSync(file)) throw new DictionaryError(`dictionary ${file}: no such file`);
  const typed = new Map<string, string>();
  lines(file).forEach((line, i) => {
    const parts = line.split(/\s+/);
    if (parts.length > 3 || (parts.length >= 2 && !/^\d+$/.test(parts[1]!) && parts.length === 3)) {
      throw new DictionaryError(`dictionary ${file}, line ${i + 1}: expected "word [frequency] [tag]", got "${line}"`);
    }
    const tag = parts.length === 3 ? parts[2]! : parts.length === 2 && !/^\d+$/.test(parts[1]!) ? parts[1]! : undefined;
    if (tag && (TYPED_TAGS as readonly string[]).includes(tag)) typed.set(parts[0]!, tag);
  });
  return typed;
}

export function loadLexicon(userDicts: string[] = []): Lexicon {
  const banks: Bank[] = lines(path.join(DICT_DIR, 'banks.tsv')).map((l) => {
    const [name, ...aliases] = l.split('\t').map((s) => s.trim()).filter(Boolean);
    return { name: name!, aliases };
  });
  const bankByAlias = new Map<string, string>();
  for (const b of banks) for (const a of [b.name, ...b.aliases]) bankByAlias.set(a, b.name);
  const provinceOfCity = new Map<string, string>();
  const provinces = new Set<string>();
  for (const l of lines(path.join(DICT_DIR, 'places.tsv'))) {
    const [province, cities = ''] = l.split('\t');
    provinces.add(province!.trim());
    for (const c of cities.split(/\s+/).filter(Boolean)) if (!provinceOfCity.has(c)) provinceOfCity.set(c, province!.trim());
  }
  const shipped = path.join(DICT_DIR, 'guanxi.dict.utf8');
  const typed = readUserDict(shipped);
  for (const f of userDicts) for (const [w, t] of readUserDict(f)) typed.set(w, t);
  for (const [w, t] of typed) if (t === 'bank' && !bankByAlias.has(w)) bankByAlias.set(w, w);
  const bankAliases = [...bankByAlias.keys()].sort((a, b) => b.length - a.length);
  return { banks, bankByAlias, bankAliases, provinceOfCity, provinces, typed, jiebaDicts: [shipped, ...userDicts] };
}
