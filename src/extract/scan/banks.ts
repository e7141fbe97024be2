/**
 * Where banks are named in one sentence, found once and shared by the bank
 * rules and the branch scan:
 * - names and aliases of the gazetteer; a weak alias (平安, 兴业: also
 *   everyday words and places) counts only right before a place and a unit
 *   suffix (兴业上海分行) or one of the bank's top posts (土銀董事長);
 * - names of a known shape: a place (or a run of places), maybe a few more
 *   characters of name, and a word such as 农商银行, 村镇银行 or 联社
 *   (浙江龙游农商银行, 浦江嘉银村镇银行, 富顺县联社, 邯郸市商业银行). Thousands
 *   of rural banks are named so.
 */
import type { BankGazetteer, BankShape } from '../../lexicon/banks.js';
import type { Match } from '../../lexicon/matcher.js';
import type { Place } from '../../lexicon/places.js';
import { cues } from '../cues.js';
import type { RuleCtx, SentenceCtx } from '../types.js';
import { normalizeText } from '../../text/normalize.js';
import { placeMatches } from './places.js';

export interface BankMatch extends Match {
  /** Canonical name of the bank (for a shape: its most specific place, any further name, and its group: 龙游农商银行). */
  bank: string;
  /** Found by its shape, not in the gazetteer. */
  shape: boolean;
}

/** Is a place of the gazetteer followed by a unit suffix right after `end` (兴业|上海分行)? */
function placeAndUnitAfter(text: string, end: number, ctx: RuleCtx): boolean {
  const places = ctx.lex.places;
  for (let len = 4; len >= 2; len--) {
    const p = text.slice(end, end + len);
    if (places.provinces.has(p) || places.provinceOfCity.has(p)) {
      const rest = text.slice(end + len, end + len + 12);
      const unit = cues(ctx.lex).unitSuffix.exec(rest);
      return unit !== null && !/[，。、；：！？,.;:!?\s“”"（）()]/.test(rest.slice(0, unit.index));
    }
  }
  return false;
}

/**
 * A bank's own top posts or board seats: right after a weak alias they make it the bank (土銀董事長某某, 兴业行长某某,
 * 台中銀董事某某, 高銀獨董某某, 台中銀前董事長某某); so does a listed company's stock code (高銀(2836)前董事長).
 */
const TOP_POST_AFTER = /^(?:新任|前任|前|原|代理)?(?:(?:常务|常務|独立|獨立)?董事|[独獨副常]董|董座|[总總]座|董[总總]|理事(?:主席|长|長)|副?行[长長]|副?总经理|副?總經理|(?:行政)?[总總]裁|首席[执執]行官|[(（]\d{3,6}(?:\.[A-Z]{2})?[)）])/;

const NAME_CHAR = /^[\u4e00-\u9fff]+$/;
const FUNCTION_CHAR = /[的在和与及是了等对从把被由将为到于并或其该向以各本全这那每]/;
/** After a bank's name: the banking trade (银行业), its staff (银行家), a card, an interbank market or the banks' association (常德市银行协会), not a bank. */
const NOT_A_BANK_AFTER = /^(?:业|界|家|卡|间|员(?!工)|保险|监管|系统|机构|网点|协会|同业公会|公会)/;

function levelOk(p: Place, need: BankShape['place']): boolean {
  return need === 'county' || p.level !== 'county';
}

const shapeIndex = new WeakMap<BankGazetteer, Map<string, BankShape>>();

/** The gazetteer's shape words by word, made once per gazetteer rather than per sentence. */
function shapesByWord(banks: BankGazetteer): Map<string, BankShape> {
  let m = shapeIndex.get(banks);
  if (!m) {
    m = new Map(banks.shapes.map((x) => [x.word, x]));
    shapeIndex.set(banks, m);
  }
  return m;
}

/** A count or a word for many before a place: the banks of that place (20家, 多家, 两间, 各, 其他). */
const COUNTED_BEFORE = /(?:(?:[0-9０-９]+|[两几多数一二三四五六七八九十百千]+)余?[家间个所]|各|诸|众多|其他|其它|所有)$/;

/** A county's name before a credit union's shape word: one or two characters, then 县, 旗 or 区. */
const SHORT_COUNTY = /([\u4e00-\u9fff]{1,2}[县旗区])$/;
/** The number a Taiwan credit co-operative goes by, before its shape word (第一信用合作社, 二信合作社). */
const NUMBERED_CO_OP = /第?[一二三四五六七八九十]{1,2}$/;
/** A township's name before 农会信用部 (Taiwan): two or three characters, then 乡, 镇 or 区. */
const TOWNSHIP = /([\u4e00-\u9fff]{2,3}[乡镇区])$/;
/**
 * Before 农村资金互助社: its own name of two to four characters after a town or a village (闫家村百信农村资金互助社), or
 * opening a clause (百信农村资金互助社理事长). Such co-operatives are named after a village or a brand, seldom a county.
 */
const MUTUAL_AFTER_TOWN = /(?:[\u4e00-\u9fff]{1,3}[镇乡村])([\u4e00-\u9fff]{2,4})$/;
const MUTUAL_OPENING = /(?:^|[，,。；;：:、“"（(\s])([\u4e00-\u9fff]{2,4})$/;
/** Words that make 县 a reference, not a name (全县, 该县, 本区, 各旗, 两县). */
const NOT_A_COUNTY_NAME = /^(?:[全该本各我每两几多某一二三四五六七八九十]|[\u4e00-\u9fff]?[全该本各我每两几多某])[县旗区]$/;

/** Shape-named banks in the sentence, each ending with a shape word and starting with a place. */
function shapeMatches(s: SentenceCtx, ctx: RuleCtx, taken: Array<[number, number]>): BankMatch[] {
  const { banks, places } = ctx.lex;
  const text = s.text;
  // Longest shape words first: 农村商业银行 before the 商业银行 and 银行 inside it.
  const found = banks.shapeMatcher.findAll(text).sort((a, b) => b.word.length - a.word.length || a.start - b.start);
  // Most sentences name no shape word: nothing more to look up.
  if (found.length === 0) return [];
  const placesEndingAt = new Map<number, Match[]>();
  for (const m of placeMatches(s, ctx)) placesEndingAt.set(m.end, [...(placesEndingAt.get(m.end) ?? []), m]);
  // Places jieba knows that are no administrative division (三峡, 大湾区): good enough before a rural bank's name.
  const jiebaPlaces = new Map<number, Match>();
  for (const t of s.tokens) if (t.tag === 'ns' && t.word.length >= 2) jiebaPlaces.set(t.start + t.word.length, { word: t.word, start: t.start, end: t.start + t.word.length });
  const out: BankMatch[] = [];
  const shapeByWord = shapesByWord(banks);
  for (const m of found) {
    if ([...taken, ...out.map((o): [number, number] => [o.start, o.end])].some(([a, b]) => m.start < b && m.end > a)) continue;
    const shape = shapeByWord.get(m.word)!;
    // (常德市银行网点 are the city's banks' outlets; 德清农商银行网点 are that bank's: only a plain 银行 is read so.)
    // (某某农商行业务部主管: a rural bank's 业务 or 业绩 is its own business, where jieba reads 商行|业务 or 行业|务.)
    if (NOT_A_BANK_AFTER.test(text.slice(m.end)) && !(shape.kind !== 'city' && /^(?:网点|机构|系统|业务|业绩)/.test(text.slice(m.end)))) continue;
    // The place nearest the shape word, with at most four more characters of name between them (for a city
    // bank none: 台州银行, never 台州某某银行).
    let best: { start: number; place: Place; extra: string } | undefined;
    for (let k = 0; k <= (shape.kind === 'city' ? 0 : 4) && !best; k++) {
      const extra = text.slice(m.start - k, m.start);
      // (萍乡两家联社: a count is no part of a name; nor is a rank, 嘉兴市首家村镇银行, 济宁首家农商银行: the first bank
      // of the kind in that place.)
      // (浙江省优秀村镇银行, 全市十佳农商银行: a word of merit right before the shape word makes an honour's name, no bank's.)
      if (k > 0 && (!NAME_CHAR.test(extra) || FUNCTION_CHAR.test(extra) || /[0-9两几多一二三四五六七八九十首]+[家个所]/.test(extra) || cues(ctx.lex).honourUnitQuality.test(extra))) break;
      const candidates = (placesEndingAt.get(m.start - k) ?? []).sort((a, b) => b.word.length - a.word.length);
      for (const c of candidates) {
        // (商南某某村镇银行: 南阳 may start inside the place jieba read, 商南; that place, not 南阳, names the bank.)
        // (理事长李建华带领联社班子: nor may it start inside a name jieba reads whole, 李建华/nr, whose given name is a
        // place's, 建华.)
        if (s.tokens.some((t) => t.start < c.start && c.start < t.start + t.word.length && t.word.length >= 2 && (t.tag === 'ns' || t.tag === 'nr' || places.byName.has(t.word)))) continue;
        const place = places.byName.get(c.word)!.find((p) => levelOk(p, shape.place));
        if (place) {
          best = { start: c.start, place, extra };
          break;
        }
      }
      const ns = jiebaPlaces.get(m.start - k);
      // (宜兰县头城镇农会信用部: a township jieba cut into 头|城镇 is named whole below, not after the word it read.)
      const township = k === 0 && /会信用部$/.test(m.word) ? TOWNSHIP.exec(text.slice(Math.max(0, m.start - 4), m.start))?.[1] : undefined;
      const townAt = m.start - (township?.length ?? 0);
      const cutTownship = township !== undefined && ns !== undefined && township.length > ns.word.length && !/[这那此其该本各全每某个]/.test(township) && (townAt === 0 || !/[\u4e00-\u9fff]/.test(text[townAt - 1]!) || placesEndingAt.has(townAt));
      if (!best && ns && shape.kind === 'rural' && !places.byName.has(ns.word) && !cutTownship) best = { start: ns.start, place: { name: ns.word, full: ns.word, level: 'county', province: '' }, extra };
    }
    // 盘县联社, 达旗联社: a county's short or former name before 联社 or 信用社, whether or not the gazetteer has it
    // (counties are renamed and shortened: 盘县 is 盘州市 now, 达旗 is 达拉特旗), standing alone or after a place.
    // (番路乡农会信用部: Taiwan's farmers' and fishermen's associations keep a credit department per township, named
    // after it, 乡 or 镇 included.)
    if (!best && shape.kind === 'rural' && /(?:联社|信用社|农信社|会信用部)$/.test(m.word)) {
      const county = (/会信用部$/.test(m.word) ? TOWNSHIP : SHORT_COUNTY).exec(text.slice(Math.max(0, m.start - 4), m.start));
      const at = county ? m.start - county[1]!.length : -1;
      // (在县联社的组织下, 由县联社牵头: a preposition before 县 makes it the county the article is about, no county's name.)
      if (county && !NOT_A_COUNTY_NAME.test(county[1]!) && !FUNCTION_CHAR.test(county[1]!.slice(0, -1)) && (at === 0 || !/[\u4e00-\u9fff]/.test(text[at - 1]!) || /[、和与及的]/.test(text[at - 1]!) || placesEndingAt.has(at))) {
        best = { start: at, place: { name: county[1]!, full: county[1]!, level: 'county', province: '' }, extra: '' };
      }
    }
    // (闫家村百信农村资金互助社, 百信农村资金互助社: a village's co-operative by its own name, no county before it; 和
    // may be a character of it past the first, 丰和.)
    if (!best && m.word === '农村资金互助社') {
      const before = text.slice(Math.max(0, m.start - 12), m.start);
      const town = MUTUAL_AFTER_TOWN.exec(before);
      const named = town ?? MUTUAL_OPENING.exec(before);
      const name = named?.[1];
      const from = m.start - (name?.length ?? 0);
      const pieces = s.tokens.filter((t) => t.start < m.start && t.start + t.word.length > from);
      // (他和农村资金互助社: a pronoun, a conjunction, a verb or a number is no piece of a name; opening a clause, the name
      // starts a word, where after a village jieba may glue the village's last character to it, 东河村丰/和.)
      const plain = pieces.length > 0 && (town !== null || pieces[0]!.start === from) && pieces.every((t) => (!/^(?:r|p|d|m|q|v|vn)$/.test(t.tag) && !/^(?:c|u|uj|ul)$/.test(t.tag)) || (town !== null && t.word === '和'));
      if (name && plain && !FUNCTION_CHAR.test(name.replace(/(?<=.)和/, '')) && !/[0-9两几多一二三四五六七八九十首每]+[家个所]/.test(name) && !/^(?:全国|全省|全市|全县|各地|首家|这家|那家)/.test(name)) {
        best = { start: m.start - name.length, place: { name: '', full: '', level: 'county', province: '' }, extra: name };
      }
    }
    // 第一信用合作社, 二信合作社: Taiwan's credit co-operatives are numbered in their city, and news often leaves the city out.
    if (!best && shape.kind === 'taiwan') {
      const numbered = NUMBERED_CO_OP.exec(text.slice(Math.max(0, m.start - 4), m.start));
      // (淡水第一信用合作社: a town's name of two characters opening the clause before the number is the co-operative's
      // own, whatever jieba made of it, 淡水/n.)
      const at = numbered ? m.start - numbered[0].length : -1;
      const town = numbered ? s.tokens.find((t) => t.start + t.word.length === at && t.word.length === 2 && /^(?:n|ns|nz|nr|x)$/.test(t.tag) && NAME_CHAR.test(t.word) && !FUNCTION_CHAR.test(t.word) && !/[全首这那此每台]/.test(t.word) && (t.start === 0 || /[，,。；;：:、“"（(\s]/.test(text[t.start - 1]!))) : undefined;
      if (numbered) best = { start: town?.start ?? at, place: { name: town?.word ?? '', full: town?.word ?? '', level: 'city', province: '' }, extra: numbered[0] };
    }
    if (!best) continue;
    // (龙口国开南山村镇银行: a village bank's name may hold its sponsor's short name and a brand, 国开 and 南山, after the
    // county; a county or city up to four name characters before the place found is the name's start.)
    if (shape.group === '村镇银行' && best.place.name) {
      for (let j = 1; j <= 4; j++) {
        const between = text.slice(best.start - j, best.start);
        if (best.start - j < 0 || !NAME_CHAR.test(between) || FUNCTION_CHAR.test(between) || /[0-9两几多一二三四五六七八九十]/.test(between)) break;
        const county = (placesEndingAt.get(best.start - j) ?? []).map((c) => ({ c, place: places.byName.get(c.word)!.find((p) => p.level !== 'province') })).find((x) => x.place !== undefined);
        if (county) {
          best = { start: county.c.start, place: county.place!, extra: text.slice(county.c.end, m.start) };
          break;
        }
      }
    }
    // Places before the place (浙江 in 浙江龙游农商银行, 安徽池州 in 安徽池州贵池民生村镇银行) belong to the name.
    let start = best.start;
    for (;;) {
      const before = (placesEndingAt.get(start) ?? []).sort((a, b) => b.word.length - a.word.length)[0];
      // (云林县斗南镇农会信用部, 屏东县东港区渔会信用部: a county or a city with its 县 or 市, as jieba reads it whole, is
      // the name's too; the text keeps it, and so does the name.)
      const county = before ? undefined : s.tokens.find((t) => t.start + t.word.length === start && t.tag === 'ns' && t.word.length >= 3 && /[县市]$/.test(t.word) && !FUNCTION_CHAR.test(t.word));
      const at = before?.start ?? county?.start;
      if (at === undefined) break;
      start = at;
    }
    // (20家香港银行, 多家香港银行, 各香港银行: banks counted in a place, not a bank named after it.)
    if (shape.kind === 'city' && COUNTED_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    // (县农村信用合作联社: a longer shape word that named no bank holds a shorter one, 联社, with a place's name before it, 合作
    // (合作市): the shorter word's name starts inside the longer word, and is none.)
    if (found.some((f) => f.word.length > m.word.length && f.start <= m.start && f.end >= m.end && start > f.start)) continue;
    const bank = `${best.place.name}${best.extra}${shape.group}`;
    out.push({ word: text.slice(start, m.end), start, end: m.end, bank, shape: true });
  }
  return out;
}

/** A bank's unit right after a word: 支行, 分行 and the other unit words that follow a place in a unit's name. */
const UNIT_AFTER_SHORT_NAME = /^(?:支行|分行|分理处|营业部|营业所|储蓄所)/;

export function bankMatches(s: SentenceCtx, ctx: RuleCtx): BankMatch[] {
  return ctx.memo(s, 'banks', () => {
    const banks = ctx.lex.banks;
    const all = banks.matcher.findAll(s.text);
    const known: BankMatch[] = all
      .filter((m) => !banks.weak.has(m.word) || placeAndUnitAfter(s.text, m.end, ctx) || TOP_POST_AFTER.test(s.text.slice(m.end, m.end + 6)) || inBankList(m, all, s.text, banks))
      // (人行道, 人行横道: a two-character alias that opens a longer word jieba knows, unless that word is a bank's or a unit's.)
      .filter((m) => m.word.length > 2 || !s.tokens.some((t) => t.start === m.start && t.word.length > m.word.length && t.tag !== 'bank' && t.tag !== 'unit'))
      // (中国银行业文明规范服务…, 中国银行业协会: the banking sector of a country, 银行业 as jieba reads it, is no bank.)
      .filter((m) => !s.tokens.some((t) => t.word === '银行业' && t.start < m.end && t.start + t.word.length > m.end))
      // (中国建设银行光大支行, 工行兴业支行: a short name of another bank right after a bank's name and right before 支行 or
      // 分行 is the place that names the unit, no bank.)
      .filter((m, _, list) => !(m.word.length <= 3 && UNIT_AFTER_SHORT_NAME.test(s.text.slice(m.end, m.end + 3)) && list.some((o) => o.end === m.start && banks.byAlias.get(o.word) !== banks.byAlias.get(m.word))))
      .map((m) => ({ ...m, bank: banks.byAlias.get(m.word)!, shape: false }))
      .map((m, _, list) => withGroupWord(withSubsidiaryPlace(m, list, s.text, ctx), list, s, ctx));
    // (香港銀行學會, 湖州银行同业公会, 台湾银行公会: an association of a place's banks, named after them, is no bank.)
    return [...known, ...shapeMatches(s, ctx, known.map((m) => [m.start, m.end]))].filter((m) => !cues(ctx.lex).associationAfter.test(s.text.slice(m.end, m.end + 5)));
  });
}

/** Where a bank of each kind of the gazetteer is at home: a country or region in brackets names no other bank then. */
const HOME: Record<string, string> = { hk: '香港', macau: '澳门', taiwan: '台湾', central: '中国', policy: '中国', state: '中国', 'joint-stock': '中国', city: '中国', private: '中国', rural: '中国' };

const kindIndex = new WeakMap<BankGazetteer, Map<string, string>>();

/**
 * A bank's name, then a country or region in brackets: with a company form after it (創興銀行（澳門）股份有限公司,
 * 大新銀行（中國）有限公司) the bank's subsidiary incorporated there, a bank of its own as the gazetteer's
 * 恒生银行(中国) is, by the gazetteer's name of it when it has one and else by the bank's name and the place
 * (创兴银行(澳门)); the bank itself where the place is its home or in its name (滙豐銀行（香港）有限公司:
 * 香港上海滙豐銀行), or where no company form follows (某银行（香港）: as likely where the bank is as which). Either
 * way the brackets are the name's: a post, a company form or a branch after them follows the bank, where they stood
 * between (滙豐銀行（香港）有限公司行政總裁某某).
 */
function withSubsidiaryPlace(m: BankMatch, all: BankMatch[], text: string, ctx: RuleCtx): BankMatch {
  const bracket = /^[（(]([\u4e00-\u9fff]{2,5})[）)]/.exec(text.slice(m.end));
  const group = bracket !== null && cues(ctx.lex).bankGroupWord.has(bracket[1]!);
  if (!bracket || !(group || cues(ctx.lex).subsidiaryPlace.has(bracket[1]!))) return m;
  const end = m.end + bracket[0].length;
  // (中國銀行（香港）: the gazetteer names it whole.)
  if (all.some((x) => x !== m && x.start <= m.start && x.end >= end)) return m;
  const banks = ctx.lex.banks;
  let kinds = kindIndex.get(banks);
  if (!kinds) kindIndex.set(banks, (kinds = new Map(banks.banks.map((b) => [b.name, b.kind]))));
  const place = bracket[1]!;
  const word = text.slice(m.start, end);
  // (中銀香港（控股）有限公司: the group, read as the bank.)
  if (group || HOME[kinds.get(m.bank) ?? ''] === place || m.bank.includes(place)) return { ...m, word, end };
  const named = [`${m.word}(${place})`, `${m.word}（${place}）`, `${m.bank}(${place})`].map((x) => banks.byAlias.get(x)).find((x) => x !== undefined);
  const incorporated = cues(ctx.lex).companyForm.test(text.slice(end));
  return { ...m, word, end, bank: named ?? (incorporated ? `${normalizeText(m.bank)}(${place})` : m.bank) };
}

/**
 * A bank's name, then the word of its group or holding company (東亞銀行集團, 中國銀行（香港）控股有限公司: a word list,
 * dict/cues/bank-group-word.txt): the group is read as the bank, as the gazetteer's 滙豐控股 is, and the word is the
 * name's, so that a post after it is at the bank (jieba reads 控股 as a verb, which ended the run before the post).
 * Only after the bank's whole name, ending in 银行 or its bracketed place: after a short form the group is a
 * conglomerate the bank is one part of (光大集团, 中信集团), whose officers are not the bank's.
 */
function withGroupWord(m: BankMatch, all: BankMatch[], s: SentenceCtx, ctx: RuleCtx): BankMatch {
  const text = s.text;
  const word = [...cues(ctx.lex).bankGroupWord].filter((w) => text.startsWith(w, m.end)).sort((a, b) => b.length - a.length)[0];
  if (!word || !/(?:银行|[）)])$/.test(m.word)) return m;
  const end = m.end + word.length;
  // (Not 控股 as the verb, to hold a stake: 由某银行控股的村镇银行, 某银行控股子公司; the group's name ends with a company
  // form, a post, or the clause.)
  const next = s.tokens.find((t) => t.start === end);
  const c = cues(ctx.lex);
  if (!(c.companyForm.test(text.slice(end)) || /^(?:[，,。；;：:、）)\s]|$)/.test(text.slice(end)) || (next !== undefined && (ctx.lex.typed.get(next.word) === 'role' || c.roleSuffix.test(next.word))))) return m;
  if (all.some((x) => x !== m && x.start <= m.start && x.end >= end)) return m;
  return { ...m, word: text.slice(m.start, end), end };
}

/**
 * 花旗銀、星展銀、台銀、王道銀: a weak alias that is a whole item of a list (between 、 and a comma, 和 or the
 * list's end) whose next or previous item is a bank's plain name is a bank too; a chain of weak ones holds by its
 * plain end.
 */
function inBankList(m: Match, all: Match[], text: string, banks: BankGazetteer): boolean {
  const item = (x: Match): boolean => /^(?:$|[、，,；;。和及与與])/.test(text.slice(x.end, x.end + 1)) && (x.start === 0 || /[、，,：:；;和及与與为為\s]/.test(text[x.start - 1]!));
  if (!item(m)) return false;
  const byStart = new Map(all.map((x) => [x.start, x]));
  const byEnd = new Map(all.map((x) => [x.end, x]));
  const strongAlong = (from: Match, step: (x: Match) => Match | undefined): boolean => {
    for (let x = step(from), n = 0; x && n < 20; x = step(x), n++) {
      if (!banks.weak.has(x.word)) return true;
      if (!item(x)) return false;
    }
    return false;
  };
  const next = (x: Match): Match | undefined => (text[x.end] === '、' ? byStart.get(x.end + 1) : undefined);
  const prev = (x: Match): Match | undefined => (text[x.start - 1] === '、' ? byEnd.get(x.start - 1) : undefined);
  return strongAlong(m, next) || strongAlong(m, prev);
}
