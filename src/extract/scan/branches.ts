/**
 * The scan for unit names in one sentence, shared by the branch rules: a
 * unit suffix (分行, 支行, 营业室 …), the name before it, and the bank before
 * that when the text gives it. Chains such as 茌平支行营业室 yield the inner
 * unit with its parent. A name anchored by a bank (工行沈阳向工街支行) takes
 * everything between the bank and the suffix; an unanchored one (向工街支行)
 * takes the name-like tokens before the suffix, and resolution later matches
 * it to an anchored full name in the same file.
 */
import type { RuleCtx, SentenceCtx } from '../types.js';
import { cues } from '../cues.js';
import { bankMatches } from './banks.js';
import { placeMatches } from './places.js';
import { endsPlace, hasNonNameToken, isGenericName, isNamey, placePairBefore, tokenAt } from './tokens.js';

/** Inside an anchored name only a few function words may not appear. */
const ANCHORED_BREAK = /[的在和与及是了等对从把被由将为到于并或其该，。、；：！？,.;:!?\s“”"（）()《》]/;
const MAX_NAME = 14;
/** The item before a suffix in a list of units of the same kind: the previous item's suffix, 、, then the name. */
const LISTED_UNIT = /(支行|分行|分理处|营业所|储蓄所|信用社|营业部|分社)、([\u4e00-\u9fff]{2,4}(?:[（(][\u4e00-\u9fff]{2,5}[)）])?)$/;
/**
 * The first item of a list of units of one kind, after the word that opens the list (包括甲分行、乙分行): the item
 * runs from that word to the suffix. A district may come with its road in brackets (北角(某某道)分行), as Hong Kong
 * names its branches.
 */
const FIRST_LISTED_UNIT = /(?:包括|包含|分别是|分别为|如|[：:])([\u4e00-\u9fff]{2,5}(?:[（(][\u4e00-\u9fff]{2,5}[)）])?)$/;
/** A count's measure word (11间港铁站办事处, 三家网点): what it counts starts after it. */
const COUNT_BEFORE = /[0-9０-９一二三四五六七八九十两几多数]$/;
const MEASURE_FIRST = /^[间家个所座]/;
const COUNTED_IN_NAME = /(?:[0-9０-９]+|[两几多数])[间家个所座]/;
/** A preposition and a level word read as one token (从市, 向省). */
const GLUED_PREPOSITION = /^[从向在到由对给为于跟与及把被将][市省县区州]$/;
/** Prepositions that ANCHORED_BREAK lets through (向工街 is a street), when jieba reads them alone right after a bank. */
const BANK_THEN_PREPOSITION = /^[向给替跟同让帮]$/;

export type BranchFinding = 'anchored' | 'suffix';

export interface BranchCandidate {
  /** How the name's start was found, and whether the unit is the head of its chain or a unit inside it. */
  finding: BranchFinding;
  subUnit: boolean;
  name: string;
  surface: string;
  start: number;
  end: number;
  bank: string;
  bankSurface: string;
  core: string;
  parents: string[];
}

interface Span {
  start: number;
  end: number;
  suffix: string;
}

export function scanBranches(s: SentenceCtx, ctx: RuleCtx): BranchCandidate[] {
  return ctx.memo(s, 'branches', () => scan(s, ctx));
}

function scan(s: SentenceCtx, ctx: RuleCtx): BranchCandidate[] {
  const c = cues(ctx.lex);
  const level = ctx.lex.units.level;
  const text = s.text;
  const out: BranchCandidate[] = [];
  const suffixes: Span[] = [];
  // A unit word inside a bank's own name (农村信用社, 信用联社) is part of the bank, not a unit.
  const banks = bankMatches(s, ctx);
  for (const m of text.matchAll(c.unitSuffixAll)) {
    if (banks.some((b) => b.start < m.index + m[0].length && m.index < b.end)) continue;
    // 网点支行长, 副支行长: a post, when jieba leaves 长 a word of its own (not 支行长期, 支行长江路).
    const end = m.index + m[0].length;
    if (s.tokens.some((t) => t.start === end && t.word === '长')) continue;
    // 信用社区, 营业所得, 营业部门: the suffix's last character starts a word with the one after it, which jieba leaves
    // alone (区/n, 得/ud) or glues to what follows (业看/x); not 信用社区域 or 营业所得到, where 区域, 得到 are words.
    if (s.tokens.some((t) => t.start === end && (t.word.length === 1 || t.tag === 'x') && c.unitCutWord.has(m[0].slice(-1) + t.word[0]!))) continue;
    suffixes.push({ start: m.index, end: m.index + m[0].length, suffix: m[0] });
  }
  // Group suffixes into chains: X支行营业室 → [支行, 营业室].
  let i = 0;
  while (i < suffixes.length) {
    const chain = [suffixes[i]!];
    for (;;) {
      const nextSuffix = suffixes[i + chain.length];
      const prev = chain[chain.length - 1]!;
      if (!nextSuffix) break;
      const gap = text.slice(prev.end, nextSuffix.start);
      // 支行营业室 (a sub-unit right after its unit) or 本溪分行平山支行 (a unit named inside its parent's name).
      const adjacentSub = gap === '' && ctx.lex.units.sub.has(nextSuffix.suffix);
      const namedChild =
        gap.length >= 2 && gap.length <= 8 && level.get(nextSuffix.suffix)! > level.get(prev.suffix)! && !ANCHORED_BREAK.test(gap) && !c.nameBreak.test(gap) && !c.roleInNameGap.test(gap) && !isGenericName(gap, c) &&
        // (某支行担任营业部主任: a verb between is no child's name; 蓟州支行邦/ng 均/d 分理处, a place jieba cuts into
        // two characters, is one.)
        (!hasNonNameToken(s.tokens, prev.end, nextSuffix.start, (w) => w.length >= 2 && ctx.lex.places.byName.has(w)) || (gap.length === 2 && placePairBefore(s.tokens, nextSuffix.start, c) === prev.end));
      if (!adjacentSub && !namedChild) break;
      chain.push(nextSuffix);
    }
    i += chain.length;
    const head = chain[0]!;
    const left = findName(s, head.start, head.suffix, ctx);
    if (!left) continue;
    const { nameStart, bank, bankSurface, bankStart, finding } = left;
    let prefixCore = text.slice(nameStart, head.end);
    // 中国农业银行股份有限公司湖州分行: the company form ends the bank's legal name; the unit's own name (its core,
    // by which it is the 农行湖州分行 of other sentences and its place is read) starts after it.
    const form = bankStart !== undefined ? c.companyForm.exec(prefixCore) : null;
    if (form && head.start - nameStart - form[0].length >= 2) prefixCore = prefixCore.slice(form[0].length);
    if (!(bankStart !== undefined && nameStart === head.start) && isGenericName(text.slice(nameStart, head.start), c)) continue;
    // 某证券营业部, 五里街道办事处, 新华社某分社: a unit named without a bank, of another body.
    // (A community's name before 支行 is the unit's (某某社区支行), though 社区 ends the names of other bodies.)
    const own = text.slice(nameStart, head.start);
    if (bankStart === undefined && c.notABankUnit.test(own) && ![...c.unitKindWord].some((w) => own.endsWith(w))) continue;
    // 省政府驻上海办事处, 该集团驻深圳办事处: an office 驻 (stationed in) a place is the body's named before 驻, no bank's
    // unless that body is a bank (农行驻京办事处).
    if (bankStart === undefined && text[nameStart - 1] === '驻' && !banks.some((b) => b.end === nameStart - 1)) continue;
    const parents: string[] = [];
    for (let k = 0; k < chain.length; k++) {
      const link = chain[k]!;
      const core = k === 0 ? prefixCore : prefixCore + text.slice(chain[k - 1]!.end, link.end);
      const from = bankStart ?? nameStart;
      out.push({ finding, subUnit: k > 0, name: text.slice(from, link.end), surface: s.surface.slice(from, link.end), start: from, end: link.end, bank, bankSurface, core, parents: [...parents] });
      parents.push(core);
      prefixCore = core;
    }
  }
  return out;
}

interface NameStart {
  nameStart: number;
  bank: string;
  bankSurface: string;
  bankStart?: number;
  finding: BranchFinding;
}

function findName(s: SentenceCtx, suffixStart: number, suffix: string, ctx: RuleCtx): NameStart | undefined {
  const c = cues(ctx.lex);
  const text = s.text;
  const banks = ctx.lex.banks;
  // Anchored: the nearest bank name to the left with nothing but name characters in between
  // (the latest end; of two ending there, the longer name).
  const windowStart = Math.max(0, suffixStart - MAX_NAME - 8);
  let best: NameStart | undefined;
  for (const m of bankMatches(s, ctx)) {
    if (m.start < windowStart || m.end > suffixStart) continue;
    const between = text.slice(m.end, suffixStart);
    // 某银行向城北支行颁发, 建行给某支行送来: a preposition right after the bank starts another unit, not its name
    // (工行沈阳向工街支行 has a place before 向; 向阳支行 is one word to jieba).
    if (s.tokens.some((t) => t.start === m.end && t.word.length === 1 && t.tag === 'p' && BANK_THEN_PREPOSITION.test(t.word))) continue;
    // (某农商银行以城南支行为试点: 以 after a bank is the preposition whatever jieba glues it to, 以城/x; no unit's name
    // starts with it.)
    if (between.startsWith('以')) continue;
    // (甲銀及乙支行, 某联社属某信用社: a conjunction or 属 right after the bank joins or subordinates another unit,
    // whatever jieba glues it to (及花桥/x); and a web address's letters (某银行com…) are page debris, no name.)
    if (/^(?:及|与|暨|属|跟|[a-z])/.test(between)) continue;
    // (某银行另有8间地铁站办事处: units counted are no unit named after the bank.)
    if (COUNTED_IN_NAME.test(between)) continue;
    // 九江银行营业部, 某农商银行营业部: a bank's own department, named by the bank alone.
    // (青州农行营业部 is the county branch's department: a place before the bank leaves it to branch.place-bank.)
    const placeBefore = s.tokens.some((t) => t.start + t.word.length === m.start && t.tag === 'ns');
    if (between === '' && ctx.lex.units.sub.has(suffix) && !placeBefore) {
      if (!best || m.end > best.nameStart) best = { nameStart: m.end, bank: m.bank, bankSurface: m.word, bankStart: m.start, finding: 'anchored' };
      continue;
    }
    // (中国建设银行光大支行: a short name of another bank is the place that names the unit; scan/banks.ts drops it as a bank.)
    // (工行长兴支行, which jieba cuts 工/行长/兴: a name that is a place of the gazetteer whole is a name, whatever the
    // tokens inside it.)
    // (工行邦/ng 均/d 分理处: a place of two characters jieba cuts into two words of one is a name too.)
    const wholePlace = ctx.lex.places.byName.has(between) || (between.length === 2 && placePairBefore(s.tokens, suffixStart, c) === m.end);
    if (between.length >= 2 && between.length <= MAX_NAME && !ANCHORED_BREAK.test(between) && !c.nameBreak.test(between) && !c.unitSuffix.test(between) && (!banks.byAlias.has(between) || between.length <= 3) && (wholePlace || !hasNonNameToken(s.tokens, m.end, suffixStart, (w) => w.length >= 2 && ctx.lex.places.byName.has(w), c.placeFinal))) {
      if (!best || m.end > best.nameStart || (m.end === best.nameStart && m.start < (best.bankStart ?? 0))) {
        best = { nameStart: m.end, bank: m.bank, bankSurface: m.word, bankStart: m.start, finding: 'anchored' };
      }
    }
  }
  if (best) return best;
  // Unanchored: name-like tokens before the suffix.
  const ti = tokenAt(s.tokens, suffixStart - 1);
  if (ti < 0) return undefined;
  let j = ti;
  let start = suffixStart;
  while (j >= 0) {
    const t = s.tokens[j]!;
    if (t.start + t.word.length > suffixStart) {
      // The token overlaps the suffix (jieba glued them): the name ends inside it.
      start = t.start;
      j--;
      continue;
    }
    // Another unit's suffix ends this name: 向工街支行隶属于辽宁省分行 is two units.
    // (A place the gazetteer knows is a name whatever jieba tags it: 即墨/v 区/n 支行.)
    const place = t.word.length >= 2 && ctx.lex.places.byName.has(t.word);
    // 滨湖社区支行: a word for the unit's kind (社区/n) right before the suffix is part of a name that a place or a
    // name-like word opens before it (alone, 社区支行 is no name: generic-unit-name).
    const before = s.tokens[j - 1];
    const kind = j === ti && t.start + t.word.length === suffixStart && c.unitKindWord.has(t.word) && before !== undefined && (before.tag === 'ns' || (before.word.length >= 2 && ctx.lex.places.byName.has(before.word)));
    // (天水/ns 围/v 支行: the place's last character, whatever jieba calls it.)
    const placeEnd = j === ti && endsPlace(t, before, suffixStart, c.placeFinal);
    if ((!isNamey(t, c) && !place && !kind && !placeEnd) || t.tag === 'bank' || t.tag === 'unit' || suffixStart - t.start > MAX_NAME) break;
    // jieba glues a particle to the verb after it (紧张/a 地问/x 信用社): a clause, not a name, ends there.
    if (t.tag === 'x' && /^[的地得]/.test(t.word) && t.word.length > 1) break;
    // … and an adverb of time to the verb after it (现为/x 开发区支行, 曾在/x): the name starts after it.
    if (t.tag === 'x' && t.word.length === 2 && /^[现曾原已仍][为在是任于]$/.test(t.word)) break;
    // … and an adverb to a verb of going (一进/x 支行, 刚到/x, 常去/x): someone goes to the unit; no name ends so.
    if (t.tag === 'x' && t.word.length === 2 && /^[一刚才常再又还已都也就][进到去来回入]$/.test(t.word)) break;
    // … and a name's last character to a verb of going right before the unit (客户某某来/x 支行, 韩立/x 明到/x 支行):
    // someone comes to the unit, whose name the text does not give.
    if (t.tag === 'x' && j === ti && t.start + t.word.length === suffixStart && t.word.length >= 2 && /[到来去回]$/.test(t.word)) break;
    // (老人写信给/n 分行, 把钱转给/x 支行: whatever jieba tags it, a word ending in 给 right before the unit gives to it;
    // no name ends so.)
    if (j === ti && t.start + t.word.length === suffixStart && t.word.length >= 2 && t.word.endsWith('给')) break;
    // (某行副行长某某一行5人到/x 保定分行: further off too, a character glued to 到 or 赴 ends the clause of who goes;
    // and a count of people is no part of a name.)
    if ((t.tag === 'x' && t.word.length === 2 && /[到赴]$/.test(t.word)) || (/^[0-9０-９]+$/.test(t.word) && /^[人名位]/.test(text.slice(t.start + t.word.length)))) break;
    // … or to 有 (另有/x 五星支行, 还有/x): units are counted or listed after it, and their names start after it.
    if (t.tag === 'x' && t.word.length === 2 && /^[另还也都已共尚]有$/.test(t.word)) break;
    // … and 属 (belongs to) to the word before it (安置点属/x 某信用社服务区域): the unit's name starts after it.
    if (t.tag === 'x' && t.word.length === 2 && t.word.endsWith('属')) {
      start = t.start + 2;
      break;
    }
    // … and a conjunction or 属 to the name after it (甲分行及城北/x 支行, 某联社属城北/x 信用社): the unit's name
    // starts after it.
    if (t.tag === 'x' && t.word.length >= 3 && /^[及与暨属]/.test(t.word)) {
      start = t.start + 1;
      break;
    }
    // (Lower-case letters, a web address's debris before a unit: no part of its name.)
    if (/^[a-z]+$/.test(t.word)) break;
    // jieba glues such a word to the name after it (该分行所辖爱山/x 支行): the name starts after the word.
    const glued = t.tag === 'x' ? c.nameBreakAtStart.exec(t.word) : null;
    if (glued && glued[0].length < t.word.length) {
      start = t.start + glued[0].length;
      break;
    }
    // 历任支行行长, 所属支行: a word that ends names ends this one (anchored names are checked for them as well).
    if (c.nameBreak.test(t.word)) break;
    // jieba glues a preposition to the level word after it (从市/x 分行, 向市/x 分行): the name starts after it
    // (and is only 市, no name). (向工街/x is a name.)
    // (Likewise 以 glued to the name's first character, 某行以柳桥支行为试点 → 以柳桥/x 支行.)
    if (t.tag === 'x' && (GLUED_PREPOSITION.test(t.word) || /^以[\u4e00-\u9fff]{1,3}$/.test(t.word))) {
      start = t.start + 1;
      break;
    }
    // (11间港铁站办事处, 三家城区支行: units counted by kind, whatever jieba glues the measure word to (间港/x), are
    // no named unit.)
    if (MEASURE_FIRST.test(t.word) && COUNT_BEFORE.test(text.slice(0, t.start))) {
      start = suffixStart;
      break;
    }
    start = t.start;
    j--;
  }
  // 台中分行: a place the gazetteer knows right before the suffix names the unit even where jieba splits it into
  // words that are no name (台/q 中/f).
  const placeHere = placeMatches(s, ctx).filter((p) => p.end === suffixStart && p.start < start && p.word.length >= 2).sort((a, b) => a.start - b.start)[0];
  if (placeHere && s.tokens.some((t) => t.start === placeHere.start)) start = placeHere.start;
  // 七百储蓄所(今雷锋支行): 今/现/原 mark a name's time, not part of it.
  // (Not the first character of a place: 原阳县支行 is the county's unit.)
  while (/^[今现原]/.test(text.slice(start, suffixStart)) && suffixStart - start > 2 && !placeMatches(s, ctx).some((p) => p.start === start)) start++;
  if (suffixStart - start < 2) {
    // 走访涝/v 峪/g 支行, 近日，畈/q 上/f 分理处: a place of two characters jieba cuts into two words of one, whatever their
    // tags, when the words around it leave it whole.
    const pair = placePairBefore(s.tokens, suffixStart, c);
    if (pair !== undefined && !isGenericName(text.slice(pair, suffixStart), c)) return { nameStart: pair, bank: '', bankSurface: '', finding: 'suffix' };
    // 王家坝支行、老观支行、郜台支行: in a list of units of one kind, an item is a unit's name whatever jieba makes of
    // its words (老/观 are no name-like tokens), as long as it is whole: from the 、 to the suffix.
    const item = LISTED_UNIT.exec(text.slice(Math.max(0, suffixStart - 16), suffixStart));
    if (item && item[1] === suffix && plainItem(item[2]!, c)) return { nameStart: suffixStart - item[2]!.length, bank: '', bankSurface: '', finding: 'suffix' };
    // (包括德辅道西分行、北角(渣华道)分行及荃湾分行: the first item too, when the next item is a unit of the same kind.)
    const first = FIRST_LISTED_UNIT.exec(text.slice(Math.max(0, suffixStart - 20), suffixStart));
    if (first && listedNext(text.slice(suffixStart + suffix.length), suffix) && plainItem(first[1]!, c)) return { nameStart: suffixStart - first[1]!.length, bank: '', bankSurface: '', finding: 'suffix' };
    return undefined;
  }
  return { nameStart: start, bank: '', bankSurface: '', finding: 'suffix' };
}

/** A listed item's name without its road in brackets: no break, no generic word. */
function plainItem(item: string, c: ReturnType<typeof cues>): boolean {
  const bare = item.replace(/[（(].*$/, '');
  return !ANCHORED_BREAK.test(bare) && !c.nameBreak.test(bare) && !isGenericName(bare, c);
}

/** After a unit's suffix, the next item of the list and the same suffix (、乙分行, 及丙分行). */
const nextItem = new Map<string, RegExp>();
function listedNext(after: string, suffix: string): boolean {
  let re = nextItem.get(suffix);
  if (!re) nextItem.set(suffix, (re = new RegExp(`^[、和及与][\\u4e00-\\u9fff]{2,5}?(?:[（(][\\u4e00-\\u9fff]{2,5}[)）])?${suffix}`)));
  return re.test(after);
}
