/**
 * Canonical forms used as identity keys. Two surface forms with the same
 * canonical form are the same thing: 辽宁省分行 and 辽宁分行; “雷锋精神驻工行,
 * 志愿服务在行动” and the same with a space.
 */

/** Branch core without administrative markers: 山东省聊城市茌平支行 → 山东聊城茌平支行. */
export function canonicalCore(core: string): string {
  return core.replace(/([\u4e00-\u9fff]{2,}?)(?:自治区|地区|省|市|县|区)(?=[\u4e00-\u9fff])/g, '$1');
}

/**
 * Programme and honour names: no white space, quotes or list punctuation; a rural bank's name in its short form
 * (全市农村商业银行系统…气排球赛 in the body is the 全市农商银行系统…气排球赛 of the headline).
 */
export function canonicalTitle(name: string): string {
  return name.replace(/[\s“”"‘’'「」『』,，、·]/g, '').replace(/农村商业银行|农商行(?!业)/g, '农商银行').replace(/農村商業銀行|農商行(?!業)/g, '農商銀行');
}

/** Honours: also without the level or year in front (全国五一劳动奖状 = 五一劳动奖状, 2023年度工人先锋号). */
export function canonicalHonour(name: string): string {
  return canonicalTitle(name).replace(/^(?:(?:19|20)\d{2}年度?|第[一二三四五六七八九十\d]+届)?(?:全国|国家级|总行级|总行|分行级)?/, '');
}

/**
 * An honour's or programme's name as two articles' names of it are compared when one form is shared by several
 * nodes: without a year, an edition or a level in front (2015-2016年度, 第三届, 市级) and without what says whom
 * or how it is given after it (集体, 个人, 称号, 荣誉称号), so long as a name of three characters or more is left.
 */
export function comparableTitle(name: string): string {
  let s = canonicalTitle(name);
  const front = /^(?:(?:19|20)\d{2}(?:[-—–~至](?:19|20)?\d{2})?年度?|第[一二三四五六七八九十\d]+[届屆]|全国|全國|国家级|國家級|省级|省級|市级|市級|县级|縣級|区级|區級)/;
  const back = /(?:[（(](?:集体|集體|个人|個人)[）)]|集体|集體|个人|個人|荣誉称号|榮譽稱號|称号|稱號)$/;
  for (let m = front.exec(s); m && s.length - m[0].length >= 3; m = front.exec(s)) s = s.slice(m[0].length);
  for (let m = back.exec(s); m && s.length - m[0].length >= 3; m = back.exec(s)) s = s.slice(0, -m[0].length);
  return s;
}

/**
 * An honour's name without the body that confers it in front (共青团某市委员会, 某市总工会, 某县人民政府), as another
 * article names it; the name itself when no such body opens it or less than three characters would be left.
 */
export function withoutConferrer(name: string): string {
  const m = /^(?:共青团[\u4e00-\u9fff]{1,8}?委员会|团[省市县区]委|[\u4e00-\u9fff]{2,8}?(?:总工会|總工會|妇女联合会|婦女聯合會|妇联|婦聯|人民政府))/.exec(name);
  return m && name.length - m[0].length >= 3 ? name.slice(m[0].length) : name;
}

/**
 * Does `short` name the same unit as `long` (湖滨路支行 / 德清湖滨路支行; 城关支行 / 德清城关镇支行)? `specialities`: how
 * a specialised unit's name ends before its suffix (dict/cues/unit-speciality.txt).
 */
export function isShortFormOf(short: string, long: string, unitSuffixes: RegExp, specialities: readonly string[] = []): boolean {
  if (short === long || short.length >= long.length) return false;
  // A quarter of the place in front (东X分行 beside X分行: the east of X) makes a unit of its own, not a fuller name.
  if (long.endsWith(short)) return !/^[东西南北東]$/.test(long.slice(0, long.length - short.length));
  // Same unit suffix, and the short name's characters in order inside the long one, its first two together.
  const suffix = unitSuffixes.exec(short)?.[0];
  if (!suffix || !long.endsWith(suffix)) return false;
  const s = short.slice(0, -suffix.length);
  const l = long.slice(0, -suffix.length);
  if (s.length < 2 || !l.includes(s.slice(0, 2))) return false;
  // 湖滨支行 for 湖滨小微企业专营支行: what a specialised unit serves is left out when it is named by its place.
  if (l.startsWith(s) && specialities.some((w) => l.endsWith(w)) && !unitSuffixes.test(l)) return true;
  // 镇海支行 and 镇海胜利桥支行: the long name is the short one and a name of its own, a unit inside it, not the
  // same unit (an abbreviation drops characters: 城关支行 for 德清城关镇支行).
  if (l.startsWith(s) && l.length - s.length >= 2) return false;
  let j = l.indexOf(s.slice(0, 2)) + 2;
  for (let i = 2; i < s.length; i++) {
    j = l.indexOf(s[i]!, j);
    if (j === -1) return false;
    j++;
  }
  return true;
}

const suffixRuns = new WeakMap<object, RegExp>();
/** A run of unit suffixes at the end of a name (支行, 支行营业室), from the lexicon's units. */
export function unitSuffixRun(units: { suffixes: string[] }): RegExp {
  let re = suffixRuns.get(units);
  if (!re) {
    re = new RegExp(`(?:${units.suffixes.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})+$`);
    suffixRuns.set(units, re);
  }
  return re;
}
