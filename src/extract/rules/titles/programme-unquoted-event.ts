/**
 * 举办第三届全市金融系统职工业务技能比赛, 参加了2024年全市银行业人民币业务技能竞赛, 金农杯综合业务知识技能竞赛在…举行:
 * a contest or event written without quotes, held or joined by a unit. Its name ends as contests' names do
 * (dict/cues/event-suffix.txt) and holds a mark of its own (第…届, a year, …杯, a place or a level, 金融系统);
 * a bare 技能竞赛 is a generic activity. A year in front is no part of the name (kept as an alias). A plan (启动恒生
 * 某某计划) is read the same way when the name of its sentence's bank opens it, and so are a campaign, a project and a
 * brand (启动农行某某行动, 实施工银某某工程, 打造邮储某某品牌).
 */
import { defineMentionRule } from '../../rule.js';
import { bankMatches } from '../../scan/banks.js';
import type { RuleCtx, SentenceCtx } from '../../types.js';

/** A date opening the sentence before the event's name (10月30日，, 近日，, 2023年5月, ). */
const DATE_FIRST = '(?:(?:(?:19|20)\\d{2}年)?\\d{1,2}月(?:\\d{1,2}(?:[-—至]\\d{1,2})?日)?(?:上午|下午|晚)?|近日|日前|近期|目前)[，,、]?';

/** How long it lasts, before a contest's name that opens a clause (为期两天的某某比赛在…收官): no part of the name. */
const LASTING = '为期[一二三四五六七八九十两半\\d]+(?:个)?(?:天|日|周|星期|月)的';

/** What became of a contest named before it: held, opened, closed, its results out. */
const HELD = '(?:决赛|复赛|初赛)?(?:正式|圆满|隆重|顺利|成功|结果|评选结果)?(?:举行|举办|开幕|开赛|落幕|闭幕|启动|结束|落下帷幕|拉开帷幕|鸣锣开赛|收官|揭晓)';
/** When, said between a contest's name and what became of it (日前在某地举行). */
const SOON = '(?:日前|近日|近期|昨日|今日|昨天|今天)?';
/** A verb of winning before a contest's name, and the placing after it (荣获某某比赛团体一等奖). */
const WON = '(?:荣获|获得|获|夺得|勇夺|摘得|斩获)了?';
const PLACE_AFTER = '[^，,。；;、\\d]{0,6}?(?:第[一二三四五六七八九十\\d]+名|[一二三特]等奖|冠军|亚军|季军|优秀组织奖|金奖|银奖|铜奖)';

const compiled = new WeakMap<object, { held: RegExp; opening: RegExp; placed: RegExp; inner: RegExp }>();

function patterns(ctx: RuleCtx): { held: RegExp; opening: RegExp; placed: RegExp; inner: RegExp } {
  let p = compiled.get(ctx.lex);
  if (!p) {
    const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const alt = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map(esc).join('|');
    // (A quoted cup or theme may stand inside the name: 第三届“农商行杯”羽毛球赛, 某市银行业“诚信兴商”征文大赛.)
    // (Two sports may share one contest: 乒乓球、羽毛球团体比赛; a 、 between two characters of the name.)
    const name = `((?:第[一二三四五六七八九十百\\d]+届)?(?:[\\u4e00-\\u9fff0-9·]|[“「][^”」，。]{2,12}[”」]|(?<=[\\u4e00-\\u9fff])、(?=[\\u4e00-\\u9fff])){2,26}?(?:${alt(ctx.lex.cues['event-suffix'])}))`;
    const verbs = alt(ctx.lex.cues['programme-before']);
    p = {
      // After a verb of holding or joining (举办了, 参加).
      // (A quoted theme may come between: 举办“某某”首届职工技能竞赛; the theme is another name of the contest.)
      // (Or with 的 between, 某协会组织开展的某某大赛: the contest still needs a mark of its own.)
      // (Or, after 由…承办的, followed by what became of it: …的某某比赛举行, 落下帷幕, or by who holds it, 由某行承办.)
      // (Or followed by its entrants or entries: 某某大赛参赛作品, 某某比赛参赛队伍.)
      held: new RegExp(`(?:${verbs})了?的?(?:“([^”]{2,20})”)?${name}(?=[^\\u4e00-\\u9fff“「]|在|于|中|上|期间|并|由|参赛|${SOON}${HELD}|$)`, 'g'),
      // Opening a sentence, then where and when it was held (某某竞赛在某地举行).
      // (A date may come first: 10月30日，某某竞赛在…举行.)
      // (A quoted theme may open it as it may follow a verb: “某某”某行2024年员工乒乓球赛于…举办.)
      // (Or, with its quoted theme, opening a clause after the aim it serves: 为…，“某某”某某比赛于…举办.)
      // (Or opening a later clause: 端午节前夕，某市金融系统第二届龙舟赛在某江举行; with a time and a place or
      // neither: 某某比赛日前在某地开赛, 某某比赛圆满落幕, 某某比赛由某行承办.)
      opening: new RegExp(`(?:^(?:${DATE_FIRST})?(?:“([^”]{2,20})”)?|[，,](?:“([^”]{2,20})”)?)(?:${LASTING})?${name}(?=${SOON}(?:(?:在|于)[^，。；]{0,24}?)?(?:${HELD}|由))`, 'g'),
      // In it a unit placed, or its placing (在某某比赛中获得, 在某某运动会上夺得; 荣获某某竞赛团体一等奖).
      placed: new RegExp(`(?:在|于|${WON})${name}(?=[中上]|${PLACE_AFTER})`, 'g'),
      inner: new RegExp(`(?:${verbs})了?`, 'g'),
    };
    compiled.set(ctx.lex, p);
  }
  return p;
}

/** Verbs of attending, opening or speaking at a contest: never inside its name. */
const ATTENDING = /出席|宣布|致辞|致辭|主持|讲话|講話|陪同|观看|觀看|并|並/;

/** What makes a contest's name a name: an edition, a year, a cup, a place or level, a field. */
const OWN_MARK = /第[一二三四五六七八九十百\d]+届|首届|(?:19|20)\d{2}年|[杯盃]|全国|全省|全市|全县|全区|金融系统|银行业|[省市县区州]/;
/** Words a description has and a name does not (一场精彩的比赛, 各类竞赛, 本次大赛). */
const DESCRIPTION = /的|一场|一次|多场|各类|各项|系列|本次|本届|此次|这次|该次|相关|有关|此类|内部/;
const LEADING_YEAR = /^(?:19|20)\d{2}年度?/;
/** Kinds whose unquoted name is a name only when a bank's name opens it (恒生某某计划, 工银某某工程). */
const BANK_NAMED_KIND = /(?:计划|行动|工程|品牌)$/;

/**
 * Other names of the contest: with its year (2024年全市…竞赛), its quoted theme, a quoted cup in it, and without the place it opens
 * with when what is left is still a name (石家庄市银行业…竞赛 is 银行业…竞赛 again further on).
 */
function aliasesOf(name: string, full: string, year: number, theme: string | undefined, ctx: RuleCtx): { aliases?: string[] } {
  const aliases = [...(year ? [full] : []), ...(theme ? [theme] : [])];
  // (A quoted cup inside the name is another name of it: 第三届“金桥杯”职工乒乓球赛 is the 金桥杯. A quoted theme is
  // not: “我身边的好榜样” may be an honour's name as well.)
  for (const q of name.matchAll(/[“「]([^”」]{1,10}[杯盃])[”」]/g)) aliases.push(q[1]!);
  for (let k = Math.min(8, name.length - 4); k >= 3; k--) {
    const place = name.slice(0, k);
    const rest = name.slice(k);
    if (/[省市县区]$/.test(place) && ctx.lex.places.byName.get(place)?.some((p) => p.full === place) && OWN_MARK.test(rest)) {
      aliases.push(rest);
      break;
    }
  }
  return aliases.length ? { aliases } : {};
}

/** Does the name open with a name (two characters or more) of a bank the sentence names? */
function bankFirst(name: string, s: SentenceCtx, ctx: RuleCtx): boolean {
  const matches = bankMatches(s, ctx);
  if (matches.some((m) => m.word.length >= 2 && name.startsWith(m.word))) return true;
  const here = new Set(matches.map((m) => m.bank));
  for (let k = Math.min(8, name.length - 4); k >= 2; k--) {
    const bank = ctx.lex.banks.byAlias.get(name.slice(0, k));
    if (bank !== undefined && here.has(bank)) return true;
  }
  return false;
}

export const programmeUnquotedEvent = defineMentionRule({
  id: 'programme.unquoted-event',
  description: 'a contest or event written without quotes, with a mark of its own, held or joined (举办第三届全市职工业务技能比赛)',
  produces: 'Programme',
  confidence: 0.6,
  strength: 'certain',
  run(s, ctx, emit) {
    const { held, opening, placed, inner } = patterns(ctx);
    const found = [...s.text.matchAll(held)];
    found.push(...s.text.matchAll(opening), ...s.text.matchAll(placed));
    for (const m of found) {
      // (The name is the last group a pattern has, a theme the one before it, when there.)
      const groups = m.slice(1);
      let full = groups[groups.length - 1]!;
      const theme = groups.slice(0, -1).find((g) => g !== undefined);
      let start = m.index + m[0].length - full.length;
      // 组织员工参加了某某比赛: the name starts after the last verb of holding or joining inside the match.
      let cut = 0;
      for (const v of full.matchAll(inner)) cut = v.index + v[0].length;
      if (cut > 0) {
        full = full.slice(cut);
        start += cut;
      }
      // (组织开展的某某大赛: the 的 after the verb is no part of the name.)
      if (full.startsWith('的')) {
        full = full.slice(1);
        start += 1;
      }
      // (A quoted theme inside may hold any words: 某市银行业“我身边的好榜样”演讲比赛.)
      if (DESCRIPTION.test(full.replace(/[“「][^”」]*[”」]/g, ''))) continue;
      // (，市金融工会主席某某到场致辞并宣布乒乓球比赛开赛: a clause about who came, with a verb of attending in it, is no
      // contest's name; a post alone may be in one, 职工羽毛球比赛.)
      if (ATTENDING.test(full)) continue;
      const year = LEADING_YEAR.exec(full)?.[0].length ?? 0;
      // (2024年全市银行业…竞赛: the name is what follows the year; the whole is an alias.)
      const name = full.slice(year);
      // (The year alone is no mark: 2024年技能竞赛 is a generic contest of that year.)
      // (A plan, 计划, has one mark only: the name of a bank of its sentence opening it, 恒生社區關愛計劃, by any of
      // its names, short ones too; 推出帮扶计划 and 全市助农计划 are generic.)
      // (So has a campaign, a project or a brand, 启动农行春耕金融服务行动, 实施工银兴农工程, 打造邮储红色金融品牌:
      // 开展专项行动, 实施人才工程 are generic.)
      const plan = BANK_NAMED_KIND.test(name);
      if (name.length < 4 || (plan ? !bankFirst(name, s, ctx) : !OWN_MARK.test(name))) continue;
      emit({ type: 'Programme', name, surface: s.surface.slice(start + year, start + full.length), sentence: s.index, start: start + year, end: start + full.length, ...aliasesOf(name, full, year, theme, ctx) });
    }
  },
});
