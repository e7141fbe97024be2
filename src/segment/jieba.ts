/**
 * nodejieba, loaded once per process (or worker) with the project's
 * dictionaries. Bank names, unit suffixes, places and the typed words are
 * also inserted as words so they are never split (工行 / 驿站).
 */
import nodejieba from 'nodejieba';
import type { Lexicon } from './lexicon.js';

export interface Token {
  word: string;
  tag: string;
  /** Offset in the tagged string. */
  start: number;
}

let loadedWith: string | undefined;

export function initJieba(lex: Lexicon): void {
  const key = lex.jiebaDicts.join('|');
  if (loadedWith === key) return;
  if (loadedWith !== undefined) throw new Error('nodejieba was already loaded with other dictionaries in this process');
  nodejieba.load({ userDict: key });
  for (const alias of lex.bankAliases) nodejieba.insertWord(alias, 'bank');
  for (const city of lex.provinceOfCity.keys()) nodejieba.insertWord(city, 'ns');
  for (const p of lex.provinces) nodejieba.insertWord(p, 'ns');
  loadedWith = key;
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
