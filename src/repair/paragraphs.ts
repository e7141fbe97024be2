/**
 * Rebuilds paragraphs from text pulled out of newspaper PDFs, where lines are
 * hard-wrapped in the middle of words (巴中分⏎行), sometimes with a blank line
 * after every line, and pages break in mid-sentence.
 *
 * A line break is removed when the line before it is "full" (about the
 * column width of the file) or long, and does not end a sentence; blank lines
 * are ignored in files that put one after every line. Titles and bylines are
 * short lines and therefore stay on their own.
 */
import { parseByline } from './bylines.js';
import { undoubleLine } from './doubled.js';
import { normalizeText } from '../text/normalize.js';
import type { Lexicon } from '../lexicon/index.js';
import { MappedBuilder, trimMapped, type Mapped } from '../text/mapped.js';
import { PINYIN_READING } from '../base/pinyin.js';

export interface Line extends Mapped {
  /** Number of blank lines before this one. */
  blanksBefore: number;
  /** White space before the line's text, in characters' widths (a full-width space 1, a space ½, a tab 2). */
  indent: number;
}

function indentOf(raw: string): number {
  let w = 0;
  for (const ch of raw) {
    if (ch === '\u3000') w += 1;
    else if (ch === ' ' || ch === '\u00a0') w += 0.5;
    else if (ch === '\t') w += 2;
    else break;
  }
  return w;
}

/** Splits into trimmed, non-empty lines, remembering the blank lines between them. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  const re = /\r\n|\r|\n/g;
  let start = 0;
  const take = (end: number): void => {
    const offsets: number[] = [];
    for (let i = start; i <= end; i++) offsets.push(i);
    const m = unspaceLine(undoubleLine(dropPinyin(trimMapped({ text: text.slice(start, end), offsets }))));
    const previous = lines[lines.length - 1];
    if (m.text === '') blanks++;
    else if (isPageHeader(m.text)) {
      // A page's running header (2026年3月5日 星期四 第3版) printed where the page broke: the text goes on
      // across it, so it is dropped, with the blank lines before it.
      blanks = 0;
    }
    else if (previous && previous.text === m.text && m.text.length <= 60) {
      // Titles are often printed twice in PDF text (once as a kicker); keep one.
    } else {
      lines.push({ ...m, blanksBefore: blanks, indent: indentOf(text.slice(start, end)) });
      blanks = 0;
    }
  };
  for (let match = re.exec(text); match; match = re.exec(text)) {
    take(match.index);
    start = match.index + match[0].length;
  }
  take(text.length);
  return lines;
}

/** Removes the pinyin readings copy sites print after characters (中國(guó)銀行), keeping the mapping. */
function dropPinyin(line: Mapped): Mapped {
  if (!line.text.includes('(') && !line.text.includes('（')) return line;
  const out = new MappedBuilder();
  let last = 0;
  for (const m of line.text.matchAll(PINYIN_READING)) {
    out.pushMapped(line, last, m.index);
    last = m.index + m[0].length;
  }
  if (last === 0) return line;
  out.pushMapped(line, last);
  return out.build(line.offsets[line.offsets.length - 1]!);
}

const DATE = String.raw`(?:19|20)\d{2}(?:年\d{1,2}月(?:\d{1,2}日)?|[-./]\d{1,2}[-./]\d{1,2})`;
const PAGE = String.raw`(?:第\s*[A-Za-z]?\d{1,3}\s*[版页]|[A-Za-z]?\d{1,3}版|[-—–]\s*\d{1,3}\s*[-—–]|[Pp]age\s*\d{1,3})`;
const HEADER_DATE = new RegExp(`^${DATE}$`);
/** A page number, with the page's section after a colon (第3版：要闻). */
const HEADER_PAGE = new RegExp(`^${PAGE}(?:[:：][\\u4e00-\\u9fff]{2,8})?$`);
/** What a header holds besides: the weekday, the lunar date, the paper's name. */
const HEADER_WORD = /^(?:星期[一二三四五六日天]|周[一二三四五六日]|农历[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{1,8}(?:报|时报|日报|晚报|周刊))$/;
/** A page's section (要闻, 综合新闻): only beside a page number. */
const HEADER_SECTION = /^[\u4e00-\u9fff]{2,6}$/;
const HEADER_SEPARATOR = /[\s\u3000|｜·・/／]+/;

/**
 * A page's running header or footer, alone on its line: a page number, or a date with the weekday, the
 * paper's name or the page number (2026年3月5日 星期四 第3版, 金融时报 2026年3月5日, 第3版：要闻, 第3版 要闻, - 3 -).
 * A date alone is not one: it may be a wrapped piece of the text.
 */
export function isPageHeader(line: string): boolean {
  if (line.length > 40 || /[，。；！？、“”,;]/.test(line)) return false;
  if (new RegExp(`^${PAGE}$`).test(line)) return true;
  const tokens = line.split(HEADER_SEPARATOR).filter((t) => t !== '');
  const page = tokens.some((t) => HEADER_PAGE.test(t));
  const date = tokens.some((t) => HEADER_DATE.test(t));
  const words = tokens.filter((t) => HEADER_WORD.test(t)).length;
  const known = tokens.every((t) => HEADER_DATE.test(t) || HEADER_PAGE.test(t) || HEADER_WORD.test(t) || (page && HEADER_SECTION.test(t)));
  return known && (page || (date && words > 0));
}

const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef';
const SPACED_RUN = new RegExp(`[${CJK}] [${CJK}] [${CJK}]`, 'g');
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\u3000]+(?=[${CJK}])`, 'g');

/**
 * Justified PDF text sometimes spaces out every character (分 行 帮 扶). Only
 * lines with several such runs are closed up: a single space between two
 * names (郭钊 谢艳阳) is meaningful.
 */
function unspaceLine(line: Mapped): Mapped {
  if ((line.text.match(SPACED_RUN) ?? []).length < 2) return line;
  const out = new MappedBuilder();
  let last = 0;
  for (const m of line.text.matchAll(SPACE_BETWEEN_CJK)) {
    out.pushMapped(line, last, m.index);
    last = m.index + m[0].length;
  }
  out.pushMapped(line, last);
  return out.build(line.offsets[line.offsets.length - 1]!);
}

const SENTENCE_END = /[。！？!?…]['"”’」』）)]*$|[：:]$/;
const COLON_END = /[：:]$/;
/** A line that opens with a short label and its colon (先进集体：, 优秀员工（3名）：). */
const LABEL_LINE = /^[\u4e00-\u9fff]{2,12}(?:[（(]\d+[个名人家位项]?[)）])?[：:](?!$)/;
const STARTS_BLOCK = /^(#|——|—{1,2}|□|■|本[报報][讯訊]|【|\d+[、.．]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

/**
 * Column width around each line: the median length of the seven lines
 * around it. Pages mix columns of different widths, so one width per file
 * is not enough.
 */
function localWidths(lines: Line[], lengthOf: (l: Line) => number): number[] {
  const lengths = lines.map(lengthOf);
  return lengths.map((_, i) => median(lengths.slice(Math.max(0, i - 3), i + 4)));
}

/** One blank line after (nearly) every line: single blank lines then mean nothing. */
function blankAfterEveryLine(lines: Line[]): boolean {
  const singles = lines.slice(1).filter((l) => l.blanksBefore === 1).length;
  return lines.length >= 5 && singles >= 0.5 * (lines.length - 1);
}

const bylineWordsOf = new WeakMap<Lexicon, RegExp>();
/** A line can only be a byline if it names a role or a credit (记者, 作者, 摄), a news lead (讯), or is in brackets. */
function bylineWords(lex: Lexicon): RegExp {
  let re = bylineWordsOf.get(lex);
  if (!re) {
    const words = [...lex.cues['byline-role'].filter((w) => w.length > 1), ...lex.cues.credit, '讯'];
    re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
    bylineWordsOf.set(lex, re);
  }
  return re;
}

/** A line that opens with 文 or 图 (or both) and a bar, a slash or a colon: a credit, not the start of a sentence. */
const ONE_CHARACTER_CREDIT = /^\s*(?:文|图|文图|图文)\s*[|｜/／:：]/;

function isBylineLine(text: string, lex: Lexicon, normalize: (s: string) => string): boolean {
  if (text.length > 30) return false;
  const n = normalize(text);
  // Roles printed spaced out (记 者) count too.
  // (Or a one-character credit and a mark after it, 文｜某某 图｜某某, 文/某某: too short for the word list.)
  if (!bylineWords(lex).test(n.replace(/\s+/g, '')) && !/^\s*[（(][^（）()]+[）)]\s*$/.test(n) && !ONE_CHARACTER_CREDIT.test(n)) return false;
  return parseByline(n, lex) !== undefined;
}

/** Two to four full names and nothing else, spaced apart (李某 朱某某). */
function isNamesLine(text: string, lex: Lexicon): boolean {
  if (text.length > 20 || !/^[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){1,3}$/.test(text)) return false;
  return text.split(/[ \u3000]+/).every((n) => lex.names.looksLikeFullName(n));
}

/**
 * A row of a table of people: a full name and a unit (or the unit, then the name) with white space or a comma
 * between them and nothing else (刘敏 建行沈阳分行, 華南銀行永和分行 陳怡君, 陈刚，招行丹东支行). A wrap never puts a
 * space inside Chinese, and two lines in a row that are each a name, a comma and one word are no wrapped sentence.
 */
function isNameUnitRow(raw: string, lex: Lexicon, normalize: (s: string) => string): boolean {
  if (raw.length > 32) return false;
  const text = normalize(raw);
  const m = /^([\u4e00-\u9fff]{2,24})(?:[ \u3000]+|\s*[，,]\s*)([\u4e00-\u9fff]{2,24})$/.exec(text);
  if (!m) return false;
  const [, first, second] = m as unknown as [string, string, string];
  return (first.length <= 4 && lex.names.looksLikeFullName(first)) || (second.length <= 4 && lex.names.looksLikeFullName(second));
}

/**
 * The indent most lines have (none, or the margin of a page laid out with spaces): a line indented
 * a character's width or more beyond it starts a paragraph.
 */
function commonIndent(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [indent, n] of counts) if (n > most || (n === most && indent < best)) [best, most] = [indent, n];
  return best;
}

interface Layout {
  blankMode: boolean;
  /** The indent of lines that do not start a paragraph. */
  base: number;
}

/** A line's length with the indent of a paragraph's first line: it fills the column as the others do. */
function lengthOf(l: Line, base: number): number {
  return l.text.length + Math.round(Math.max(0, l.indent - base));
}

/** A line as wide as the column around it (the first of a paragraph counting its indent). */
function isFull(l: Line, width: number, layout: Layout): boolean {
  const length = lengthOf(l, layout.base);
  return width <= 60 && length >= width - 3 && length >= 0.75 * width && length >= 8;
}

/** Width on the page: Latin letters, digits and their punctuation take half a Chinese character's place. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch < '\u0080' ? 0.5 : 1;
  return w;
}

/**
 * A colon the wrap left at the end of a full line, the sentence going on in the next line, as full or
 * ending the sentence (获奖名单如下：⏎建设银行上海浦东分行、静安…): a colon ends a paragraph only when the
 * line is shorter than the column, or the next is (a list's lines, 记者：).
 */
function colonInColumn(a: Line, b: Line, widthA: number, widthB: number, layout: Layout): boolean {
  if (!COLON_END.test(a.text) || lengthOf(a, layout.base) < widthA - 1 || !isFull(a, widthA, layout)) return false;
  return (lengthOf(b, layout.base) >= widthB - 1 && isFull(b, widthB, layout)) || /[。！？!?][”’」』）)]*$/.test(b.text);
}

interface Pair {
  a: Line;
  b: Line;
  /** The line after b. */
  next: Line | undefined;
  /** Column widths around a and around b. */
  widthA: number;
  widthB: number;
}

function continues({ a, b, next, widthA, widthB }: Pair, layout: Layout, lex: Lexicon, normalize: (s: string) => string): boolean {
  if ((SENTENCE_END.test(a.text) && !colonInColumn(a, b, widthA, widthB, layout)) || STARTS_BLOCK.test(b.text) || /^(——|#)/.test(a.text)) return false;
  // Lines that each open with a short label and its colon (先进集体：甲支行、乙支行 / 先进个人：张三、李四) are the rows of
  // a labelled list, however full: each is a line of its own.
  if (LABEL_LINE.test(a.text) && LABEL_LINE.test(b.text)) return false;
  // An indented line starts a paragraph (two full-width spaces before 营业室主任…): the line above, however full, ended one (or a title).
  if (b.indent >= layout.base + 1) return false;
  // A line right above a —— subtitle is a title: it starts a block of its own.
  if (next && /^——/.test(next.text)) return false;
  // Bylines stand on their own lines (记者 周海, □通讯员 何思远, 郑凯 摄影报道), and so does a line of names
  // alone (李某 朱某某: a wrap never puts a space between two names); so do two rows of a table of people
  // (刘敏 建行沈阳分行 ⏎ 王强 农行大连分行).
  if (isBylineLine(a.text, lex, normalize) || isBylineLine(b.text, lex, normalize) || isNamesLine(a.text, lex) || isNamesLine(b.text, lex)) return false;
  if (isNameUnitRow(a.text, lex, normalize) && isNameUnitRow(b.text, lex, normalize)) return false;
  const blanks = layout.blankMode ? Math.max(0, b.blanksBefore - 1) : b.blanksBefore;
  if (blanks > 1) return false;
  // A line wider than the column below it is a title above the column (工行吴兴支行营业室荣获“工人先锋号”称号 over lines
  // of seventeen): the lines of one column are as wide as each other, give or take a punctuation mark, whether
  // digits are counted as characters or as the half of one they take on the page. Only a line that fills the
  // column and goes on to the next tells the column's width (not the last line of a paragraph).
  const bInColumn = next !== undefined && !SENTENCE_END.test(b.text) && lengthOf(b, layout.base) >= widthB - 1 && isFull(b, widthB, layout);
  if (a.text.length < 60 && bInColumn && a.text.length > lengthOf(b, layout.base) + 2 && displayWidth(a.text) > displayWidth(b.text) + 2) return false;
  return isFull(a, widthA, layout) || a.text.length >= 60;
}

/** Joins hard-wrapped lines into paragraphs (one Mapped per paragraph or short line). */
export function rebuildParagraphs(text: string, lex: Lexicon, normalize: (s: string) => string = (s) => normalizeText(s)): Mapped[] {
  const lines = splitLines(text);
  const layout: Layout = { blankMode: blankAfterEveryLine(lines), base: commonIndent(lines) };
  const widths = localWidths(lines, (l) => lengthOf(l, layout.base));
  const out: Mapped[] = [];
  let cur: MappedBuilder | null = null;
  let prev: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (cur && prev && continues({ a: prev, b: line, next: lines[i + 1], widthA: widths[i - 1]!, widthB: widths[i]! }, layout, lex, normalize)) {
      // Latin words split by the wrap get a space back (the wrap ate it); Chinese does not, nor a number
      // the wrap cut in two (荣获202⏎3年度…: Chinese text never puts a space between two numbers).
      const last = prev.text[prev.text.length - 1]!;
      const number = /[0-9]/.test(last) && /^[0-9]/.test(line.text);
      if (/[A-Za-z0-9]/.test(last) && /^[A-Za-z0-9]/.test(line.text) && !number) cur.push(' ', prev.offsets[prev.text.length]!);
      cur.pushMapped(line);
    } else {
      if (cur && prev) out.push(cur.build(prev.offsets[prev.text.length]!));
      cur = new MappedBuilder();
      cur.pushMapped(line);
    }
    prev = line;
  }
  if (cur && prev) out.push(cur.build(prev.offsets[prev.text.length]!));
  return out;
}
