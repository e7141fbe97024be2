/**
 * The scan for the names of programmes, honours and products in one
 * sentence, shared by their rules. Most are quoted (推出“银发课堂进社区”
 * 活动, 荣获“辽宁好人”称号); a quote is classified by its shape (…先锋号 is
 * an honour, …驿站 a programme), by the words around it (荣获 before or 称号
 * after → honour; 开展 before or 活动 after → programme) or by the
 * dictionary. Quotes that are neither (slogans, speech) are left alone.
 * Dictionary words are found unquoted too, and honours after 评为 or when
 * their shape is unmistakable (某市学雷锋服务标兵).
 */
import { cues, type Cues } from '../cues.js';
import type { RuleCtx, SentenceCtx } from '../types.js';
import type { Token } from '../../segment/jieba.js';
import { bankMatches } from './banks.js';
import { scanBranches } from './branches.js';
import { isNamey, tokenAt } from './tokens.js';

export type TitleFinding =
  | 'product.quoted'
  | 'honour.embedded-quote'
  | 'honour.dictionary'
  | 'honour.shape'
  | 'programme.dictionary'
  | 'honour.context'
  | 'programme.context'
  | 'programme.embedded-quote'
  | 'honour.after-trigger'
  | 'honour.shape-unquoted';

export interface TitleCandidate {
  finding: TitleFinding;
  type: 'Honour' | 'Programme' | 'Product';
  name: string;
  start: number;
  end: number;
  aliases?: string[];
}

/** A contest right after a quoted topic (“反假币”知识竞赛, “反诈”短视频大赛): the quote is the contest's name. */
const TOPIC_CONTEST = /^[\u4e00-\u9fff]{0,8}?(?:竞赛|比赛|大赛|竞答|挑战赛|擂台赛|征文|评选)/;
/** After a programme's name, 的 and a word for a part it holds (的重要内容, 的组成部分, 的一环). */
const PART_OF_PROGRAMME_AFTER = /^的(?:重要|核心|主要|首个|又一)?(?:内容|组成部分|一部分|一环|举措|子项目|延伸)/;
/** A year or a span of years right before 年度 (2023, 2018—2019, 2015-2016). */
const YEAR_BEFORE = /(?:(?:19|20)[0-9]{2}[-—–~至])?(?:19|20)[0-9]{2}$/;
const QUOTE = /[“"]([^“”"]{2,40}?)[”"]/g;
/** After a quote, 的 and who received it, then a colon: 的是：, 的有：, 的单位是：. */
const WINNERS_AFTER = /^的(?:单位|集体|个人|同志|员工|人员|网点)?(?:有|是|为)[：:]/;
/**
 * 荣获《全国模范职工之家》荣誉称号: an honour some pages put in title marks. Only with 称号 after it: elsewhere
 * title marks hold a book, a paper or a law.
 */
const BOOK_HONOUR = /《([^《》“”"]{2,30}?)》(?=(?:荣誉)?称号)/g;

/** Where an honour the dictionary knows starts: before it, its level (全国, 省级) and the field right after the level (全国金融), nothing else (not the unit that holds it). */
function levelStart(tokens: Token[], start: number, c: Cues): number {
  const ti = tokenAt(tokens, start - 1);
  const t = tokens[ti];
  if (!t) return start;
  if (c.honourQualifier.has(t.word) && !/^(?:最佳|优秀|先进|模范)$/.test(t.word)) return t.start;
  const level = tokens[ti - 1];
  return level && c.honourQualifier.has(level.word) && /^(?:金融|银行|银行业|金融系统|邮政|农信)$/.test(t.word) ? level.start : start;
}

/**
 * Where the honour before 获得者 starts: over nouns, verbal nouns, adjectives and words of time or level
 * (服务/明星, 青年/岗位/能手, 最美/柜员), at most 12 characters; never over a verb, a pronoun (这位), a number or a
 * bank's or unit's word.
 */
function winnerTitleStart(tokens: Token[], end: number): number {
  let at = end;
  let ti = tokenAt(tokens, end - 1);
  while (ti >= 0) {
    const t = tokens[ti]!;
    if (!/^(?:n|nr|nz|ns|nt|vn|a|an|t|l|j|i|honour)$/.test(t.tag) || !/^[\u4e00-\u9fff]+$/.test(t.word) || end - t.start > 12) break;
    at = t.start;
    ti--;
  }
  return at;
}

/** Where an honour's name starts before its core at `coreStart`: extended left over name-like tokens (全国, 朝阳市, 金融), never over verbs (创建, 作为) or ordinals (第六届), at most 8 characters. */
function qualifiedStart(tokens: Token[], coreStart: number, c: Cues): number {
  let at = coreStart;
  let ti = tokenAt(tokens, coreStart - 1);
  while (ti >= 0) {
    const t = tokens[ti]!;
    const qualifier = c.honourQualifier.has(t.word);
    if ((!isNamey(t, c) && !qualifier) || /^第|届$/.test(t.word) || t.tag === 'm' || coreStart - t.start > 8) break;
    at = t.start;
    ti--;
  }
  return at;
}

/** Is an unquoted name shaped like an honour (…先进工作者, …奖, 全国…, 省级…)? */
function honourShaped(name0: string, c: Cues): boolean {
  // (某某奖（金奖）: shaped as the award before its place in brackets is.)
  const name = name0.replace(/[（(][\u4e00-\u9fff]{0,4}(?:奖|等奖)[）)]$/, '');
  return c.honourSuffix.test(name) || /(?<![颁获领得发受])奖$/.test(name) || (name.length <= 14 && [...c.honourQualifier].some((q) => name.startsWith(q) && name.length > q.length + 2));
}

/** Words inside a phrase that make it a description, not a name (获此殊荣, 基层团组织的最高, 为起点). */
const NOT_IN_TITLE = /[的此该将为并以在对从把被其这那了]/;
/** A publication or medium, which confers an award and is no part of its name (杂志, 周刊, 日报). */
const PUBLICATION_WORDS = '杂志社|杂志|周刊|月刊|期刊|日报|晚报|报社|电视台|传媒|媒体';
const PUBLICATION = new RegExp(`^(?:${PUBLICATION_WORDS})$`);
/** A publication's word right after a quote: the quote names it (“某某”杂志), no title. */
const PUBLICATION_AFTER = new RegExp(`^(?:${PUBLICATION_WORDS})`);
/**
 * After a quote, a count of things (二十个项目, 十场活动) or a word of time or total (今年, 累计): the words say what the
 * quoted programme did, a clause of their own, and the kind at their end names no programme with the quote.
 */
const COUNTED_TAIL = /(?<!第)(?:[0-9]+|[一二三四五六七八九十百千万两几多数]+)余?[个项场次期批家所名位]|今年|去年|明年|累计|共计|至今|已经/;
/** After a list read as honours: the list names who conferred one (荣获甲、乙联合颁发的某奖), not honours. */
const CONFERRED_BY = /^(?:等)?(?:联合|共同)?(?:颁发|授予|评选|命名|表彰|主办|举办|评定)/;

/**
 * Unquoted honours after a trigger, one or several joined by 、 or 和 (获得区级、省级优秀柜员、创新贡献奖;
 * 被评为全省金融系统先进集体). After a strong trigger (荣获, 被…评为) a lone name up to a clause's end
 * is an honour; after a weak one (获得, 作为) and in a list, every name must be shaped like one, or the
 * list must end in 等荣誉 / 称号.
 */
/** An item that names a bank or one of its units (甲银行股份有限公司某分行, 某省农村信用社联合社), not an honour. */
const UNIT_ITEM = /(?:银行|分行|支行|营业部|分理处|信用社|联合社|联社)$/;
const UNIT_NAMED = /银行|信用社|联社|农商行/;
/** An award for the best bank of its kind (全球最佳银行, 亚太区最稳健银行, 年度卓越零售银行) ends as a bank's name does. */
const BEST_BANK = /(?:最|佳|卓越|杰出|优秀)[\u4e00-\u9fff]{0,6}银行$/;
/** After the recipients of 授予 and before the honour: 等13家金融机构, 等4家新引进金融机构, 等5名同志. */
const COUNTED_RECIPIENTS = /^等[0-9０-９一二三四五六七八九十两]+(?:家|个|名|位)[\u4e00-\u9fff]{0,8}?(?:机构|单位|网点|支行|同志|员工|个人|集体)(?:(?:19|20)[0-9]{2}年度?)?/;

/** Before 作为 in its clause, a verb of choosing or of putting (选, 确定, 把, 将): 作为 says what it is made to serve as. */
const CHOSEN_AS = /(?:选|挑|确定|把|将)[^，,。；;]{0,12}$/;

/** 三项大奖, 多项荣誉, 两个奖项: how many honours, not which. */
const COUNTED_HONOURS = /^[0-9０-９一二三四五六七八九十两多几数]+(?:项|个|次|座|块|枚)/;

/** How many honours a list held (两个, 三项, 多项). */
const HOW_MANY = '(?:多|[0-9０-９一二三四五六七八九十两]+)(?:个|项)';


/** After the last of a list, 等 and what the items were (等荣誉, 等多项奖项, 等三项大奖): the list closes as honours. */
const LIST_CLOSED_AS_HONOURS = new RegExp(`^(?:等(?:${HOW_MANY})?(?:荣誉|称号|奖项|殊荣|表彰|大奖)|称号|荣誉称号|荣誉)`);

/** 等 and a count of awards after a list (等三项大奖, 等奖项): what the list holds is awards. */
const AWARDS_AFTER_LIST = new RegExp(`^等(?:${HOW_MANY})?(?:奖项|大奖)`);

/** After honours counted (五个奖项), the words that go on to name them: ，包括 / ，其中包括 / ，分别是. */
const COUNTED_THEN_WHICH = /^[，,]?(?:其中)?(?:包括|包含|分别是|分别为)[：:]?/;

/**
 * Levels of government listed before one honour (省、市、县; 县级、市级; 系统内省、市): all but the last, and the last
 * too when it is a bare character (省、市、县先进工作者 is 先进工作者; 县级、市级优秀柜员 is 市级优秀柜员).
 */
const LEVELS_BEFORE = /^(?:系统内|行内)?(?:(?:国家|省|市|县|区|乡|镇)级?[、和及]){1,4}(?:[省市县区乡镇](?![级\u3001和及]))?/;

/** Right after a trigger, who conferred the honour and 颁发的 / 授予的 (某市人民政府颁发的, 市总工会授予的). */
const CONFERRER_FIRST = /^[\u4e00-\u9fff]{2,16}?(?:联合|共同)?(?:颁发|授予|评选|命名|评定|认定|颁授)的(?=[\u4e00-\u9fff0-9])/;

/** After 授予, a person's name and 同志 (授予王某同志): who it is conferred on, before the honour. */
const COMRADE_FIRST = /^[\u4e00-\u9fff]{2,4}?同志(?=[\u4e00-\u9fff0-9“"])/;

/** The weak triggers that still say a thing was received (not 作为, 成为, 表彰): before a name closed by 称号, an honour. */
const RECEIVING_WEAK = /^(?:获得了?|赢得|获)$/;

/**
 * A publication in title marks that confers an honour, right before its name (荣获《某某》杂志2024年某某奖, 榮獲2024年
 * 《某某》最佳某某獎): the conferrer, no part of the name.
 */
const PUBLICATION_FIRST = new RegExp(`^《[^《》“”"]{1,16}》(?:${PUBLICATION_WORDS})?(?:颁发的|评选的|评出的|主办的)?(?=[\u4e00-\u9fff0-9A-Za-z“"])`);

/** A year an honour is for, in front of its name (2022年度, 2023年, 2015-2016年度). */
const YEAR_FIRST = /^(?:19|20)\d{2}(?:[-—–~至](?:19|20)?\d{2})?年度?(?=[\u4e00-\u9fff“"])/;

/** A city's, county's or province's name right before a year an honour is for (某某市2021年度). */
const PLACE_BEFORE_YEAR = /^[\u4e00-\u9fff]{1,6}?[省市县区州盟旗](?=(?:19|20)\d{2}(?:[-—–~至](?:19|20)?\d{2})?年度?[\u4e00-\u9fff“"])/;

/** Right after a quote, a prize or a gift (奖品, 礼品, 大礼包): what the quote names was handed out, no honour. */
const PRIZE_AFTER = /^[”"」』]?(?:奖品|礼品|大礼包|礼包|纪念品|獎品|禮品)/;
/** Earlier in the quote's clause, a lucky draw (抽奖, 抽中, 摇奖, 中奖): what is won there is a prize, no honour. */
const LUCKY_DRAW_BEFORE = /(?:抽奖|抽獎|抽中|摇奖|搖獎|中奖|中獎)[^，,。；;！!？?]*$/;

/**
 * A word of an unquoted programme's brand, walking back from its head (驿站, 夜校, 志愿服务队): a noun, a coined word
 * jieba does not know (邮益课堂), a place (湖滨金融夜校, 安吉/nr), the bank's own short name (工银金融课堂), a size
 * (金融小课堂), who it is for (少儿财商课堂); or a word jieba takes for a verb right after the verb that launches it
 * and before another word of the brand (设立丰收爱心驿站). Never the verb of launching itself.
 */
function brandWord(tokens: Token[], j: number, head: number, c: Cues, team = false): boolean {
  const x = tokens[j]!;
  if (c.programmeBefore.test(x.word) || (team && (c.teamBuildVerb.test(x.word) || x.word === '了'))) return false;
  if (/^(?:n|nz|vn|role|ns|nr|bank)$/.test(x.tag) || (x.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/.test(x.word))) return true;
  if (x.tag === 'a' && x.word.length === 1) return true;
  if (x.tag === 'm' && /^[\u4e00-\u9fff]{2}$/.test(x.word) && !/^[一二三四五六七八九十百千万两几多每首半数整]/.test(x.word)) return true;
  // (Not right before the head: 开设理财课堂 names what is taught, no brand.)
  // (A team's head is words of its own, 志愿/服务队: 成立丰收志愿服务队 has its brand right before it.)
  const verb = j > 0 ? tokens[j - 1]!.word : '';
  return x.tag === 'v' && x.word.length === 2 && (j + 1 < head || team) && (c.programmeBefore.test(verb) || (team && c.teamBuildVerb.test(verb)));
}

/**
 * A volunteer team named in quotes only by who is in it or what it does (“反诈知识志愿服务队”, “党员志愿服务队”): the
 * words before its head are all generic team words, so it has no brand and is no programme, quoted or not.
 */
function genericTeam(q: string, c: Cues, places: ReadonlyMap<string, unknown>): boolean {
  const head = c.programmeTeamHeadEnd.exec(q);
  if (!head) return false;
  // (A place may open it: “某市党员志愿者服务队” has no brand either.)
  const place = [4, 3, 2].find((n) => n <= head.index && places.has(q.slice(0, n)));
  const brand = q.slice(place ?? 0, head.index);
  // (Can the brand be cut into generic words whole? ok[i]: its first i characters can.)
  const ok = [true, ...Array<boolean>(brand.length).fill(false)];
  for (let i = 1; i <= brand.length; i++) for (let j = Math.max(0, i - 4); j < i && !ok[i]; j++) ok[i] = ok[j]! && c.genericTeamWord.has(brand.slice(j, i));
  return ok[brand.length]!;
}

/** Words only a programme's name ends in (a 驿站, a 夜校 is run, never received or sold). */
const PROGRAMME_ONLY_END = /(?:驿站|夜校|讲堂|学堂|课堂)$/;
/**
 * How an unquoted campaign's name ends (金融知识万里行, 金融知识进万家, 百行进万企, 金融服务进万户): words of its own come
 * before. (Not the 进 of a verb, 员工走进万家商户, 推进万户通电.)
 */
const CAMPAIGN_END = /万里行|(?<![走推引促增先改前迈跟挺演精并奋跃深])进万[家企户]/g;

/** After the last of a list of honours, how many and what (两项国家级荣誉, 三个奖项): the list's count, no part of a name. */
const COUNT_OF_HONOURS = String.raw`[0-9０-９一二三四五六七八九十两多]+(?:项|个)[\u4e00-\u9fff]{0,4}?(?:荣誉|奖项|称号|殊荣|大奖)`;
/**
 * One item of a list after a trigger: a quoted name, or a run of name characters up to a mark, a word that joins
 * items, 等, 称号 / 荣誉, the count of the list, or the list it is on (入选某某名单, 荣登某某榜单).
 * (和, 及, 与 inside a word join nothing: 金融知识普及先进集体, 和谐, 参与. 等 ends an item, but not in 一等奖, 特等奖, 三等功;
 * how many times a merit was recorded ends it, 个人三等功一次.)
 * (某某奖（金奖）, 某某奖(一等奖): the place won, in brackets right after the award, stays with its name.)
 * (ESG企业永续奖: capitals opening a name are its field, and part of it.)
 */
const UNQUOTED_ITEM = new RegExp(String.raw`^(?:[“"][^“”"]{1,30}[”"]|(?:[A-Z]{2,5}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff]{2,24}?(?:[（(][\u4e00-\u9fff]{0,4}(?:奖|等奖)[）)])?(?=[，。；、,;！？!?“"]|和(?![谐睦顺])|(?<![普涉波顾危论企提触惠以])及|(?<![参给赋])与(?!会)|暨|等(?!奖(?!项)|(?<=[一二三]等)功)|(?<=[一二三]等功)[一二两三]次|称号|荣誉称号|荣誉|${COUNT_OF_HONOURS}|(?:名单|榜单)(?=[，。；,;！？!?]|$)|$))`);

/** A list's count of honours right after its last item (两个奖项, 两项国家级荣誉): the items were honours. */
const COUNT_CLOSES_LIST = new RegExp(`^${COUNT_OF_HONOURS}`);

function unquotedHonours(text: string, c: Cues, tokens: Token[]): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  const placeAt = (at: number): boolean => tokens.some((t) => t.start === at && /^(?:ns|place)$/.test(t.tag));
  for (const m of text.matchAll(c.honourTriggerAll)) {
    const trigger = m[0].replace(/了$/, '');
    const weak = !c.honourLoneTrigger.has(trigger) && !/^被.*(?:评为|评选为|授予|命名为|认定为)$/.test(trigger);
    // (选了一家网点作为示范点, 将该行作为试点: what was chosen to serve as something holds no honour.)
    if (trigger === '作为' && CHOSEN_AS.test(text.slice(0, m.index))) continue;
    // (宋荣获得亚军: the name 宋荣, then 获得; 得 begins no honour.)
    let at = m.index + m[0].length + (trigger === '荣获' && text[m.index + m[0].length] === '得' ? 1 : 0);
    // (year: how many characters of the name are the year in front of it.)
    const items: Array<{ name: string; start: number; end: number; year?: number }> = [];
    let closing = false;
    // (Closed by 称号 itself: 获得某某称号 names a title whatever verb of receiving comes before.)
    let titled = false;
    let tail = '';
    // (Closed by a count of awards or by 等…奖项: honours, whichever verb of receiving came before.)
    let awards = false;
    for (;;) {
      // (省、市、县先进工作者, 县级、市级优秀柜员: levels listed before one honour are its levels, not honours of a
      // list; the honour is the name after them.)
      // (荣获某市人民政府颁发的某某奖, 获得市分行授予的某某称号: who conferred it comes first, then the honour.)
      if (!items.length) at += CONFERRER_FIRST.exec(text.slice(at))?.[0].length ?? 0;
      if (!items.length) at += PUBLICATION_FIRST.exec(text.slice(at))?.[0].length ?? 0;
      // (授予王某同志某某称号: the person it is conferred on comes first.)
      if (/授予$/.test(trigger)) at += COMRADE_FIRST.exec(text.slice(at))?.[0].length ?? 0;
      at += LEVELS_BEFORE.exec(text.slice(at))?.[0].length ?? 0;
      // (荣获2022年度全省某某先进个人: the year the honour is for opens the item; the name is read after it and keeps
      // it, and the name without it is made a name of the honour below.)
      // (获得某某市2021年度某某先进集体: a place before the year is where the honour is given, as a conferrer; the
      // honour's name is read from its year.)
      at += PLACE_BEFORE_YEAR.exec(text.slice(at))?.[0].length ?? 0;
      // (榮獲2024年《某某》最佳某某獎: the year, then who conferred it; the name is read after the publication.)
      const yearThenPublication = items.length ? null : /^(?:19|20)\d{2}年度?(?=《)/.exec(text.slice(at));
      const publicationAfterYear = yearThenPublication ? PUBLICATION_FIRST.exec(text.slice(at + yearThenPublication[0].length)) : null;
      if (yearThenPublication && publicationAfterYear) at += yearThenPublication[0].length + publicationAfterYear[0].length;
      const year = YEAR_FIRST.exec(text.slice(at))?.[0] ?? '';
      const yearAt = at;
      at += year.length;
      // A quoted item of the list is read by the quote rules; the list goes on after it.
      let item = UNQUOTED_ITEM.exec(text.slice(at));
      // (亚太及香港区最稳健银行: two characters before 及 or 和 and a place after it are places of the name, not
      // honours of a list; 奖杯和奖牌 are two things.)
      if (item && item[0].length === 2 && /^[及和与]/.test(text.slice(at + 2)) && placeAt(at + 3)) item = /^[\u4e00-\u9fff]{2}[及和与][\u4e00-\u9fff]{2,20}?(?=[^\u4e00-\u9fff]|等(?!奖(?!项))|称号|荣誉称号|荣誉|$)/.exec(text.slice(at)) ?? item;
      if (!item) break;
      // 授予甲银行某分行等13家金融机构2008年度某某奖: the unit the honour is conferred on comes first, then the
      // honour (the unit is no honour).
      if (UNIT_ITEM.test(item[0]) && UNIT_NAMED.test(item[0]) && !BEST_BANK.test(item[0])) {
        const counted = COUNTED_RECIPIENTS.exec(text.slice(at + item[0].length));
        if (!counted) break;
        at += item[0].length + counted[0].length;
        continue;
      }
      // (甲荣获青年文明号、乙获评文明单位: an item with a verb of conferring in it opens a clause of its own.)
      // (Not 甲、乙联合颁发的“某奖”: there the verb is the conferrers', read below at the quote.)
      if (!/^[“"]/.test(item[0]) && !/的$/.test(item[0]) && item[0].search(c.honourTriggerAll) > 0) break;
      if (!/^[“"]/.test(item[0])) {
        // (获得本次征文大赛一等奖: 本次, 本届 point at the event; they are no part of the honour's name.)
        const lead = /^(?:本次|本届|此次|这次|该次|该届)/.exec(item[0])?.[0].length ?? 0;
        if (year && !lead) items.push({ name: year + item[0], start: yearAt, end: at + item[0].length, year: year.length });
        else items.push({ name: item[0].slice(lead), start: at + lead, end: at + item[0].length });
      }
      // 某区首批“金牌工匠”: words before a quoted item are not an item of their own.
      if (/^[“"]/.test(text.slice(at + item[0].length))) {
        at += item[0].length;
        const before = items.pop();
        // (甲、乙及丙联合颁发的“某奖”: the items so far conferred it.)
        if (before && /(?:颁发|授予|评选|命名|表彰)的?$/.test(before.name)) items.length = 0;
        continue;
      }
      // (授予李某、王某等10名同志某某称号: the names listed and counted before the honour are its recipients.)
      const counted = /授予$/.test(trigger) ? COUNTED_RECIPIENTS.exec(text.slice(at + item[0].length)) : null;
      if (counted) {
        items.length = 0;
        at += item[0].length + counted[0].length;
        continue;
      }
      const rest = text.slice(at + item[0].length);
      tail = rest;
      // (获得甲和乙两个奖项, 荣获甲和乙两项国家级荣誉: the count ends the last name, and closes the list as honours.)
      if (items.length > 1 && COUNT_CLOSES_LIST.test(rest)) {
        closing = true;
        awards = true;
        break;
      }
      if (LIST_CLOSED_AS_HONOURS.test(rest)) {
        awards = AWARDS_AFTER_LIST.test(rest);
        closing = true;
        titled = /^(?:等)?(?:荣誉)?称号/.test(rest);
        break;
      }
      // (共获三个奖项，包括甲奖、乙奖: how many were won, then which; the list goes on after 包括.)
      const which = COUNTED_HONOURS.test(item[0]) ? COUNTED_THEN_WHICH.exec(rest) : null;
      if (which) {
        items.pop();
        at += item[0].length + which[0].length;
        continue;
      }
      // (荣获甲暨乙称号: two honours conferred at once are joined by 暨 as by 和.)
      const sep = /^(?:、|和|及|与|以及|暨)/.exec(rest);
      if (!sep) break;
      at += item[0].length + sep[0].length;
    }
    if (CONFERRED_BY.test(tail)) continue;
    // (成为全市行业敢闯敢试、服务为民的学习榜样: after a weak trigger, an item with 的 inside it makes the list
    // the words before a noun it describes, not honours; 获得甲、乙的称号 ends its last item with 的, and stays a list.)
    if (weak && items.some((it) => /的./.test(it.name))) continue;
    const lone = items.length === 1 && !weak;
    for (const it of items) {
      const bare = it.name.slice(it.year ?? 0);
      if (/[“”"]/.test(bare) || c.honourQualifier.has(bare) || c.notAnHonour.has(bare) || NOT_IN_TITLE.test(bare) || COUNTED_HONOURS.test(bare) || PRAISE_ONLY.test(bare)) continue;
      if (lone || honourShaped(bare, c) || (closing && (!weak || awards)) || (titled && RECEIVING_WEAK.test(trigger))) out.push({ name: it.name, start: it.start, end: it.end });
    }
  }
  return out;
}

/**
 * A placing in a contest or a ranking (第一名, 团体第二名, 全市综合考评第一名, 前三名, 全市第一, 第一名殊荣): where a unit or a
 * person came, no named award, as a bare 一等奖 or 冠军 is none; nor are several places at once, won by a list of units
 * (甲、乙、丙分获一二三等奖, 分获冠亚军).
 */
const PLACING = /第[一二三四五六七八九十百0-9０-９]+名|前[一二三四五六七八九十百0-9０-９]+名|第[一二三四五六七八九十0-9０-９]+$|^[特一二三四五](?:、?[一二三四五])+等奖$|^冠亚季?军$/;

/** A commendation with no name, maybe with who gave it first (总行嘉奖, 市政府通报表扬): no honour's name. */
const PRAISE_ONLY = /(?:嘉奖|褒奖|表彰|表扬|奖励)$/;

/** 第九届, 第19届: the edition of something held again and again. */
const EDITION = /第[0-9０-９一二三四五六七八九十百]+届/g;
/** 奖 that goes on as another word (奖项, 奖励, 奖金, 奖章, 奖杯): not where an award's name ends. */
const AWARD_WORD_GOES_ON = /^[项励金状章牌杯品券]/;
/** A contest's prize (业务技能比赛一等奖): the contest is the programme, its places are read elsewhere. */
const CONTEST_IN_NAME = /比赛|竞赛|大赛|[一二三四五六七八九特]等奖$|[金银铜]奖$/;

/**
 * An award given in editions, unquoted: 第九届某省金融业传媒大奖揭晓, 第二届某某散文奖活动, 第四届某市金融之星评选.
 * After 第N届, the shortest run of name characters that ends in 奖 (where 奖 is no start of 奖项), or that 评选,
 * 颁奖 or 各奖项 follows, is an award's name: news names award events this way, with no verb of conferring near.
 * The name without its edition is the honour (the next edition is the same award); with it, a name too.
 */
function editionAwards(text: string, c: Cues): Array<{ name: string; start: number; end: number; aliases: string[] }> {
  const out: Array<{ name: string; start: number; end: number; aliases: string[] }> = [];
  for (const m of text.matchAll(EDITION)) {
    // (“某某”第二届散文奖: the quote before the edition is the award's own name, read with the quotes.)
    if (/[”"」』]$/.test(text.slice(0, m.index))) continue;
    const start = m.index + m[0].length;
    const run = /^[\u4e00-\u9fff·]{3,20}/.exec(text.slice(start))?.[0] ?? '';
    for (let len = 4; len <= Math.min(run.length, 16); len++) {
      const name = run.slice(0, len);
      const rest = text.slice(start + len);
      const award = /奖$/.test(name) && !AWARD_WORD_GOES_ON.test(rest);
      if (!award && !c.awardEventAfter.test(rest)) continue;
      if (!NOT_IN_TITLE.test(name) && !CONTEST_IN_NAME.test(name) && !c.notAnHonourEnding.test(name) && !c.notAnHonour.has(name)) {
        out.push({ name, start, end: start + len, aliases: [m[0] + name] });
      }
      break;
    }
  }
  return out;
}

/** The rest of an honour's name after a quote inside it: name characters up to an honour's ending (…先进集体). */
/**
 * In the words after a quote, a verb of winning or a contest's 中 (“某某”竞赛中荣获优秀组织奖): the quote names the
 * occasion, and the honour is won after it, no ending of the quote's name.
 */
const TAIL_GOES_ON = /获|评为|授予|荣膺|摘得|夺得|[赛动会]中/;

function longHonourTail(after: string, c: Cues): RegExpExecArray | null {
  const run = /^[\u4e00-\u9fff]{2,16}/.exec(after);
  if (!run) return null;
  for (let len = run[0].length; len >= 2; len--) {
    const tail = run[0].slice(0, len);
    // (“某某”嘉奖, “某某”表彰: a word for any honour after the quote ends no name; the quote is the honour.)
    // (“甲”暨“乙”两项大奖: how many honours the list held ends no name either.)
    if (c.honourSuffixWord.test(tail) && !c.notAnHonour.has(tail) && !NOT_IN_TITLE.test(tail) && !TAIL_GOES_ON.test(tail) && !COUNTED_HONOURS.test(tail) && /[，。；、,;]|称号|荣誉|$/.test(after.slice(len, len + 2) || '')) return /^.+/.exec(tail);
  }
  return null;
}

/**
 * Do the words after a quote (or a list of quotes) say it names a programme? After a list, 等主题活动 or 等评优活动
 * gives the topics of activities (开展“节约用水”“文明出行”等主题活动), and 等评选 the titles a selection confers
 * (开展“服务明星”“业务能手”等评选), while 等服务工程 or 等项目 names initiatives.
 */
function programmeNamedAfter(c: Cues, after: string, listed: boolean): boolean {
  const m = c.programmeAfter.exec(after);
  return !!m && !((listed || m[0].startsWith('等')) && /(?:活动|评选)$/.test(m[0]));
}

/** A day written with a dot at the start of a quote (3·15, 六·一, 5.20). */
const DOTTED_DAY = /^[\d一二三四五六七八九十]{1,2}\s*[·.．]\s*[\d一二三四五六七八九十]{1,2}(?![\d一二三四五六七八九十])/;

/**
 * Right after a quoted name, that it was held (“金融夜校”顺利举行, 「便服日」舉辦以來) or is under way (a headline's
 * “金融助残”在行动): an event, so a programme.
 */
const HELD_AFTER = /^(?:(?:顺利|成功|圆满|隆重|正式|已经?)?(?:举行|举办以来|开幕|启幕)|(?:一直|持续|始终|正)?在行动)/;
/** “某某”是某支行打造的服务品牌: described after as a brand or campaign that a unit made or runs. */
const MADE_BY_AFTER = /^(?:是|为)[^，,。；;“”"]{2,24}?(?:打造|推出|创建|创立|开办|开展|设立|发起)的[^，,。；;“”"]{0,8}?(?:品牌|活动|项目|行动|工程|计划)/;

/** Before a quote that lists programmes: a kind of activity, then 如 or 包括 (特色活动，如“A、B”等). */
const LISTED_AFTER_KIND = /(?:活动|项目|品牌|行动|服务|工程)[^，,。；;“”]{0,4}[，,]?(?:如|包括|例如|比如|诸如)[：:]?$/;

/**
 * A quote that lists programmes (特色活动，如“金融知识赶大集、黄梅话消保”等) or honours (荣获“文明单位、青年文明号”等称号):
 * the type of its items when the words around it say what they are and each item is short and shaped like a
 * name; else undefined.
 */
function quotedList(text: string, start: number, end: number, q: string, c: Cues): 'Programme' | 'Honour' | undefined {
  if (!q.includes('、') || !text.startsWith('等', end)) return undefined;
  const items = q.split('、');
  if (items.length < 2 || items.some((x) => !/^[\u4e00-\u9fff·\d]{3,12}$/.test(x) || NOT_IN_TITLE.test(x))) return undefined;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end + 1, end + 13);
  if (c.honourAfter.test(after) || c.honourBefore.test(before)) return 'Honour';
  if (items.some((x) => c.honourSuffix.test(x))) return undefined;
  return LISTED_AFTER_KIND.test(before) || c.programmeAfter.test(after) ? 'Programme' : undefined;
}

/** A kind of programme with at most two words of qualification (主题活动, 公益行动) adds no name of its own. */
/** A programme's kind right before a quote names it (春节主题活动“熊猫陪你过大年”, 公益项目“爱心包裹”). */
const KIND_BEFORE = /(?:活动|行动|项目|计划|品牌)$/;

function genericKind(tail: string, c: Cues): boolean {
  return [...c.programmeKind].some((k) => tail.endsWith(k) && tail.length - k.length <= 2);
}

/** Is the quote [start, end) one of several quotes in a row (“A”“B”, “A”、“B”)? */
function inList(text: string, start: number, end: number): boolean {
  return /[”"]、?$/.test(text.slice(Math.max(0, start - 2), start)) || /^、?[“"]/.test(text.slice(end, end + 2));
}

/** Right after a quote, the letter that engages one for a post (聘书, 聘任书). */
const APPOINTMENT_AFTER = /^(?:聘书|聘任书|聘任证书|聘用书|聘書|聘任書)/;

/** An occasion (庆祝…周年, 纪念…) joined by 暨 to the event held on it: the event's name after 暨. */
const OCCASION_THEN_EVENT = /^(?:庆祝|纪念|喜迎|迎接|欢庆)[^暨\s]{2,24}暨([^暨\s]{4,})$/;

/**
 * After 以“某某”: what a unit leans on to do its work (以“某某”为载体, 为平台, 为阵地): its own programme, as 以金融夜校为载体
 * is unquoted. (Not 为抓手, 为主线 or 为依托: those lean on a goal or a field, 以“数字化转型”为抓手, 以“三农服务”为依托.)
 */
const LEANED_ON_AFTER = /^为(?:载体|平台|阵地)/;

/** Two or more phrases of three or more characters parted by commas. */
const SLOGAN = /^[^，,]{3,}(?:[，,][^，,]{3,})+$/;

export function scanTitles(s: SentenceCtx, ctx: RuleCtx): TitleCandidate[] {
  return ctx.memo(s, 'titles', () => scan(s, ctx));
}

/**
 * Quotes that follow one another with only 、, ， or 和 between them form a list (荣获“A”、“B”和“C”): the
 * words before the list and after it tell what every item is.
 */
function quoteLists(text: string): Map<number, { before: number; after: number }> {
  const quotes = [...text.matchAll(QUOTE)].map((m) => [m.index, m.index + m[0].length] as const);
  const out = new Map<number, { before: number; after: number }>();
  let i = 0;
  while (i < quotes.length) {
    let j = i;
    while (j + 1 < quotes.length && /^[\s、，,和及与以及暨]*$/.test(text.slice(quotes[j]![1], quotes[j + 1]![0]))) j++;
    for (let k = i; k <= j; k++) out.set(quotes[k]![0], { before: quotes[i]![0], after: quotes[j]![1] });
    i = j + 1;
  }
  return out;
}

/**
 * 甲支行、乙支行、丙支行分别开展了“A”“B”和“C”活动: a run of two quotes or more right after 分别 and a verb of holding
 * (programme-before.txt), with no 等 after it (开展“节约用水”“文明出行”等活动 lists topics): each quote is one unit's
 * own programme, whatever kind the words after the run give.
 */
function respectiveRun(text: string, list: { before: number; after: number }, start: number, end: number, c: Cues): boolean {
  if ((list.before === start && list.after === end) || /^等/.test(text.slice(list.after))) return false;
  const lead = text.slice(Math.max(0, list.before - 16), list.before);
  const verb = c.programmeBefore.exec(lead);
  return !!verb && /分别$/.test(lead.slice(0, verb.index));
}

/** A verb of launching inside the words after a quote: no part of a name (平台开展志愿服务). */
const LAUNCH_IN_TAIL = /开展|举办|举行|启动|推出|组织/;

function scan(s: SentenceCtx, ctx: RuleCtx): TitleCandidate[] {
  const c = cues(ctx.lex);
  const text = s.text;
  const out: TitleCandidate[] = [];
  const found: Array<[number, number]> = [];
  const lists = quoteLists(text);
  // The banks and branches named in the sentence, found once when a reading needs them.
  let unitSpans: Array<{ start: number; end: number }> | undefined;
  for (const m of [...text.matchAll(QUOTE), ...text.matchAll(BOOK_HONOUR)].sort((a, b) => a.index - b.index)) {
    const q = m[1]!.trim();
    // Speech, a number, or fields joined by + (党建+, 互联网+政务, “金融+公益”): in real news such a quote is a way of
    // working more often than a programme's name (“厅堂+社区”, “金融+文化”), and the gold keeps it out.
    if (/[。！？!?]/.test(q) || /^[\d\s.·]+$/.test(q) || /[+＋]/.test(q)) continue;
    // (“反诈知识志愿服务队”: a team with no brand of its own is no programme, whatever verb sets it up.)
    if (genericTeam(q, c, ctx.lex.places.byName)) continue;
    // (开展“反诈”宣传, “防非 反洗钱”宣传: a topic of awareness work, quoted alone, is what the work is about; the
    // honour of a field, “反诈”先进集体, keeps it, and so does a contest on it, “反假币”知识竞赛.)
    if (q.split(/[\s、，,·]+/).every((p) => c.genericTopic.has(p))) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (!c.honourTail.test(after) && !longHonourTail(after, c) && !TOPIC_CONTEST.test(after)) continue;
    }
    // A period or a policy counted in numerals (“十二五”, “三农”, “五四”) names no programme or honour of its own
    // (a ranking does: “十佳”, “百强”, “五星”).
    if (/^[一二三四五六七八九十百两]+[\u4e00-\u9fff]?$/.test(q) && !/[佳强优好大星美]$/.test(q)) continue;
    // Things counted one by one (搭建“一块展板、一支队伍”): what was set up, listed, no name of a programme.
    if (/^[一二两三四五六七八九十]+[个支套批座间块项本张处][^，,、；\s]{2,}(?:[，,、；\s]+[一二两三四五六七八九十]+[个支套批座间块项本张处][^，,、；\s]{2,})+$/.test(q)) continue;
    // A source named in quotes (注明来源“某某网”) is no title; nor a publication (“亚洲银行家”杂志颁发的…: who confers).
    if (/(?:来源|出处)[:：]?$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (PUBLICATION_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // A day written with a dot (“六·一”, “3·15”) or a bank's own name (“民生”) names no programme. (A campaign
    // named after its day goes on past it, “3·15消费者权益保护宣传周”: four characters or more of its own.)
    const day = DOTTED_DAY.exec(q)?.[0];
    if ((day && q.length - day.length < 4) || ctx.lex.banks.byAlias.has(q)) continue;
    // 特色活动，如“金融知识赶大集、黄梅话消保”等: one quote that lists programmes, each item a name of its own.
    const listed = quotedList(text, m.index, m.index + m[0].length, q, c);
    if (listed) {
      let at = m.index + m[0].indexOf(q);
      for (const item of q.split('、')) {
        out.push({ finding: listed === 'Honour' ? 'honour.context' : 'programme.context', type: listed, name: item, start: at, end: at + item.length });
        at += item.length + 1;
      }
      found.push([m.index, m.index + m[0].length]);
      continue;
    }
    const compact = q.replace(/\s+/g, '');
    // 推出“科创快贷”产品: a financial product, not an initiative.
    if (ctx.lex.typed.get(compact) === 'product' || c.productAfter.test(text.slice(m.index + m[0].length))) {
      const at = m.index + m[0].indexOf(q);
      out.push({ finding: 'product.quoted', type: 'Product', name: compact, start: at, end: at + q.length });
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    // 小“驿站”, 成为“服务站”: a common noun in quotes, one word of at most three characters, is a figure of
    // speech, not a name.
    const qStart0 = m.index + m[0].indexOf(q);
    // (Not before 称号 or 奖: 荣获“劳模”称号 names an honour.)
    if (q.length <= 3 && s.tokens.some((t) => t.start === qStart0 && t.word === q && /^(?:n|vn)$/.test(t.tag)) && !ctx.lex.typed.has(q) && !c.honourAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // (Longer, 开通“绿色通道”: a common noun jieba knows whole is a figure of speech too, unless it is shaped as an
    // honour or a word of an honour or a programme's kind stands around it: 荣获“劳动模范”, “某某”活动.)
    if (q.length > 3 && s.tokens.some((t) => t.start === qStart0 && t.word === q && t.tag === 'n') && !ctx.lex.typed.has(q) && !c.honourSuffix.test(q) && !c.honourBefore.test(text.slice(Math.max(0, m.index - 16), m.index)) && !c.programmeAfter.test(text.slice(m.index + m[0].length)) && !c.honourAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // “体育/文化/演艺”组别: a category of an award, not an award or a programme.
    if (/[/／]/.test(q) || /^(?:组别|類別|类别)/.test(text.slice(end))) continue;
    // 考核被评为“优秀”等次, 评级为“A”档: a grade of an appraisal or a rating, no honour conferred.
    if (/^(?:等次|档次|等级|级别|档(?![案期]))/.test(text.slice(end))) continue;
    const list = lists.get(start) ?? { before: start, after: end };
    // In a list, each item is read with the words before the list's first item and after its last.
    const before = text.slice(Math.max(0, list.before - 16), list.before);
    // (A publication's name in title marks may be long, 獲選《某某 某某》雜誌「某某」: the verb is looked for further back.)
    const wideBefore = text.slice(Math.max(0, list.before - 32), list.before);
    const after = list.after === end ? text.slice(end, end + 12) : text.slice(list.after, list.after + 12);
    const ownAfter = text.slice(end, end + 24);
    const typed = ctx.lex.typed.get(q);
    const qStart = start + m[0].indexOf(q);
    const qEnd = qStart + q.length;
    // 省级“双创”示范企业, 全省“金融助农”行动先进集体: the quote is the middle of an
    // honour's name, which goes on after it to an honour's ending.
    const tailWord = c.honourTail.exec(ownAfter) ?? longHonourTail(ownAfter, c);
    if (tailWord && /[\u4e00-\u9fff]$/.test(text.slice(0, start))) {
      let at = start;
      let ti = tokenAt(s.tokens, start - 1);
      // Over name-like words (全国, 专精特新), never over a bank's name (新光银行“让爱点亮中秋”企业志工日).
      // (jieba may cut a bank's name in words of its own, 新光/银行: the bank's span ends the walk too.)
      const banks = bankMatches(s, ctx);
      const inBank = (t: { start: number; word: string }): boolean => banks.some((b) => b.start < t.start + t.word.length && t.start < b.end);
      // (Nor over the name of a unit, 授予某支行“某某”示范点称号: the unit is who holds the honour, not part of it.)
      const units = (unitSpans ??= [...banks, ...scanBranches(s, ctx)]);
      const inUnit = (t: Token): boolean => t.tag === 'unit' || units.some((b) => b.start < t.start + t.word.length && t.start < b.end);
      // (Nor over the publication that confers it, 《某某》杂志“某某最佳银行”大奖.)
      while (ti >= 0 && isNamey(s.tokens[ti]!, c) && !PUBLICATION.test(s.tokens[ti]!.word) && !c.programmeBefore.test(s.tokens[ti]!.word) && s.tokens[ti]!.tag !== 'bank' && !inBank(s.tokens[ti]!) && !inUnit(s.tokens[ti]!) && start - s.tokens[ti]!.start <= 8) at = s.tokens[ti--]!.start;
      // (2023年度“某某”先进单位: jieba leaves the year a number of its own, and 年度 alone opens no name: the year is the
      // honour's, as in 2023年度先进单位.)
      const year = at < start && /^年/.test(text.slice(at)) ? YEAR_BEFORE.exec(text.slice(Math.max(0, at - 12), at)) : null;
      if (year) at -= year[0].length;
      const end2 = end + tailWord[0].length;
      if (at < start && !NOT_IN_TITLE.test(text.slice(at, start))) {
        found.push([at, end2]);
        // (全国“某某”普惠金融行动组织工作先进集体: when the quote is followed by a programme's kind, it names the campaign
        // the honour is of, a programme of its own, and no other name of the honour.)
        const kind = typed !== 'honour' && !c.honourSuffix.test(q) && !/^等/.test(ownAfter) ? c.programmeAfter.exec(ownAfter) : null;
        if (kind) out.push({ finding: 'programme.embedded-quote', type: 'Programme', name: q, start: qStart, end: qEnd, aliases: [q + kind[0]] });
        out.push({ finding: 'honour.embedded-quote', type: 'Honour', name: text.slice(at, end2), start: at, end: end2, aliases: kind ? [q + tailWord[0]] : [q, q + tailWord[0]] });
        continue;
      }
      // Right after a unit, the quote and its ending are the honour (某支行“某某”示范点称号), when the ending closes
      // the name (称号, 荣誉 or the clause's end follows).
      const ti0 = tokenAt(s.tokens, start - 1);
      if (at === start && ti0 >= 0 && inUnit(s.tokens[ti0]!) && !inBank(s.tokens[ti0]!) && /^(?:[，。；、,;]|称号|荣誉|$)/.test(text.slice(end2))) {
        found.push([start, end2]);
        out.push({ finding: 'honour.embedded-quote', type: 'Honour', name: q + tailWord[0], start, end: end2, aliases: [q] });
        continue;
      }
    }
    // “金融知识普及月 金融知识进万家 争做理性投资者”, “某宣传节暨某宣传月活动”: campaigns and slogans in one
    // quote, parted by spaces or 暨; each part shaped as a programme names one (the first carries the whole quote).
    const parts = [...q.matchAll(/[^\s暨]+/g)];
    if (parts.length >= 2 && parts[0]![0].length >= 4 && c.programmeSuffix.test(parts[0]![0]) && typed !== 'honour') {
      found.push([start, end]);
      parts.forEach((p, k) => {
        if (p[0].length < 4 || !(c.programmeSuffix.test(p[0]) || ctx.lex.typed.get(p[0]) === 'programme')) return;
        out.push({ finding: 'programme.context', type: 'Programme', name: p[0], start: qStart + p.index, end: qStart + p.index + p[0].length, aliases: k === 0 ? [q.replace(/\s+/g, ' ')] : [] });
      });
      continue;
    }
    // 反诈“三进”集中宣讲活动, “邻里守望”社区金融开放日活动: words of its own after the quote, up to a
    // programme's kind, make the quote the middle of a programme's name. A bare kind (“X”主题活动) leaves the
    // quote the name, and so does a list (开展“A”“B”等活动).
    const progTail = list.after === end && list.before === start ? c.programmeTail.exec(ownAfter) : null;
    // (A quote shaped as an honour stays one, except before a contest: “十佳”劳动竞赛活动 is the contest's name.)
    const contest = progTail !== null && /(?:竞赛|比赛|大赛)(?:活动)?$/.test(progTail[0]);
    // (“某某”平台开展志愿服务, 「某某」平台舉辦講座: a verb of launching between the quote and the kind ends the name at
    // the quote; what follows is what was done on it.)
    if (progTail && !genericKind(progTail[0], c) && !COUNTED_TAIL.test(progTail[0]) && !LAUNCH_IN_TAIL.test(progTail[0]) && typed !== 'honour' && (!c.honourSuffix.test(q) || contest) && !NOT_IN_TITLE.test(progTail[0])) {
      let at = start;
      let ti = tokenAt(s.tokens, start - 1);
      // (积极开展/l is an idiom to jieba, namey by its tag: a verb of launching is never part of the name.)
      while (ti >= 0 && isNamey(s.tokens[ti]!, c) && !c.programmeBefore.test(s.tokens[ti]!.word) && s.tokens[ti]!.tag !== 'bank' && s.tokens[ti]!.tag !== 'unit' && start - s.tokens[ti]!.start <= 6) at = s.tokens[ti--]!.start;
      if (NOT_IN_TITLE.test(text.slice(at, start))) at = start;
      const end2 = end + progTail[0].length;
      found.push([at, end2]);
      // (A slogan of phrases parted by a comma, “甲乙丙丁，戊己庚辛”宣教活动, is the name the campaign goes by; the
      // whole is another.)
      // (Nor is a programme the dictionary knows, “工行驿站”志愿服务月活动: the campaign is one of its own activities,
      // and the programme keeps its own name, one node with its mentions elsewhere.)
      if (SLOGAN.test(q) || typed === 'programme') out.push({ finding: 'programme.embedded-quote', type: 'Programme', name: q, start: qStart, end: qEnd, aliases: [text.slice(at, end2)] });
      // (全省“某某”志愿服务活动: words of scope in front may or may not be part of the name; the name from the quote
      // on is another name of it.)
      else out.push({ finding: 'programme.embedded-quote', type: 'Programme', name: text.slice(at, end2), start: at, end: end2, aliases: at < start ? [q, text.slice(start, end2)] : [q] });
      continue;
    }
    // 投入“稳赚不赔”理财, 警惕“刷单返利”骗局: the lure of a scam a warning is about, no programme.
    if (!typed && c.scamAfter.test(text.slice(end))) continue;
    // 以“微行动”传递“大温暖”, 以“某某速度”迅速行动: after 以 and before a verb, a quote says how something is done, a
    // figure of speech (以“某某”为载体 and 以“某某”活动为抓手 still name the programme they lean on).
    // (以“某某速度”迅速行动: an adverb then 行动 is the verb to act, no programme's kind, whatever jieba tags it.)
    const actsAfter = /^(?:迅速|积极|立即|马上|主动|快速|全力|果断|火速)行动/.test(text.slice(end));
    if (/以$/.test(text.slice(0, start)) && !typed && !/^(?:为|作为|等|系列)/.test(text.slice(end)) && (actsAfter || (!c.programmeAfter.test(text.slice(end)) && s.tokens.some((t) => t.start === end && /^v/.test(t.tag))))) continue;
    // A quoted principle or promise (践行“服务零距离”承诺, “客户至上”的理念) names no programme.
    // (Not “服务明星”的称号: an honour's own word after 的.)
    // (Nor an honour's own shape after a verb of receiving: 获得“某某优良奖”的肯定.)
    // (被评为“某某”的是：甲、乙: 的 then who received it, after a verb of conferring, no slogan's 的.)
    const receiversAfter = WINNERS_AFTER.test(text.slice(end)) && c.honourBefore.test(before);
    // (“某某驿站”列作“某某暖心工程”的组成部分: a programme's name, then 的 and a word of what it holds, is that programme.)
    const holds = c.programmeSuffix.test(q) && PART_OF_PROGRAMME_AFTER.test(after);
    if (c.sloganAfter.test(after) && !c.honourAfter.test(after) && !(c.honourSuffix.test(q) && c.honourBefore.test(before)) && !receiversAfter && !holds) continue;
    // 成为游客的“便民驿站”: what something is called, a description, not a programme's or an honour's name.
    if (/(?:成为|当好|当起|做好|堪称|被称为|被誉为)[^，,。；;“”"]{0,12}?的$/.test(before) && !c.honourSuffix.test(q) && typed === undefined) continue;
    // 颁发“金融顾问”聘书: a post one is engaged for, not an honour (nor a programme).
    if (APPOINTMENT_AFTER.test(after) && typed === undefined) continue;
    let finding: TitleFinding | undefined;
    // (“真情服务暖人心，争当城市文明窗口”: phrases parted by a comma are a slogan, whatever honour's word ends it.)
    const shaped = c.honourSuffix.test(q) && !SLOGAN.test(q);
    if (typed === 'honour' || (shaped && !c.programmeAfter.test(after))) finding = typed ? 'honour.dictionary' : 'honour.shape';
    else if (typed === 'programme') finding = 'programme.dictionary';
    else if (c.honourAfter.test(after) || ((c.honourBefore.test(before) || c.honourBefore.test(wideBefore)) && !c.programmeAfter.test(after))) finding = 'honour.context';
    // “优秀网点”：甲支行、乙支行, 公布“十佳网点”名单, 「模範員工」：…: a quote opened by a word of merit, then a colon
    // or the list of its winners, is the honour they received.
    else if (list.after === end && c.meritLed.test(compact) && (/^[：:]/.test(text.slice(end)) || c.honourList.test(text.slice(end)))) finding = 'honour.context';
    else if (receiversAfter) finding = 'honour.context';
    else if (c.programmeSuffix.test(q) || programmeNamedAfter(c, after, inList(text, start, end)) || respectiveRun(text, list, start, end, c) || HELD_AFTER.test(ownAfter) || MADE_BY_AFTER.test(ownAfter) || (/以$/.test(text.slice(0, start)) && LEANED_ON_AFTER.test(ownAfter) && !/的/.test(q)) || (!inList(text, start, end) && (c.programmeBefore.test(before) || KIND_BEFORE.test(before)) && !/的/.test(q) && !c.quoteModifies.test(text.slice(end)))) {
      // A run of quoted topics (开展“节约用水”“文明出行”等) or a description (打造“家门口的好银行”) names no programme,
      // nor a quote that only qualifies the ceremony or badge held after it (举办“某某”签约仪式).
      finding = 'programme.context';
    } else if (shaped) finding = 'honour.shape';
    if (!finding) continue;
    // 推出“大棚贷”: what only the verb before makes a programme is a financial product when its name ends as a
    // loan's (a kind of activity after it, 开展“某某贷”活动, still names a campaign).
    // (A card a unit hands out to reach it, “某某联系卡”, ends in a programme's longer word and stays its service.)
    const productEnd = c.productSuffix.exec(compact)?.[0].slice(1);
    const programmeEnd = c.programmeSuffix.exec(compact)?.[0] ?? '';
    if (finding === 'programme.context' && productEnd && !(programmeEnd.length > productEnd.length && programmeEnd.endsWith(productEnd)) && !programmeNamedAfter(c, after, inList(text, start, end))) {
      out.push({ finding: 'product.quoted', type: 'Product', name: compact, start: qStart, end: qEnd });
      found.push([start, end]);
      continue;
    }
    const type = finding.startsWith('honour') ? 'Honour' : 'Programme';
    // 在抽奖环节中获得“幸运大奖”, 赢得“某某”奖品: a prize of a lucky draw or a gift, no honour conferred (a dictionary's
    // honour stays one).
    if (type === 'Honour' && typed !== 'honour' && (PRIZE_AFTER.test(text.slice(end)) || LUCKY_DRAW_BEFORE.test(text.slice(0, start)))) continue;
    const aliases: string[] = [];
    // A contest or a campaign with its kind after it (“某某”创作比赛, “某某”公益行动) is named by both: the same
    // programme written elsewhere with its kind inside the quote is one node with it. (Not after a list: 等主题活动
    // is every item's.)
    const suffix = c.programmeAliasAfter.exec(after) ?? (list.after === end ? /^(?!等).*(?:比赛|大赛|竞赛|活动|行动)$/.exec(c.programmeAfter.exec(after)?.[0] ?? '') : null);
    if (type === 'Programme' && suffix) {
      aliases.push(q + suffix[0]);
      // (服务“某某”工程: a word or two of its field right before the quote make a longer name of it too.)
      let at = start;
      let ti = tokenAt(s.tokens, start - 1);
      // (A noun of action counts: 服务/vn.)
      while (ti >= 0 && (isNamey(s.tokens[ti]!, c) || s.tokens[ti]!.tag === 'vn') && !c.programmeBefore.test(s.tokens[ti]!.word) && s.tokens[ti]!.tag !== 'bank' && s.tokens[ti]!.tag !== 'unit' && start - s.tokens[ti]!.start <= 4) at = s.tokens[ti--]!.start;
      if (at < start && !NOT_IN_TITLE.test(text.slice(at, start))) aliases.push(text.slice(at, end) + suffix[0]);
    }
    found.push([start, end]);
    if (type === 'Programme') {
      // “某某骑兵行——一村一墙画”: a title and its subtitle; the title names the programme.
      // (「某某園遊會-『某某』」: or one hyphen before a quoted subtitle, as Taiwan's papers write it.)
      const dash = /^([^\s—]{2,}?)\s*(?:——|—|--|[-－–](?=\s*[‘'『「“"]))/.exec(q);
      if (dash) {
        out.push({ finding, type, name: dash[1]!, start: qStart, end: qStart + dash[1]!.length, aliases: [...aliases, q.replace(/\s+/g, ' ')] });
        continue;
      }
    }
    out.push({ finding, type, name: q.replace(/\s+/g, ' '), start: qStart, end: qEnd, aliases });
  }
  const inQuote = (a: number, b: number): boolean => found.some(([x, y]) => a < y && b > x);
  // Dictionary words written without quotes (工行驿站).
  for (const t of s.tokens) {
    const tag = ctx.lex.typed.get(t.word);
    // (表彰先进集体和个人: a class of recipients, not an honour's name.)
    if (tag === 'honour' && /^(?:和|及|与)(?:先进)?个人/.test(text.slice(t.start + t.word.length))) continue;
    if ((tag === 'programme' || tag === 'honour') && !inQuote(t.start, t.start + t.word.length)) {
      // 全国五一劳动奖章获得者: an honour the dictionary knows keeps its level and field in front (全国, 金融),
      // with no trigger before it as with one; the bare word is a name of it too.
      const at = tag === 'honour' ? levelStart(s.tokens, t.start, c) : t.start;
      if (at < t.start && !inQuote(at, t.start)) {
        out.push({ finding: 'honour.dictionary', type: 'Honour', name: text.slice(at, t.start + t.word.length), start: at, end: t.start + t.word.length, aliases: [t.word] });
        continue;
      }
      out.push({ finding: tag === 'honour' ? 'honour.dictionary' : 'programme.dictionary', type: tag === 'honour' ? 'Honour' : 'Programme', name: t.word, start: t.start, end: t.start + t.word.length });
    }
  }
  // 设立工会驿站, 开办金融夜校: unquoted, a name ending in a word only programmes end in (驿站, 夜校, 讲堂), right
  // after a verb of launching or running; the name is the nouns between them.
  // (Or right after the unit that runs it, 某支行劳动者驿站: a station or a school of the unit's own.)
  const afterUnit = (at: number): boolean => (unitSpans ??= [...bankMatches(s, ctx), ...scanBranches(s, ctx)]).some((u) => u.end === at);
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!PROGRAMME_ONLY_END.test(t.word) || inQuote(t.start, t.start + t.word.length) || ctx.lex.typed.get(t.word)) continue;
    let k = i;
    // (Over nouns, and over the words a brand is made of: a coined word jieba does not know, 邮益课堂, 湖银暖心驿站; a
    // place, 湖滨金融夜校; the bank's own short name, 工银金融课堂.)
    while (k > 0 && i - k < 3 && brandWord(s.tokens, k - 1, i, c)) k--;
    // (A size, 小课堂, opens no name: the brand is before it.)
    while (k < i && s.tokens[k]!.tag === 'a') k++;
    const start = s.tokens[k]!.start;
    const end = t.start + t.word.length;
    if (k === i && t.word.length < 4) continue;
    // (以金融夜校为载体: what a unit leans on to do its work is its own programme, as it is quoted.)
    const leanedOn = s.tokens[k - 1]?.word === '以' && /^为(?:载体|抓手|平台|依托|阵地)/.test(text.slice(end));
    if (k === 0 || !(c.programmeBefore.test(s.tokens[k - 1]!.word) || afterUnit(start) || leanedOn) || end - start > 10) continue;
    found.push([start, end]);
    out.push({ finding: 'programme.context', type: 'Programme', name: text.slice(start, end), start, end });
  }
  // 成立丰收志愿服务队, 成立恒生义工队: unquoted, a volunteer team named by a brand of its own, right after a verb of
  // setting it up or launching; a team named only by who is in it or what it does (党员志愿服务队), maybe after its
  // place (某市党员志愿者服务队), is none.
  for (const m of text.matchAll(c.programmeTeamHeadAll)) {
    const i = s.tokens.findIndex((t) => t.start === m.index);
    if (i <= 0 || inQuote(m.index, m.index + m[0].length)) continue;
    let k = i;
    while (k > 0 && i - k < 3 && brandWord(s.tokens, k - 1, i, c, true)) k--;
    while (k < i && s.tokens[k]!.tag === 'a') k++;
    const brand = s.tokens.slice(k, i);
    if (k === 0 || !brand.length || brand.every((t) => c.genericTeamWord.has(t.word) || t.tag === 'a' || t.tag === 'ns')) continue;
    // (成立了某某志愿服务队: 了 after the verb.)
    const verb = s.tokens[k - 1]!.word === '了' && k > 1 ? s.tokens[k - 2]!.word : s.tokens[k - 1]!.word;
    if (!(c.programmeBefore.test(verb) || c.teamBuildVerb.test(verb))) continue;
    const start = s.tokens[k]!.start;
    const end = m.index + m[0].length;
    if (found.some(([a, b]) => start < b && end > a)) continue;
    found.push([start, end]);
    out.push({ finding: 'programme.context', type: 'Programme', name: text.slice(start, end), start, end });
  }
  // 开展反诈万里行宣传, 参与防范非法集资进万家宣传: unquoted, a campaign named as campaigns are that go out far and
  // wide (…万里行, …进万家), right after a verb of launching or joining; the name is the run between them.
  for (const m of text.matchAll(CAMPAIGN_END)) {
    const end = m.index + m[0].length;
    // (The shortest run that the verb stands right before: 开展了普及征信知识万里行.)
    let start = -1;
    for (let k = 2; k <= 8 && start === -1; k++) {
      const at = m.index - k;
      // (No 的, 和 or 等 of its own inside: 普及 holds 及 and is no list mark.)
      const mark = s.tokens.some((t) => t.start >= at && t.start < m.index && /^(?:的|和|及|与|等)$/.test(t.word));
      if (at > 0 && /^[\u4e00-\u9fff]+$/.test(text.slice(at, m.index)) && !mark && c.programmeBefore.test(text.slice(0, at))) start = at;
    }
    if (start === -1 || inQuote(start, end) || found.some(([a, b]) => start < b && end > a)) continue;
    found.push([start, end]);
    out.push({ finding: 'programme.context', type: 'Programme', name: text.slice(start, end), start, end });
  }
  // Unquoted honours after 评为 / 荣获, one or a list (获得总行优秀党员、省分行乡村振兴先进个人等荣誉).
  for (const found0 of unquotedHonours(text, c, s.tokens)) {
    if (inQuote(found0.start, found0.end)) continue;
    // 被评为工行某分行金融先进工作者: the unit that confers it opens the phrase; the honour is what follows.
    unitSpans ??= [...bankMatches(s, ctx), ...scanBranches(s, ctx)];
    const conferrer = unitSpans.filter((u) => u.start === found0.start && u.end <= found0.end - 3).sort((a, b) => b.end - a.end)[0];
    const h = conferrer ? { name: text.slice(conferrer.end, found0.end), start: conferrer.end, end: found0.end } : found0;
    // 市级优秀柜员: the honour without its level is a name of it too.
    const level = [...c.honourQualifier].find((q) => h.name.startsWith(q) && h.name.length - q.length >= 3);
    out.push({ finding: 'honour.after-trigger', type: 'Honour', name: h.name, start: h.start, end: h.end, ...(level ? { aliases: [h.name.slice(level.length)] } : {}) });
    found.push([h.start, h.end]);
  }
  // 服务明星获得者某某, 某某是青年岗位能手获得者: unquoted, the words before 获得者 or 得主 name an honour when
  // they end as honours' names do.
  for (const m of text.matchAll(/获得者|得主/g)) {
    const at = winnerTitleStart(s.tokens, m.index);
    const name = text.slice(at, m.index);
    if (name.length < 4 || !honourShaped(name, c) || inQuote(at, m.index) || NOT_IN_TITLE.test(name)) continue;
    found.push([at, m.index]);
    out.push({ finding: 'honour.shape-unquoted', type: 'Honour', name, start: at, end: m.index });
  }
  for (const m of text.matchAll(c.honourCoreAll)) {
    const end = m.index + m[0].length;
    const coreStart = m.index + m[0].search(c.honourCore);
    let at = qualifiedStart(s.tokens, coreStart, c);
    // 2023年度江西省青年文明号: the year stays with its 年度 (never 年度江西省…).
    // (So does a year before 年 alone, 2023年千佳示范单位; a 年 with no year before it is left as it is.)
    const yearBefore = /(?:(?:19|20)\d{2}[-—–~至])?(?:19|20)\d{2}$/.exec(text.slice(0, at));
    if (/^年度/.test(text.slice(at, end))) at = yearBefore ? at - yearBefore[0].length : at + 2;
    else if (/^年/.test(text.slice(at, end)) && yearBefore) at -= yearBefore[0].length;
    const name = text.slice(at, end);
    // A bare 文明城市 / 文明单位 is a kind of title, not a named one: it needs a qualifier (全国, 省级最佳, 朝阳市).
    if (name.length < 4 || (at === coreStart && end - coreStart < 5) || inQuote(at, end)) continue;
    out.push({ finding: 'honour.shape-unquoted', type: 'Honour', name, start: at, end });
  }
  for (const e of editionAwards(text, c)) {
    if (inQuote(e.start, e.end)) continue;
    found.push([e.start, e.end]);
    out.push({ finding: 'honour.shape-unquoted', type: 'Honour', ...e });
  }
  // 个人颁奖, 颁奖典礼, 获奖名单: an event or a list around honours is none of them; 一批先进集体 counts them, and
  // 新一轮文明单位 names a round of a kind of title, not one by its name.
  // A programme's name that ends as an honour's (五星示范统计单位) is an honour's; one that ends as a ceremony
  // (某某颁奖典礼, 嘉许典礼2026) or a ranking (全国百佳) names an event around honours, not an initiative.
  return out
    .map((t): TitleCandidate => (t.type === 'Programme' && c.honourSuffixWord.test(t.name) ? { ...t, type: 'Honour', finding: 'honour.shape' } : t))
    .flatMap((t): TitleCandidate[] => {
      // 荣获“文明单位暨优秀党组织”称号: two honours conferred at once, joined by 暨 inside one quote, are two honours
      // (as 文明单位暨优秀党组织 unquoted is), when each part is a name of three characters or more and one is shaped
      // as an honour's (or ends as a unit's merit, 绩优分行).
      if (t.type !== 'Honour' || !t.name.includes('暨') || text.slice(t.start, t.end) !== t.name) return [t];
      const parts = [...t.name.matchAll(/[^暨]+/g)];
      const shapedPart = (p: string): boolean => honourShaped(p, c) || c.honourUnitQuality.test(p.replace(/(?:分行|支行|网点|单位)$/, ''));
      if (parts.length < 2 || parts.some((p) => p[0].length < 3 || !/^[\u4e00-\u9fff0-9]+$/.test(p[0])) || !parts.some((p) => shapedPart(p[0]))) return [t];
      return parts.map((p) => ({ ...t, name: p[0], start: t.start + p.index, end: t.start + p.index + p[0].length, aliases: [] }));
    })
    .map((t): TitleCandidate => {
      // “庆祝某某成立20周年暨某某进社区日”: an occasion, 暨, then the event held on it; the event is the programme's
      // name, the whole quote another name of it.
      const occasion = t.type === 'Programme' ? OCCASION_THEN_EVENT.exec(t.name) : null;
      if (!occasion) return t;
      const at = t.name.length - occasion[1]!.length;
      return { ...t, name: occasion[1]!, start: t.start + at, aliases: [...new Set([...(t.aliases ?? []), t.name])] };
    })
    .map((t): TitleCandidate => {
      // 获颁某奖: jieba leaves 颁 with the honour's name; the verb is no part of it.
      const verb = t.type === 'Honour' ? /^(?:颁发|颁)/.exec(t.name)?.[0] : undefined;
      return verb && t.name.length - verb.length >= 3 ? { ...t, name: t.name.slice(verb.length), start: t.start + verb.length } : t;
    })
    .map((t): TitleCandidate => {
      // 2017年度全国青年文明号: the same honour as any other year's; the year is the award's (RECEIVED's year), so
      // the name without it is a name of the honour too.
      // (Likewise a programme held every year, 2025“某某”系列活动, 2024年某某比赛: the year is the edition's.)
      // (And a campaign held on its day every year, 3·15某某宣传周: the day is no part of what it is called elsewhere.)
      const year = t.type === 'Honour' ? /^(?:19|20)\d{2}(?:[—–-](?:19|20)?\d{2})?年度?/.exec(t.name)?.[0] : t.type === 'Programme' ? (/^(?:19|20)\d{2}(?:年度?)?(?![\d年])/.exec(t.name) ?? DOTTED_DAY.exec(t.name))?.[0] : undefined;
      const rest = year ? t.name.slice(year.length) : '';
      // 五四红旗团委（团支部）: a variant in brackets after the name; the name without it is a name of the honour too.
      // (So is the name's English in brackets, 某某最佳银行（Best Bank of the Year）, as Hong Kong and Taiwan news gloss it.)
      const variant = t.type === 'Honour' ? /[（(](?:[\u4e00-\u9fff、]{1,8}|[A-Za-z][A-Za-z &'’.,-]{2,60})[）)]$/.exec(t.name)?.[0] : undefined;
      if ((!year || rest.length < 4 || /^[的是]/.test(rest)) && !variant) return t;
      // (Written as the article writes it: a Traditional article's honour keeps its script.)
      const from = year && rest.length >= 4 && !/^[的是]/.test(rest) ? year.length : 0;
      const written = text.slice(t.start, t.end) === t.name ? s.surface.slice(t.start, t.end) : t.name;
      // (And as normalised too: resolution joins a file's mentions by their normalised names, so a Traditional form
      // alone would leave 某某獎（…） apart from the same 某某獎 written bare elsewhere in the article.)
      const shorter = (n: string): string[] => [n.slice(from), n.slice(from, n.length - (variant?.length ?? 0))];
      const forms = [...shorter(written), ...shorter(t.name)].filter((f) => f !== written && f !== t.name && f.length >= 4);
      return forms.length ? { ...t, aliases: [...(t.aliases ?? []), ...new Set(forms)] } : t;
    })
    .filter((t) => {
      if (t.type === 'Honour') return !(c.notAnHonourEnding.test(t.name) || PLACING.test(t.name) || /^(?:一批|一些|多个|多名|多家|一系列|各类|各项|新一轮|新一批|新一届)/.test(t.name));
      // (Nor one that ends as a meeting or a chat group does, 某某推进会, 某某工作群: a body met or set up once, no
      // initiative run.)
      if (t.type === 'Programme') return !/(?:百佳|典礼|颁奖)(?:\d{4})?$/.test(t.name) && !c.notAProgrammeEnding.test(t.name);
      return true;
    });
}
