/**
 * The scan for people named in one sentence, shared by the person rules: a
 * full name right after a role (储蓄员王玉珍, and the names listed after it),
 * before a speech verb (魏家生说), after a noun for a member of the public
 * (客户赵建国) or before 先生/女士, one that jieba tags as a person name, and
 * photo credits in the text (裴鑫 摄). Titles with a surname only (王行长)
 * are not full names and are left out.
 */
import type { Token } from '../../segment/jieba.js';
import type { Names } from '../../text/names.js';
import { cues, type Cues } from '../cues.js';

/**
 * The lengths a name may have where a rule reads it off the text, longest first: a compound surname and two
 * given-name characters (欧阳明华), a surname and two (王明华, 欧阳明), a surname and one. looksLikeFullName
 * lets four through only with a compound surname.
 */
export const NAME_LENGTHS = [4, 3, 2] as const;
import type { Mention, RuleCtx, SentenceCtx } from '../types.js';

const PROFILE = /^\s*([\u4e00-\u9fff]{2,4})([，,]\s*)((?:男|女)[，,]|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:出生|生)|出生于|[\u4e00-\u9fff]{1,3}族[，,]|中共(?:预备)?党员[，,]|(?:历任|现任|曾任|先后任|先后担任|现为)(?=[\u4e00-\u9fff]))|^\s*([\u4e00-\u9fff]{2,3})([，,]?(?:今年|现年)已?\d{1,3}(?:周)?岁)/;
/** A foreign name in Latin letters in brackets, after the characters for its sounds (韦思礼(Peter Wells)). */
const LATIN_NAME_IN_BRACKETS = /[（(][A-Z][a-z]+(?:[ -][A-Z][A-Za-z'.-]+){1,3}[)）]/g;
/** A sentence opened by a name, a comma and 是 (冯某，是…; 冯某，现在是…). */
const OPENS_WITH_NAME_IS = /^\s*([\u4e00-\u9fff]{2,4})[，,]\s*(?:现在|目前|现)?是(?:一名|一位)?/;
/** A sentence opened by a name, then a year or a span of years (自2014年以来, 2010年进入, 2015~2018年擔任). */
/**
 * One short clause that may open a sentence before the person it is about (作为资深银行家，王芳…): shared with
 * works_at.person-unit-role, whose callers check that no mention stands in it.
 */
export const OPENING_CLAUSE_SOURCE = '(?:[^，,。；;]{1,12}[，,])?';
const DATED_START = new RegExp(`^\\s*${OPENING_CLAUSE_SOURCE}([\\u4e00-\\u9fff]{2,3}?)(?=(?:出生于|生于|自|从|于)?(?:19|20)\\d{2}(?:年?[~～\\-－–—至到](?:19|20)\\d{2})?年)`);
/** Tags of words that are no piece of a name: a post, a unit, a bank, a place, a pronoun, a number, a function word. */
const NOT_NAME_PIECE = /^(?:role|unit|bank|place|ns|r|m|q|p|c|u|uj)$/;
export const FUNCTION_CHARS = /[在说和等也就是的到把被对向从为带给将与及了着过又都还]/;
/** What jieba glues to the end of a name it does not know: a function word, 称 of 某某称 (said), 因 of 某某因工作变动. */
export const GLUED_AFTER_NAME = /[在说和等也就是的到把被对向从为带给将与及了着过又都还称因]/;
/** Verbs and prepositions jieba glues to a name it does not know when a particle, a verb or a number follows (王丽笑着说, 王丽自2010年起, 王丽上了光荣榜). */
export const GLUED_VERB_AFTER_NAME = /[笑哭叹喊问答道想看走来去自于送递上]/;
/** 文/某某, 图／某某, 摄影/某某: a credit written with a slash. */
/**
 * 文：王晓峰, 图：张立强: a one-word credit and a colon, opening a line or after a sentence's end (where a colon
 * after 文 or 图 inside a sentence, 原文：, 附图：, introduces text, not a name: the name must end there).
 */
const COLON_CREDIT = /(?:^|(?<=[\s。！？!?）)】]))(文字?|图片?|摄影?|文图)[:：][ \t\u3000]*([\u4e00-\u9fff]{2,3}?)(?=$|[ \t\u3000\n]|[，,。；;）)]|(?:文字?|图片?|摄影?)[:：/／])/g;
const SLASH_CREDIT = /(?:^|(?<=[^\u4e00-\u9fff]|[\u4e00-\u9fff]{2}))(文字?|图片?|摄影?|文图|编辑|责编|记者|通讯员)\s*[/／]\s*([\u4e00-\u9fff]{2,3}?)(?=$|[^\u4e00-\u9fff]|(?:文字?|图片?|摄影?)\s*[/／])/g;
/**
 * 文/图 某某, 图/文：某某: text and pictures credited at once, the pair written with a slash, then a space, a
 * colon or another slash before the name (SLASH_CREDIT reads the 图 of the pair as the name's place).
 */
const PAIR_CREDIT = /(?:^|(?<=[^\u4e00-\u9fff]))(文[/／]图|图[/／]文)(?:[ \t\u3000]*[/／:：][ \t\u3000]*|[ \t\u3000]+)([\u4e00-\u9fff]{2,3}?)(?=$|[^\u4e00-\u9fff])/g;
/** 裴鑫 摄 after a full stop or a line's start, or in brackets after a photo's caption in mid-article ((某某 摄)). */
const PHOTO_CREDIT = /(?:^|[。！？]\s*|[（(]\s*)([\u4e00-\u9fff]{2,3})(?:\s+|\s*[/／]\s*)摄(?:影报道|影)?/g;
/** 韩某某摄 at the very start of a line (a caption's credit printed without a space). */
const PHOTO_CREDIT_START = /^\s*([\u4e00-\u9fff]{2,3})摄(?:影报道|影)?(?=\s|记者|$|[，,。])/;

export type PersonFinding = 'profile' | 'honoured' | 'appointed' | 'after-unit' | 'slash-credit' | 'after-role' | 'listed-after-role' | 'listed-before-role' | 'before-role' | 'speaker' | 'titled' | 'pos' | 'pos-marked' | 'photo-credit';

export interface PersonCandidate {
  finding: PersonFinding;
  name: string;
  start: number;
  end: number;
  role?: string;
  /** Where a unit the person works at would end (before the name when the role follows it). */
  unitBefore?: number;
}

interface Span {
  name: string;
  start: number;
  end: number;
}

export function scanPersons(s: SentenceCtx, ctx: RuleCtx): PersonCandidate[] {
  return ctx.memo(s, 'persons', () => scan(s, ctx));
}

/** A character (a surname mostly), 家 and a word of the land (山, 坡, 店, 屯 …) or 人: a village, a hill or a family, never one person. */
const VILLAGE = /^[\u4e00-\u9fff]家[山坡店沟湾庄村岭洼营寨堡屯集铺窑嘴墩畈冲坪塘峪坝埠人]$/;

export function notAName(name: string, c: Cues, names: Names, marked = false): boolean {
  // (省长金融奖: a word ending in 奖 is an award, not a given name; nor is a unit's suffix: 该行员林分行 is 该行 and
  // the unit 员林分行, read as the post 行员 and 林分行.)
  // (`marked`: a post in brackets or a place in a photo right after it says a person stands there, so a word that is
  // mostly no name, 高峰, 江山, is one.)
  // (刘某正: 某 stands for a name withheld, so no full name holds it.)
  // (柜员江苏籍/nr 员工: a word ending in 籍 says where people come from, no name.)
  // (冯家堡, 李家坡, 魏家屯: a surname, 家 and a word of the land name a village or a hill; 韩家人 is a family.)
  // (金管署: a word ending in 署 is a government office.)
  return /某/.test(name) || VILLAGE.test(name) || (!marked && c.notAPerson.has(name)) || c.mannerBeforeSpeech.has(name) || c.notGivenName.has(name) || c.notGivenName.has(name.slice(names.surnameLength(name))) || /[奖籍署]$/.test(name) || c.unitSuffixAtEnd.test(name);
}

/**
 * A practitioner's word of three characters or more ending in 家 (小提琴家, 经济学家, 企业家) right before a name: a
 * member of the public, as after 书法家 of the list; not a household or a country (农家, 国家: dict/cues/not-occupation-jia.txt).
 */
const OCCUPATION_JIA = /^[\u4e00-\u9fff]{2,5}家$/;

/** Joins jieba's split names (邢 / 丽丽) and returns the name starting at token i, if any. */
/**
 * Right before a name, an honour's title ending with 的 (荣获“十佳员工”称号的某某, 获得“…”奖的某某): the honour
 * describes who follows, a person.
 */
const HONOUR_DESCRIBES_NAME = /(?:称号|荣誉称号)的$|[”"」』](?:荣誉|奖项|奖)的$/;

/** A dictionary honour for a person, worn as a title right before the name (全国劳动模范王某, 三八红旗手李某). */
function titleHonour(t: Token, c: Cues): boolean {
  return t.tag === 'honour' && c.individualHonour.test(t.word) && !c.rankedCollectiveHonour.test(t.word);
}

function nameAt(tokens: Token[], i: number, names: Names): Span | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if ((t.tag === 'nr' || t.tag === 'x' || t.tag === 'nrfg' || t.tag === 'nrt') && names.looksLikeFullName(t.word)) {
    // jieba glues a following function word to an unknown name (孙浩说): cut it off.
    if (t.word.length === 3 && GLUED_AFTER_NAME.test(t.word[2]!) && names.looksLikeFullName(t.word.slice(0, 2))) return { name: t.word.slice(0, 2), start: t.start, end: t.start + 2 };
    // (王丽笑/x 着/uz 说, 王丽自/x 2010/m 年起: a verb or a preposition glued, with a particle, a verb or a number after it.)
    const after = tokens[i + 1];
    // (王丽送/x 上/f 锦旗: a verb of giving glued, its direction word after it.)
    if (t.word.length === 3 && GLUED_VERB_AFTER_NAME.test(t.word[2]!) && after && (/^(?:uz|ul|ug|v|vd|m|p|d)$/.test(after.tag) || (/[送递]/.test(t.word[2]!) && /^[上来去出]$/.test(after.word))) && names.looksLikeFullName(t.word.slice(0, 2))) return { name: t.word.slice(0, 2), start: t.start, end: t.start + 2 };
    return { name: t.word, start: t.start, end: t.start + t.word.length };
  }
  // (The same with a three-character name: 施晓燕及/x 副总经理, 谢明辉作/x 报告.)
  if (t.tag === 'x' && t.word.length === 4 && (GLUED_AFTER_NAME.test(t.word[3]!) || GLUED_END.test(t.word[3]!)) && !FUNCTION_CHARS.test(t.word.slice(1, 3)) && names.looksLikeFullName(t.word.slice(0, 3))) return { name: t.word.slice(0, 3), start: t.start, end: t.start + 3 };
  const u = tokens[i + 1];
  if (u && t.word.length <= 2 && u.start === t.start + t.word.length && names.looksLikeFullName(t.word + u.word)) {
    // A name cut in two by jieba is cut after its surname (邢/丽丽), or after a first token that is itself
    // name-like (谢志/明); 银行/卡 is a word, not a surname and a given name.
    const surnameAlone = t.word.length === names.surnameLength(t.word + u.word);
    const nameLike = (x: Token): boolean => x.tag.startsWith('nr') || x.tag === 'x';
    // (李明经理和/c 王芳/x 主任: 和 that jieba reads as joining, before a whole name of its own, is no surname.)
    if (t.tag === 'c' && PREPOSITION_NOT_SURNAME.test(t.word) && nameLike(u) && u.word.length >= 2 && names.looksLikeFullName(u.word)) return undefined;
    // (A common surname jieba reads as another word, with a two-character given name it reads as one too: 张/q 立新/d.)
    // (孙/zg 立新/d, 余/m 建新/v: or a lone character it cannot place, or 余 and 万 read as numbers.)
    const misread = surnameAlone && t.word.length === 1 && u.word.length === 2 && names.commonSurname(t.word + u.word) && (/^(?:q|a|v|n|ng|vg|ag|nz|zg)$/.test(t.tag) || (t.tag === 'm' && !/^[\d０-９一二三四五六七八九十两百千]/.test(t.word))) && !/^(?:u|uj|ul|uz|ug|ud|uv|y|e|o|c|p|x|m|r)$/.test(u.tag);
    if (!(surnameAlone ? nameLike(t) || nameLike(u) || misread : nameLike(t))) return undefined;
    // 孔/健在: the given name's last character glued to a following 在 or 说 (a verb to jieba); the name ends before it.
    if (u.word.length === 2 && u.tag === 'v' && /[在说]$/.test(u.word) && names.looksLikeFullName(t.word + u.word[0])) return { name: t.word + u.word[0], start: t.start, end: t.start + t.word.length + 1 };
    // (副行长陶/怡和/行长助理某某: 和 before a second post joins two people; the name ends before it.)
    const next = tokens[i + 2];
    if (u.word.length === 2 && /[和与及]$/.test(u.word) && next?.tag === 'role' && next.start === u.start + 2 && names.looksLikeFullName(t.word + u.word[0])) return { name: t.word + u.word[0], start: t.start, end: t.start + t.word.length + 1 };
    return { name: t.word + u.word, start: t.start, end: u.start + u.word.length };
  }
  return undefined;
}

/** Tags of a word that is no piece of a name even where a bracket after it says a person stands there. */
const NEVER_IN_MARKED_NAME = /^(?:role|unit|bank|m|mq|q|p|c|u|uj|ul|uz|ug|ud|uv|y|e|o|eng|f)$/;

/**
 * 服务队：高峰（客户经理）、文静（柜员）, 柜员方圆（右二）: a name read from the text right before a mark that only a
 * person takes (a post in brackets, a place in a photo), whatever jieba made of it: an everyday word (高峰/nr, 文静/n,
 * 甘露/v), a word and a lone character (江山/ns 红/a, 周朝/t 崇/zg), or pieces of other tags (刘/zg 敏/ag, 何/r 平/n).
 * No piece is a function word, a post, a unit or a number; a word jieba knows whole that is no name's tag must open
 * with a common surname (成员（柜员） is none).
 */
function nameBeforeMark(s: SentenceCtx, toks: Token[], k: number, names: Names, c: Cues, mark: RegExp | ((end: number) => boolean)): Span | undefined {
  const t = toks[k];
  if (!t) return undefined;
  for (const len of NAME_LENGTHS) {
    const end = t.start + len;
    const name = s.text.slice(t.start, end);
    if (!(typeof mark === 'function' ? mark(end) : mark.test(s.text.slice(end))) || !names.looksLikeFullName(name) || FUNCTION_CHARS.test(name.slice(names.surnameLength(name)))) continue;
    const pieces = toks.filter((x) => x.start >= t.start && x.start < end);
    if (pieces.some((x) => x.start + x.word.length > end || NEVER_IN_MARKED_NAME.test(x.tag))) continue;
    if (t.word.length > names.surnameLength(name) && !NAME_WORD.test(t.tag) && !names.commonSurname(name)) continue;
    if (notAName(name, c, names, true)) continue;
    return { name, start: t.start, end };
  }
  return undefined;
}

/** Tags of a word of two or more characters that may be a whole name, or its surname and more, in a list of names. */
const WORD_IN_LISTED_NAME = /^(?:n|ns|nz|ng|nr|nrfg|nrt|x)$/;

/**
 * An item of a list of names after a post read from the text (高峰/nr, 文静/n, 江山/ns 红/a, 何/r 平/n, 马力/n 强/a): a full
 * name ending where `ends` says the list goes on or closes, whose words of two characters or more are nouns or names
 * (not a verb, an adverb, a time or a number: 成功, 向前, 夏天 stay words) and whose lone characters are no function
 * words; a word that is no name's tag opens with a common surname.
 */
function wordItemAt(s: SentenceCtx, toks: Token[], at: number, names: Names, c: Cues, ends: (end: number) => boolean): Span | undefined {
  const first = toks.find((x) => x.start === at);
  if (!first) return undefined;
  for (const len of NAME_LENGTHS) {
    const end = at + len;
    const name = s.text.slice(at, end);
    if (!names.looksLikeFullName(name) || FUNCTION_CHARS.test(name.slice(names.surnameLength(name))) || !toks.some((x) => x.start === end) || !ends(end)) continue;
    const pieces = toks.filter((x) => x.start >= at && x.start < end);
    if (pieces.some((x) => x.start + x.word.length > end || NEVER_IN_MARKED_NAME.test(x.tag) || (x.word.length > 1 && !WORD_IN_LISTED_NAME.test(x.tag)))) continue;
    if (first.word.length > names.surnameLength(name) && !NAME_WORD.test(first.tag) && !names.commonSurname(name)) continue;
    if (notAName(name, c, names, true)) continue;
    return { name, start: at, end };
  }
  return undefined;
}

/** What may follow the last name of a list after a post: its end, a count, 等, or the clause's verb, adverb or preposition. */
const LISTED_NAMES_CLOSE = /^(?:v|vd|vi|d|ad|p|a|l|i)$/;

/**
 * 客户经理高峰、文静深入企业, 柜员江山、方圆和白雪…, 副行长金星辉、马力强带队: two or more names after a post, joined by 、 (the
 * last maybe by 和, 与, 及), each an everyday word or pieces jieba tagged otherwise: the list of them says they are
 * names. Every item must read so, and the list end as such a list does.
 */
function wordListAt(s: SentenceCtx, toks: Token[], at: number, names: Names, c: Cues): Span[] | undefined {
  const items: Span[] = [];
  const goesOn = (end: number): boolean => /^[、和与及]/.test(s.text.slice(end));
  const closes = (end: number): boolean => {
    if (LIST_ITEM_END.test(s.text.slice(end)) || /^[0-9０-９一二三四五六七八九十两]+(?:名|位|人)/.test(s.text.slice(end))) return true;
    const next = toks.find((x) => x.start === end);
    return next !== undefined && LISTED_NAMES_CLOSE.test(next.tag) && !/^[和与及]$/.test(next.word);
  };
  for (let from = at; items.length < 8; ) {
    const item = wordItemAt(s, toks, from, names, c, (end) => goesOn(end) || (items.length > 0 && closes(end)));
    if (!item) return undefined;
    items.push(item);
    const sep = s.text[item.end]!;
    if (sep === '、' && !closes(item.end + 1)) {
      from = item.end + 1;
      continue;
    }
    if (/[和与及]/.test(sep) && /^[和与及]/.test(s.text.slice(item.end))) {
      const last = wordItemAt(s, toks, item.end + 1, names, c, closes);
      if (!last) return undefined;
      items.push(last);
      break;
    }
    if (!closes(item.end) || items.length < 2) return undefined;
    break;
  }
  return items.length >= 2 ? items : undefined;
}

/** jieba's tags of a lone character that can end a three-character name it cut after two (李取/纲, 高志/伟). */
const LONE_NAME_CHAR = /^(?:n|ng|nr|nrfg|nz|x|zg|g|tg|vg|ag|a|j)$/;

/**
 * After a role, a two-character name jieba found may be the first two of three (李取/纲参加, 杨再/平及): the
 * third is a lone character or starts an unknown word, and is no function word.
 */
function extendToThree(s: SentenceCtx, toks: Token[], n: Span, names: Names): Span {
  if (n.end - n.start !== 2) return n;
  const next = toks.find((x) => x.start === n.end);
  if (!next) return n;
  const c3 = s.text[n.end]!;
  const three = s.text.slice(n.start, n.end + 1);
  // (欧阳/挺: after a compound surname alone, any character may be the given name.)
  const adverbEnds = NEVER_NAME_END.test(c3) && names.surnameLength(three) !== 2;
  // (A lone surname-like character, 戚/莎/莎, is the third too, unless a name's part follows it: 李明/王/芳 is two people.)
  const afterNext = toks.find((x) => x.start === n.end + 1);
  // (jieba tags punctuation x as well: 赵代/福/、 ends the name at the 、, it starts no part of another.)
  const lone = next.word.length === 1 && (LONE_NAME_CHAR.test(next.tag) || (/^(?:nr|ns)$/.test(next.tag) && !(afterNext && /^(?:nr|nrfg|nrt|x)$/.test(afterNext.tag) && /^[\u4e00-\u9fff]/.test(afterNext.word))));
  // (柜员马骏/上了: not a verb and its aspect particle that jieba does not know as one word.)
  // (林海/两人/x: nor a count of the people listed, which jieba leaves unknown.)
  const startsUnknown = next.word.length > 1 && next.tag === 'x' && !(next.word.length === 2 && /[了着过]/.test(next.word[1]!)) && !/^[两二三四五六七八九十兩]+[人位名]$/.test(next.word);
  // (楊旭/堂/及: a character jieba reads as a measure word, as a list goes on after it, is the name's third too.)
  const measuredInList = next.word.length === 1 && next.tag === 'q' && /^(?:、|及|和|与)/.test(s.text.slice(n.end + 1));
  // (张晓/燕都/说: the third character glued to an adverb after the name.)
  // (董事长韩立/明代/为履行: or to 代 of 代为, acting for.)
  const gluedToAdverb = next.word.length === 2 && (NEVER_NAME_END.test(next.word[1]!) || (next.word[1] === '代' && s.text[n.end + 2] === '为')) && !NEVER_NAME_END.test(c3);
  if ((lone || startsUnknown || gluedToAdverb || measuredInList) && !FUNCTION_CHARS.test(c3) && !adverbEnds && names.looksLikeFullName(three)) return { name: three, start: n.start, end: n.end + 1 };
  // 行长李术和感触很深: a 和 that a verb or an adverb follows joins nothing; it ends the name (李术和).
  const after = toks.find((x) => x.start === n.end + 1);
  // 行政长官李家超颁发: jieba reads the third character as an adverb or a verb before the verb; a name's own unless it is one
  // of the adverbs that do stand there (王芳才知道, 王芳很高兴).
  // (副理陳怡/如/副理 and 行員陳怡/如/榮獲: a post, or 荣获 that jieba tags as a name, after it does as well.)
  if (next.word.length === 1 && ((next.tag === 'd' && !ADVERB_AFTER_NAME.test(c3)) || (next.tag === 'v' && !VERB_AFTER_NAME.test(c3))) && !FUNCTION_CHARS.test(c3) && !adverbEnds && after && (/^(?:v|vd|vi|t|role)$/.test(after.tag) || after.word === '荣获') && names.looksLikeFullName(three)) return { name: three, start: n.start, end: n.end + 1 };
  // 經理賀定/一/，, 經理高嘉/和/，, 經理林正/一/親自: a name ending in 一 or 和, which jieba reads as the number or the
  // conjunction, where neither can stand: before a comma, or (一) before an adverb or a verb. (王芳一人, 王芳一眼 are
  // other words; 王芳和同事 joins two.)
  if (next.word === c3 && /[一和]/.test(c3) && !adverbEnds && names.looksLikeFullName(three) && (/^[，,；;。]/.test(s.text.slice(n.end + 1)) || (c3 === '一' && after && /^(?:d|vd|ad)$/.test(after.tag)))) return { name: three, start: n.start, end: n.end + 1 };
  // (来自甲支行的客户经理韩梅和来自乙支行的柜员孙伟: a 和 before 来自 joins a second person introduced the same way.)
  // (襄理張立和及時報警: 及时, which jieba tags a conjunction, is the adverb there.)
  // (总经理陈家和在典礼上致辞: so does 在 or 于 saying where or when, alone as a word. A verb then 的 describes the
  // people 和 joins: 王芳和在场的同事, 王芳和前来办事的客户.)
  const describesNext = after !== undefined && s.text[after.start + after.word.length] === '的';
  // (副书记韩立和分团委书记某某: a lone character jieba reads as a verb, 分/v, may open the next person's post.)
  const postAfterLone = after !== undefined && after.word.length === 1 && POST_WORD_END.test(toks.find((x) => x.start === after.start + 1)?.word ?? '');
  if (c3 === '和' && next.word === '和' && after && (/^(?:v|vd|vi|d|ad)$/.test(after.tag) || after.word === '及时' || /^[在于]$/.test(after.word)) && !describesNext && !postAfterLone && !LIST_GOES_ON_AS.test(after.word) && names.looksLikeFullName(three)) return { name: three, start: n.start, end: n.end + 1 };
  return n;
}

/** The end of a word for a post (团委书记, 办公室主任, 副行长): a second person's, after 和. */
const POST_WORD_END = /(?:书记|主任|行长|经理|委员|主席|院长|局长|部长|总监|理事长|董事长)$/;

/** Words that open a second person's introduction after 和 (和来自某支行的某某, 和作为…的某某). */
const LIST_GOES_ON_AS = /^(?:来自|作为|身为)$/;

/**
 * Adverbs and conjunctions that are hardly ever a given name's last character, after a two-character name
 * (王芳则表示, 王芳都说, 王芳很高兴): where jieba has cut the name off already, it is not stretched over them. (才 and 均
 * are here though they end some given names, 王有才: jieba keeps such a name whole. GLUED_END below, for cutting a
 * name jieba glued, leaves them out.)
 */
const NEVER_NAME_END = /[则都却很才仍便已曾亦均皆最更太挺竟总再没未只仅也又就还]/;

/**
 * 刘洋则/x 表示, 王芳作/x 报告, 韩梅任/x 某行行长: jieba glues an adverb or a light verb to a two-character name it does not know; a
 * three-character name ending in one of those before more text is the two-character name. (Not 才 or 均, which
 * end given names: 王有才, 李世均. 共 of a total, 王芳共接待, is one.)
 */
/** What opens a clause about a time before a name and 时 (在…时, 当…时, 见到某某时, 采访某某时). */
const WHEN_CLAUSE = /在|当|见|采访|拜访|看到|遇到|找到|问|联系|走访|到|陪|随|跟|和|与|同|向|对|给|帮|请|邀|等/;

const GLUED_END = /[则都却很便也又就还已曾亦皆最更太竟总再没未只仅听称作任获因共]/;

export function withoutAdverb(text: string, n: Span, names: Names): Span {
  const name = n.name;
  const surname = names.surnameLength(name);
  // A one-character given name after the surname, then the glued character (王芳则, 诸葛明则).
  if (name.length !== surname + 2) return n;
  const last = name[name.length - 1]!;
  const cut = { name: name.slice(0, -1), start: n.start, end: n.end - 1 };
  const next = text.slice(n.end, n.end + 1);
  // (Before a comma only 称, said, and 时, when: 某支行王芳称，…; 记者见到王芳时，…. 时 is when only in a clause that
  // can be about a time, one with 在, 当 or a verb of meeting before the name: in a list of who came, 某银行副行政总裁陈志时，
  // 某公司董事长某某, it ends the name.)
  if (last === '时' && /[，,]/.test(next)) {
    const clause = text.slice(0, n.start).split(/[，,。；;：:！!？?]/).pop()!;
    if (WHEN_CLAUSE.test(clause) || !names.looksLikeFullName(name)) return cut;
    return n;
  }
  // (等 and a count: 诸葛明等3名员工.)
  if (last === '等' && /[0-9０-９一二三四五六七八九十两]/.test(next)) return cut;
  // (After a compound surname a function word too: 诸葛明向客户, 诸葛明等.)
  const glued = GLUED_END.test(last) || (last === '正' && next === '在') || (surname === 2 && (GLUED_AFTER_NAME.test(last) || GLUED_VERB_AFTER_NAME.test(last)));
  if (!glued || !(/[\u4e00-\u9fff]/.test(next) || (last === '称' && /[，,：:]/.test(next)))) return n;
  return cut;
}

/**
 * 王芳则 (表示), 王芳都 (说), 王芳听 (说): three characters that are a two-character name and an adverb, or a verb that
 * takes 说, read as one name. (Not after a compound surname alone: 欧阳挺.)
 */
function adverbAfterTwo(name: string, names: Names): boolean {
  // (With a compound surname, the fourth: 欧阳明则.)
  const last = name[name.length - 1]!;
  return name.length === names.surnameLength(name) + 2 && (NEVER_NAME_END.test(last) || /[听答]/.test(last));
}

/** Before a unit: where a person works (在, 曾在, 任职于), opening a relative clause about them. */
const WORKED_AT_BEFORE = /(?:在|(?:任职|就职|供职|工作)于)$/;
/**
 * Before a unit: a verb of holding, taking or leaving a post there (担任, 曾任, 卸任, 接任), opening a relative clause
 * (担任某行副行长的韩梅, 卸任某行董事长的韩梅): the verbs of dict/cues/appointed-verb.txt of two characters or more, which
 * works_at.relative-clause reads to tie the person to the unit, 时任 (the post held at the time), and 身为 or 作为 (身为某行
 *客户经理的韩梅: being in the post).
 */
function heldBefore(before: string, c: Cues): boolean {
  return /(?:时任|身为|作为)$/.test(before) || c.appointedVerbs.some((v) => v.length > 1 && before.endsWith(v));
}
/**
 * After the unit, up to the 的 before the person: a verb of working or of holding a post, and at most a post and a
 * span of time (工作了十年的, 任职多年的, 出任首席风险官5年的), with no punctuation.
 */
const RELATIVE_CLAUSE_AFTER_UNIT = /^(?:(?:工作|任职|从业|就职|供职|服务)[了过]?[\u4e00-\u9fff0-9０-９余多]{0,6}|(?:担任|出任|任|当)[\u4e00-\u9fff0-9０-９余多]{1,14}?)的/;

/** Single-character adverbs that do follow a name before its verb (王芳才知道, 李明正忙): never a name's third character there. */
const ADVERB_AFTER_NAME = /[才却仍便刚已曾亦均皆正最更很太挺真竟总先再常同不没未只仅一也都又就还]/;

/** Single-character verbs that do follow a name before another verb (王芳来参加, 李明去看望). */
const VERB_AFTER_NAME = /[来去到看说走拿给让叫要想会能可是在有做进出回上下起开带送请向把被将对为用找问听坐站跑笑喊拉推接打写读学教发称]/;

/**
 * After a post, before the name: a bracketed remark on how the post is held (（主持工作）, （兼）, （代）, （挂职）),
 * or the post's English (主管（Head of Personal Banking）, as Hong Kong news gloss it); not a place in a photo
 * (（左三）), which follows a name, not a post.
 */
const POST_ASIDE = /^[（(](?:(?![左右中前后])[\u4e00-\u9fff]{1,6}|[A-Z][A-Za-z&.,' -]{1,48})[）)]/;
const LIST_JOIN = /^(?:、|以及|和|及|与)/;
/** 为 or 是 between a post and the name of who holds it (行长为王某; 法定代表人变更为王某, as a registry's change reads). */
const COPULA_THEN_NAME = /^(?:变更为|變更為|为|是|為|由|名叫|叫做|叫)(?=[\u4e00-\u9fff])/;

/** What may follow a name that closes its clause. */
const CLAUSE_ENDS = /^(?:[，,。；;、）)!！?？]|\s|$)/;
/** Prepositions and conjunctions that a role may stand before (员工向客户, 行长和经理). */
const PREPOSITION_NOT_SURNAME = /^[和与及向对把被从在给跟同为]$/;
/** Verbs that confer an honour on the people named right after them. */
const CONFERRED_ON = /(?:授予|表彰|命名|评选出|评出)了?/g;
/**
 * 冠军：甲、乙，亚军：丙; 一等奖：甲 乙: a placement of a contest and a colon, then the names of who won it (a
 * unit before a name is read by the unit rules). Each name ends where the list or the clause goes on.
 */
const PLACEMENT_COLON = /(?:^|(?<=[\s，,；;。、]))(?:[\u4e00-\u9fff]{0,6}?(?:冠军|亚军|季军|殿军|[一二三特]等奖|优秀奖|金奖|银奖|铜奖)|第[一二三四五六七八九十]名)([:：]?)[ \t\u3000]*/g;
/** A quoted title, then a colon and who holds it (“服务明星”：王某、李某), as lists of winners write them. */
const QUOTED_TITLE_COLON = /[”"」』](?:称号|奖)?([:：])[ \t\u3000]*/g;
/** (二等奖：王某的《…》: a winner's work may follow the name.) */
const PLACEMENT_ITEM_END = /^(?:$|[、，,；;。\s（(]|的[《“])/;
const CONFERRED_ITEM_END = /^(?:、|等|同志|[“"])/;
/** Where an item of a list of names ends: another separator, a pause, 等, or the end. */
/** (Or a count of the people listed: 员工甲、乙两人, 客户经理甲和乙二人.) */
const LIST_ITEM_END = /^(?:$|[、，,。；;：:）)\s]|以及|和|及|与|等|同志|先生|女士|小姐|博士|[两二三四五六七八九十0-9０-９]+(?:人|位|名))/;
/** After 某支行的 + a name: words that go on with a clause about that person (就是, 已在, 今年). */
/** An item of two to four characters between two 、 of a list. */
const FOREIGN_ITEM = /^([\u4e00-\u9fff]{2,4})(?=、)/;
/** The start of a transliterated name: a part of characters and a middle dot (查尔斯·). */
const TRANSLITERATED_START = /^[\u4e00-\u9fff]{1,6}[·•・‧]/;

/**
 * 查尔斯·鲍曼 at `at`: parts of characters joined by middle dots, the last ending where jieba's words stop being
 * name-like (诺尔·奎恩/表示).
 */
function transliteratedAt(s: SentenceCtx, toks: Token[], at: number, c: Cues): Span | undefined {
  let end = at;
  for (let parts = 0; parts < 3; parts++) {
    const head = TRANSLITERATED_START.exec(s.text.slice(end));
    if (!head) break;
    end += head[0].length;
  }
  if (end === at) return undefined;
  const k = toks.findIndex((x) => x.start >= end);
  let last = end;
  // (买买提·艾力耐心讲解: past the last part's first piece, an adjective of two characters or more is the clause's.)
  // (約翰·史密斯先生: a courtesy title after the last part is no piece of it.)
  for (let i = k; i >= 0 && i < toks.length && toks[i]!.start === last && /^[\u4e00-\u9fff]+$/.test(toks[i]!.word) && !(last > end && c.honorificAfterName.test(s.text.slice(last))) && !/^(?:v|vd|vn|p|c|u|uj|ul|ud|d|r|m|q|f|t)$/.test(toks[i]!.tag) && !(last > end && toks[i]!.word.length >= 2 && /^(?:a|ad)$/.test(toks[i]!.tag)); i++) last += toks[i]!.word.length;
  return last - end >= 1 && last - at <= 15 ? { name: s.text.slice(at, last), start: at, end: last } : undefined;
}
/** A courtesy title after a name (某某女士, 某某太平紳士: a Justice of the Peace, as Hong Kong news write it). */
const HONORIFIC_AFTER = /^(?:女士|夫人|太平绅士|博士)/;

/**
 * 陳馮美玲: Hong Kong and Macau news write a married woman's name with her husband's surname before her own, four
 * characters. Read only in a sentence written in Traditional characters, at a place that expects a name (after a
 * post, in a list of names), where the four end as a list item ends, before a speech verb or a courtesy title, and the last two are
 * not a verb (陈林/表示 is a name and a verb).
 */
function marriedNameAt(s: SentenceCtx, toks: Token[], at: number, c: Cues, names: Names, verbEnds = false): Span | undefined {
  if (s.surface === s.text) return undefined;
  const name = s.text.slice(at, at + 4);
  if (!/^[\u4e00-\u9fff]{4}$/.test(name) || names.surnameLength(name) !== 1 || names.surnameLength(name.slice(1)) !== 1) return undefined;
  // (Her own surname, the second, is a common one; his may be any.)
  if (!names.commonSurname(name.slice(1)) || FUNCTION_CHARS.test(name.slice(2))) return undefined;
  const given = toks.find((x) => x.start === at + 2);
  if (given && given.word.length >= 2 && /^(?:v|vd|vn|vi|d|p|c|u|m|q|f|t)/.test(given.tag)) return undefined;
  if (toks.some((x) => x.start < at + 4 && x.start + x.word.length > at + 4)) return undefined;
  const rest = s.text.slice(at + 4);
  // (The last of a list may stand right before the list's verb: 董事甲、乙、陳馮某某出席.)
  const verbAfter = verbEnds && /^v/.test(toks.find((x) => x.start === at + 4)?.tag ?? '');
  return LIST_ITEM_END.test(rest) || c.speechAfterName.test(rest) || HONORIFIC_AFTER.test(rest) || verbAfter ? { name, start: at, end: at + 4 } : undefined;
}
/** 主编Silvia Pavoni, 財務主管Jonathon Lee: a name in Latin letters right after a post, two or three capitalised words. */
function latinNameAt(s: SentenceCtx, at: number): Span | undefined {
  const m = /^[A-Z][a-z]+(?:[-' ][A-Z][a-z]+){1,2}(?![A-Za-z]|\s*(?:分行|支行|銀行|银行|大学|大學|公司))/.exec(s.surface.slice(at, at + 40));
  return m ? { name: m[0], start: at, end: at + m[0].length } : undefined;
}
/** An age, then 的, then (up to three characters of) a name. */
const AGED = /(?:今年|现年|已经)?[0-9０-９一二三四五六七八九十]{1,3}岁(?:高龄)?的([\u4e00-\u9fff]{2,3})/g;
/** After such a name the clause goes on about the person (，, 是, 在, a year …). */
const AGED_NAME_END = /^(?:$|[，,。；;、]|是|在|从|于|曾|已|一直|(?:19|20)\d{2}年)/;
/** Any text after a name: where the context alone says a name stands there (来自某支行的王芳). */
const ANY_END = /^/;
const SUBJECT_GOES_ON = /^(?:就是|正是|是|都|均|一起|共同|已经?|一直|今年|现年|多年来|从|在|曾|先后|每天|始终|总是)/;
/** A name of two or three characters, then a verb of attending (乙出席, 乙陪同): the last of a short list of people. */
const ATTENDS_AFTER_NAME = /^[\u4e00-\u9fff]{2,3}?(?:先生|女士|小姐|博士)?(?:出席|参加|陪同|参与|到场|莅临|一同|一起|共同|分别)/;
/** A set phrase opening with such a verb (出席会议, 参加活动): the list's verb, whole to jieba. */
const ATTENDS_WORD = /^(?:出席|参加|陪同|参与|莅临)/;
/** Words for staff in general, not a post one person holds: each of a list after it is one of them. */
const STAFF_IN_GENERAL = /^(?:员工|工作人员|行员|职员|志愿者)$/;

/** Verbs of taking a post after 由 and a name (由某某接任董事长, 由某某代理行长, 职责暂由某某代为履行). */
/**
 * Before who takes a post: a regulator's or a board's approval of it (核准了某某担任, 同意某某出任), or a meeting's word
 * of it (会上宣布某某任某行行长, 总行决定某某任…).
 */
const APPROVES_WHOM = /(?:核准|批准|同意|宣布|决定)了?$/;
/** 接替 (taking over from): the predecessor's name follows. */
const SUCCEEDS = /^接替/;
/** After the predecessor's name: the post taken (接替某某任, 出任, 担任), or the clause ends (…行长，接替某某。). */
const PREDECESSOR_END = /^(?:同志)?(?:出任|担任|任|[，,。；;]|$)/;
export const TAKES_POST = /^(?:接任|出任|担任|升任|继任|代理|兼任|代为履行|代行|暂代|主持)/;
/** What a person named after 由 does (活动由某某主持, 由某某带队, 由某某为大家讲解): a name stands between. */
const BY_WHOM_ACTS = /^(?:主持|负责|带队|带领|率队|讲解|致辞|致词|讲话|宣读|颁奖|授课|主讲|牵头|执笔|撰写|拍摄|演唱|表演|为大家|为客户|向大家)/;
/**
 * Between a post and the 由 of who takes it (行长一职由某某接任, 行长职责暂由某某代为履行): the post is named first,
 * the verb after the name ends the clause. (A comma may close the clause of the post left first: 某某辞去某行行长职务，由某某
 * 接任.)
 */
export const POST_THEN_BY = /(?:一职|的?职务|的?职位|的?职责|工作)?[，,]?(?:暂|将|则|改|拟|现|已|均)?由$/;
/** In a caption, where the person stands in the photo, after the name or the post (（左一）, (右三), （中）). */
export const PHOTO_PLACE = /[（(](?:(?:前排|后排)?[左右][一二三四五六七八九十\d]{1,2}|中)[）)]/g;
const PHOTO_PLACE_AT_START = new RegExp(`^${PHOTO_PLACE.source}`);
/** A word of rank between a name and its post (某某资深协理) or before a post; 高阶 is Taiwan's 高级 (某某高階經理). */
export const RANK_BEFORE_POST = /^(?:资深|高级|高阶|首席)/;
const isRank = (t: Token): boolean => RANK_BEFORE_POST.test(t.word) && t.word.length === 2;

/** 她叫王芳, 名叫王芳: the name a sentence gives someone (then a pause, or 是). */
const CALLED = /(?:名叫|叫做|名字叫|叫)/g;
/** After a unit and a name, a list item ends at a separator only (某支行张丽华、): 和 may end a name (王志和). */
const UNIT_NAME_END = /^(?:$|[、，,。；;：:）)\s]|等|同志|[0-9０-９一二三四五六七八九十两]+(?:名|位|人))/;
/**
 * 某分行武家齐等6名选手: a count of people after 等 closes the first name of a list, whatever jieba made of the
 * name's pieces (武家/n 齐/a).
 */
const COUNTED_AFTER_NAME = /^等[0-9０-９一二三四五六七八九十两]+(?:名|位)/;
/** 某支行的甲、乙和丙: inside a list, a name before 和, 与 or 及 and a last name that closes the list. */
const JOINED_LAST_NAME = /^[和与及][\u4e00-\u9fff]{2,3}?(?:$|[，,。；;：:）)\s]|等|同志|[0-9０-９一二三四五六七八九十两]+(?:名|位|人)|分别|均|都|一起|共同|[获荣被])/;
/** 某支行的甲和乙两位员工: the first of two names joined by 和, 与 or 及 that a count of people or 等 closes. */
const PAIR_THEN_COUNT = /^[和与及][\u4e00-\u9fff]{2,3}?(?:等|[0-9０-９一二三四五六七八九十两]+(?:名|位|人))/;
/**
 * After an appointee's name, maybe 同志 or a courtesy title first (委任某某先生为…, as Hong Kong news write it): 为
 * (任命某某为行长), or a verb of taking the post (选出某某担任董事长).
 */
const APPOINTED_AS = /^(?:同志|先生|女士)?(?:为|担任|出任|接任)/;
/** 某农商银行王某获男子单打冠军: a lone 获 and a place or prize of a contest, as lists of winners write it. */
const WON_AFTER_NAME = /^获[\u4e00-\u9fff]{0,10}?(?:冠军|亚军|季军|[一二三]等奖|特等奖|优秀奖|[金银铜]奖|第[一二三四五六七八九十]名)/;

/**
 * A name jieba knows whole (张丽华/nr) before 和, 与 or 及 (某支行的张丽华和李明): a list goes on. Only where jieba
 * reads the name as one word, as 和 may end a name (王志和).
 */
function nameBeforeAnd(toks: Token[], k: number, names: Names): Span | undefined {
  const t = toks[k]!;
  const next = toks[k + 1];
  if (t.tag !== 'nr' || !names.looksLikeFullName(t.word) || !next || !/^[和与及]$/.test(next.word)) return undefined;
  return { name: t.word, start: t.start, end: t.start + t.word.length };
}

/**
 * An item of a list of names jieba cut in pieces of any tag (林/ng 伟/zg): inside a list after a role, a
 * full name that ends where the list goes on is a name.
 */
function listItemAt(s: SentenceCtx, toks: Token[], k: number, names: Names, itemEnd = LIST_ITEM_END, strict = true, verbEnds = false): Span | undefined {
  const t = toks[k]!;
  for (const len of NAME_LENGTHS) {
    const end = t.start + len;
    const name = s.text.slice(t.start, end);
    if (!names.looksLikeFullName(name) || FUNCTION_CHARS.test(name.slice(1))) continue;
    // (Loosely, the name may end inside a token: jieba glues 等 to a name's last character, 武家/明等.)
    if (end < s.text.length && !toks.some((x) => x.start === end) && strict) continue;
    // (The last of a list of names may be followed by the list's verb: 副行长甲、乙、丙构成.)
    // (Or by a set phrase jieba reads whole that opens with a verb of attending: 乙出席会议/l, 乙参加会议/l.)
    const after = toks.find((x) => x.start === end);
    const verbAfter = verbEnds && after !== undefined && (/^v/.test(after.tag) || (/^(?:l|i)$/.test(after.tag) && ATTENDS_WORD.test(after.word)));
    if ((itemEnd.test(s.text.slice(end)) || verbAfter) && namePieces(toks, k, end, names.surnameLength(name), strict)) return { name, start: t.start, end };
  }
  return undefined;
}

/**
 * 某支行徐国/生说: a three-character name whose last character jieba glued to the speech verb after it, in a
 * word it does not know (生说/x); read only where the verb follows.
 */
function gluedToSpeech(s: SentenceCtx, toks: Token[], k: number, names: Names, c: Cues): Span | undefined {
  const t = toks[k]!;
  const glued = toks[k + 1];
  if (!glued || t.word.length !== 2 || glued.word.length !== 2 || glued.tag !== 'x' || glued.start !== t.start + 2) return undefined;
  const name = s.text.slice(t.start, t.start + 3);
  if (!names.looksLikeFullName(name) || FUNCTION_CHARS.test(name.slice(1)) || !c.speechVerb.test(s.text.slice(t.start + 3))) return undefined;
  return { name, start: t.start, end: t.start + 3 };
}

/**
 * 某分行徐宏进行了演讲: right after a unit, one token jieba does not know (or tags as a name) that reads as a
 * full name, then a verb, an adverb or a time word: the clause is about that person.
 */
function nameBeforeVerb(toks: Token[], k: number, names: Names): Span | undefined {
  const t = toks[k]!;
  let span: Span | undefined;
  const u = toks[k + 1];
  // (某联社罗文/nr 涛/nr 创作的, 某联社罗/j 海涛/nr 拍摄的: a three-character name jieba cut into two pieces it tags as
  // names, or a surname it reads as another word and a given name it tags as one.)
  const cut = u !== undefined && u.start === t.start + t.word.length && t.word.length + u.word.length === 3 && /^(?:nr|nrfg|nrt)$/.test(u.tag) && (/^(?:nr|nrfg|nrt)$/.test(t.tag) || names.surnameLength(t.word + u.word) === t.word.length) && names.looksLikeFullName(t.word + u.word);
  if (cut) span = { name: t.word + u.word, start: t.start, end: u.start + u.word.length };
  else if (/^(?:x|nr|nrfg|nrt)$/.test(t.tag) && t.word.length >= 2 && t.word.length <= 3 && names.looksLikeFullName(t.word)) span = { name: t.word, start: t.start, end: t.start + t.word.length };
  else if (t.word.length === 1 && /^(?:nr|nrfg|nrt)$/.test(t.tag)) {
    // (杨/nr 文华/nz 连忙上前: a surname jieba tags as one, then a given name it reads as another word.)
    const n = nameAt(toks, k, names);
    if (n && n.end - n.start === 3) span = n;
  }
  if (!span) return undefined;
  const j = toks.findIndex((x) => x.start === span.end);
  const next = toks[j];
  if (!next) return undefined;
  // (某支行韩梅耐心地讲解, 某支行韩梅主动上前: an adjective made an adverb by 地, or a word of manner before a verb.)
  const manner = /^(?:a|ad|b)$/.test(next.tag) && (toks[j + 1]?.word === '地' || /^(?:v|vd|t)$/.test(toks[j + 1]?.tag ?? ''));
  // (某联社韩某创作的《…》: a verb jieba tags as a noun of action, used as a verb before 的 or 了.)
  const actionDone = next.tag === 'vn' && /^[的了]$/.test(toks[j + 1]?.word ?? '');
  if (!/^(?:v|vd|d|t|p)$/.test(next.tag) && !manner && !actionDone) return undefined;
  // (某分行夏粮/nr 收购工作: a verb before 工作 or 情况 is part of a noun phrase, and what precedes it is no name.)
  // (Or a word later: 某行夏粮收购调研工作.)
  if ([toks[j + 1], toks[j + 2]].some((x) => /^(?:工作|准备|情况|任务|进度|方案|计划|调研|会议|座谈会)$/.test(x?.word ?? ''))) return undefined;
  return span;
}

/** Tags of a word that may be a whole name, or start one beyond its surname (陈/晓东, 李术/和). */
const NAME_WORD = /^(?:nr|nrfg|nrt|x)$/;

/**
 * jieba's pieces of a name read from the text: a word it knows as something else (董事长, 公众号, 门口) or one that
 * runs past the surname as a verb or the like (成立/后) is no name; a role anywhere (任/行长) neither. Where the
 * context alone says a name stands there (某某被聘任为), `strict` is off and jieba's first word may be any (方志/诚).
 */
function namePieces(toks: Token[], k: number, end: number, surname: number, strict = true): boolean {
  const first = toks[k]!;
  if (strict && first.word.length > surname && !NAME_WORD.test(first.tag)) return false;
  // (招商银行官/网上: a word of place or direction (网上, 里面) is no given name.)
  for (let i = k; i < toks.length && toks[i]!.start < end; i++) if (toks[i]!.tag === 'role' || toks[i]!.tag === 'unit' || (i > k && toks[i]!.word.length > 1 && /^(?:s|f)$/.test(toks[i]!.tag))) return false;
  return true;
}

/**
 * 王某谦虚地说, 张某乐呵呵地说: a word of manner (an adjective or a descriptive word jieba tags as one) and 地 before a
 * speech verb, read as the verb is after a name. The word must start at `at` as a token of its own, so a name's
 * last character is never taken for the start of it.
 */
function mannerThenSpeech(s: SentenceCtx, toks: Token[], at: number, c: Cues): boolean {
  const manner = toks.find((x) => x.start === at);
  if (!manner || !/^(?:a|ad|z)$/.test(manner.tag) || manner.word.length > 3) return false;
  const rest = s.text.slice(at + manner.word.length);
  return rest.startsWith('地') && c.speechVerb.test(rest.slice(1));
}

/** 谢志明说 cut by jieba as 谢志 / 明说: three characters before a speech verb. */
/**
 * A speech verb read from the text at `at` that jieba's words cut across: a word starts inside it and runs on past its
 * end (陈国/强调/查 read 陈国强/调查: 强调 is no verb there, 强 ends the name). A verb that is a word's start (说道) or
 * ends one jieba glued (生说) stands.
 */
export function speechCutAcross(s: SentenceCtx, at: number, verb: RegExp): boolean {
  const m = verb.exec(s.text.slice(at));
  if (!m) return false;
  const end = at + m[0].length;
  return s.tokens.some((x) => x.start > at && x.start < end && x.start + x.word.length > end);
}

function speakerAt(s: SentenceCtx, t: Token | undefined, c: Cues, names: Names): Span | undefined {
  if (!t) return undefined;
  for (const len of NAME_LENGTHS) {
    const name = s.text.slice(t.start, t.start + len);
    // (查询/v 发现: a word jieba knows as a verb or noun is no name.)
    if (t.word.length === len && !/^(?:nr|nrfg|nrt|x)$/.test(t.tag)) continue;
    // (柜员文字说明/l: nor the start of a longer word jieba knows, the verb's first character inside it.)
    if (t.word.length > len && !/^(?:nr|nrfg|nrt|x)$/.test(t.tag)) continue;
    if (adverbAfterTwo(name, names)) continue;
    // (行长高兴/b 地说/x: a word of manner jieba knows and 地 before the verb, no name.)
    if (name.endsWith('地') && t.word.length === len - 1 && !NAME_WORD.test(t.tag)) continue;
    if (names.looksLikeFullName(name) && c.speechVerb.test(s.text.slice(t.start + len)) && !speechCutAcross(s, t.start + len, c.speechVerb)) return { name, start: t.start, end: t.start + len };
  }
  return undefined;
}

/** Characters that end the name of a place or a division of one (金山村, 高新区, 黄河路), never a lone name's. */
const PLACE_WORD_END = /[村镇乡区县市省州路街巷屯庄寨坊里湾港岛]/;

/** After a role the name may be split oddly by jieba (高志/伟): take 3 characters, or 2, ending at a token boundary. */
function nameAfterRole(s: SentenceCtx, toks: Token[], i: number, c: Cues, names: Names): Span | undefined {
  const t = toks[i];
  if (!t) return undefined;
  // Accept only what looks unlike a common word: a three-character name whose last character jieba left on
  // its own (高志/伟), or any name followed by a speech verb (高志伟告诉记者). 员工闻讯 or 负责人任组长 are not names.
  for (const len of NAME_LENGTHS) {
    const name = s.text.slice(t.start, t.start + len);
    // (董事长林/向前等: a given name that is one word of its own, no verb or function word, before a list's end.)
    const wordTail = len === 3 && t.word.length === 1 && toks[i + 1]?.word === name.slice(1) && !/^(?:v|vd|d|p|c|u|uj|ul|r|m|f|ad|a)$/.test(toks[i + 1]!.tag) && /^(?:[，,、。；;]|等)/.test(s.text.slice(t.start + len));
    if (!names.looksLikeFullName(name) || (FUNCTION_CHARS.test(name.slice(1)) && !wordTail)) continue;
    // One word jieba knows as something else (记者查询发现: 查询/v) is no name; a three-character one it knows as a
    // proper noun and that starts with a common surname (董事长邱淑贞/nz、) is one.
    if (t.word.length === len && !/^(?:nr|nrfg|nrt|x)$/.test(t.tag) && !(len === 3 && t.tag === 'nz' && names.commonSurname(name))) continue;
    if (adverbAfterTwo(name, names)) continue;
    // (工作人员宣传/反假币: a name does not start with a two-character verb jieba knows.)
    if (len === 3 && t.word.length === 2 && /^(?:v|vn|vd)$/.test(t.tag)) continue;
    const last = toks.find((x) => x.start + x.word.length === t.start + len);
    // 柜员郑/健在: jieba glued the name's last character to a following 在, 说 or the like.
    const glued = len === 2 && toks.find((x) => x.start === t.start + 1 && x.word.length === 2 && FUNCTION_CHARS.test(x.word[1]!));
    if (glued && !c.surnameAlsoWord.has(name[0]!) && !FUNCTION_CHARS.test(name[1]!)) return { name, start: t.start, end: t.start + 2 };
    if (!last) continue;
    // (市委书记石景/明: jieba may read the lone last character as an adjective, as extendToThree allows.)
    const loneLast = len === 3 && last.word.length === 1 && /^(?:zg|ng|nr|nrfg|x|g|tg|vg|ag|a)$/.test(last.tag);
    // 副主席林/小群: a lone surname, then a two-character word that is no verb, adverb or function word.
    // (工会主席韩/j 立新/d 带队: or a word jieba reads as an adverb, after a common surname it reads as an abbreviation,
    // where no verb is glued to the name's end and the clause goes on with a word, a list mark or a post.)
    const adverbGiven = len === 3 && t.word.length === 1 && t.tag === 'j' && last.word.length === 2 && last.tag === 'd' && names.commonSurname(name) && !FUNCTION_CHARS.test(name.slice(1));
    const surnameThenTwo = len === 3 && t.word.length === 1 && last.word.length === 2 && (!/^(?:v|vd|d|p|c|u|uj|ul|r|m|f|ad|a)$/.test(last.tag) || adverbGiven);
    // 主任欧阳挺等, 副行长卢洁儿、: the name ends where a list or a clause goes on.
    const listGoesOn = /^(?:[，,、。；;（(：:]|等|及|和|与|$)/.test(s.text.slice(t.start + len));
    const plainSurname = !c.surnameAlsoWord.has(name[0]!);
    // 總經理王國/豪/聯同, 副總經理周家/豪/偕同, 副行長梁國/華/出席: a common surname and a given name jieba reads as a place or a
    // noun (王国, 周家) and a noun, then a verb, an adverb or a post: the three are the name.
    const afterThree = toks.find((x) => x.start === t.start + len);
    const nounLast = len === 3 && t.word.length === 2 && last.word.length === 1 && /^(?:n|ns|t)$/.test(last.tag) && !PLACE_WORD_END.test(last.word) && names.commonSurname(name) && afterThree !== undefined && /^(?:v|vd|vi|d|ad|a|p|role)$/.test(afterThree.tag);
    if (loneLast || nounLast || (plainSurname && (surnameThenTwo || listGoesOn)) || (c.speechAfterName.test(s.text.slice(t.start + len)) && !speechCutAcross(s, t.start + len, c.speechAfterName))) return { name, start: t.start, end: t.start + len };
  }
  return undefined;
}

/**
 * 客户经理文静说, 副行长严明介绍, 网点主任向前表示: right after a post, one word jieba knows as a noun, an adjective, a
 * place or a time (文静/n, 严明/a, 江山/ns, 向前/t) that reads as a full name, then a speech verb as a word of its
 * own: the post's holder speaks. Not a word of manner or time (行长郑重表示, 行长简要介绍), nor before a longer word
 * that opens with the verb (客户经理文字说明).
 */
function wordBeforeSpeech(s: SentenceCtx, toks: Token[], i: number, c: Cues, names: Names, orClose = false): Span | undefined {
  const t = toks[i];
  // (行长江山在会上表示: where the person spoke may stand between, 在会上, 在座谈会上.)
  const setting = t ? SETTING_BEFORE_SPEECH.exec(s.text.slice(t.start + t.word.length))?.[0] ?? '' : '';
  const verb = t ? toks.find((x) => x.start === t.start + t.word.length + setting.length) : undefined;
  // (`orClose`: or the sentence's end, after a unit and its post: 记者采访了某支行行长马力。)
  const closes = orClose && t !== undefined && SENTENCE_CLOSES.test(s.text.slice(t.start + t.word.length));
  if (!t || (!verb && !closes) || t.word.length < 2 || t.word.length > 3 || !/^(?:n|a|ns|nz|t|ng)$/.test(t.tag)) return undefined;
  if (!names.looksLikeFullName(t.word) || FUNCTION_CHARS.test(t.word.slice(1)) || c.mannerBeforeSpeech.has(t.word)) return undefined;
  if (!closes && (!verb || !c.speechVerb.test(verb.word) || c.speechVerb.exec(verb.word)![0] !== verb.word)) return undefined;
  return { name: t.word, start: t.start, end: t.start + t.word.length };
}

/**
 * 副行长高建国出席, 柜员周口耐心讲解, 行长金星参加: right after a post, one word jieba knows as a place or a proper noun
 * (高建国/ns, 周口/ns, 金星/nz) or, of three characters, as a noun or a time (章程华/n), that starts with a common surname
 * and reads as a full name, then a verb, an adverb or a preposition as a word of its own (not a list mark: lists are read by wordListAt): the post's holder acts.
 * Two characters only as a place or a proper noun (员工高温坚守, 负责人周末加班 stay empty); never a place's or a
 * body's last character (行长江西省), nor a word for a kind of staff (江苏籍).
 */
function wordBeforeVerb(toks: Token[], i: number, c: Cues, names: Names): Span | undefined {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t || !next || next.start !== t.start + t.word.length) return undefined;
  const tags = t.word.length === 3 ? /^(?:n|ns|nz|nt|t|l|i)$/ : t.word.length === 2 ? /^(?:ns|nz)$/ : undefined;
  if (!tags || !tags.test(t.tag)) return undefined;
  if (!/^(?:v|vd|vi|d|p)$/.test(next.tag)) return undefined;
  if (!names.looksLikeFullName(t.word) || !names.commonSurname(t.word) || names.surnameLength(t.word) !== 1) return undefined;
  if (FUNCTION_CHARS.test(t.word.slice(1)) || PLACE_WORD_END.test(t.word[t.word.length - 1]!) || /[籍人们民军方家界省团]$/.test(t.word) || c.mannerBeforeSpeech.has(t.word)) return undefined;
  return { name: t.word, start: t.start, end: t.start + t.word.length };
}

/** Posts that head a unit or a desk, rarely after a word that qualifies them (行长, 主任, 经理; not 主管, 柜员). */
const HEAD_POST = /^(?:副)?(?:主任|经理)$/;

/** Right after a name: the sentence's end. */
const SENTENCE_CLOSES = /^(?:[。！!；;]|$)/;
/** Where a person speaks, between the name and the speech verb (在会上, 在座谈会上, 在活动中). */
const SETTING_BEFORE_SPEECH = /^在[\u4e00-\u9fff]{1,6}?(?:上|中)(?=说|表示|介绍|告诉|坦言|强调|指出)/;

/**
 * A post as the text gives it, with the words right before the role that make it a post of another body (镇/党委书记,
 * 县/金融/办/主任: jieba leaves the place or the office outside the role): dict/cues/other-body-post.txt says which.
 */
function postWithLead(toks: Token[], i: number, c: Cues): string {
  const t = toks[i]!;
  let lead = '';
  let post = t.word;
  // (A role that is another body's post alone, 院长, stays as it is: 某银行研究院院长 is the bank's own.)
  if (c.otherBodyPost.test(post)) return post;
  for (let k = i - 1, end = t.start; k >= 0 && k >= i - 4; k--) {
    const x = toks[k]!;
    if (x.start + x.word.length !== end || !/^[\u4e00-\u9fff]+$/.test(x.word) || x.tag === 'role' || x.tag === 'unit' || x.tag === 'bank') break;
    lead = x.word + lead;
    end = x.start;
    if (lead.length > 6) break;
    if (c.otherBodyPost.test(lead + t.word)) post = lead + t.word;
  }
  return post;
}

export function isRole(t: Token, ctx: RuleCtx, c: Cues): boolean {
  return ctx.lex.typed.get(t.word) === 'role' || (t.word.length >= 2 && t.word.length <= 6 && c.roleSuffix.test(t.word) && /^[\u4e00-\u9fff]+$/.test(t.word));
}


/** The longest run of name parts without a surname at `at` (扎西, 次仁卓玛, 艾力江), ending where the clause or a word of another kind begins. */
function nameWithoutSurnameAt(s: SentenceCtx, at: number, c: Cues): Span | undefined {
  const { parts, endings } = c.namePartsWithoutSurname;
  let end = at;
  for (;;) {
    const part = parts.find((p) => s.text.startsWith(p, end));
    if (!part) break;
    end += part.length;
  }
  if (end === at) return undefined;
  if (endings.has(s.text[end] ?? '')) end += 1;
  if (end - at > 8) return undefined;
  // (The name must end at a word's boundary, before punctuation or a word that cannot go on a name.)
  const next = s.tokens.find((t) => t.start === end);
  const across = s.tokens.some((t) => t.start < end && t.start + t.word.length > end);
  // (Any word of its own may follow, 热情/a, 发现异常/l, but not one jieba reads as more of a name or an unknown run,
  // where the name may go on past the parts the list knows.)
  if (across || (end < s.text.length && /[\u4e00-\u9fff]/.test(s.text[end]!) && (!next || /^(?:nr|nrfg|nrt|x|zg|ng)$/.test(next.tag)))) return undefined;
  return { name: s.text.slice(at, end), start: at, end };
}

/** In brackets after a name, before its post: the party's, a charge, or a department (党支部书记, 分管副行长, 个贷部经理). */
const POST_LEAD_IN_BRACKETS = /^(?:[党黨团團]|分管|[\u4e00-\u9fff]{1,6}?(?:部|室|中心|组|組))/;

/** Between a unit and a name of its own: nothing, 的, or a department of it and 的 (个人金融部的, 办公室的, 个贷中心的). */
const UNIT_OWN_GAP = /^(?:(?:[\u4e00-\u9fff]{0,8}?(?:部|办公室|中心|室|处|科))?的)?$/;
/** …but no place near the unit, nor another body's centre there (某支行对面社区服务中心的, 某支行附近卫生院的). */
const NOT_OWN_DEPARTMENT = /对面|附近|旁边|隔壁|周边|门口|所在|辖|社区|街道|卫生|医|学|[村镇乡县局院校]/;

/** Whether a name at `at` follows a unit as its own: right after it, after 的, or after a department of it and 的. */
function ownOfUnit(s: SentenceCtx, ctx: RuleCtx, at: number, gapShape = UNIT_OWN_GAP): Mention | undefined {
  // (The nearest: 农行某支行宣讲小分队： is the 支行's list, not the bank's.)
  return ctx.inSentence(s.index).filter((m) => {
    if ((m.type !== 'Bank' && m.type !== 'Branch') || m.end > at || at - m.end > 10) return false;
    const gap = s.text.slice(m.end, at);
    return gapShape.test(gap) && (gap.length <= 1 || !NOT_OWN_DEPARTMENT.test(gap));
  }).sort((a, b) => b.end - a.end)[0];
}

/** Between a unit and a list of its people: a colon, maybe after a team of it (宣讲小分队：, 服务队成员：). */
const UNIT_LIST_COLON = /^(?:[\u4e00-\u9fff]{0,8}?(?:队|隊|组|組|团|團))?(?:成员|成員|名单|名單)?[:：]$/;

function scan(s: SentenceCtx, ctx: RuleCtx): PersonCandidate[] {
  const c = cues(ctx.lex);
  const names = ctx.lex.names;
  const toks = s.tokens;
  const out: PersonCandidate[] = [];
  // The last name of a list with its post in brackets after a unit, and where the next item would start.
  let bracketRun: { next: number; unit: Mention } | undefined;
  const starts = new Set<number>();
  const add = (found: Span, finding: PersonFinding, role?: string, unitBefore?: number): void => {
    const n = withoutAdverb(s.text, found, names);
    // (货币信贷科科长, 调查统计股股长: jieba may glue the department's last character to the post, 科科长; the post is 科长.)
    const post = role !== undefined && /^([处科股])\1/.test(role) ? role.slice(1) : role;
    const candidate: PersonCandidate = { finding, name: n.name, start: n.start, end: n.end, ...(post ? { role: post } : {}), ...(unitBefore !== undefined ? { unitBefore } : {}) };
    // One person per position: the first reading of a name wins, except a reading by jieba's tag alone, which a
    // reading with a cue replaces (图/李建国: the slash credit, read after the tags, is the finding).
    if (starts.has(n.start)) {
      const k = out.findIndex((p) => p.start === n.start);
      const weak = (f: PersonFinding): boolean => f === 'pos' || f === 'pos-marked';
      if (k !== -1 && weak(out[k]!.finding) && !weak(finding)) out[k] = candidate;
      return;
    }
    starts.add(n.start);
    out.push(candidate);
  };
  // jieba can cut 建行长沙 as 建/行长/沙: a "role" inside a bank's name is none.
  const banks = ctx.inSentence(s.index).filter((m) => m.type === 'Bank');
  const inBank = (t: Token): boolean => banks.some((b) => t.start < b.end && t.start + t.word.length > b.start);
  // 某某，1960年出生，高级经济师: a profile starts with the person's name, then sex, birth or ethnic group.
  // (Also 某某今年45岁, 某某，现年52岁.)
  const profile = PROFILE.exec(s.text);
  const profiled = profile ? (profile[1] ?? profile[4]!) : undefined;
  // (拓雪峰，男，汉族: with a sex or an ethnic group right after, a surname the list lacks starts a name as well.)
  const sexed = profile !== null && profile[4] === undefined && /^(?:男|女|[\u4e00-\u9fff]{1,3}族)[，,]/.test(profile[3] ?? '') && profiled !== undefined && profiled.length <= 3 && !FUNCTION_CHARS.test(profiled) &&
    // (…but not a word jieba knows as something else: 本报讯，男女老少….)
    toks.filter((t) => t.start < profiled.length + (profile.index ?? 0) + profile[0].indexOf(profiled)).every((t) => t.word.length === 1 || /^(?:nr|nrfg|nrt|x|ng|zg)$/.test(t.tag));
  if (profile && profiled && (names.looksLikeFullName(profiled) || sexed) && !notAName(profiled, c, names)) {
    const start = profile[0].indexOf(profiled);
    add({ name: profiled, start, end: start + profiled.length }, 'profile');
  }
  // 今年45岁的某某, 84岁的某某是…, 现年48岁的某某此前担任…: an age given before a name introduces a person.
  for (const m of s.text.matchAll(AGED)) {
    const start = m.index + m[0].length - m[1]!.length;
    for (const len of NAME_LENGTHS) {
      const name = s.text.slice(start, start + len);
      const end = start + len;
      if (!names.looksLikeFullName(name) || notAName(name, c, names) || FUNCTION_CHARS.test(name.slice(1))) continue;
      if (!toks.some((t) => t.start === start) || !(end === s.text.length || toks.some((t) => t.start === end)) || !(AGED_NAME_END.test(s.text.slice(end)) || c.postVerbAfterName.test(s.text.slice(end)))) continue;
      add({ name, start, end }, 'profile');
      break;
    }
  }
  // 夏某某自2014年以来，…; 王某2010年进入…: a sentence that opens with a name and a year is about that person.
  // (The name must be whole tokens jieba does not know as a word: 黄金2020年 is no one.)
  const dated = DATED_START.exec(s.text);
  if (dated && !profile) {
    const name = dated[1]!;
    const start = dated[0].length - name.length;
    const end = start + name.length;
    const whole = toks.find((x) => x.start === start && x.start + x.word.length === end);
    // jieba may glue the name's last character to 自 (夏启/贵自): the name ends inside that token.
    // (And 出 of 出生于: 龚某某出/生于.)
    const endsRight = toks.some((x) => x.start === end) || toks.some((x) => x.start < end && x.start + x.word.length === end + 1 && (/[自从于]$/.test(x.word) || (x.word.endsWith('出') && s.text.startsWith('出生', end))));
    const known = whole && !/^(?:nr|nrfg|nrt|x)$/.test(whole.tag);
    // (No piece of it may be a word of another kind: 支行行长某某说，支行曾于2021年… names no 支行曾.)
    const pieces = toks.filter((x) => x.start < end && x.start + x.word.length > start);
    const otherKind = pieces.some((x) => NOT_NAME_PIECE.test(x.tag));
    if (toks.some((x) => x.start === start) && endsRight && !known && !otherKind && names.looksLikeFullName(name) && !notAName(name, c, names)) add({ name, start, end }, 'profile');
  }
  // 她叫王芳，是…: a name given as such.
  // (一位叫王芳的柜员: or the name then 的 and a post, which the name describes.)
  const postAfter = (at: number): boolean => s.text[at] === '的' && toks.some((x) => x.start === at + 1 && isRole(x, ctx, c) && !c.publicNoun.has(x.word));
  for (const m of s.text.matchAll(CALLED)) {
    const at = m.index + m[0].length;
    const k = toks.findIndex((x) => x.start === at);
    const n = k === -1 ? undefined : (nameAt(toks, k, names) ?? listItemAt(s, toks, k, names));
    if (n && !notAName(n.name, c, names) && (/^(?:$|[，,。；;、！!]|是)/.test(s.text.slice(n.end)) || postAfter(n.end))) add(n, 'profile');
  }
  // The names after the first of a list appointed at once, up to the last before 为 (选举甲、乙和丙为…).
  const appointedList = (first: Span): Span[] | undefined => {
    const items: Span[] = [];
    let end = first.end;
    for (let n = 0; n < 6; n++) {
      const sep = /^[、和与及]/.exec(s.text.slice(end))?.[0];
      const k = sep ? toks.findIndex((x) => x.start === end + sep.length) : -1;
      if (k === -1) return undefined;
      const item = nameAt(toks, k, names) ?? listItemAt(s, toks, k, names);
      const last = item && APPOINTED_AS.test(s.text.slice(item.end)) ? item : listItemAt(s, toks, k, names, APPOINTED_AS, false);
      const x = last ?? item;
      if (!x || notAName(x.name, c, names)) return undefined;
      items.push(x);
      if (APPOINTED_AS.test(s.text.slice(x.end))) return items;
      end = x.end;
    }
    return undefined;
  };
  // 任命王海燕为…, 李国庆(同志)被任命为…: the person an appointment names, whatever jieba's tags (read
  // first, as it is surer than a bare part-of-speech tag).
  for (const m of s.text.matchAll(c.appointeeAll)) {
    const at = m.index + m[0].length;
    const k = toks.findIndex((x) => x.start === at);
    // (jieba may glue the name's last character to 为: 聘任韩立/x 明为/v 行长.)
    const read = k === -1 ? undefined : (nameAt(toks, k, names) ?? listItemAt(s, toks, k, names));
    const n = read && APPOINTED_AS.test(s.text.slice(read.end)) ? read : k === -1 ? undefined : listItemAt(s, toks, k, names, APPOINTED_AS, false);
    if (n && !notAName(n.name, c, names) && APPOINTED_AS.test(s.text.slice(n.end))) add(n, 'appointed');
    // (选举甲、乙为独立董事: several names joined by 、 or 和 before 为, each appointed.)
    else if (read && !notAName(read.name, c, names)) {
      const listed = appointedList(read);
      if (listed) for (const x of [read, ...listed]) add(x, 'appointed');
    }
  }
  // 甲接替乙任某支行行长, …出任该行行长，接替乙。: the predecessor taken over from is named after 接替.
  for (const m of s.text.matchAll(/接替/g)) {
    const k = toks.findIndex((x) => x.start === m.index + 2);
    if (k === -1) continue;
    const read = nameAt(toks, k, names);
    const n = read && PREDECESSOR_END.test(s.text.slice(read.end)) ? read : listItemAt(s, toks, k, names, PREDECESSOR_END, false);
    if (n && !notAName(n.name, c, names) && PREDECESSOR_END.test(s.text.slice(n.end))) add(n, 'appointed');
  }
  // 邬某调任某支行行长, 邬某2019年起担任某分行副行长: a verb of taking a post, then a unit.
  const unitsHere = ctx.inSentence(s.index).filter((m) => m.type === 'Bank' || m.type === 'Branch');
  const unitStarts = new Set(unitsHere.map((m) => m.start));
  // 冯某，是某银行某中心员工: a sentence that opens with a name, a comma and 是, then a unit, is about that person.
  const isAt = OPENS_WITH_NAME_IS.exec(s.text);
  if (isAt && unitStarts.has(isAt[0].length)) {
    const name = isAt[1]!;
    const start = isAt[0].indexOf(name);
    const end = start + name.length;
    if (names.looksLikeFullName(name) && !notAName(name, c, names) && !FUNCTION_CHARS.test(name.slice(1)) && toks.some((t) => t.start === start) && toks.some((t) => t.start === end)) add({ name, start, end }, 'profile');
  }
  // A unit starts there, or after a pronoun for its bank (本行某支行).
  const unitAt = (at: number): boolean => unitStarts.has(at) || (/^(?:该行|本行|我行)/.test(s.text.slice(at)) && unitStarts.has(at + 2));
  const postAt = (at: number): boolean => {
    // (某某从甲支行调到乙支行担任副行长: the unit left first, then the verb and the unit joined.)
    // (Each mention starting right after 从 is tried: a bank's name and its branch's start together.)
    // (某某由甲支行副行长调任乙支行行长: or 由, and the post held there before the verb.)
    for (const u of /[从由]/.test(s.text[at] ?? '') ? unitsHere.filter((x) => x.start === at + 1) : []) {
      const held = toks.find((x) => x.start === u.end && isRole(x, ctx, c));
      const moved = c.postVerbAfterName.exec(s.text.slice(u.end + (held ? held.word.length : 0)));
      if (moved !== null && unitAt(u.end + (held ? held.word.length : 0) + moved[0].length)) return true;
    }
    const m = c.postVerbAfterName.exec(s.text.slice(at));
    // (Or the unit after a pronoun for its bank: 某某曾任本行某支行行长.)
    if (m !== null && unitAt(at + m[0].length)) return true;
    // (李建国任某支行行长: the bare 任, then a unit and its post.)
    const bareAt = (i: number): boolean => s.text[i] === '任' && unitsHere.some((u) => u.start === i + 1 && toks.some((x) => x.start === u.end && isRole(x, ctx, c)));
    if (bareAt(at)) return true;
    // (李建国接替王强任某支行行长: or after the predecessor taken over from.)
    const after = SUCCEEDS.exec(s.text.slice(at));
    if (after && [2, 3].some((len) => names.looksLikeFullName(s.text.slice(at + after[0].length, at + after[0].length + len)) && bareAt(at + after[0].length + len))) return true;
    // (陆某任零售金融总部总经理: a department and a post, no unit: the post ends the clause; the bare 任 counts here.)
    const verb = m ?? /^任/.exec(s.text.slice(at));
    if (verb === null) return false;
    const from = at + verb[0].length;
    // (某某因工作调动原因，辞去副行长等职务: leaving a post, the post right after the verb.)
    if (/(?:辞去|辞任|卸任|不再担任)$/.test(verb[0])) {
      const post = toks.find((x) => x.start === from);
      if (post && isRole(post, ctx, c) && /^(?:等(?:其他)?)?职务|^一职|^职位/.test(s.text.slice(post.start + post.word.length))) return true;
    }
    const dept = /^[\u4e00-\u9fff]{0,10}?(?:总部|部|中心|处|室)/.exec(s.text.slice(from));
    if (!dept) return false;
    const role = toks.find((x) => x.start === from + dept[0].length);
    return role !== undefined && isRole(role, ctx, c) && /^(?:$|[，,。；;、])/.test(s.text.slice(role.start + role.word.length));
  };
  // 由某某接任董事长: a verb of taking a post, then the post.
  const takesPost = (at: number): boolean => {
    const verb = TAKES_POST.exec(s.text.slice(at));
    if (!verb) return false;
    const role = toks.find((x) => x.start === at + verb[0].length);
    if (role !== undefined && isRole(role, ctx, c)) return true;
    // 行长一职由某某接任。: the post before 由, the verb ending the clause.
    const by = s.text.lastIndexOf('由', at - 1);
    const postBefore = POST_THEN_BY.exec(s.text.slice(Math.max(0, by - 8), by + 1));
    return postBefore !== null && /^(?:$|[，,。；;）)]|一职|职务|职责|工作)/.test(s.text.slice(at + verb[0].length)) && toks.some((x) => x.start + x.word.length === by + 1 - postBefore[0].length && isRole(x, ctx, c));
  };
  // 吴某担任该行行长，陶某担任副行长，武某任行长助理: a verb of taking a post, then the post alone, ending the clause.
  const postAlone = (at: number): boolean => {
    // (刘某接替王某担任网点负责人: the predecessor may stand between.)
    const verb = /^(?:接替[\u4e00-\u9fff]{2,3}?)?(?:担任|出任|升任|接任|调任|兼任|任)/.exec(s.text.slice(at));
    const role = verb ? toks.find((x) => x.start === at + verb[0].length) : undefined;
    return role !== undefined && isRole(role, ctx, c) && /^(?:$|[，,。；;、]|一职|职务)/.test(s.text.slice(role.start + role.word.length));
  };
  // 甲和乙辞去…, 甲、乙、丙分别调任…: other names of two or three characters, then the verb.
  const listThenPost = (at: number, items = 0): boolean => {
    if (items > 0 && (postAt(at) || c.appointedAfterName.test(s.text.slice(at)))) return true;
    if (items >= 4 || !/^[、和与及]/.test(s.text.slice(at))) return false;
    return [2, 3].some((len) => names.looksLikeFullName(s.text.slice(at + 1, at + 1 + len)) && listThenPost(at + 1 + len, items + 1));
  };
  for (let k = 0; k < toks.length; k++) {
    const at = toks[k]!.start;
    // (由/p 郭晓/x 担任: 由 read as a preposition is no surname of the name after it, which is read from the next token.)
    if (toks[k]!.word === '由' && toks[k]!.tag === 'p') continue;
    // (Or right after a date: 1月19日王某调任…; or after 由, who takes a post: 由某某接任董事长.)
    const byWhom = s.text[at - 1] === '由';
    // (Or after 和, 与, 及 in a list of names before the verb: 甲和乙辞去….)
    // (Or after a regulator's approval of who takes it: 核准了某某担任…, 同意某某出任….)
    const approved = APPROVES_WHOM.test(s.text.slice(Math.max(0, at - 3), at));
    if (at > 0 && !/[，,、；;：:（(“\s和与及]/.test(s.text[at - 1]!) && !/[0-9０-９]日$/.test(s.text.slice(Math.max(0, at - 2), at)) && !byWhom && !approved) continue;
    for (const len of NAME_LENGTHS) {
      const name = s.text.slice(at, at + len);
      // (俞群就进入: an adverb or function word is no part of the name.)
      if (!names.looksLikeFullName(name) || FUNCTION_CHARS.test(name.slice(1)) || notAName(name, c, names) || !(c.appointedAfterName.test(s.text.slice(at + len)) || postAt(at + len) || postAlone(at + len) || (byWhom && (takesPost(at + len) || (BY_WHOM_ACTS.test(s.text.slice(at + len)) && !(toks[k]!.word.length === len && !/^(?:nr|nrfg|nrt|x)$/.test(toks[k]!.tag))))) || listThenPost(at + len))) continue;
      // (王兵已正式就任: where the third character already starts the verb's phrase, the name is two.)
      // (欧阳明现任: with a compound surname, the fourth.)
      if (len === names.surnameLength(name) + 2 && (postAt(at + len - 1) || postAlone(at + len - 1))) continue;
      // (jieba may glue the word after an unknown name to it: 蔡立民自/x 2016年担任.)
      const glued = toks[k]!.tag === 'x' && toks[k]!.word.length === len + 1 && /[自于从在就已任因现]$/.test(toks[k]!.word);
      // (陆晓/荣任, 吴立/x 平获/x 委任, 平因/x 工作调整: or it glues the name's last character to 任, or to what
      // follows in a word it does not know; the text after the name is checked for the verb above.)
      // (由欧阳/明代/为履行: after 由, jieba may read the last character and the verb's first as a word of its own.)
      const gluedLast = toks.some((x) => x.start === at + len - 1 && (x.word === `${name[len - 1]}任` || (x.tag === 'x' && x.word.length === 2) || (byWhom && x.word.length === 2 && TAKES_POST.test(s.text.slice(at + len)))));
      if ((glued || gluedLast || toks.some((x) => x.start === at + len)) && namePieces(toks, k, at + len - (gluedLast ? 1 : 0), names.surnameLength(name), false)) add({ name, start: at, end: at + len }, 'appointed');
      break;
    }
  }
  for (const m of [...s.text.matchAll(PLACEMENT_COLON), ...s.text.matchAll(QUOTED_TITLE_COLON)]) {
    let at = m.index + m[0].length;
    for (let items = 0; items < 8; items++) {
      const k = toks.findIndex((x) => x.start === at);
      const n = k === -1 ? undefined : listItemAt(s, toks, k, names, PLACEMENT_ITEM_END);
      if (!n || notAName(n.name, c, names)) break;
      // (With no colon, only a name with its work after it: 一等奖马某的《…》; 一等奖获得者 is no list.)
      if (!m[1] && !/^的[《“]/.test(s.text.slice(n.end))) break;
      add(n, 'honoured');
      // (The work after a name goes up to the next item: 王某的《…》、李某的《…》.)
      const work = /^的[《“][^》”]{1,30}[》”]/.exec(s.text.slice(n.end))?.[0] ?? '';
      const sep = /^(?:、|[ \t\u3000]+(?=[\u4e00-\u9fff]))/.exec(s.text.slice(n.end + work.length));
      if (!sep) break;
      at = n.end + work.length + sep[0].length;
    }
  }
  // 授予王某、李某等10名同志“先进个人”称号: the people an honour is conferred on, listed after the verb.
  for (const m of s.text.matchAll(CONFERRED_ON)) {
    let at = m.index + m[0].length;
    const found: Span[] = [];
    for (;;) {
      const k = toks.findIndex((x) => x.start === at);
      const n = k === -1 ? undefined : listItemAt(s, toks, k, names, CONFERRED_ITEM_END);
      if (!n || notAName(n.name, c, names)) break;
      found.push(n);
      if (s.text[n.end] !== '、') break;
      at = n.end + 1;
    }
    // The list must end as such lists do (等, 同志, the honour's quote); 授予王某荣誉 alone is too loose.
    const last = found[found.length - 1];
    if (last && /^(?:等|同志|[“"])/.test(s.text.slice(last.end))) for (const n of found) add(n, 'honoured');
  }
  // 农行某支行张丽华、中行某支行刘伟: a name right after a unit, ending where a list or clause goes on (as
  // honour lists and guest lists write them; a role after the name is read below, as before-role). Also
  // 某支行的张丽华获评, and after a colon the whole list (某支行：张丽华、刘伟).
  for (const u of ctx.inSentence(s.index)) {
    if (u.type !== 'Bank' && u.type !== 'Branch') continue;
    // (A space may stand between them in a table: 某支行 + 全角空格 + 张丽华.)
    // (某支行的“老黄牛”王芳: a nickname in quotes may stand between.)
    // (某分行人力资源部苏强获得: a department of the unit may stand between.)
    // (Not a unit's own sub-unit: in 某分行营业部张丽 the name follows the longer unit.)
    // (永隆银行(096)的伍步高: a stock code in brackets may follow the bank.)
    const code = /^[（(][0-9]{3,6}(?:\.[A-Z]{2})?[）)](?=的)/.exec(s.text.slice(u.end))?.[0] ?? '';
    // (某支行反诈中心 韩梅：…: a department, a space, then the name, as a caption of who speaks.)
    // (某支行党支部的王芳: or the unit's own party branch, league branch or union, whose members are its staff.)
    // (某支行团委代表队韩梅荣获…: or its contest team, 代表队, whose members are its staff.)
    let sep = /^(?:[:：][ \t\u3000]*|(?:党支部|党总支|团支部|团委|工会)?的(?:[“"][\u4e00-\u9fff]{1,8}[”"])?|[\u4e00-\u9fff]{1,6}?(?:部|处|室)(?=[\u4e00-\u9fff])|(?:[\u4e00-\u9fff]{1,4}?)?代表队(?=[\u4e00-\u9fff])|[\u4e00-\u9fff]{1,6}?(?:部|处|室|中心)[ \t\u3000]{1,3}(?=[\u4e00-\u9fff])|[ \t\u3000]{0,3})/.exec(s.text.slice(u.end + code.length))![0];
    if (/(?:[部处室]|中心)[ \t\u3000]*$/.test(sep) && ctx.inSentence(s.index).some((o) => o !== u && (o.type === 'Bank' || o.type === 'Branch') && o.start <= u.start && o.end > u.end)) sep = '';
    // 金桂支行林风华行长、陈庆副行长: a name between a unit and a role, whatever jieba made of its pieces (林/ng 风华/n).
    if (sep === '') {
      for (const len of NAME_LENGTHS) {
        const end = u.end + len;
        const name = s.text.slice(u.end, end);
        const role = toks.find((x) => x.start === end);
        if (!role || !isRole(role, ctx, c) || !names.looksLikeFullName(name) || FUNCTION_CHARS.test(name.slice(1)) || notAName(name, c, names)) continue;
        // (何某小姐（中银香港智盈理财经理）: in brackets right after a name, the unit and what follows to the bracket's
        // end are that person's post; a word before the post there is the post's own, no second name.)
        if (/[\u4e00-\u9fff][（(]$/.test(s.text.slice(0, u.start)) && /^[）)]/.test(s.text.slice(role.start + role.word.length))) continue;
        const k = toks.findIndex((x) => x.start === u.end);
        // (党委副行长, 全体员工, 包村客户经理: a word jieba knows, not a surname, opens those.)
        // (分行林/美惠/襄理, 分行王國/豪/襄理, 分行黃淑惠/i 經理, 分行陳怡/如/副理: a three-character name with a common surname
        // whose pieces jieba reads as a place it does not know, an idiom, or a last character as a verb is one too.)
        const misreadPiece = (x: Token): boolean =>
          len === 3 && names.commonSurname(name) && !PLACE_WORD_END.test(name[2]!) &&
          ((x.tag === 'ns' && !ctx.lex.places.byName.has(x.word)) || (x.tag === 'i' && x.word === name) || (x.tag === 'v' && x.word.length === 1 && x.start === end - 1 && !VERB_AFTER_NAME.test(x.word)));
        const misread = len === 3 && toks.some((x) => x.start >= u.end && x.start < end && misreadPiece(x));
        if (k === -1 || !(namePieces(toks, k, end, names.surnameLength(name)) || (misread && namePieces(toks, k, end, names.surnameLength(name), false))) || toks.some((x) => x.start >= u.end && x.start < end && (x.start + x.word.length > end || (/^(?:role|unit|bank|place|ns|v|p|c|u|uj|r|m|q)$/.test(x.tag) && !misreadPiece(x))))) continue;
        const afterRole = toks.findIndex((x) => x.start === role.start + role.word.length);
        // (A noun then a verb is a verb jieba read as a noun: 某支行王某行长带队/n 走访/v.)
        const nounThenVerb = afterRole !== -1 && toks[afterRole]!.tag === 'n' && /^v/.test(toks[afterRole + 1]?.tag ?? '');
        if (afterRole !== -1 && /^(?:n|nr|ns|nz|nt|vn|an|l|j|role|unit)$/.test(toks[afterRole]!.tag) && !nounThenVerb) continue;
        // (某支行包村客户经理黄辉: where a name follows the role, what stands before it qualifies the post.)
        if (afterRole !== -1 && nameAt(toks, afterRole, names) !== undefined) continue;
        add({ name, start: u.end, end }, 'before-role', role.word, u.end);
        break;
      }
    }
    let at = u.end + code.length + sep.length;
    // 来自某支行的王芳, and the next item of such a list (…的王芳、某支行的李静等): the unit is where a person comes
    // from, whatever the clause goes on with.
    const possessive = /^(?:党支部|党总支|团支部|团委|工会)?的/.test(sep);
    const cameFrom = possessive && (/来自$/.test(s.text.slice(Math.max(0, u.start - 2), u.start)) || (s.text[u.start - 1] === '、' && out.some((p) => p.finding === 'after-unit' && p.end === u.start - 1)));
    // (某行营销拓展部王娟正在…: jieba may glue the department's last character to the name, 部王娟/x.)
    const glued = /[部处室]$/.test(sep) ? toks.findIndex((x) => x.start === at - 1 && x.tag === 'x' && (x.word.length === 3 || x.word.length === 4) && names.looksLikeFullName(x.word.slice(1))) : -1;
    if (glued !== -1) {
      const word = toks[glued]!.word;
      const rest = s.text.slice(at + word.length - 1);
      const next = toks[glued + 1];
      if (!notAName(word.slice(1), c, names) && (UNIT_NAME_END.test(rest) || c.honouredOrSpoken.test(rest) || (next && /^(?:v|vd|d|t|p)$/.test(next.tag)))) add({ name: word.slice(1), start: at, end: at + word.length - 1 }, 'after-unit', undefined, u.end);
    }
    for (;;) {
      const k = toks.findIndex((x) => x.start === at);
      if (k === -1) break;
      // The name also ends before 获得/荣获 or a speech verb (中行某分行王某获得了冠军), or 获 and a prize (王某获单打冠军).
      // (某支行的甲、乙和丙: past a 、, a name before 和 and a last name that closes the list.)
      const inList = at > u.end + code.length + sep.length && s.text[at - 1] === '、';
      const n = listItemAt(s, toks, k, names, UNIT_NAME_END) ?? listItemAt(s, toks, k, names, PAIR_THEN_COUNT) ?? (inList ? listItemAt(s, toks, k, names, JOINED_LAST_NAME) : undefined) ?? listItemAt(s, toks, k, names, c.honouredOrSpoken) ?? gluedToSpeech(s, toks, k, names, c) ?? listItemAt(s, toks, k, names, COUNTED_AFTER_NAME, false) ?? listItemAt(s, toks, k, names, WON_AFTER_NAME) ?? nameBeforeAnd(toks, k, names) ?? (possessive ? listItemAt(s, toks, k, names, cameFrom ? ANY_END : SUBJECT_GOES_ON) : nameBeforeVerb(toks, k, names));
      if (!n || notAName(n.name, c, names) || /[老小]/.test(n.name[0]!)) break;
      // (到建行来办理: a surname that is far more often a verb or a preposition starts no name unless jieba reads one;
      // 滙豐銀最高: 銀 ends the bank's short form, it starts no name.)
      if ((c.surnameAlsoWord.has(n.name[0]!) && !toks[k]!.tag.startsWith('nr')) || (u.type === 'Bank' && /^[银銀]/.test(n.name))) break;
      // (余某小姐（汇丰银行卓越理财主管）: in brackets, after the unit, a word then more of a post up to the bracket's
      // end is the post's own (卓越理财, a service tier), no name; a name right before a post (（某支行王芳行长）) stays.)
      const postInBrackets = /[（(]$/.test(s.text.slice(0, u.start)) ? /^([\u4e00-\u9fff]{1,8})[）)]/.exec(s.text.slice(n.end))?.[1] : undefined;
      const postRight = toks.find((x) => x.start === n.end);
      if (postInBrackets !== undefined && c.roleSuffix.test(postInBrackets) && !(postRight && isRole(postRight, ctx, c))) break;
      // 某支行的王芳 is a person only where the clause goes on with an honour or speech, or a list (、, 等人).
      // (Or where it goes on as a clause about the person: 某支行的王芳就是…, 已在柜台坚守…)
      if (possessive && at === u.end + code.length + sep.length && !cameFrom && !/^(?:[、，,和与及]|等)/.test(s.text.slice(n.end)) && !c.honouredOrSpoken.test(s.text.slice(n.end)) && !SUBJECT_GOES_ON.test(s.text.slice(n.end))) break;
      add(n, 'after-unit', undefined, u.end);
      // The list goes on with 、 or ends with 和 (某支行甲、乙和丙4名员工); after a colon also with a comma.
      if (!(/^[、和与及]/.test(s.text.slice(n.end)) || (/^[:：]/.test(sep) && /^[，,]/.test(s.text.slice(n.end))))) break;
      at = n.end + 1;
    }
  }

  // 在某支行工作了十年的王芳, 在某行出任首席风险官多年的韩梅: a clause about working at a unit, ending in 的, describes
  // the person named right after it; the name is read as after a post (works_at.relative-clause ties the two).
  for (const u of ctx.inSentence(s.index)) {
    if (u.type !== 'Bank' && u.type !== 'Branch') continue;
    // (此前担任某行副行长的韩梅: or a verb of holding a post before the unit, and the post after it.)
    const held = heldBefore(s.text.slice(Math.max(0, u.start - 4), u.start), c) ? toks.find((x) => x.start === u.end && isRole(x, ctx, c)) : undefined;
    if (!WORKED_AT_BEFORE.test(s.text.slice(Math.max(0, u.start - 4), u.start)) && !held) continue;
    const clause = held && s.text[held.start + held.word.length] === '的' ? { 0: held.word + '的' } : RELATIVE_CLAUSE_AFTER_UNIT.exec(s.text.slice(u.end));
    if (!clause) continue;
    const k = toks.findIndex((x) => x.start === u.end + clause[0].length);
    if (k === -1 || toks[k - 1]?.word !== '的') continue;
    const atToken = nameAt(toks, k, names);
    const n = speakerAt(s, toks[k], c, names) ?? (atToken ? extendToThree(s, toks, atToken, names) : undefined) ?? nameAfterRole(s, toks, k, c, names);
    if (n && n.start === toks[k]!.start && !notAName(n.name, c, names)) add(n, 'after-unit', undefined, u.end);
  }

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Role + name, and the names listed after it with 、 (员工刘芳、陈小军、王丽).
    if (isRole(t, ctx, c) && !inBank(t)) {
      const post = postWithLead(toks, i, c);
      // 市长查尔斯·鲍曼: a name written in characters for its sounds, its parts joined by a middle dot.
      const foreign = transliteratedAt(s, toks, t.start + t.word.length, c) ?? latinNameAt(s, t.start + t.word.length);
      if (foreign) {
        add(foreign, 'after-role', post);
        continue;
      }
      // 员工向失主说明, 行长和陆经理: a preposition or a conjunction after the role starts no name (向, 和 are
      // surnames too, but jieba reads a surname in a name as part of it, not as a word of its own).
      // (副行长（主持工作）王某: a remark on how the post is held may stand between it and the name.)
      // (“金牌柜员”王某: or the quote that closes a title of praise ending in the post.)
      const quoted = /[“「『][\u4e00-\u9fff]{0,6}$/.test(s.text.slice(Math.max(0, t.start - 7), t.start)) ? /^[”」』]/.exec(s.text.slice(t.start + t.word.length))?.[0] : undefined;
      const aside = quoted ?? POST_ASIDE.exec(s.text.slice(t.start + t.word.length))?.[0] ?? '';
      // 行长为王某, 负责人是李某, 行长名叫李某: the post then 为/是/叫 and a name that closes the clause names who holds it (行长为客户
      // 办理, 员工为王某送去… go on with a verb: 为 is a preposition there); so does 由 and a name that takes the post
      // (董事长由王某接任). 由 itself is never the surname there.
      const copula = aside ? undefined : COPULA_THEN_NAME.exec(s.text.slice(t.start + t.word.length))?.[0];
      if (copula) {
        // (Read from the text: jieba may glue 为 to the surname, 为林/x 明成/x. A word it knows whole as no name, 关键, is none.)
        const from = t.start + t.word.length + copula.length;
        const n = NAME_LENGTHS.map((len) => ({ name: s.text.slice(from, from + len), start: from, end: from + len })).find(
          (x) => names.looksLikeFullName(x.name) && (copula === '由' ? TAKES_POST : CLAUSE_ENDS).test(s.text.slice(x.end).replace(/^(?:同志|先生|女士)/, '')) && !notAName(x.name, c, names) && !FUNCTION_CHARS.test(x.name.slice(1)) &&
            !toks.some((y) => y.start === x.start && y.word.length === x.name.length && !/^(?:nr|nrfg|nrt|x)$/.test(y.tag)) &&
            !toks.some((y) => y.start > x.start && y.start < x.end && y.start + y.word.length > x.end),
        );
        if (n) {
          // (Read already without its post, as an appointee of 由某某接任: the post before 由 is the one taken.)
          const k = out.findIndex((p) => p.start === n.start && p.end === n.end);
          if (k !== -1 && out[k]!.role === undefined) out[k] = { ...out[k]!, finding: 'after-role', role: post };
          else add(n, 'after-role', post);
          continue;
        }
        if (copula === '由') continue;
      }
      const j = aside ? toks.findIndex((x) => x.start === t.start + t.word.length + aside.length) : i + 1;
      if (j === -1) continue;
      const following = toks[j];
      // (主任向/p 东升/nr 表示, 员工向/p 丽丽/nr: but one that jieba reads before a given name it tags as a name, no
      // whole name itself, is the surname: 向 and 于 are common ones. 向记者, 和王芳 stay a preposition and a conjunction.)
      const given = toks[j + 1];
      const surnameFirst = following !== undefined && given !== undefined && given.start === following.start + 1 && given.word.length === 2 && /^(?:nr|nrfg)$/.test(given.tag) && !names.commonSurname(given.word) && names.commonSurname(following.word + given.word);
      if (following && following.word.length === 1 && /^(?:p|c)$/.test(following.tag) && PREPOSITION_NOT_SURNAME.test(following.word) && !surnameFirst) continue;
      // (工作人员和村/x 干部: nor a two-character word jieba does not know that starts with 和, 与 or 及.)
      if (following && following.word.length === 2 && following.tag === 'x' && /^[和与及]/.test(following.word)) continue;
      const atToken = nameAt(toks, j, names);
      // (A unit's own post, 某支行行长, 某支行的行长, 某分行分行经理, not one of staff in general, 某支行员工.)
      const unitPost = !aside && !STAFF_IN_GENERAL.test(t.word) && ctx.inSentence(s.index).some((u) => (u.type === 'Branch' || u.type === 'Bank') && u.end <= t.start && /^(?:的|分行|支行|网点)?$/.test(s.text.slice(u.end, t.start)));
      const n = (following ? marriedNameAt(s, toks, following.start, c, names) : undefined) ?? speakerAt(s, toks[j], c, names) ?? (atToken ? extendToThree(s, toks, atToken, names) : undefined) ?? nameAfterRole(s, toks, j, c, names) ?? wordBeforeSpeech(s, toks, j, c, names, unitPost) ?? wordBeforeVerb(toks, j, c, names) ?? nameBeforeMark(s, toks, j, names, c, PHOTO_PLACE_AT_START);
      // A word that is mostly no name (高峰, 金融) is one between a role and a speech verb (行长高峰说), or a place in a
      // photo (柜员文静（右二）).
      // (记者采访了某支行行长高峰。: so is one after a unit and its own post, closing the sentence; not after a word for
      // staff in general, 确保某支行员工安全。)
      const closesAfterUnitPost = n !== undefined && unitPost && SENTENCE_CLOSES.test(s.text.slice(n.end));
      const spoken = n !== undefined && (c.speechAfterName.test(s.text.slice(n.end).replace(SETTING_BEFORE_SPEECH, '')) || PHOTO_PLACE_AT_START.test(s.text.slice(n.end)) || closesAfterUnitPost) && !c.notGivenName.has(n.name.slice(names.surnameLength(n.name))) && !c.mannerBeforeSpeech.has(n.name);
      const named = n !== undefined && n.start === t.start + t.word.length + aside.length && (spoken || !notAName(n.name, c, names)) && !c.mannerBeforeSpeech.has(n.name);
      // 客户经理高峰、文静深入企业, 副行长金星辉、马力强带队: two or more names that are everyday words or odd pieces to jieba,
      // read as a list.
      const wordList = named || aside ? undefined : wordListAt(s, toks, t.start + t.word.length, names, c);
      if (wordList) {
        add(wordList[0]!, 'after-role', post);
        // (Two joined by 和 alone: the second is named without the post, as 行长张三和李四 is read; 及 lists two who share it.)
        const firstOnly = wordList.length === 2 && !/^(?:、|及|以及)/.test(s.text.slice(wordList[0]!.end)) && !STAFF_IN_GENERAL.test(t.word) && !/^[两二兩](?:人|位|名)/.test(s.text.slice(wordList[1]!.end));
        for (const x of wordList.slice(1)) add(x, 'listed-after-role', firstOnly ? undefined : post, firstOnly ? undefined : t.start);
        continue;
      }
      if (n && named) {
        // (The unit, if any, ends where the role starts, before the remark.)
        add(n, 'after-role', post, aside ? t.start : undefined);
        // 员工陈思思、林伟和黄志远: 、 goes on, and 和/及/与 closes a list that has a 、 already (行长张三和李四
        // alone may be two people of whom only the first holds the post).
        let end = n.end;
        for (let items = 1; ; items++) {
          // (行政總裁甲先生及乙先生, 副行政總裁甲博士、乙女士: a courtesy title after a name of the list is read over.)
          end += c.honorificAfterName.exec(s.text.slice(end))?.[0].length ?? 0;
          // (董事長甲（中）與乙總經理: so is the place in a photo.)
          end += PHOTO_PLACE_AT_START.exec(s.text.slice(end))?.[0].length ?? 0;
          // (员工甲 乙 丙: a space separates the names of a list too.)
          const sep = LIST_JOIN.exec(s.text.slice(end, end + 3))?.[0] ?? /^[ \u3000]{1,2}(?=[\u4e00-\u9fff])/.exec(s.text.slice(end))?.[0];
          // (A word for staff in general holds for both of two: 银行员工甲和乙没有犹豫.)
          if (!sep) break;
          // (行长张三和李四: the second may not hold the post, but is a person all the same; named, without the post.)
          // (執行委員甲及乙, 客户经理甲及乙: 及 lists names that share the post, as 、 does.)
          // (客户经理甲和乙两人: a count of the two right after the second name says the post is both's.)
          const countedPair = /^[和与]$/.test(sep) && /^[\u4e00-\u9fff]{2,3}?[两二兩](?:人|位|名)/.test(s.text.slice(end + sep.length, end + sep.length + 6));
          const postOfFirstOnly = sep !== '、' && sep !== '及' && sep !== '以及' && !/^\s+$/.test(sep) && items < 2 && !(STAFF_IN_GENERAL.test(t.word) && /^[和与]$/.test(sep)) && !countedPair;
          if (postOfFirstOnly && !/^[和与及]$/.test(sep)) break;
          const k = toks.findIndex((x) => x.start === end + sep.length);
          const at = k === -1 ? undefined : nameAt(toks, k, names);
          // 李丽/萍: the third character jieba left alone belongs to the name here too.
          // (The list's last name may stand right before its verb: after 和 that closes it, 员工甲、乙和丙参加, 员工甲和乙没有
          // 犹豫; after a 、 past the first two names, 甲、乙、丙构成.)
          // (Or after one 、, before a verb of attending: 副行长甲、乙出席.)
          const closes = /^[和与及]$/.test(sep) || (sep === '、' && (items >= 2 || ATTENDS_AFTER_NAME.test(s.text.slice(end + sep.length))));
          const read = k === -1 ? undefined : (marriedNameAt(s, toks, end + sep.length, c, names, closes) ?? (at ? extendToThree(s, toks, at, names) : undefined) ?? listItemAt(s, toks, k, names, LIST_ITEM_END, true, closes) ?? wordItemAt(s, toks, end + sep.length, names, c, (e) => LIST_ITEM_END.test(s.text.slice(e)) || (closes && LISTED_NAMES_CLOSE.test(toks.find((x) => x.start === e)?.tag ?? ''))));
          // 董事甲、乙、埃文斯、梅尔莫、丙: past two names, an item between two 、 that reads as no name, or as a name
          // shorter than the item (梅尔/莫), is a foreign name written for its sounds; the list goes on past it (the
          // name itself is left unread: nothing tells it from a word).
          const item = sep === '、' && items >= 2 ? FOREIGN_ITEM.exec(s.text.slice(end + sep.length)) : null;
          const more = read && item && read.end < end + sep.length + item[1]!.length ? undefined : read;
          // (信用社主任甲、王坟信用社主任乙, 支行行长甲、张庄支行行长乙: an item that opens a unit's name is the next unit of a
          // list of units and their posts, no name; its own post and name follow.)
          const opensUnit = more !== undefined && ctx.inSentence(s.index).some((u) => (u.type === 'Branch' || u.type === 'Bank') && u.start <= more.start && u.end > more.end);
          if (!more || opensUnit || notAName(more.name, c, names)) {
            if (!item) break;
            end += sep.length + item[1]!.length;
            continue;
          }
          if (postOfFirstOnly) {
            // (董事長甲與乙總經理: a second name with a post of its own after it is read with that post, by
            // person.before-role.)
            const own = toks.find((x) => x.start === more.end);
            // (副总经理甲与乙、营销总监丙: in a run of posts and names that goes on with 、 and the next post, the
            // second name shares the first's post.)
            const nextPost = s.text[more.end] === '、' ? toks.find((x) => x.start === more.end + 1) : undefined;
            const runGoesOn = nextPost !== undefined && isRole(nextPost, ctx, c);
            if (runGoesOn) add(more, 'listed-after-role', post, t.start);
            else if (!(own && isRole(own, ctx, c))) add(more, 'listed-after-role');
            break;
          }
          // (The unit, if any, stands before the role, where it stands for the first name.)
          add(more, 'listed-after-role', post, t.start);
          end = more.end;
          if (sep !== '、' && !/^\s+$/.test(sep)) break;
        }
        continue;
      }
    }
    // 某支行的张敏（大堂经理）, 某支行王强(网点负责人): right after a unit (and 的), the post in brackets after the name is
    // the one held there (maybe with the unit's own part before it: 网点负责人).
    // (某支行宣讲小分队：王军（客户经理）、刘敏（柜员）: or after a colon that opens a list of the unit's people; and the
    // next item of such a list after 、.)
    // (The name is read from the text, the bracket saying a person stands there: 刘/zg 敏/ag, 周朝/t 崇/zg, 高峰/nr.)
    const listedUnit = ownOfUnit(s, ctx, t.start) ?? ownOfUnit(s, ctx, t.start, UNIT_LIST_COLON) ?? (bracketRun?.next === t.start ? bracketRun.unit : undefined);
    const bn = listedUnit ? nameBeforeMark(s, toks, i, names, c, /^[（(]/) : undefined;
    if (listedUnit && bn) {
      let r = toks.find((x) => x.start === bn.end + 1);
      const part = r && (r.tag === 'unit' || r.word === '网点' || r.word === '網點') ? r : undefined;
      if (part) r = toks.find((x) => x.start === part.start + part.word.length);
      // (某支行何静（党支部书记）, 某支行林涛（分管副行长）, 某支行王军（个贷部经理）: or the party's, a charge, or a
      // department of the unit, before the post.)
      if (!part && r && !isRole(r, ctx, c)) {
        const lead = POST_LEAD_IN_BRACKETS.exec(s.text.slice(bn.end + 1))?.[0];
        const post = lead && !NOT_OWN_DEPARTMENT.test(lead) ? toks.find((x) => x.start === bn.end + 1 + lead.length) : undefined;
        if (post && isRole(post, ctx, c)) r = post;
      }
      const direct = ownOfUnit(s, ctx, bn.start) !== undefined;
      // (Past the first, or after a colon, another body's post is none of the unit's: 某支行甲（柜员）、乙（民警）.)
      if (r && isRole(r, ctx, c) && /^[）)]/.test(s.text.slice(r.start + r.word.length)) && (direct || !c.otherBodyPost.test(r.word))) {
        add(bn, 'before-role', s.text.slice(bn.end + 1, r.start + r.word.length), direct ? bn.start : listedUnit.end);
        const close = r.start + r.word.length;
        bracketRun = s.text[close + 1] === '、' ? { next: close + 2, unit: listedUnit } : undefined;
        continue;
      }
    }
    let n = nameAt(toks, i, names);
    // (同事李家/nrfg 豪/n, 客户张家/nrfg 铭/n: right after a word for a member of the public, two characters that are no
    // name (家 is no given name alone) and a lone character after them are a name of three.)
    const prev = toks[i - 1];
    if (n && notAName(n.name, c, names) && prev && prev.start + prev.word.length === n.start && c.publicNoun.has(prev.word)) {
      const three = extendToThree(s, toks, n, names);
      if (three !== n && !notAName(three.name, c, names)) n = three;
    }
    if (!n || notAName(n.name, c, names)) continue;
    // 郭/文/香 资深协理: a lone character after a two-character name, then a role, is the name's third.
    // (韩某/副/书记: not 副, which jieba cut off the post it opens.)
    const third = toks.find((x) => x.start === n!.end && x.word.length === 1 && !FUNCTION_CHARS.test(x.word) && x.word !== '副');
    const afterThird = third ? toks.find((x) => x.start === third.start + 1) : undefined;
    if (n.end - n.start === 2 && third && afterThird && (isRole(afterThird, ctx, c) || isRank(afterThird)) && names.looksLikeFullName(n.name + third.word)) {
      n = { name: n.name + third.word, start: n.start, end: n.end + 1 };
    }
    // (韩立/明/获 “…”: jieba may leave a given name's last character alone, or glue it to a verb of receiving it does
    // not know; the name takes the character back when what follows it reads as honoured. 王红/荣获 stays two: the
    // character starts the verb.)
    const loose = toks.find((x) => x.start === n!.end && x.tag === 'x' && x.word.length <= 2 && !FUNCTION_CHARS.test(x.word[0]!));
    if (n.end - n.start === 2 && loose && names.looksLikeFullName(n.name + loose.word[0]) && c.honouredAfterName.test(s.text.slice(n.end + 1)) && !c.honouredAfterName.test(s.text.slice(n.end))) {
      n = { name: n.name + loose.word[0], start: n.start, end: n.end + 1 };
    }
    // 老郝自嘲说, 小王的: a surname after 老 or 小 is a nickname, and what follows it is no given name.
    if (/[老小]/.test(s.text[n.start - 1] ?? '')) continue;
    // (行长由李强/nr 同志担任, 会议由王芳/nr 主持: jieba may glue 由 to the name of who takes a post or acts; 由 is no
    // surname there.)
    const byWhom = n.name[0] === '由' && names.looksLikeFullName(n.name.slice(1)) && (TAKES_POST.test(s.text.slice(n.end).replace(/^(?:同志|先生|女士)/, '')) || BY_WHOM_ACTS.test(s.text.slice(n.end)));
    if (byWhom) n = { name: n.name.slice(1), start: n.start + 1, end: n.end };
    // (行长一职由李强/nr 担任, 讲座由李强/nr 主讲: who takes the post or acts, whatever else the tags would say.)
    if (byWhom) {
      add(n, 'appointed');
      continue;
    }
    const rest = s.text.slice(n.end);
    const before = toks[i - 1];
    // 新光银行谢长融总经理, 工银澳门姜壹盛董事长: the name before the role (as Hong Kong, Macau and Taiwan news
    // write it), after a unit or at the start of a clause, and only a name jieba does not know as a word.
    // (郭某某资深协理(左二): a word of rank may stand before the role.)
    const modifier = toks.find((x) => x.start === n.end && isRank(x));
    const next = toks.find((x) => x.start === (modifier ? modifier.start + modifier.word.length : n.end));
    // (韩某副书记希望…: jieba may cut 副 off the post, 副/b 书记/n.)
    const deputy = next?.word === '副' ? toks.find((x) => x.start === next.start + 1 && isRole(x, ctx, c)) : undefined;
    const roleAfter = deputy ?? next;
    // The role ends the phrase (总经理(左三), 董事长也…, 行长当机立断: an idiom is what the person did): 陶冶员工情操
    // is a verb before a noun phrase.
    const afterRole = roleAfter ? toks.find((x) => x.start === roleAfter.start + roleAfter.word.length) : undefined;
    // (A noun then a verb is a verb jieba read as a noun: 李娜副行长带队/n 走访/v.)
    const verbAsNoun = afterRole?.tag === 'n' && /^v/.test(toks.find((x) => x.start === afterRole.start + afterRole.word.length)?.tag ?? '');
    // (某银志愿者们, 某行员工们: a role made plural names a group, and what stands before it is the group's unit.)
    const roleEndsPhrase = (!afterRole || !/^(?:n|nr|ns|nz|nt|vn|an|l|j|role|unit)$/.test(afterRole.tag) || verbAsNoun) && !(roleAfter && s.text.startsWith('们', roleAfter.start + roleAfter.word.length));
    // (由某某理事长致辞, 请某某行长讲话: who is asked to speak or act stands after 由 or 请 as at a clause's start;
    // so does one after a preposition, 在某某行长的指导下, 向某某行长汇报, 与某某行长交流.)
    // (东亚银行的李志明经理表示, 某支行的王芳副行长: or after a unit and 的, whose post the role is.)
    // (某支行个人金融部的张强经理介绍, 某分行办公室的吴婷主任: or after a department of the unit and 的.)
    // (李明经理和王芳主任, 张华行长及李娜副行长: or after 和 or 及 that joins it to a name and post before.)
    const joined = before !== undefined && /^[和及]$/.test(before.word) && before.start + 1 === n.start && toks[i - 2] !== undefined && isRole(toks[i - 2]!, ctx, c);
    const clauseStart = n.start === 0 || /[，,、；;：:（(“\s由请在向与随跟经]/.test(s.text[n.start - 1]!) || ownOfUnit(s, ctx, n.start) !== undefined || joined;
    // (某支行包村客户经理黄辉: where a name follows the role, what stands before it qualifies the post.)
    const nameAfter = roleAfter ? toks.findIndex((x) => x.start === roleAfter.start + roleAfter.word.length) : -1;
    const roleNamesAnother = nameAfter !== -1 && nameAt(toks, nameAfter, names) !== undefined;
    // (林/ng 美玲/nr 襄理: or a surname jieba tagged otherwise, before a given name it tagged as a name.)
    const surnameThenName = /^(?:ng|n|nz|ns|zg|a|ag|q|v|vg|j)$/.test(toks[i]!.tag) && toks[i]!.word.length === names.surnameLength(n.name) && n.end > toks[i]!.start + toks[i]!.word.length && /^(?:nr|nrfg|nrt|x)$/.test(toks[i + 1]?.tag ?? '') && !PREPOSITION_NOT_SURNAME.test(toks[i]!.word) && !c.surnameAlsoWord.has(toks[i]!.word);
    // (何某小姐（中银香港智盈理财经理）: the unit and the post in brackets right after a name are that person's; the word
    // between them is the post's own.)
    const ownUnit = ownOfUnit(s, ctx, n.start);
    const postOfNameBefore = ownUnit !== undefined && ownUnit.end === n.start && /[\u4e00-\u9fff][（(]$/.test(s.text.slice(0, ownUnit.start)) && roleAfter !== undefined && /^[）)]/.test(s.text.slice(roleAfter.start + roleAfter.word.length));
    if (roleAfter && isRole(roleAfter, ctx, c) && roleEndsPhrase && !roleNamesAnother && !inBank(roleAfter) && clauseStart && !postOfNameBefore && (toks[i]!.tag === 'x' || toks[i]!.tag.startsWith('nr') || surnameThenName)) {
      add(n, 'before-role', (deputy ? '副' : '') + roleAfter.word, n.start);
      continue;
    }
    // 龚某某（左一）向客户讲解: where a photo shows the person, a name.
    if (PHOTO_PLACE_AT_START.test(rest) && clauseStart) {
      add(n, 'titled');
      continue;
    }
    // (李梅等同志: 梅等 is no name; 等 is a word of its own.)
    // (郑/ns 海燕/nr 说: a surname jieba read as a place, before a given name it read as a name.)
    // Right before the name, a noun for a member of the public: one word (客户, 得主), or a phrase of two the list
    // writes whole (获奖选手: 选手 alone is too common before a verb, 选手齐聚), then a name jieba tags no verb.
    const publicBefore = !!before && before.start + before.word.length === n.start && (c.publicNoun.has(before.word) || (OCCUPATION_JIA.test(before.word) && !c.notOccupationJia.test(before.word) && /^(?:n|nz)$/.test(before.tag)) || titleHonour(before, c) || ((toks[i - 2] && c.publicNoun.has(toks[i - 2]!.word + before.word)) === true && !toks[i]!.tag.startsWith('v')));
    const surnameMisread = /^(?:ns|n|ng|nz|zg|a|q|v)$/.test(toks[i]!.tag) && toks[i]!.word.length === names.surnameLength(n.name) && n.end > toks[i]!.start + toks[i]!.word.length && /^(?:nr|nrfg|nrt)$/.test(toks[i + 1]?.tag ?? '') && !PREPOSITION_NOT_SURNAME.test(toks[i]!.word) && !c.surnameAlsoWord.has(toks[i]!.word);
    // Honoured at a clause's start; or as the last of a list, after 和, 与 or 及, right before the verb (甲、乙和丙分别获得);
    // or described by the honour's title right before (荣获“…”称号的某某).
    if ((c.speechAfterName.test(rest) || ((c.honouredAfterName.test(rest) || c.honouredAfterList.test(rest) || ((c.honouredAfterPhrase.test(rest) || WON_AFTER_NAME.test(rest)) && (n.start === 0 || /[，,；;：:\s]/.test(s.text[n.start - 1]!)))) && (clauseStart || (/[和与及]$/.test(s.text.slice(0, n.start)) && c.honouredAfterName.test(rest)))) || HONOUR_DESCRIBES_NAME.test(s.text.slice(0, n.start))) && (toks[i]!.tag.startsWith('nr') || toks[i]!.tag === 'x' || surnameMisread) && !FUNCTION_CHARS.test(n.name.slice(1))) {
      add(n, c.speechAfterName.test(rest) ? 'speaker' : 'honoured');
    } else if ((c.honorificAfterName.test(rest) && !/^同志/.test(rest) && !FUNCTION_CHARS.test(n.name[0]!) && !prepositionBefore(toks[i]!, n)) || publicBefore) {
      // (向吴女士: a preposition and a surname, not a name.)
      // 赵建国先生, 客户赵建国: named people who are not staff; 李强教授, 陈大文太平绅士: any form of address (dict/cues/honorific.txt)
      // but 同志, which follows words for people in general too (李梅等同志: 梅等 is no name).
      // (乡亲赵德/x 明说/v: the name read from the text, where it is longer than jieba's words give.)
      const read = publicBefore ? publicNameAt(s, toks, n.start, before!.start, c, names) : undefined;
      const first = publicBefore ? (read && read.end > n.end ? read : extendToThree(s, toks, n, names)) : n;
      add(first, 'titled');
      // (书法名家甲、乙及丙: the names listed after the first, as after a role.)
      if (publicBefore) {
        for (let end = first.end; ; ) {
          const sep = LIST_JOIN.exec(s.text.slice(end, end + 3))?.[0];
          if (!sep) break;
          const from = end + sep.length;
          const k = toks.findIndex((x) => x.start === from);
          const at = k === -1 ? undefined : nameAt(toks, k, names);
          // (及王/红梅: jieba may glue the joining word to the surname; the name then ends where a word ends.)
          // (Not a word of its own jieba knows that starts with the joiner: 孙丽及时/c 拦下 is no 时拦下.)
          const cover = toks.find((x) => x.start < from && x.start + x.word.length > from);
          const glued = k === -1 && cover?.tag === 'x' ? [3, 2].map((len) => ({ name: s.text.slice(from, from + len), start: from, end: from + len })).find((x) => names.looksLikeFullName(x.name) && toks.some((t) => t.start + t.word.length === x.end) && !FUNCTION_CHARS.test(x.name.slice(1))) : undefined;
          const more = glued ?? (k === -1 ? undefined : ((at ? extendToThree(s, toks, at, names) : undefined) ?? listItemAt(s, toks, k, names, LIST_ITEM_END, true, sep !== '、')));
          if (!more || more.start !== from || notAName(more.name, c, names)) break;
          add(more, 'titled');
          end = more.end;
          if (sep !== '、') break;
        }
      }
    } else if (toks[i]!.tag === 'nr' && n.name === toks[i]!.word) {
      // Candidate by POS tag alone: kept only if the file names it often and, once at least, as a person (see resolve).
      add(n, c.personAfter.test(rest) ? 'pos-marked' : 'pos');
    }
  }
  // 邀请“全国劳动模范”张伟作报告, 为“服务明星”王芳颁奖: a person's honour in quotes worn as a title, right before a name
  // (as 全国劳动模范张伟 unquoted): the name is a person's, whatever jieba's cut (刘/zg 洋/ag), when a verb, 、 or 同志
  // follows it (「理财之星」宣传单。 names a leaflet).
  for (const m of s.text.matchAll(/[“「『"]([\u4e00-\u9fff]{3,12})[”」』"]/g)) {
    const q = m[1]!;
    if (!c.individualHonour.test(q) || c.rankedCollectiveHonour.test(q)) continue;
    const start = m.index + m[0].length;
    if (!toks.some((t) => t.start === start)) continue;
    for (const len of NAME_LENGTHS) {
      const name = s.text.slice(start, start + len);
      const end = start + len;
      if (!names.looksLikeFullName(name) || notAName(name, c, names) || FUNCTION_CHARS.test(name.slice(1))) continue;
      const next = toks.find((t) => t.start === end);
      if (!next || !(/^(?:v|vd|p|d)$/.test(next.tag) || /^(?:、|同志|等)/.test(s.text.slice(end)))) continue;
      if (ctx.inSentence(s.index).some((x) => x.type !== 'Person' && x.start < end && start < x.end)) break;
      // (Its pieces are a name's to jieba or single characters: 常年/t 坚守, 申报/v are words of their own; a surname
      // alone may be read as anything but a function word, 张/q 伟/zg.)
      const pieces = toks.filter((t) => t.start < end && t.start + t.word.length > start);
      const misreadSurname = (t: Token): boolean => t.start === start && t.word.length === names.surnameLength(name) && !/^(?:p|c|u|uj|r)$/.test(t.tag);
      if (pieces.some((t) => t.start + t.word.length > end || (t.word.length > 1 && !NAME_WORD.test(t.tag)) || (NOT_NAME_PIECE.test(t.tag) && !misreadSurname(t)))) continue;
      add({ name, start, end }, 'titled');
      break;
    }
  }
  // 韦思礼(Peter Wells): a name written in characters for its sounds, then the person's own name in Latin
  // letters in brackets (a given name and a family name, each capitalised). Only where the characters are one word
  // jieba does not know, or a name it tags as one.
  for (const m of s.text.matchAll(LATIN_NAME_IN_BRACKETS)) {
    const word = toks.find((t) => t.start + t.word.length === m.index && t.word.length >= 2 && t.word.length <= 5 && /^[\u4e00-\u9fff]+$/.test(t.word));
    if (!word || !/^(?:x|nr|nrt|nrfg)$/.test(word.tag) || notAName(word.word, c, names)) continue;
    const name = word.word;
    const at = word.start;
    if (ctx.inSentence(s.index).some((x) => x.type !== 'Person' && x.start < at + name.length && at < x.end)) continue;
    add({ name, start: at, end: at + name.length }, 'titled');
  }
  // 甘立群笑着说 cut by jieba as 甘立/群笑/着/说: at the start of a clause, a name read from the text before a
  // speech verb, whatever jieba's cut, as long as no piece of it is a word of another kind (大家说, 农行表示).
  for (let k = 0; k < toks.length; k++) {
    const at = toks[k]!.start;
    if (starts.has(at) || (at > 0 && !/[，,。；;：:“"\s（(]/.test(s.text[at - 1]!))) continue;
    for (const len of NAME_LENGTHS) {
      const name = s.text.slice(at, at + len);
      if (!names.looksLikeFullName(name) || FUNCTION_CHARS.test(name.slice(1)) || notAName(name, c, names)) continue;
      if (!(c.speechAfterName.test(s.text.slice(at + len)) || mannerThenSpeech(s, toks, at + len, c)) || /^(?:同志|带着)/.test(s.text.slice(at + len))) continue;
      const first = toks[k]!;
      const pieces = toks.filter((x) => x.start < at + len && x.start + x.word.length > at);
      if ((first.word.length > names.surnameLength(name) && !NAME_WORD.test(first.tag)) || pieces.some((x) => NOT_NAME_PIECE.test(x.tag))) continue;
      add({ name, start: at, end: at + len }, 'speaker');
      break;
    }
  }
  // 高峰行长表示, 文静经理介绍, 王国豪表示: opening a sentence or a clause, a name jieba reads as an everyday word or a
  // place (高峰/nr, 文静/n, 王国/ns 豪/n), then a post and a speech verb, each a word of its own: the post's holder
  // speaks, as after a bracketed post. With no post, only three characters, a common surname's word and a lone
  // character (王国/ns 豪, 周朝/t 崇), before the verb: a two-character word alone (高管表示, 双方表示) may be anyone.
  const speechWordAt = (at: number): string | undefined => {
    const setting = SETTING_BEFORE_SPEECH.exec(s.text.slice(at))?.[0] ?? '';
    const verb = toks.find((x) => x.start === at + setting.length);
    return verb && c.speechVerb.exec(verb.word)?.[0] === verb.word ? verb.word : undefined;
  };
  for (let k = 0; k < toks.length; k++) {
    const at = toks[k]!.start;
    if (starts.has(at) || (at > 0 && !/[，,。；;：:“"\s]/.test(s.text[at - 1]!))) continue;
    let role: string | undefined;
    const mark = (end: number): boolean => {
      // (韩某副书记希望…: jieba may cut 副 off the post, 副/书记; it is the post's, not the name's last character.)
      const headPost = (x: Token): boolean => c.topPost.has(x.word) || HEAD_POST.test(x.word);
      const whole = toks.find((x) => x.start === end);
      const deputy = s.text[end] === '副' && !(whole && headPost(whole)) ? 1 : 0;
      const post = s.text[end - 1] === '副' ? undefined : deputy ? toks.find((x) => x.start === end + 1) : whole;
      if (post && headPost(post) && !c.postQualifier.has(s.text.slice(at, end)) && speechWordAt(end + deputy + post.word.length) !== undefined) {
        role = (deputy ? '副' : '') + post.word;
        return true;
      }
      role = undefined;
      const pieces = toks.filter((x) => x.start >= at && x.start < end);
      return end - at === 3 && pieces.length === 2 && pieces[0]!.word.length === 2 && /^(?:ns|n|t|nz)$/.test(pieces[0]!.tag) && /^(?:n|zg|ng|a|ag|nr|x)$/.test(pieces[1]!.tag) && names.commonSurname(s.text.slice(at, end)) && speechWordAt(end) !== undefined && !PLACE_WORD_END.test(s.text[end - 1]!) && !/[人们民军方家界]/.test(s.text[end - 1]!);
    };
    const n = nameBeforeMark(s, toks, k, names, c, mark);
    if (!n || n.start !== at) continue;
    if (role) add(n, 'before-role', role, n.start);
    else add(n, 'speaker');
  }
  for (const m of [...s.text.matchAll(SLASH_CREDIT), ...s.text.matchAll(COLON_CREDIT), ...s.text.matchAll(PAIR_CREDIT)]) {
    const name = m[2]!;
    if (!names.looksLikeFullName(name) || notAName(name, c, names)) continue;
    const at = m.index + m[0].length - name.length;
    add({ name, start: at, end: at + name.length }, 'slash-credit', m[1]);
  }
  const lead = PHOTO_CREDIT_START.exec(s.text);
  if (lead && names.looksLikeFullName(lead[1]!) && !notAName(lead[1]!, c, names)) {
    const at = lead[0].indexOf(lead[1]!);
    add({ name: lead[1]!, start: at, end: at + lead[1]!.length }, 'photo-credit', '摄影');
  }
  // Photo credits inside the text: 裴鑫 摄, 裴鑫/摄.
  for (const m of s.text.matchAll(PHOTO_CREDIT)) {
    const name = m[1]!;
    if (!names.looksLikeFullName(name)) continue;
    const at = m.index + m[0].indexOf(name);
    add({ name, start: at, end: at + name.length }, 'photo-credit', '摄影');
  }
  // 张嘉璈先生 cut by jieba as 张/q 嘉/nr 璈/zg: three characters in pieces of one character or of a name's tag
  // before 先生 or 女士, after a pause, 的 or a post, are a full name.
  for (const m of s.text.matchAll(/先生|女士/g)) {
    const start = m.index - 3;
    const name = s.text.slice(start, m.index);
    if (start < 0 || !names.looksLikeFullName(name) || notAName(name, c, names) || FUNCTION_CHARS.test(name.slice(1))) continue;
    const pieces = toks.filter((t) => t.start < m.index && t.start + t.word.length > start);
    if (!pieces.length || pieces[0]!.start !== start || pieces.some((t) => t.start + t.word.length > m.index || (t.word.length > 1 && !NAME_WORD.test(t.tag)))) continue;
    // (甲女士（…）和孙/zg 浩/nr 先生: 和 that jieba reads as joining, before a name of two, is no surname.)
    if (pieces[0]!.word.length === 1 && /^(?:c|p)$/.test(pieces[0]!.tag) && PREPOSITION_NOT_SURNAME.test(pieces[0]!.word) && names.looksLikeFullName(name.slice(1))) continue;
    const opens = start === 0 || !/[\u4e00-\u9fff]/.test(s.text[start - 1]!) || /[的是和与及]/.test(s.text[start - 1]!) || toks.some((t) => t.start + t.word.length === start && isRole(t, ctx, c));
    if (opens) add({ name, start, end: m.index }, 'titled');
  }
  // 罗某某等工作人员, 甲、乙等小额信贷技术员, 甲、乙等3名员工: names listed before 等 and a role hold it.
  for (const r of toks) {
    if (!isRole(r, ctx, c) || inBank(r)) continue;
    const etc = LISTED_BEFORE_ROLE.exec(s.text.slice(Math.max(0, r.start - 8), r.start));
    if (!etc) continue;
    const items: Span[] = [];
    let end = r.start - etc[0].length;
    for (;;) {
      const item = NAME_LENGTHS
        .map((len) => ({ name: s.text.slice(end - len, end), start: end - len, end }))
        .find((n) => n.start >= 0 && names.looksLikeFullName(n.name) && !notAName(n.name, c, names) && !FUNCTION_CHARS.test(n.name.slice(1)) && !toks.some((t) => t.start < n.start && t.start + t.word.length > n.start) && (n.start === 0 || !/[\u4e00-\u9fff]/.test(s.text[n.start - 1]!) || ITEM_OPENS.test(s.text[n.start - 1]!)));
      if (!item) break;
      items.unshift(item);
      if (s.text[item.start - 1] !== '、') break;
      end = item.start - 1;
    }
    // (Every item a name: a list that runs into other words, 通过甲、乙等, is left to the other rules.)
    if (!items.length || (items[0]!.start > 0 && s.text[items[0]!.start - 1] === '、')) continue;
    for (const n of items) add(n, 'listed-before-role', r.word, items[0]!.start);
  }
  // 客户王/n 大明/nz 在…, 市民刘/zg 春花/n 对…, 种植/v 户/q 郑/ns 国庆/t 表示, 果/ng 农田/n 大勇/x 在: right after a noun for a
  // member of the public, a name read from the text whatever jieba's cut (its surname alone, or glued to the noun's
  // end), then a verb, a preposition, an adverb or a pause. A word jieba knows whole as no name is none (村民代表,
  // 市民朋友, 储户资金, 客户经理), nor a given name in words of another kind (客户王/表示).
  for (const m of s.text.matchAll(c.publicNounAll)) {
    const from = m.index + m[0].length;
    if (starts.has(from) || !toks.some((t) => t.start === m.index)) continue;
    const n = publicNameAt(s, toks, from, m.index, c, names);
    if (n && !ctx.inSentence(s.index).some((x) => x.type !== 'Person' && x.start < n.end && n.start < x.end)) add(n, 'titled');
  }
  // 王秀英老人, 为刘淑珍老人办理, 王德顺大爷说: a name of three (or four, with a compound surname) right before a word for an
  // elder, read from the text, no word running into it on either side (关爱孤寡老人, 八旬老人: no name there).
  for (const m of s.text.matchAll(c.elderAfterNameAll)) {
    for (const len of [4, 3]) {
      const start = m.index - len;
      const name = s.text.slice(start, m.index);
      if (start < 0 || starts.has(start) || names.surnameLength(name) !== len - 2 || !names.looksLikeFullName(name) || notAName(name, c, names) || FUNCTION_CHARS.test(name.slice(1))) continue;
      // (13位残疾老人, 一位位银发老人: a count before it, so 位 is a classifier, no surname; 景强请大爷落座: a verb of
      // asking or helping glued at its end belongs to the clause.)
      if (/[0-9０-９一二三四五六七八九十百千几多两位名个]$/.test(s.text.slice(0, start)) || /[请让叫给帮陪扶送领]$/.test(name)) continue;
      const pieces = toks.filter((t) => t.start < m.index && t.start + t.word.length > start);
      if (!pieces.length || pieces[0]!.start !== start || pieces.some((t) => t.start + t.word.length > m.index)) continue;
      if (!givenNamePieces(pieces, start, len - 2, true)) continue;
      if (ctx.inSentence(s.index).some((x) => x.type !== 'Person' && x.start < m.index && start < x.end)) continue;
      add({ name, start, end: m.index }, 'titled');
      break;
    }
  }
  // 客户经理次仁多吉, 牧民扎西: right after a post or a word for a member of the public, a name written without a
  // surname (Tibetan, Uyghur, Mongolian), made of the parts the list gives; it must end where a word of another kind
  // (a verb, an adverb, a preposition) or the clause begins.
  for (const t of toks) {
    const isPost = isRole(t, ctx, c) && !inBank(t);
    if (!isPost && !c.publicNoun.has(t.word)) continue;
    const n = nameWithoutSurnameAt(s, t.start + t.word.length, c);
    if (!n) continue;
    // (索南才让 read as 索南 by its first character, a surname: the longer reading by parts is the name.)
    const k = out.findIndex((p) => p.start === n.start);
    if (k !== -1 && out[k]!.end < n.end) out[k] = { ...out[k]!, name: n.name, end: n.end };
    else if (k === -1) add(n, isPost ? 'after-role' : 'titled', isPost ? t.word : undefined);
  }
  // (投注資源於志工服務: written 於, the character is the preposition; the surname is written 于 in Traditional text
  // too. A name that opens with it needs a post before it.)
  return s.surface === s.text ? out : out.filter((p) => s.surface[p.start] !== '於' || p.role !== undefined);
}

/** Tags of a surname that jieba cut off alone and read as another word (刘/zg, 许/m, 张/q, 谢/v): any but a function word's. */
const SURNAME_ALONE_NOT = /^(?:p|c|u|uj|ul|uz|ug|ud|uv|r|y|e|o|f|role|unit|bank|place)$/;
/** Tags of a word of two or more characters that may be a given name jieba misread (春花/n, 国庆/t, 桂兰/ns, 大明/nz). */
const GIVEN_NAME_WORD = /^(?:n|ng|nr|nrfg|nrt|nz|ns|t|x|j)$/;
/** Tags of a lone character that is no piece of a given name. */
const GIVEN_CHAR_NOT = /^(?:p|c|u|uj|ul|uz|ug|ud|uv|r|y|e|o|f|m|q|role|unit|bank|place)$/;

/**
 * Are jieba's words from `start` on a surname of `surname` characters (alone, any tag but a function word's, or one
 * name-tagged word with the given name) and a given name in pieces that may be one (no verb, adverb or word of
 * another kind jieba knows of two characters)? `strict`: a first word longer than the surname is a name's word.
 */
function givenNamePieces(pieces: Token[], start: number, surname: number, strict: boolean): boolean {
  const first = pieces.find((t) => t.start === start);
  if (!first) return false;
  if (first.word.length === surname) {
    if (SURNAME_ALONE_NOT.test(first.tag)) return false;
    // (老人来/v 网点/n 要…: a surname read as a verb or an adverb needs a given name jieba reads as a name, 谢/v 志远/nrfg.)
    if (/^(?:v|vd|vi|d|ad)$/.test(first.tag) && !pieces.filter((t) => t.start > start).every((t) => NAME_WORD.test(t.tag))) return false;
  } else if (first.word.length < surname || (strict && !NAME_WORD.test(first.tag))) return false;
  return pieces.filter((t) => t.start > start).every((t) => (t.word.length === 1 ? !GIVEN_CHAR_NOT.test(t.tag) : GIVEN_NAME_WORD.test(t.tag)));
}

/** What may follow a name read after a noun for a member of the public: a verb, a preposition, an adverb, 的, a pause. */
const AFTER_PUBLIC_NAME = /^(?:v|vd|vi|p|d|ad|c|uj)$/;

/**
 * The name right after a noun for a member of the public at `from` (the noun starts at `nounStart`), read from the
 * text: three characters or two, ending where a word ends (or glued to a function word or a speech verb jieba does
 * not know: 李美华向/x, 赵德/明说), its surname alone or glued to the noun's end (客户王/n, 小哥林/ns: a common surname,
 * or any in a word jieba does not know), then a verb, a preposition, an adverb, 的 or a pause.
 */
function publicNameAt(s: SentenceCtx, toks: Token[], from: number, nounStart: number, c: Cues, names: Names): Span | undefined {
  for (const len of NAME_LENGTHS) {
    const end = from + len;
    const name = s.text.slice(from, end);
    if (end > s.text.length || !names.looksLikeFullName(name) || notAName(name, c, names) || FUNCTION_CHARS.test(name.slice(1))) continue;
    const surname = names.surnameLength(name);
    if (len - surname > 2) continue;
    // (同事诸葛明荣获: a last character that starts the verb of being honoured or of speech after a shorter name is the verb's.)
    if (len - surname === 2 && (c.honouredAfterName.test(s.text.slice(end - 1)) || c.speechAfterName.test(s.text.slice(end - 1)))) continue;
    const glued = toks.find((t) => t.start < from && t.start + t.word.length > from);
    if (glued && (glued.start < nounStart || glued.start + glued.word.length !== from + surname || !(names.commonSurname(name) || glued.tag === 'x'))) continue;
    const tail = toks.find((t) => t.start < end && t.start + t.word.length > end);
    const gluedAfter = tail !== undefined && tail.start > from && tail.start + tail.word.length === end + 1 && GLUED_AFTER_NAME.test(s.text[end]!) && (tail.tag === 'x' || c.speechVerb.test(s.text.slice(end)));
    if (tail && !gluedAfter) continue;
    // (Who is glued to the noun has only the given name's pieces left: 客户王/大明.)
    const pieces = toks.filter((t) => t.start >= from && t.start < end && t !== tail);
    if (tail && gluedAfter) pieces.push({ ...tail, word: s.text.slice(tail.start, end) });
    // (梁国/ns 强/a: a common surname and the given name's first character read as a place or a noun, then its last
    // alone as a word of description; 黄金/n 卡/n is a thing.)
    const misreadTwo = !glued && len === 3 && surname === 1 && pieces.length === 2 && pieces[0]!.word.length === 2 && /^(?:ns|n|nz|t)$/.test(pieces[0]!.tag) && /^(?:a|ag|zg|ng|nr|x|g|vg|tg)$/.test(pieces[1]!.tag) && names.commonSurname(name);
    if (glued ? !pieces.every((t) => (t.word.length === 1 ? !GIVEN_CHAR_NOT.test(t.tag) : GIVEN_NAME_WORD.test(t.tag))) : !misreadTwo && !givenNamePieces(pieces, from, surname, true)) continue;
    const next = toks.find((t) => t.start === end);
    // (为客户王大明办理/n 了: a verb jieba tags as a noun, its aspect particle after it.)
    const verbAsNoun = next !== undefined && /^(?:n|vn)$/.test(next.tag) && /^(?:ul|uz|ug)$/.test(toks.find((t) => t.start === next.start + next.word.length)?.tag ?? '');
    if (!gluedAfter && next && !verbAsNoun && !AFTER_PUBLIC_NAME.test(next.tag) && !/^[，,。、；;：:！!？?（(]/.test(next.word) && !c.speechAfterName.test(s.text.slice(end))) continue;
    return { name, start: from, end };
  }
  return undefined;
}

/**
 * (讲座由/p 曹阳/x 博士主讲: a preposition or a joining word jieba cut off before a name is no surname; the name is
 * read at its own word. Not 向 nor 于, common surnames.)
 */
function prepositionBefore(t: Token, n: Span): boolean {
  return t.start === n.start && /^[由和与及对把被从在给跟同为将]$/.test(t.word) && /^(?:p|c)$/.test(t.tag) && n.end - n.start >= 3;
}

/** Between the last name of a list and its role: 等, maybe with a count (甲、乙等3名员工). */
const LISTED_BEFORE_ROLE = /等(?:[0-9０-９一二三四五六七八九十两]+(?:名|位|个))?$/;
/** What may stand right before a listed name: 的, 是, 由 …, or a verb of action is not a name's part. */
const ITEM_OPENS = /[的是由让请被有与和及]/;
