/**
 * nodejieba, loaded with the lexicon's user dictionary. Bank names, places
 * and unit suffixes are words too, so they are never split (工行 / 驿站).
 * jieba is one instance per thread: loading another lexicon reloads it, so
 * two builds in one process with different `--dict` files each segment with
 * their own words.
 */
import nodejieba from 'nodejieba';
import type { Lexicon } from '../lexicon/index.js';

export interface Token {
  word: string;
  tag: string;
  /** Offset in the tagged string. */
  start: number;
}

let loadedKey: string | undefined;

export function initJieba(lex: Lexicon): void {
  if (loadedKey === lex.key) return;
  nodejieba.load({ userDict: lex.jiebaDict });
  for (const alias of lex.banks.aliases) nodejieba.insertWord(alias, 'bank');
  for (const city of lex.places.provinceOfCity.keys()) nodejieba.insertWord(city, 'ns');
  for (const p of lex.places.provinces) nodejieba.insertWord(p, 'ns');
  loadedKey = lex.key;
}

/** POS-tags a sentence and gives each token its offset. */
export function tag(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const t of nodejieba.tag(text)) {
    const at = text.indexOf(t.word, pos);
    const start = at === -1 ? pos : at;
    out.push({ word: t.word, tag: t.tag, start });
    pos = start + t.word.length;
  }
  return out;
}
