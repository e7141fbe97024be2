/**
 * Shared pieces of the rules: which tokens can be part of a proper name, and
 * the left-extension walk that finds where a name starts when only its end
 * (a suffix such as 支行) is known.
 */
import type { Token } from '../../segment/jieba.js';
import type { Cues } from '../cues.js';

/**
 * jieba's part-of-speech tags of tokens that can be part of a name (nouns, places, unknown words, numerals).
 * Not idioms (i): 称特别感谢支行, 拾金不昧支行 are a clause before a bare 支行, never its name.
 */
const NAMEY_TAGS = new Set(['n', 'ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'x', 'j', 'eng', 's', 'm', 'a', 'b', 'f', 'ng', 'g', 'l', 'an', 'tg', 'zg', 'unit', 'place', 'bank']);

function isPunct(s: string): boolean {
  return /^[\s\p{P}\p{S}]+$/u.test(s);
}

/** A count of units (三个, 两家, 3间) or of events (一场, 两次, 一系列): how many, never part of which. */
const COUNT = /^(?:[0-9０-９一二三四五六七八九十两几多]+[个家间所场次批]|一系列)$/;

export function isNamey(t: Token, c: Cues): boolean {
  if (c.notInName.has(t.word) || isPunct(t.word)) return false;
  if (t.tag === 'm' && /^[0-9０-９.%]+$/.test(t.word)) return false;
  // Nor a count (丹凤三个支行, 两家网点: how many units, not which).
  if (COUNT.test(t.word)) return false;
  // Dates are no part of a name (2023年北洋支行).
  if (/^[0-9０-９]*[年月日]$/.test(t.word)) return false;
  return NAMEY_TAGS.has(t.tag) || /^[A-Za-z]+$/.test(t.word);
}

/** Token lists whose tokens follow each other without overlap (jieba's always do): searched by bisection. */
const ordered = new WeakMap<Token[], boolean>();

function isOrdered(tokens: Token[]): boolean {
  let known = ordered.get(tokens);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < tokens.length && known; i++) known = tokens[i]!.start >= tokens[i - 1]!.start + tokens[i - 1]!.word.length && tokens[i - 1]!.word.length > 0;
    ordered.set(tokens, known);
  }
  return known;
}

/** Index of the token that starts at or covers `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  // Rules call this for many offsets of a sentence: a scan per call made a long sentence quadratic.
  if (tokens.length > 16 && isOrdered(tokens)) {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid]!;
      if (offset < t.start) hi = mid - 1;
      else if (offset >= t.start + t.word.length) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start <= offset && offset < t.start + t.word.length) return i;
  }
  return -1;
}

/** 三个城郊支行, 八强乡镇支行, 3家支行: units counted, not named (六安, 十堰 are places: a count word must follow). */
const COUNTED = /^[0-9一二三四五六七八九十两几多]+(?:个|家|强|所|间|間|名|位)/;
/** 第三大分行, 第二家支行: a rank among units, not a name (第一支行 is a name); so is 首家, 首批 (the first ones). */
const RANKED = /^(?:第[0-9一二三四五六七八九十百]+(?:大|家|个|批)|首(?:家|批|个|座))/;

/** Generic words that are not a unit's name (二级分行, 市分行, 上级行), also after a verb of making one (建设党建支行). */
export function isGenericName(name: string, c: Cues): boolean {
  // Whole generic words only: 本溪 and 全椒 are places even though 本 and 全 alone are not names.
  // A name that starts with 银行 is a bank's name with its own part cut off (各银行常德分行, 建设/银行市分行).
  // 某 hides a name (贵阳某支行), and a count ends none (川渝两分行); nor does a word that points (仅该/x 支行, 而其支行).
  const built = c.unitBuildVerb.exec(name);
  // (What follows must be generic words themselves: 建设路 is a road.)
  if (built && name.length - built[0].length >= 2 && isGenericName(name.slice(built[0].length), c)) return true;
  // A kind of bank names none either (各商业银行支行, 外资银行分行: the units of banks of that kind), nor does a
  // word of merit (全省优秀支行, 省分行标杆网点: an honour conferred on a unit).
  // (在某地设分行: a name never ends in the verb that sets the unit up, 设, which jieba may glue to the place before it,
  // 同奈设/x; 建设 is a word of its own.)
  // (某銀行5樓分行: a floor of a building says where in it, not which unit.)
  return name.length < 2 || /(?<!建)设$/.test(name) || /^[0-9０-９]+[楼层]$/.test(name) || c.genericUnitName.has(name) || c.honourUnitQuality.test(name) || isGenericRun(name, c) || /^(?:该|各|这|那|每|其|银行)/.test(name) || /[该各这那每其此]$/.test(name) || /(?:银行|金融机构)$/.test(name) || /[0-9]+家|家$/.test(name) || COUNTED.test(name) || RANKED.test(name) || /某|[两俩]$/.test(name);
}

/**
 * 县域普惠支行, 社区智慧支行: generic words one after another name no unit either. Only words of two characters or
 * more are joined (市中, 本溪 are names though 市 and 本 alone are generic).
 */
function isGenericRun(name: string, c: Cues): boolean {
  const ends = new Set<number>([0]);
  for (let i = 0; i < name.length; i++) {
    if (!ends.has(i)) continue;
    for (let j = i + 2; j <= Math.min(name.length, i + 6); j++) if (c.genericUnitName.has(name.slice(i, j))) ends.add(j);
  }
  return ends.has(name.length);
}

/** jieba's tags of words that cannot stand inside a unit's name: verbs, adverbs, conjunctions, particles (大丰银行继设立广州分行). */
const NOT_IN_UNIT_NAME_TAGS = /^(?:v|vd|vi|d|c|u|uj|ul|uz|ug|ud|uv|y|e|o)$/;

/** Does the text [from, to) hold a token that cannot be part of a unit's name? */
export function hasNonNameToken(tokens: Token[], from: number, to: number, isPlace: (word: string) => boolean = () => false, placeFinal: ReadonlySet<string> = NONE): boolean {
  // A longer word jieba calls an adverb is often a place's name it does not know (日照银行高新/d社区支行);
  // the adverbs that break a name are single characters (继, 又, 也). A place of the gazetteer is a name whatever
  // jieba calls it (兴业银行青岛即墨/v支行).
  // A one-character word before a direction is a landmark of the name, whatever jieba calls it (站/v 前/f 支行,
  // 桥/v 东/f 支行: the branch by the station, east of the bridge).
  return tokens.some((t, i) => t.start >= from && t.start + t.word.length <= to && ((NOT_IN_UNIT_NAME_TAGS.test(t.tag) && !(t.tag === 'd' && t.word.length > 1) && !isPlace(t.word) && !isLandmark(t, tokens[i + 1], to) && !endsPlace(t, tokens[i - 1], to, placeFinal)) || COUNT.test(t.word)));
}

const NONE: ReadonlySet<string> = new Set();

/**
 * 天水/ns 围/v 分行, 黑沙/ns 环/v 分行: a character of the land (place-final) jieba calls a verb, right before the unit
 * word `to` and right after a word of the name, ends the place the unit is named after.
 */
export function endsPlace(t: Token, prev: Token | undefined, to: number, placeFinal: ReadonlySet<string>): boolean {
  return t.word.length === 1 && t.tag === 'v' && t.start + 1 === to && placeFinal.has(t.word) && prev !== undefined && prev.start + prev.word.length === t.start && /^(?:ns|n|nz|x|nr)$/.test(prev.tag);
}

/** 站 in 站前, 桥 in 桥东: one character, then a direction of one character inside the name. */
function isLandmark(t: Token, next: Token | undefined, to: number): boolean {
  return t.word.length === 1 && t.tag === 'v' && next !== undefined && next.tag === 'f' && /^[前后东西南北]$/.test(next.word) && next.start === t.start + 1 && next.start + 1 <= to;
}

/** Tags of one-character words that no place's half carries: prepositions, conjunctions, particles, pronouns, numerals. */
const NOT_PLACE_HALF_TAG = /^(?:p|c|u|uj|ul|uz|ug|ud|uv|r|m|y|e|o)$/;
const HAN_1 = /^[\u4e00-\u9fff]$/;

/**
 * 涝/v 峪/g 支行, 邦/ng 均/d 分理处, 畈/q 上/f 营业所: a place of two characters jieba does not know, cut into two words
 * of one character whatever their tags, right before a unit's suffix at `end`. Where that pair starts, when neither
 * half is a function word or a verb of going (not-in-place-pair) and what stands before it ends a word (the sentence's
 * start, punctuation, a word of two characters or more, or one of those characters: 重点是|邦均分理处); otherwise none
 * (another single character before may be the name's own first).
 */
export function placePairBefore(tokens: Token[], end: number, c: Cues): number | undefined {
  const bi = tokenAt(tokens, end - 1);
  if (bi < 1) return undefined;
  const b = tokens[bi]!;
  const a = tokens[bi - 1]!;
  if (b.start + 1 !== end || !HAN_1.test(b.word) || a.start + 1 !== b.start || !HAN_1.test(a.word)) return undefined;
  if ([a, b].some((t) => c.notInPlacePair.has(t.word) || c.notInName.has(t.word) || NOT_PLACE_HALF_TAG.test(t.tag))) return undefined;
  const before = tokens[bi - 2];
  if (before && before.start + before.word.length === a.start && HAN_1.test(before.word) && !c.notInPlacePair.has(before.word) && !c.notInName.has(before.word)) return undefined;
  // (Nor a name-like word right before it: 德輔/x 道/q 西/f 分行 is 德輔道西, a road, whole or not at all.)
  if (before && before.start + before.word.length === a.start && /^(?:x|nr|nrt|nrfg|ns|nz|ng)$/.test(before.tag) && /^[\u4e00-\u9fff]+$/.test(before.word)) return undefined;
  return a.start;
}
