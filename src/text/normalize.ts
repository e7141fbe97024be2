/**
 * Length-preserving normalisation for matching: Traditional → Simplified
 * (OpenCC's tables, via opencc-js), full-width Latin letters and digits →
 * ASCII, corner brackets → curly quotes. Because every step maps one
 * character to one character, offsets found in the normalised text are
 * offsets in the repaired text, and the original surface form (kept as an
 * alias) is a plain slice.
 */
import * as OpenCC from 'opencc-js';

/**
 * OpenCC's converters, made on first use: making them reads OpenCC's tables
 * (a fifth of a second of CPU), which every build thread paid as it started,
 * whether or not any text was Traditional.
 */
let converter: ((s: string) => string) | undefined;
function t2s(s: string): string {
  if (!converter) {
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    converter = (x) => hk(tw(x));
  }
  return converter(s);
}

/** Whether OpenCC's converters were made in this thread (a build of Simplified news never needs them). */
export function converterMade(): boolean {
  return converter !== undefined;
}

const QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’', '＂': '"' };

function halfWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  // Full-width digits and Latin letters only: full-width punctuation (，。：) is how Chinese is written.
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
    return String.fromCharCode(c - 0xfee0);
  }
  if (c === 0x3000) return ' ';
  return QUOTES[ch] ?? ch;
}

/**
 * Characters OpenCC keeps alone but changes in some of its phrases, where in news they are mostly a surname: 沈
 * (沈靜 → 沉静, 沈思 → 沉思, 沈默 → 沉默). Traditional writing has 沉 for sinking, so a 沈 is kept: a person named 沈靜
 * stays a surname and a given name.
 */
const KEPT_AS_WRITTEN = new Set('沈');

/** `converted` (as long as `s`) with the characters kept as written put back. */
function keepAsWritten(s: string, converted: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += KEPT_AS_WRITTEN.has(s[i]!) ? s[i]! : converted[i]!;
  return out;
}

/** Converts Traditional characters, one character at a time when a phrase rule would change the length. */
function toSimplified(s: string): string {
  const converted = t2s(s);
  const kept = converted.length === s.length && [...KEPT_AS_WRITTEN].some((c) => s.includes(c));
  const whole = kept ? keepAsWritten(s, converted) : converted;
  if (whole.length === s.length) return whole;
  let out = '';
  for (const ch of s) {
    const c = t2s(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/**
 * Cantonese words of Hong Kong news, each one character, read as the Mandarin word every rule knows: 喺 (在),
 * 嘅 (的), 咗 (了), 佢 (他), 哋 (们: 佢哋, 我哋), 唔 (不), 冇 (没), 嚟 (来), 攞 (拿), 畀 (给). 某某喺分行 was read as one
 * branch's name, 舉辦咗「某某」 as no launch. (同 for 和 is also the everyday 同, and stays.)
 */
const CANTONESE: Record<string, string> = { 喺: '在', 嘅: '的', 咗: '了', 佢: '他', 哋: '们', 唔: '不', 冇: '没', 嚟: '来', 攞: '拿', 畀: '给' };
const CANTONESE_CHARS = /[喺嘅咗佢哋唔冇嚟攞畀]/g;

const NEEDS_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000「」『』＂]/;
const WIDTH_CHARS = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000「」『』＂]/g;

/**
 * 『』 outside any 「」 are the sentence's own quotes, as some Taiwan and Hong Kong pages write them (舉辦『某某計畫』):
 * read as 「」, so as “”. Inside 「」 they stay the inner quotes (‘’) they are (「推出『某某』專案」).
 */
function outerCorners(s: string): string {
  if (!s.includes('『')) return s;
  let depth = 0;
  let outer = false;
  let out = '';
  for (const ch of s) {
    if (ch === '「') depth++;
    else if (ch === '」') depth = Math.max(0, depth - 1);
    if (ch === '『' && depth === 0 && !outer) {
      outer = true;
      out += '「';
    } else if (ch === '』' && outer) {
      outer = false;
      out += '」';
    } else out += ch;
  }
  return out;
}

/**
 * Normalises one sentence. `traditional` says whether the document is
 * written in Traditional characters: conversion is the costly step, and
 * Simplified text does not need it.
 */
export function normalizeText(s: string, traditional = true): string {
  const out = NEEDS_WIDTH.test(s) ? outerCorners(s).replace(WIDTH_CHARS, halfWidth) : s;
  return traditional ? toSimplified(out).replace(CANTONESE_CHARS, (ch) => CANTONESE[ch]!) : out;
}

/**
 * Frequent characters that exist only in Traditional writing. Text without
 * any of them in its first few thousand characters is Simplified, and the
 * costly conversion is skipped. Besides the commonest words, those of a short
 * item about an honour or a person (邱霞獲「某某」稱號, 某某奪得「某某獎」): the words
 * of winning and of honours, and the commonest surnames.
 */
const TRADITIONAL_CANDIDATES = new Set(
  '們這個來會國銀為與說對發開後時經於業務實現員區縣幣東車長門問間關係點動內際農產貸儲營總資計劃體愛學習歡樂將從過還進達選傳億萬線網絡護衛華興書記讓應變價頭' +
    '獲榮稱號譽獎頒奪賽講詐騙紅責廣團鄉豐滙匯陽陳張劉黃吳鄭楊許葉蕭羅蘇鍾謝鄧馮盧韓趙孫',
);
let traditionalOnly: Set<string> | undefined;

/** Does one of `chars` appear in the first few thousand characters of `s`? */
function hintIn(s: string, chars: Set<string>): boolean {
  for (let i = 0; i < Math.min(s.length, 4000); i++) if (chars.has(s[i]!)) return true;
  return false;
}

/** Does the text look Traditional (many characters change under conversion)? */
export function looksTraditional(s: string): boolean {
  // The candidates hold every character of the filtered set: text without any of them needs no converter.
  if (!hintIn(s, TRADITIONAL_CANDIDATES)) return false;
  // Filtered through the converter itself, so a character Simplified text also uses can never slip in.
  traditionalOnly ??= new Set([...TRADITIONAL_CANDIDATES].filter((c) => t2s(c) !== c));
  if (!hintIn(s, traditionalOnly)) return false;
  const sample = s.slice(0, 800);
  const conv = toSimplified(sample);
  let changed = 0;
  let han = 0;
  for (let i = 0; i < sample.length; i++) {
    if (/[\u4e00-\u9fff]/.test(sample[i]!)) han++;
    if (sample[i] !== conv[i]) changed++;
  }
  return han > 0 && changed / han > 0.03;
}
