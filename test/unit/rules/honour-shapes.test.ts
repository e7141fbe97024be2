/**
 * Who received which honour, on a grid: units of three kinds and honours for units in the eighteen ways news
 * writes a unit's honour (荣获“…”称号, 被评为, 获评, 被某会授予, 喜获, 荣膺, 摘得, lists, no quotes, 入选…名单), and
 * honours for people in the ways news writes a person's (员工某某荣获, 某支行的某某获评, 某某等3人获得). Each text
 * must give RECEIVED from the recipient to the honour, and none from anyone else.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from './facts.js';

const UNITS = ['农行湖滨支行', '德清农商银行', '建设银行南城支行营业部'];
const UNIT_HONOURS = ['全国文明单位', '青年文明号', '巾帼文明岗', '全国五一劳动奖状', '工人先锋号', '百佳示范单位', '金融知识普及先进集体', '省级文明单位', '星级网点'];
const PERSON_HONOURS = ['优秀共产党员', '先进个人', '服务明星', '全国五一劳动奖章', '三八红旗手', '最美柜员', '青年岗位能手'];
/** Another unit named in a list with the recipient. */
const OTHER = '工行城东支行';

const UNIT_SHAPES: Array<[string, (unit: string, honour: string) => string]> = [
  ['荣获“…”称号', (u, h) => `${u}荣获“${h}”称号。`],
  ['被评为', (u, h) => `${u}被评为“${h}”。`],
  ['获评', (u, h) => `${u}获评“${h}”。`],
  ['被授予“…”称号', (u, h) => `${u}被授予“${h}”称号。`],
  ['喜获', (u, h) => `${u}喜获“${h}”。`],
  ['荣膺', (u, h) => `${u}荣膺“${h}”称号。`],
  ['a date first', (u, h) => `近日，${u}荣获“${h}”称号。`],
  ['a year and 荣誉称号', (u, h) => `${u}获得2023年度“${h}”荣誉称号。`],
  ['an event first', (u, h) => `在全市评选活动中，${u}荣获“${h}”称号。`],
  ['被某会授予', (u, h) => `${u}被市总工会授予“${h}”称号。`],
  ['再获', (u, h) => `${u}再获“${h}”称号。`],
  ['摘得', (u, h) => `${u}摘得“${h}”称号。`],
  ['two units joined by 和', (u, h) => `${u}和${OTHER}荣获“${h}”称号。`],
  ['two units joined by 、', (u, h) => `${OTHER}、${u}荣获“${h}”称号。`],
  ['no quotes', (u, h) => `${u}荣获${h}称号。`],
  ['成功创建', (u, h) => `${u}成功创建“${h}”。`],
  ['入选名单', (u, h) => `${u}入选“${h}”名单。`],
  ['授予 the unit', (u, h) => `市总工会授予${u}“${h}”称号。`],
  ['the honour as a title, quoted', (u, h) => `会上，“${h}”${u}作交流发言。`],
  ['获“…”殊荣', (u, h) => `${u}获“${h}”殊荣。`],
  ['喜提', (u, h) => `${u}喜提“${h}”。`],
  ['“…”花落', (u, h) => `“${h}”花落${u}。`],
  ['被某会命名为', (u, h) => `${u}被省总工会命名为“${h}”。`],
  ['分获, two units', (u, h) => `${OTHER}、${u}分获“${h}”。`],
  ['teams of two units 同获', (u, h) => `比赛结束，${OTHER}代表队、${u}代表队同获“${h}”。`],
  ['荣获《…》荣誉称号', (u, h) => `2019年，${u}荣获《${h}》荣誉称号。`],
  ['被某会评选为', (u, h) => `${u}被市银行业协会评选为“${h}”。`],
];

const PERSON_SHAPES: Array<[string, (unit: string, honour: string, name: string) => string]> = [
  ['员工某某荣获', (u, h, n) => `${u}员工${n}荣获“${h}”称号。`],
  ['某支行的某某获评', (u, h, n) => `${u}的${n}获评“${h}”。`],
  ['某某被评为', (u, h, n) => `${u}开展活动。${n}被评为“${h}”。`],
  ['柜员某某荣获', (u, h, n) => `${u}柜员${n}荣获“${h}”称号。`],
  ['某某等3人获得', (u, h, n) => `${u}客户经理${n}等3人获得“${h}”称号。`],
  ['“…”获得者某某', (u, h, n) => `${u}开展活动。“${h}”获得者${n}分享了经验。`],
  ['“…”：unit, post, name', (u, h, n) => `“${h}”：${u}柜员${n}。`],
  ['获得“…”称号的有：', (u, h, n) => `荣获“${h}”称号的有：${u}${n}。`],
  ['某某是“…”获得者', (u, h, n) => `${u}柜员${n}是“${h}”获得者。`],
];

function check(text: string, recipient: string, honour: string, others: string[], missed: string[], wrong: string[]): void {
  const received = factsOf(text).facts.filter((f) => f.startsWith('RECEIVED '));
  const right = `RECEIVED ${recipient} -> ${honour}`;
  if (!received.some((f) => f === right || f.startsWith(`${right} (`))) missed.push(text);
  const bad = received.filter((f) => ![recipient, ...others].some((who) => f.startsWith(`RECEIVED ${who} -> `)));
  if (bad.length) wrong.push(`${text} → ${bad.join('; ')}`);
}

describe('an honour received by the unit named with it', () => {
  for (const [shape, text] of UNIT_SHAPES) {
    it(shape, () => {
      const missed: string[] = [];
      const wrong: string[] = [];
      for (const unit of UNITS) for (const honour of UNIT_HONOURS) check(text(unit, honour), unit, honour, [OTHER], missed, wrong);
      expect(missed, 'no RECEIVED').toEqual([]);
      expect(wrong, 'RECEIVED by someone else').toEqual([]);
    });
  }
});

describe('an honour received by the person named with it', () => {
  for (const [shape, text] of PERSON_SHAPES) {
    it(shape, () => {
      const missed: string[] = [];
      const wrong: string[] = [];
      for (const unit of UNITS) for (const honour of PERSON_HONOURS) check(text(unit, honour, '韩梅'), '韩梅', honour, [], missed, wrong);
      expect(missed, 'no RECEIVED').toEqual([]);
      expect(wrong, 'RECEIVED by someone else').toEqual([]);
    });
  }
});

/** Longer sentences, one shape each: the RECEIVED facts they must give, and no others. */
const U = '农行湖滨支行';
const ROWS: Array<[string, string[]]> = [
  // Unquoted before 获得者 or 得主: the words before it, when they end as an honour's name does.
  [`${U}开展活动。服务明星获得者韩梅分享了经验。`, ['RECEIVED 韩梅 -> 服务明星']],
  [`${U}柜员韩梅是青年岗位能手获得者。`, ['RECEIVED 韩梅 -> 青年岗位能手']],
  [`${U}柜员韩梅是全国五一劳动奖章获得者。`, ['RECEIVED 韩梅 -> 全国五一劳动奖章']],
  [`${U}开展活动。这次比赛的获得者韩梅分享了经验。`, []],
  [`在2023年度考核中，${U}被评为先进单位。`, [`RECEIVED ${U} -> 先进单位`]],
  [`${U}荣获省级“青年文明号”。`, [`RECEIVED ${U} -> 青年文明号`]],
  [`${U}先后荣获“全国文明单位”“青年文明号”等荣誉称号。`, [`RECEIVED ${U} -> 全国文明单位`, `RECEIVED ${U} -> 青年文明号`]],
  [`${U}先后荣获“全国文明单位”、“青年文明号”和“巾帼文明岗”等荣誉。`, [`RECEIVED ${U} -> 全国文明单位`, `RECEIVED ${U} -> 青年文明号`, `RECEIVED ${U} -> 巾帼文明岗`]],
  [`${U}被中国银行业协会评为“百佳示范单位”。`, [`RECEIVED ${U} -> 百佳示范单位`]],
  [`${U}获得了“青年文明号”的称号。`, [`RECEIVED ${U} -> 青年文明号`]],
  [`${U}获“青年文明号”称号。`, [`RECEIVED ${U} -> 青年文明号`]],
  [`${U}荣登“最佳服务网点”榜单。`, [`RECEIVED ${U} -> 最佳服务网点`]],
  [`${U}团支部荣获“五四红旗团支部”称号。`, [`RECEIVED ${U} -> 五四红旗团支部`]],
  [`${U}工会荣获“模范职工之家”称号。`, [`RECEIVED ${U} -> 模范职工之家`]],
  [`${U}党支部被评为“先进基层党组织”。`, [`RECEIVED ${U} -> 先进基层党组织`]],
  [`${U}营业室荣获“巾帼文明岗”称号。`, [`RECEIVED ${U}营业室 -> 巾帼文明岗`]],
  [`${U}开展活动。韩梅同志荣获“优秀共产党员”称号。`, ['RECEIVED 韩梅 -> 优秀共产党员']],
  [`${U}开展活动。柜员韩梅被授予“全国五一劳动奖章”。`, ['RECEIVED 韩梅 -> 全国五一劳动奖章']],
  [`${U}开展活动。荣获“最美柜员”称号的韩梅说，这是集体的荣誉。`, ['RECEIVED 韩梅 -> 最美柜员']],
  [`${U}开展活动。柜员韩梅获得了“服务明星”的称号。`, ['RECEIVED 韩梅 -> 服务明星']],
  [`${U}开展活动。柜员韩梅先后获得“服务明星”“岗位能手”等荣誉。`, ['RECEIVED 韩梅 -> 服务明星', 'RECEIVED 韩梅 -> 岗位能手']],
  [`${U}的韩梅、李建国分别获得“服务明星”和“岗位能手”称号。`, ['RECEIVED 韩梅 -> 服务明星', 'RECEIVED 李建国 -> 岗位能手']],
  [`${U}在全市银行业技能竞赛中荣获团体一等奖。`, [`RECEIVED ${U} -> 团体一等奖`]],
  [`${U}喜获2023年度“全省文明规范服务示范网点”称号。`, [`RECEIVED ${U} -> 全省文明规范服务示范网点`]],
  [`日前，湖州市总工会授予${U}“工人先锋号”称号。`, [`RECEIVED ${U} -> 工人先锋号`]],
  [`${U}以优异成绩通过验收，被命名为“青年文明号”。`, [`RECEIVED ${U} -> 青年文明号`]],
  [`${U}被授予“全国五一劳动奖状”，这是该行首次获此殊荣。`, [`RECEIVED ${U} -> 全国五一劳动奖状`]],
  // An honour worn as a title, right before its recipient, who is named for something else.
  [`会上，全国文明单位${U}作交流发言。`, [`RECEIVED ${U} -> 全国文明单位`]],
  [`会上，省级文明单位${U}作交流发言。`, [`RECEIVED ${U} -> 省级文明单位`]],
  [`会上，全国百佳示范单位${U}作交流发言。`, [`RECEIVED ${U} -> 全国百佳示范单位`]],
  [`${U}开展活动。全国劳动模范韩梅说，这是大家的功劳。`, ['RECEIVED 韩梅 -> 全国劳动模范']],
  [`${U}开展活动。“最美柜员”李建国介绍，活动持续一周。`, ['RECEIVED 李建国 -> 最美柜员']],
  // A list of placements, unit then name then 获 (jieba reads 宋荣获得 as 宋 / 荣获 / 得, 邹帆获 as one unknown word).
  [`决赛中，${U}宋荣获得女子单打亚军，工行城东支行邹帆获“服务明星”称号。`, ['RECEIVED 宋荣 -> 女子单打亚军', 'RECEIVED 邹帆 -> 服务明星']],
  // A publication in quotes confers, it is no honour; an award for the best bank ends as a bank's name does; a
  // place, 及 and a place open a name, not a list.
  [`${U}荣获“金融时报”杂志评选的“年度最佳网点”。`, [`RECEIVED ${U} -> 年度最佳网点`]],
  [`${U}被评为亚太及香港区最稳健银行。`, [`RECEIVED ${U} -> 亚太及香港区最稳健银行`]],
  [`${U}获评全球最佳银行。`, [`RECEIVED ${U} -> 全球最佳银行`]],
  [`${U}荣获奖杯和奖牌。`, []],
  // 曾获, 先后获 …: 获 after an adverb confers; a person's apposition first (某某，某支行柜员，曾获“…”).
  [`韩梅，${U}柜员，曾获“全国五一劳动奖章”。`, ['RECEIVED 韩梅 -> 全国五一劳动奖章']],
  // A list under an honour's name: a unit in brackets after its person is where the person works, no recipient.
  [`表彰名单如下。先进个人：韩梅（${U}）、李建国（工行城东支行）。`, ['RECEIVED 韩梅 -> 先进个人', 'RECEIVED 李建国 -> 先进个人']],
  // The unit that confers an honour may open its phrase (被评为某分行先进工作者): the honour is what follows.
  [`${U}开展活动。柜员韩梅多次被评为工行湖州分行金融先进工作者、优质服务先进个人。`, ['RECEIVED 韩梅 -> 金融先进工作者', 'RECEIVED 韩梅 -> 优质服务先进个人']],
  // (Not when a list or a verb stands between them.)
  [`在全国文明单位评选会上，${U}作交流发言。`, []],
  [`“青年文明号”：${U}、工行城东支行；“巾帼文明岗”：建设银行南城支行。`, [`RECEIVED ${U} -> 青年文明号`, 'RECEIVED 工行城东支行 -> 青年文明号', 'RECEIVED 建设银行南城支行 -> 巾帼文明岗']],
  // Another body received it (the subject of its own verb of receiving, or the one 授予 names): the bank only attends
  // or serves it.
  [`${U}受邀参加颁奖典礼，华兴科技公司荣获“创新企业”称号。`, []],
  [`${U}的客户华兴商贸公司获评“诚信企业”。`, []],
  [`市委宣传部授予华兴科技公司“文明单位”称号，${U}派员出席。`, []],
  // (A body that confers stays none: 荣获某协会授予的.)
  [`${U}荣获中国银行业协会授予的“千佳示范单位”称号。`, [`RECEIVED ${U} -> 千佳示范单位`]],
  // An honour's campaign or contest (“…”创建活动, 评选工作) is aimed at, not received; its fruits (创建成果) are held.
  [`${U}将“青年文明号”创建活动作为年度重点工作。`, []],
  [`${U}把“最美柜员”评选工作作为重要抓手。`, []],
  [`${U}巩固“全国文明单位”创建成果，提升服务水平。`, [`RECEIVED ${U} -> 全国文明单位`]],
  // A lone 获 right before a prize or a commendation, its recipient before it (a unit between them confers it).
  [`在全市银行业技能比赛中，${U}代表队获团体一等奖。`, [`RECEIVED ${U} -> 团体一等奖`]],
  [`${U}的韩梅在全省技能大赛中获个人三等奖。`, ['RECEIVED 韩梅 -> 个人三等奖']],
  [`${U}获市政府“金融服务先进单位”表彰。`, [`RECEIVED ${U} -> 金融服务先进单位`]],
  [`${U}获工行湖州分行“服务标兵网点”表彰。`, [`RECEIVED ${U} -> 服务标兵网点`]],
  [`${U}员工收获了“最美柜员”的赞誉。`, []],
  // An honour that describes who follows it names its recipient there, after a few words of who they are, or no one.
  [`${U}向荣获“见义勇为英雄”称号的市民张志强赠送慰问金。`, ['RECEIVED 张志强 -> 见义勇为英雄']],
  [`${U}邀请荣获“全国五一劳动奖章”的华兴公司员工刘伟作报告。`, ['RECEIVED 刘伟 -> 全国五一劳动奖章']],
  [`${U}向荣获“见义勇为英雄”称号的市民赠送慰问金。`, []],
  // A count of honours after the last one (两项荣誉) is no tally of holders; 分获 pairs as 分别 does; 未能获评 is denied.
  [`${U}荣获市级“文明单位”和省级“青年文明号”两项荣誉。`, [`RECEIVED ${U} -> 文明单位`, `RECEIVED ${U} -> 青年文明号`]],
  // (Unquoted, with a level between the count and its word: the count ends the last name, and counts no holders.)
  [`${U}荣获全国巾帼文明岗和全国文明单位两项国家级荣誉。`, [`RECEIVED ${U} -> 全国巾帼文明岗`, `RECEIVED ${U} -> 全国文明单位`]],
  [`${U}林晓燕、吴海涛分获“服务明星”和“营销能手”称号。`, ['RECEIVED 林晓燕 -> 服务明星', 'RECEIVED 吴海涛 -> 营销能手']],
  [`${U}去年未能获评“五星级网点”。`, []],
  // 上榜 confers as 荣登 does; 成为…“…”之一 makes the unit one of its holders (成为 alone may be an aim or a figure).
  [`${U}成功上榜“中国银行业文明规范服务千佳示范单位”。`, [`RECEIVED ${U} -> 中国银行业文明规范服务千佳示范单位`]],
  [`${U}成为全市首批“五星级网点”之一。`, [`RECEIVED ${U} -> 五星级网点`]],
  // 荣获“…”的单位分别是甲和乙: a list after the honour with no colon; 和 parts its items.
  [`荣获“青年文明号”的单位分别是${U}和工行城东支行。`, [`RECEIVED ${U} -> 青年文明号`, 'RECEIVED 工行城东支行 -> 青年文明号']],
  // A tally of an honour's holders, then who made it (获此殊荣, 榜上有名) in a later clause.
  [`本次评选共评出“最美网点”10家，${U}获此殊荣。`, [`RECEIVED ${U} -> 最美网点`]],
  [`全市已有“最美网点”10家，${U}正在积极创建。`, []],
  // 得主是 / 获得者为: the one named next; a unit's person when the unit names one after it, never the unit then.
  [`本届“最美柜员”得主是${U}柜员韩梅。`, ['RECEIVED 韩梅 -> 最美柜员']],
  [`本届“最美网点”得主是${U}。`, [`RECEIVED ${U} -> 最美网点`]],
  // A clause that opens with another body or a place as its subject (该校, 某村, 市税务局, 志愿者团队): not the
  // article's unit; the bank's own words (该行, 营业所) still are.
  [`${U}走进青石小学开展宣传。\n该校曾荣获“全国文明校园”称号。`, []],
  [`${U}工作人员来到东山村开展服务。\n东山村被评为“全国文明村”。`, []],
  [`${U}联合市税务局开展宣传。\n市税务局曾荣获“全国文明单位”称号。`, []],
  [`${U}开展志愿服务。\n参与活动的青年志愿者团队曾获“全国优秀志愿服务组织”称号。`, []],
  [`${U}深耕乡村。\n近年来，营业所先后荣获“青年文明号”“巾帼文明岗”等荣誉。`, [`RECEIVED ${U} -> 青年文明号`, `RECEIVED ${U} -> 巾帼文明岗`]],
  // (In one sentence too: a county or a village that opens the honour's clause got it, not a unit named after it.)
  [`清溪县荣获“全国文明城市”称号，${U}积极参与其中。`, []],
  [`东山村被评为“全国文明村”，${U}派员到场祝贺。`, []],
  // (A clause with no subject goes on with the sentence's: an organisation that opens it.)
  [`${U}为华兴公司发放贷款。\n华兴公司成立于2010年，曾获“高新技术企业”认定。`, []],
  // A contest's medal ends an honour's name as 奖 does (个人全能金牌); a bare medal names none.
  [`${U}柜员韩梅在全国银行业技能竞赛中摘得个人全能金牌。`, ['RECEIVED 韩梅 -> 个人全能金牌']],
  [`${U}柜员韩梅在全国银行业技能竞赛中摘得金牌。`, []],
  // An honour's own shape after a verb of receiving, then 的 and a word of praise (获得“…奖”的肯定): received, not a slogan
  // nor a description of who follows.
  [`${U}在今年的评鉴中获得“服务品质优良奖”的肯定。`, [`RECEIVED ${U} -> 服务品质优良奖`]],
  [`颁奖仪式上，市长刘伟为获得“金融服务先进单位”的${U}颁奖。`, [`RECEIVED ${U} -> 金融服务先进单位`]],
  [`${U}营业室荣获青年文明号、${U}获评全国文明单位。`, [`RECEIVED ${U}营业室 -> 青年文明号`, `RECEIVED ${U} -> 全国文明单位`]],
  // 被评选为 (评 and 为 apart) confers as 被评为 does, quoted or not, on a unit or a person.
  [`${U}被评选为省级文明单位。`, [`RECEIVED ${U} -> 省级文明单位`]],
  [`${U}柜员韩梅被评选为全市“最美柜员”。`, ['RECEIVED 韩梅 -> 最美柜员']],
  // 中国银行业… is the banking sector of the country, not the Bank of China conferring what follows: the whole is the name.
  [`${U}荣获中国银行业文明规范服务百佳示范单位称号。`, [`RECEIVED ${U} -> 中国银行业文明规范服务百佳示范单位`]],
  [`${U}成功入选中国银行业文明规范服务千佳示范单位。`, [`RECEIVED ${U} -> 中国银行业文明规范服务千佳示范单位`]],
  // 入选…名单, 荣登…榜单, unquoted: the list's word ends the honour's name, which is not cut down to a word it ends in.
  [`${U}入选全省金融系统青年文明号名单。`, [`RECEIVED ${U} -> 全省金融系统青年文明号`]],
  [`${U}荣登全省金融系统巾帼文明岗榜单。`, [`RECEIVED ${U} -> 全省金融系统巾帼文明岗`]],
  // A year with 年 alone before an unquoted honour's name (2023年…示范单位) is the year's, whole, not a stray 年 of the name.
  [`在市银行业协会公布的2023年千佳示范单位名单中，${U}榜上有名。`, [`RECEIVED ${U} -> 2023年千佳示范单位`]],
  // A grade quoted whole (“优秀等次”, “A级档次”) is the grade of an appraisal, as with the grade's word after the quote.
  [`${U}在年度考核中获评“优秀等次”。`, []],
  // 在“…”评选中，甲成功当选: the contest for the honour, then who was chosen in it; a count of those chosen names none,
  // and the honour quoted again in a clause of its own says who got it there.
  [`在日前揭晓的“最美柜员”评选中，${U}柜员韩梅成功当选。`, ['RECEIVED 韩梅 -> 最美柜员']],
  [`在“最美网点”评选活动中，${U}脱颖而出。`, [`RECEIVED ${U} -> 最美网点`]],
  [`在“最美网点”评选中，共有10家网点入选。`, []],
  [`在“文明网点”评选活动中，${U}营业室荣获“文明网点”称号，成为农业银行系统内唯一获此殊荣的网点。`, [`RECEIVED ${U}营业室 -> 文明网点`]],
  // 甲是全市唯一获得“…”的网点: the honour describes a kind of unit with no name, and the unit before 是 is that one;
  // a kind of other body described (的企业) or a unit that only visits one stays none.
  [`${U}是全市唯一获得“全国青年文明号”的银行网点。`, [`RECEIVED ${U} -> 全国青年文明号`]],
  [`德清农商银行是全省首家荣获“全国文明单位”称号的农商银行。`, ['RECEIVED 德清农商银行 -> 全国文明单位']],
  [`${U}为荣获“科技创新企业”称号的企业提供贷款。`, []],
  [`${U}走访了获得“巾帼文明岗”的网点。`, []],
  // 协助某街道成功创建“…”: the one helped won it, not the unit that helped; a unit honoured for its help still is.
  [`${U}协助湖滨街道成功创建“全国文明城市”。`, []],
  [`${U}助力清溪县创成“全国文明城市”。`, []],
  [`德清农商银行因助力乡村振兴荣获“金融服务先进单位”。`, ['RECEIVED 德清农商银行 -> 金融服务先进单位']],
  // 新一轮…, 新一批…: a round of a kind of title is no honour's name.
  [`近日，省文明委公布了新一轮文明单位名单，德清农商银行榜上有名。`, []],
  // A title line that says who got which honour (jieba may tag 荣获 there as a name): a clause, not a heading that
  // is only the honour's name.
  [`${U}荣获全国巾帼文明岗\n近日，市妇联发布通报，表彰了一批服务优良的窗口单位。该支行现有员工十余名，多年来坚持微笑服务，深受周边居民好评。`, [`RECEIVED ${U} -> 全国巾帼文明岗`]],
  // Who presents an honour is no recipient: 甲向乙颁发 (乙 receives it, if a unit), 甲颁发“…”予乙; 某单位向甲颁发 still gives it to 甲.
  ['東山農商銀行向得獎學生頒發「傑出學生獎」。', []],
  ['東山農商銀行頒發「熱心公益獎」予合作社區中心。', []],
  [`市总工会向${U}颁发“工人先锋号”奖牌。`, [`RECEIVED ${U} -> 工人先锋号`]],
  // A relative of the one named (的女儿, 之妻, 她的父亲) received it: neither they nor their unit did; a 女士 is no relative.
  [`${U}员工韩梅的女儿荣获“全国三好学生”称号。`, []],
  [`${U}柜员韩梅说，她的父亲曾获“全国劳动模范”称号。`, []],
  [`${U}员工韩梅的女儿荣获“三好学生”，韩梅也获评“服务明星”。`, ['RECEIVED 韩梅 -> 服务明星']],
  ['東山農商銀行員工趙小燕的父親榮獲「模範父親」表揚。', []],
  ['東山農商銀行行員趙小燕之妻獲頒「模範母親」。', []],
  [`${U}韩梅女士获评“服务明星”。`, ['RECEIVED 韩梅 -> 服务明星']],
  // An award event or contest quoted as the occasion (于“…大奖”中, 在“…大赛”上) is no honour received: the one after it is.
  [`${U}在“2024中国金融科技大奖”中斩获“最佳数字化转型奖”。`, [`RECEIVED ${U} -> 最佳数字化转型奖`]],
  [`${U}在“年度金融品牌大奖”颁奖典礼上荣获“年度影响力品牌”。`, [`RECEIVED ${U} -> 年度影响力品牌`]],
  ['東山農商銀行於「2024亞洲銀行家大獎」中榮獲「最佳零售銀行」。', ['RECEIVED 東山農商銀行 -> 最佳零售銀行']],
  // 是 / 为 …“…”得主 (maybe 今年, 的得主, 得主之一, 得奖者), “…”的得主是某某, “…”得主之一、某某: the one named holds it; who
  // presents it to its winners (为“…”得主颁发) holds nothing.
  [`${U}柜员韩梅是今年“最美职工”得主之一。`, ['RECEIVED 韩梅 -> 最美职工']],
  [`${U}柜员韩梅是“服务明星”的获得者。`, ['RECEIVED 韩梅 -> 服务明星']],
  [`今年“最美信贷员”的得主是${U}信贷员韩梅。`, ['RECEIVED 韩梅 -> 最美信贷员']],
  [`“十佳青年”得主之一、${U}客户经理韩梅表示，将继续努力。`, ['RECEIVED 韩梅 -> 十佳青年']],
  ['東山農商銀行理專趙小燕為「十大傑出青年」得主。', ['RECEIVED 趙小燕 -> 十大傑出青年']],
  ['東山農商銀行襄理黃俊傑是「模範勞工獎」得獎者。', ['RECEIVED 黃俊傑 -> 模範勞工獎']],
  [`${U}行长韩梅为“最美金融人”得主颁发奖杯。`, []],
  // Results announced, then who made the list: a unit right before its person (某支行员工某某榜上有名) says where the person
  // works; it made no list.
  [`“最美金融人”评选结果揭晓，${U}员工韩梅榜上有名。`, ['RECEIVED 韩梅 -> 最美金融人']],
  ['「卓越服務獎」得獎名單揭曉，東山農商銀行員工陳俊傑榜上有名。', ['RECEIVED 陳俊傑 -> 卓越服務獎']],
];

describe('RECEIVED in longer sentences', () => {
  it.each(ROWS)('%s', (text, want) => {
    // (The year, when given, follows the fact in brackets: RECEIVED 甲 -> 乙 (2023).)
    const received = factsOf(text).facts.filter((f) => f.startsWith('RECEIVED ')).map((f) => f.replace(/ \(\d{4}\)$/, ''));
    expect(received.sort()).toEqual([...want].sort());
  });
});
