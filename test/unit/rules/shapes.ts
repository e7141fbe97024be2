/**
 * One row per shape of text a rule reads: a short text written for the
 * tests (the style of bank news, not its sentences), the rule the row is
 * about, and the facts the graph must (and must not) hold. Every registered
 * sentence rule has at least one row; the full facts of every row are kept
 * in __snapshots__/shapes.json, rewritten for review with
 * `npm run test:unit -- -u`.
 */
import type { RuleId } from '../../../src/extract/registry.js';

export interface Shape {
  rule: RuleId;
  text: string;
  has?: string[];
  hasNot?: string[];
  /** Lines of a user dictionary for this row (`word [weight] [tag]`). */
  dict?: string[];
}

// (Two arrays, joined below: one literal of all the rows is more than TypeScript checks at once, TS2590.)
const FIRST: Shape[] = [
  // A province's union of rural credit co-operatives by any of its names is the gazetteer's one bank (某某农信联社,
  // 某某省农村信用联社), not a second bank of the shape's making.
  // A rural bank's 业务 is its own business (jieba: 商行|业务), no banking trade (银行业).
  { rule: 'bank.shape', text: '江夏农商行业务部主管钱丽今天上门为商户办卡。', has: ['Bank 江夏农商行'] },
  // A rural mutual fund co-operative (农村资金互助社) is a licensed bank: after a county, or by its own name after a
  // village or opening a clause; not after a count or a word for all (全国首家, 该县共有).
  { rule: 'bank.shape', text: '沂水县农村资金互助社理事长韩立明说，社员贷款当天到账。', has: ['WORKS_AT 韩立明 -> 沂水县农村资金互助社 [理事长]'] },
  { rule: 'bank.shape', text: '梨树县东河村丰和农村资金互助社成立于2008年。', has: ['Bank 丰和农村资金互助社'] },
  { rule: 'bank.shape', text: '丰和农村资金互助社理事长赵小燕介绍了互助社的发展历程。', has: ['WORKS_AT 赵小燕 -> 丰和农村资金互助社 [理事长]'] },
  { rule: 'bank.shape', text: '全国首家农村资金互助社在这里成立，该县共有农村资金互助社3家。', hasNot: ['Bank 全国首家农村资金互助社', 'Bank 首家农村资金互助社'] },
  { rule: 'bank.shape', text: '他和农村资金互助社签了协议。', hasNot: ['Bank 他和农村资金互助社'] },
  { rule: 'bank.alias', text: '贵州农信联社召开年度工作会议。', has: ['Bank 贵州省农村信用社联合社'], hasNot: ['Bank 贵州农信联社'] },
  { rule: 'bank.alias', text: '贵州省农村信用联社召开年度工作会议。', has: ['Bank 贵州省农村信用社联合社'], hasNot: ['Bank 贵州省农村信用联社'] },
  { rule: 'bank.alias', text: '中国农业银行与招商银行签署合作协议。', has: ['Bank 中国农业银行', 'Bank 招商银行'] },
  { rule: 'bank.alias', text: '中国银行业协会发布年度报告。', hasNot: ['Bank 中国银行'] },
  // (But 某银行业务部, 某銀行業績: the bank's business and results, 业务 and 业绩 whole to jieba, name the bank.)
  { rule: 'bank.alias', text: '東亞銀行業務拓展部主管趙小燕表示，跨境業務增長。', has: ['WORKS_AT 趙小燕 -> 東亞銀行 [主管]'] },
  // The gazetteer: every kind of bank, short forms, Traditional forms, weak aliases only where plainly a bank.
  { rule: 'bank.alias', text: '国开行与农发行共同支持当地水利建设。', has: ['Bank 国家开发银行', 'Bank 中国农业发展银行'] },
  { rule: 'bank.alias', text: '浦发、招行和兴业银行的网点都在这条街上。', has: ['Bank 上海浦东发展银行', 'Bank 招商银行', 'Bank 兴业银行'] },
  { rule: 'bank.alias', text: '宁波银行与微众银行签署合作备忘录。', has: ['Bank 宁波银行', 'Bank 深圳前海微众银行'] },
  { rule: 'bank.alias', text: '汇丰银行（中国）在上海举办开放日。', has: ['Bank 汇丰银行(中国)'] },
  // A bank's name, then a country or region in brackets and a company form: its subsidiary there, a bank of its own
  // (創興銀行（澳門）股份有限公司), or the bank itself at home (滙豐銀行（香港）); a post after the company form is at it.
  // Without a company form, and with a mainland city in brackets, the bank itself.
  { rule: 'bank.alias', text: '創興銀行（澳門）股份有限公司總經理何家俊先生出席論壇。', has: ['Bank 創興銀行(澳門)', 'WORKS_AT 何家俊 -> 創興銀行(澳門) [總經理]'], hasNot: ['Bank 創興銀行'] },
  { rule: 'bank.alias', text: '滙豐銀行（香港）有限公司行政總裁林慧敏女士出席論壇。', has: ['WORKS_AT 林慧敏 -> 香港上海滙豐銀行 [行政總裁]'] },
  // The word of a bank's group or holding company after its name, bracketed or not, with a company form or not: the
  // group is read as the bank (as 滙豐控股 is), and a post after it is at the bank; no organisation 集團有限公司.
  { rule: 'bank.alias', text: '中銀香港（控股）有限公司董事長劉明華出席股東大會。', has: ['WORKS_AT 劉明華 -> 中國銀行(香港) [董事長]'] },
  { rule: 'bank.alias', text: '大新銀行集團有限公司主席王國豪出席典禮。', has: ['WORKS_AT 王國豪 -> 大新銀行 [主席]'], hasNot: ['Organization 集團有限公司'] },
  { rule: 'bank.alias', text: '中国银行（香港）控股有限公司副总裁王明出席活动。', has: ['WORKS_AT 王明 -> 中國銀行(香港) [副总裁]'] },
  { rule: 'bank.alias', text: '大豐銀行（香港）總經理梁國強表示，將拓展跨境業務。', has: ['WORKS_AT 梁國強 -> 大豐銀行 [總經理]'], hasNot: ['Bank 大豐銀行(香港)'] },
  { rule: 'bank.alias', text: '农业银行（上海）行长王明出席活动。', has: ['Bank 中国农业银行'], hasNot: ['Bank 中国农业银行(上海)'] },
  // (In Traditional news the subsidiary is named as written, with the gazetteer's half-width brackets.)
  { rule: 'bank.alias', text: '花旗銀行（中國）有限公司北京分行總經理趙敏出席論壇。', has: ['Bank 花旗銀行(中國)', 'PART_OF 花旗銀行（中國）有限公司北京分行 -> 花旗銀行(中國)'], hasNot: ['Bank 花旗银行(中国)'] },
  { rule: 'bank.alias', text: '恒生銀行與東亞銀行聯合舉辦講座。', has: ['Bank 恒生銀行', 'Bank 東亞銀行'] },
  // 某某商業銀行 is also 某某商銀 (Taiwan news), derived from the gazetteer's names.
  { rule: 'bank.alias', text: '陽信商銀與板信商銀簽署合作備忘錄。', has: ['Bank 陽信商業銀行', 'Bank 板信商業銀行'] },
  // A weak short form that is a whole item of a list of banks is a bank (台銀 after 玉山銀); 王道銀 is derived weak.
  { rule: 'bank.alias', text: '參與這次聯合徵才的銀行包括玉山銀、台銀、王道銀。', has: ['Bank 臺灣銀行', 'Bank 王道商業銀行', 'Bank 玉山商業銀行'] },
  { rule: 'bank.alias', text: '我們現在、將來都支持你。', hasNot: ['Bank 將來商業銀行'] },
  // A foreign bank's mainland arm (东亚中国) is also written with its 中国 in brackets.
  { rule: 'bank.alias', text: '据渣打(中国)行长陈立明介绍，新网点下月开业。', has: ['Bank 渣打银行(中国)', 'WORKS_AT 陈立明 -> 渣打银行(中国) [行长]'] },
  // …and 某某(國際)商業銀行 to 某某銀 (華南銀 is no 南銀 after 華).
  { rule: 'bank.alias', text: '華南銀副董林大成與彰化銀簽約。', has: ['Bank 華南商業銀行', 'Bank 彰化商業銀行', 'WORKS_AT 林大成 -> 華南商業銀行 [副董]'], hasNot: ['Bank 南京银行'] },
  { rule: 'bank.alias', text: '大西洋銀行在澳門開設新分行。', has: ['Bank 大西洋銀行'] },
  // Hong Kong's Cantonese function words read as Mandarin ones (喺 在, 咗 了, 嘅 的, 佢 他): 某某喺分行 is no branch's
  // name, 舉辦咗「某某」 a programme run; 佢 is the person named before.
  { rule: 'works_at.unit-role-name', text: '東山農商銀行員工趙小燕喺分行門口協助長者。', has: ['WORKS_AT 趙小燕 -> 東山農商銀行 [員工]'], hasNot: ['Branch 東山農商銀行員工趙小燕喺分行'] },
  // A quoted name given once with a word inside the quotes that another quote of the file leaves out (“某某”公益活动,
  // “某某公益”项目): one programme (programme-name-tail).
  { rule: 'programme.context', text: '青田农商银行开展“清凉一夏”公益活动。今年是该行连续第5年实施“清凉一夏公益”项目。', has: ['RUNS 青田农商银行 -> 清凉一夏'], hasNot: ['Programme 清凉一夏公益'] },
  // A record set up for customers, and a forum held, are no programmes (档案, 论坛 end no programme).
  // A topic of awareness work quoted alone (dict/cues/generic-topic.txt) names no programme, whatever kind follows
  // (a count of events, 一场, is no part of a name either); a name of its own around the topic still does.
  { rule: 'programme.context', text: '临安农商银行在集镇广场举办了一场“反假币”专题文艺汇演。', hasNot: ['Programme 反假币', 'Programme 一场“反假币”专题文艺汇演', 'Programme “反假币”专题文艺汇演'] },
  { rule: 'programme.context', text: '该行各网点同步开展“防范非法集资 反诈骗”宣传。', hasNot: ['Programme 防范非法集资 反诈骗', 'Programme 防范非法集资'] },
  // A programme's name, then 的 and a word of what it holds (的重要内容, 的组成部分), is no slogan: both quotes name programmes.
  { rule: 'programme.context', text: '临安农商银行把“爱心驿站”列作“临农温暖计划”的组成部分。', has: ['RUNS 临安农商银行 -> 临农温暖计划', 'RUNS 临安农商银行 -> 爱心驿站'] },
  { rule: 'programme.context', text: '临安农商银行在网点开设了“反诈小书屋”。', has: ['RUNS 临安农商银行 -> 反诈小书屋'] },
  { rule: 'programme.context', text: '工行城东支行为农户建立了“家庭信用档案”。', hasNot: ['Programme 家庭信用档案'] },
  { rule: 'programme.context', text: '青田农商银行举办“县域金融论坛”。', hasNot: ['Programme 县域金融论坛'] },
  { rule: 'programme.context', text: '東山農商銀行上個月喺元朗舉辦咗「長者防騙茶聚」。', has: ['RUNS 東山農商銀行 -> 長者防騙茶聚'] },
  // 『』 outside any 「」 are a Taiwan page's own quotes, read as 「」 are (舉辦『某某計畫』, 榮獲『某某獎』); inside 「」 they
  // stay inner quotes, and the outer quote is the name.
  { rule: 'programme.context', text: '德清農商銀行舉辦『青春築夢計畫』，邀請偏鄉學童參加。', has: ['RUNS 德清農商銀行 -> 青春築夢計畫'] },
  { rule: 'honour.shape', text: '東山農商銀行今年榮獲『最佳普惠金融獎』。', has: ['RECEIVED 東山農商銀行 -> 最佳普惠金融獎'] },
  // (A name with a quote inside its quote keeps the script it was written in: 「『樂活』理財講座」, not ‘乐活’理财讲座.)
  { rule: 'programme.context', text: '德清農商銀行推出「『樂活』理財講座」系列活動。', has: ['RUNS 德清農商銀行 -> ‘樂活’理財講座'], hasNot: ['Programme 樂活', 'Programme ‘乐活’理财讲座'] },
  // Sponsoring a named event (贊助, 冠名, 冠名贊助 before the quote) takes part in it; a quote ending as a sports event
  // does (…馬拉松, …錦標賽, …聯賽, …路跑) names a programme.
  { rule: 'programme.context', text: '東山農商銀行贊助「東山盃全國羽球錦標賽」。', has: ['RUNS 東山農商銀行 -> 東山盃全國羽球錦標賽'] },
  { rule: 'programme.context', text: '德清農商銀行冠名贊助「德清國際馬拉松」。', has: ['RUNS 德清農商銀行 -> 德清國際馬拉松'] },
  // Hong Kong's 同 (和) between two posts and names of one bank goes on with the run; not before a customer.
  // The bank's posts, then (after 、 or a comma) another body's name and its post, then the name: the person holds the
  // last of the bank's posts there; another body's post alone gives none.
  { rule: 'works_at.unit-role-name', text: '人民银行舟山市中心支行党委书记、行长，外汇局舟山市中心支局局长钱立新出席会议。', has: ['WORKS_AT 钱立新 -> 人民银行舟山市中心支行 [行长]'] },
  { rule: 'works_at.unit-role-name', text: '舟山市副市长、市公安局局长钱立新出席会议。', hasNot: ['WORKS_AT 钱立新 -> 舟山市公安局 [局长]'] },
  // A speaker whose quote calls a unit their own (我们支行, 我行) speaks for the unit named last before the quote, in
  // the quote's sentence or the one before; not when the quote names another person.
  { rule: 'works_at.own-unit-speaker', text: '前来帮忙的，是农行温岭支行的几名员工。“照看独居老人，是我们支行坚持多年的事。”陈晓峰说。', has: ['WORKS_AT 陈晓峰 -> 农行温岭支行'] },
  { rule: 'works_at.own-unit-speaker', text: '农行温岭支行举办适老讲座。“我行还会把讲座办到村里去。”陈晓峰介绍。', has: ['WORKS_AT 陈晓峰 -> 农行温岭支行'] },
  { rule: 'works_at.own-unit-speaker', text: '农行温岭支行举办适老讲座。“我行的讲座很实用。”居民陈晓峰说。', hasNot: ['WORKS_AT 陈晓峰 -> 农行温岭支行'] },
  { rule: 'works_at.unit-role-name', text: '東山農商銀行行政總裁何家明同副行政總裁周文華出席簽約儀式。', has: ['WORKS_AT 周文華 -> 東山農商銀行 [副行政總裁]'] },
  // Hong Kong's posts whose first word changes the post (副主席, 助理總經理) or makes one of its own (聯席行政總裁,
  // 董事總經理, 區域主管) are read whole, not as the shorter post at their end.
  { rule: 'works_at.unit-role-name', text: '東山農商銀行副主席何家明及助理總經理周文華出席典禮。', has: ['WORKS_AT 何家明 -> 東山農商銀行 [副主席]', 'WORKS_AT 周文華 -> 東山農商銀行 [助理總經理]'], hasNot: ['WORKS_AT 何家明 -> 東山農商銀行 [主席]'] },
  { rule: 'works_at.unit-role-name', text: '東山農商銀行聯席行政總裁何家明表示，將擴展跨境業務。', has: ['WORKS_AT 何家明 -> 東山農商銀行 [聯席行政總裁]'] },
  { rule: 'works_at.unit-role-name', text: '東山農商銀行經理何家明同街坊周文華傾談。', has: ['WORKS_AT 何家明 -> 東山農商銀行 [經理]'], hasNot: ['WORKS_AT 周文華 -> 東山農商銀行'] },
  // (拿了 is a win only right before the honour: a leaflet taken is none.)
  { rule: 'honour.shape', text: '韓立明拿了一份「理財之星」宣傳單。', hasNot: ['RECEIVED 韓立明 -> 理財之星'] },
  // Taiwan's internet-only banks by their short names; 將來銀行 (also "banks in future") only before a post of its own.
  { rule: 'bank.alias', text: '將來銀行董事長韓立明表示，將推出新服務。', has: ['WORKS_AT 韓立明 -> 將來商業銀行 [董事長]'] },
  { rule: 'bank.alias', text: '專家認為，將來銀行會更重視數位服務。', hasNot: ['Bank 將來商業銀行'] },
  { rule: 'bank.alias', text: '連線銀行總經理趙小燕表示，用戶數持續成長。', has: ['WORKS_AT 趙小燕 -> 連線商業銀行 [總經理]'] },
  { rule: 'bank.alias', text: '臺灣銀行與合作金庫推出聯名卡。', has: ['Bank 臺灣銀行', 'Bank 合作金庫商業銀行'] },
  { rule: 'bank.alias', text: '人民银行发布新规。', has: ['Bank 中国人民银行'] },
  { rule: 'bank.alias', text: '平安夜，居民们在兴业路上散步。', hasNot: ['Bank 平安银行', 'Bank 兴业银行'] },
  { rule: 'bank.alias', text: '土銀董事長何英明致詞時指出，要落實普惠金融。', has: ['Bank 臺灣土地銀行', 'WORKS_AT 何英明 -> 臺灣土地銀行 [董事長]'] },
  { rule: 'bank.alias', text: '台中銀前董事長林國棟日前辭職。', has: ['WORKS_AT 林國棟 -> 臺中商業銀行 [董事長]'] },
  { rule: 'bank.alias', text: '民生是最大的政治，兴业之道在于实干。', hasNot: ['Bank 中国民生银行', 'Bank 兴业银行'] },
  { rule: 'bank.alias', text: '兴业上海分行开展宣传。', has: ['Bank 兴业银行', 'Branch 兴业上海分行'] },
  // A foundation named after a bank is a body of its own: no mention of the bank, and its officers are not the bank's.
  { rule: 'bank.alias', text: '恒生銀行與台新銀行文教基金會合辦講座，基金會執行長王紅梅到場。', has: ['Bank 恒生銀行'], hasNot: ['Bank 台新國際商業銀行', 'WORKS_AT 王紅梅 -> 台新國際商業銀行 [執行長]'] },
  // (But another body's foundation after a word that joins or points to it is no foundation of the bank's:
  // 某銀行與某某基金會, 某銀行向某某基金會捐贈, 某银行和某某基金会.)
  { rule: 'bank.alias', text: '台新銀行與青禾基金會攜手舉辦「台新愛心助學計畫」。', has: ['RUNS 台新國際商業銀行 -> 台新愛心助學計畫'] },
  { rule: 'bank.alias', text: '兆豐銀行向春苗基金會捐贈圖書。', has: ['Bank 兆豐國際商業銀行'] },
  { rule: 'bank.alias', text: '中信银行和春苗基金会签约。', has: ['Bank 中信银行'] },
  { rule: 'bank.alias', text: '中央匯金公司是工商銀行的控股股東，也是工行控股子公司的間接股東。', has: ['Bank 中国工商银行'], hasNot: ['Bank 工商銀行控股', 'Bank 工行控股'] },
  // Posts at two units before one name: the person holds both (a name between the units makes two people).
  { rule: 'works_at.earlier-post', text: '德清农商银行副行长兼城关支行行长韩立明参加了会议。', has: ['WORKS_AT 韩立明 -> 德清农商银行 [副行长]', 'WORKS_AT 韩立明 -> 德清农商银行城关支行 [行长]'] },
  { rule: 'works_at.earlier-post', text: '会上，农行湖州分行行长助理、湖滨支行行长李建国作了发言。', has: ['WORKS_AT 李建国 -> 农行湖州分行 [行长助理]', 'WORKS_AT 李建国 -> 农行湖滨支行 [行长]'] },
  { rule: 'works_at.earlier-post', text: '会上，农行湖州分行行长王红梅、湖滨支行行长李建国先后发言。', hasNot: ['WORKS_AT 李建国 -> 农行湖州分行 [行长]'] },
  // A post, then who takes it after 由 (the post named before 由; the person's own post between 由 and the name).
  { rule: 'works_at.post-by-whom', text: '德清农商银行行长一职由邹帆接任。', has: ['Person 邹帆', 'WORKS_AT 邹帆 -> 德清农商银行 [行长]'] },
  // (jieba may glue 由 to the name, 由李强/nr, 由马军/x: the name after it takes the post; 的职务 names the post too.)
  // The post left in the clause before, closed by a comma (辞去某行行长职务，由某某接任), or a run of posts after the unit
  // (不再担任某行执行董事、副行长职务，由某某接任): who takes over holds the last post at that unit.
  { rule: 'works_at.post-by-whom', text: '德清农商银行公告，韩雪辞去德清农商银行行长职务，由邹帆接任。', has: ['Person 邹帆', 'WORKS_AT 邹帆 -> 德清农商银行 [行长]'] },
  { rule: 'works_at.post-by-whom', text: '韩雪不再担任德清农商银行执行董事、副行长职务，由邹帆接任。', has: ['WORKS_AT 邹帆 -> 德清农商银行 [副行长]'] },
  { rule: 'works_at.post-by-whom', text: '农行湖滨支行行长一职由李强担任。', has: ['WORKS_AT 李强 -> 农行湖滨支行 [行长]'], hasNot: ['Person 由李强'] },
  { rule: 'works_at.post-by-whom', text: '工行西湖支行行长的职务由马军接任。', has: ['WORKS_AT 马军 -> 工行西湖支行 [行长]'] },
  { rule: 'person.appointed', text: '本次讲座由李强主讲，活动由王芳主持。', has: ['Person 李强', 'Person 王芳'], hasNot: ['Person 由李强'] },
  { rule: 'works_at.post-by-whom', text: '德清农商银行公告，该行行长职责暂由董事长钱丽代为履行。', has: ['WORKS_AT 钱丽 -> 德清农商银行 [董事长]'] },
  // The body of the person's own post between 由 and the post (由县财政局局长某某, 由財政部次長某某): the person takes the
  // unit's post; 由 and a level word after a post is the preposition, no person named 由.
  { rule: 'works_at.post-by-whom', text: '德清农商银行董事长由县财政局局长邹帆接任。', has: ['WORKS_AT 邹帆 -> 德清农商银行 [董事长]'], hasNot: ['Person 由县'] },
  // 同志 may stand between the name and the verb (党委书记由某某同志担任); jieba may glue 由 to the name (由李强/nr), which
  // is no surname there.
  { rule: 'works_at.post-by-whom', text: '德清农商银行党委书记由李建国同志担任。', has: ['WORKS_AT 李建国 -> 德清农商银行 [党委书记]'] },
  { rule: 'works_at.post-by-whom', text: '工行湖滨支行行长由李强同志担任。', has: ['Person 李强', 'WORKS_AT 李强 -> 工行湖滨支行 [行长]'], hasNot: ['Person 由李强'] },
  { rule: 'works_at.post-by-whom', text: '東山農商銀行董事長一職由財政部次長韓立明接任。', has: ['WORKS_AT 韓立明 -> 東山農商銀行 [董事長]'] },
  // The post opening a clause of its own after the unit that announces it (某行宣布，董事長一職由某某接任): a post at
  // that unit; a post after another body's name is not.
  { rule: 'works_at.post-by-whom', text: '東山農商銀行昨日宣布，總經理一職將由周文華接任。', has: ['WORKS_AT 周文華 -> 東山農商銀行 [總經理]'] },
  { rule: 'works_at.post-by-whom', text: '東山農商銀行表示，市政府公布，財政局局長一職由周文華接任。', hasNot: ['WORKS_AT 周文華 -> 東山農商銀行'] },
  // Who acts after 由, or stands before a post after 由 or 请 (由某某理事长致辞; 活动由某某主持).
  { rule: 'person.before-role', text: '德清农商银行举办客户答谢会，由钱丽理事长致辞。', has: ['Person 钱丽'] },
  // (A post changed to a name, as a registry's notice reads: 行长变更为某某.)
  { rule: 'person.after-role', text: '经监管核准，德清农商银行行长变更为韩立明。', has: ['Person 韩立明', 'WORKS_AT 韩立明 -> 德清农商银行 [行长]'] },
  // (副 that jieba cuts off a post, 副/书记, is the post's, not a third character of the name before it.)
  { rule: 'person.before-role', text: '中行德清支行与学院开展共建。韩立副书记希望两家单位加强合作。', has: ['Person 韩立'], hasNot: ['Person 韩立副'] },
  { rule: 'person.appointed', text: '本次培训由邹帆主持。', has: ['Person 邹帆'] },
  // A verb of taking a post, then the post alone (邹帆担任副行长，钱丽任行长助理).
  { rule: 'person.appointed', text: '德清农商银行发布公告，吴开担任行长，邹帆担任副行长，钱丽任行长助理。', has: ['Person 邹帆', 'Person 钱丽'] },
  // 时任 (the post held then), 现 before the verb (现担任, now) and 开始 before it (开始担任) give the post as 现任 does; a
  // name jieba glued to 现 (何丽现/x 担任) is the two characters before it.
  { rule: 'person.appointed', text: '吴开时任农行湖滨支行副行长。', has: ['WORKS_AT 吴开 -> 农行湖滨支行 [副行长]'], hasNot: ['Person 吴开时'] },
  { rule: 'person.appointed', text: '何丽现担任民生银行江北支行行长。', has: ['WORKS_AT 何丽 -> 民生银行江北支行 [行长]'], hasNot: ['Person 何丽现'] },
  { rule: 'person.appointed', text: '2019年，邹帆开始担任邮储银行湖滨县支行客户经理。', has: ['WORKS_AT 邹帆 -> 邮储银行湖滨县支行 [客户经理]'] },
  { rule: 'person.appointed', text: '具体工作交由管理层负责。', hasNot: ['Person 管理层'] },
  // 该行 with no unit before it in its sentence: the unit the sentence before opens with (an article about several
  // banks moves from one to the next), not the article's main unit.
  { rule: 'unit.anaphora', text: '农行湖滨支行开展金融知识宣传。农行湖滨支行走进社区。德清农商银行日前发布公告。公告显示，该行董事长邹帆因到龄退任。', has: ['WORKS_AT 邹帆 -> 德清农商银行 [董事长]'], hasNot: ['WORKS_AT 邹帆 -> 农行湖滨支行 [董事长]'] },
  // A post of the unit's own opening the clause after one whose subject is the unit (maybe after a date and a clause of
  // occasion; a department may stand before the post): the post is that unit's. A post of the community or a village
  // is not.
  // (以某银行为例: the bank taken as the example is the sentence's subject, whatever clauses stand before it.)
  { rule: 'works_at.sentence-unit', text: '今年本港多家銀行調整高層人事，以東亞銀行為例，近月管理層頻繁變動，行政總裁韓立明已經請辭。', has: ['WORKS_AT 韓立明 -> 東亞銀行 [行政總裁]'] },
  { rule: 'works_at.sentence-unit', text: '农行湖滨支行在七一前夕举行表彰会，党委办公室主任王红梅为获奖员工颁发证书。', has: ['WORKS_AT 王红梅 -> 农行湖滨支行 [主任]'] },
  { rule: 'works_at.sentence-unit', text: '农行湖滨支行开展防诈宣传。该行近日召开年度工作会议，纪委书记兼工会主任赵小燕作报告。', has: ['WORKS_AT 赵小燕 -> 农行湖滨支行 [主任]'] },
  // (Other posts of the unit's may be held with it, joined by 兼 or 、 before it: 纪委书记兼工会主席某某, 党委委员、副行长兼
  // 风险总监某某; not a village's or a community's, 社区书记兼居委会主任某某.)
  { rule: 'works_at.sentence-unit', text: '浦发银行湖州分行召开年度工作会议，纪委书记兼工会主席蒋晓梅作工作报告。', has: ['WORKS_AT 蒋晓梅 -> 浦发银行湖州分行 [工会主席]'] },
  { rule: 'works_at.sentence-unit', text: '招商銀行杭州分行召開年度工作會議，黨委委員、副行長兼風險總監彭立飛作報告。', has: ['WORKS_AT 彭立飛 -> 招商銀行杭州分行 [風險總監]'] },
  { rule: 'works_at.sentence-unit', text: '农行湖滨支行走进社区，社区书记兼居委会主任李红梅表示感谢。', hasNot: ['WORKS_AT 李红梅 -> 农行湖滨支行 [居委会主任]', 'WORKS_AT 李红梅 -> 农行湖滨支行 [主任]'] },
  { rule: 'works_at.sentence-unit', text: '工商银行、建设银行等五家银行参加洽谈，其中，德清农商银行最为重视，不止董事长李建国、总经理韩立明全程参加。', has: ['WORKS_AT 李建国 -> 德清农商银行 [董事长]', 'WORKS_AT 韩立明 -> 德清农商银行 [总经理]'] },
  { rule: 'works_at.sentence-unit', text: '农行湖滨支行联合社区开展活动，社区主任王红梅表示感谢。德清农商银行走进乡村，村支书韩立明介绍了情况。', hasNot: ['WORKS_AT 王红梅 -> 农行湖滨支行 [主任]', 'WORKS_AT 韩立明 -> 德清农商银行 [村支书]'] },
  // A unit's own post (dict/cues/unit-own-post.txt) opening the sentence after one that named the unit (maybe after a
  // short clause, 会上，): the post is at the unit named last there; when that sentence goes on to another body after
  // the unit (走进某村, 为一家服装厂, 与某市教育局), the post is that body's, at no bank.
  { rule: 'works_at.sentence-unit', text: '近日，记者走访了工行城西支行。党委书记钟诚强调，要把服务做细。', has: ['WORKS_AT 钟诚 -> 工行城西支行 [党委书记]'] },
  { rule: 'works_at.sentence-unit', text: '湖州银行召开职工代表大会。工会主席张立华作工作报告。', has: ['WORKS_AT 张立华 -> 湖州银行 [工会主席]'] },
  { rule: 'works_at.sentence-unit', text: '湖州银行举办客户答谢会。会上，经理陈宏伟介绍了新产品。', has: ['WORKS_AT 陈宏伟 -> 湖州银行 [经理]'] },
  { rule: 'works_at.sentence-unit', text: '玉山銀行台中分行昨日舉辦「長者理財日」活動。經理鄭明華表示，會繼續支持社區。', has: ['WORKS_AT 鄭明華 -> 玉山銀行台中分行 [經理]'] },
  { rule: 'works_at.sentence-unit', text: '近日，記者走訪了大新銀行。財務總監黃海濤說，淨息差持續改善。', has: ['WORKS_AT 黃海濤 -> 大新銀行 [財務總監]'] },
  { rule: 'works_at.sentence-unit', text: '德清农商银行走进东衡村。党委书记沈国平说，贷款帮了大忙。', hasNot: ['WORKS_AT 沈国平 -> 德清农商银行 [党委书记]'] },
  { rule: 'works_at.sentence-unit', text: '湖州银行为当地一家服装厂发放贷款。总经理陈宏伟说，贷款到账很快。', hasNot: ['WORKS_AT 陈宏伟 -> 湖州银行 [总经理]'] },
  { rule: 'works_at.sentence-unit', text: '湖州银行与湖州市教育局签署合作协议。主任陈宏伟说，合作将惠及全市师生。', hasNot: ['WORKS_AT 陈宏伟 -> 湖州银行 [主任]'] },
  // (党/n 支部书记/role: the party's word jieba leaves before the post is the post's; a village's or a community's is not.)
  { rule: 'works_at.sentence-unit', text: '农行城南支行开展主题党日活动。党支部书记钱晓东带领党员重温入党誓词。', has: ['WORKS_AT 钱晓东 -> 农行城南支行 [支部书记]'] },
  { rule: 'works_at.sentence-unit', text: '农行城南支行开展党建共建活动。社区党支部书记钱晓东致辞。', hasNot: ['WORKS_AT 钱晓东 -> 农行城南支行 [支部书记]'] },
  // (营业部经理, 营业部副主任 with no unit named are an outlet's posts, as 营业部主任 is.)
  { rule: 'works_at.article-unit', text: '兴业银行湖州分行举办开放日。营业部经理李静为市民讲解业务。', has: ['WORKS_AT 李静 -> 兴业银行湖州分行 [营业部经理]'] },
  // A post of one outlet (网点主任) right after a bank's bare name is at the outlet the story is in, not the bank.
  { rule: 'works_at.article-unit', text: '老人来到农行湖滨分理处存钱。农行网点主任李静耐心接待了他。', has: ['WORKS_AT 李静 -> 农行湖滨分理处 [网点主任]'], hasNot: ['WORKS_AT 李静 -> 中国农业银行 [网点主任]'] },
  // (A post of a bare 分行 in an article about a whole bank, with no unit named before it in its sentence, is the bank's.)
  { rule: 'works_at.article-unit', text: '華南銀行關懷獨居長者\n\n華南銀行上週走訪安養中心。分行經理蔡淑惠表示，將持續關懷長者。', has: ['WORKS_AT 蔡淑惠 -> 華南商業銀行 [經理]'] },
  { rule: 'works_at.article-unit', text: '華南銀行關懷獨居長者\n\n華南銀行上週走訪新竹市社會處。處長蔡淑惠表示，將持續關懷長者。', hasNot: ['WORKS_AT 蔡淑惠 -> 華南商業銀行 [處長]'] },
  // 某支行由经理某某带领…: the unit right before 由 and a post is the one its holder leads, whatever the post; not
  // another body's (由社区民警某某带领, 由里長某某帶領: 里长 and 邻长 are a Taiwan ward's heads, dict/cues/other-body-post.txt).
  { rule: 'works_at.unit-role-name', text: '农行湖滨支行由经理吴宗宪带领同仁参与植树活动。', has: ['WORKS_AT 吴宗宪 -> 农行湖滨支行 [经理]'] },
  { rule: 'works_at.unit-role-name', text: '華南銀行新竹分行由協理張志偉率領同仁捐血。', has: ['WORKS_AT 張志偉 -> 華南銀行新竹分行 [協理]'] },
  // (A word of when, or 并 after a comma, may stand between the unit and 由; 率同 leads others as 率領 does.)
  { rule: 'works_at.unit-role-name', text: '華南銀行關懷弱勢,該行近日由董事長張志偉率同員工探訪安養中心。', has: ['WORKS_AT 張志偉 -> 華南商業銀行 [董事長]'] },
  { rule: 'works_at.unit-role-name', text: '主管機關表揚華南銀行新竹分行,並由經理張志偉上台受獎。', has: ['WORKS_AT 張志偉 -> 華南銀行新竹分行 [經理]'] },
  // A deputy director of a field (營銷副總監) and a bank's founder (創辦人) are posts before a name.
  { rule: 'works_at.unit-role-name', text: '華南銀行營銷副總監張志偉表示,將加強服務。', has: ['WORKS_AT 張志偉 -> 華南商業銀行 [營銷副總監]'] },
  // (届退, retiring at the age limit, is a word of its own after the name: jieba glued its 届 to the name.)
  { rule: 'works_at.unit-role-name', text: '輸銀理事主席張志偉屆退不續任。', has: ['WORKS_AT 張志偉 -> 中國輸出入銀行 [理事主席]'] },
  // (法定代表人, a bank's legal representative in its annual report: a post of its own, which jieba cuts 法定代表/人.)
  // (信贷骨干, 业务骨干: a unit's mainstay staff; their post at the unit before.)
  { rule: 'works_at.unit-role-name', text: '德清农商银行信贷骨干韩立明被派驻到湖滨村任职。', has: ['WORKS_AT 韩立明 -> 德清农商银行 [信贷骨干]'] },
  // (党员干部, 青年干部, 干部: a unit's cadres are its staff.)
  { rule: 'works_at.unit-role-name', text: '德清农商银行湖滨支行的党员干部韩立明带头参与志愿服务。', has: ['WORKS_AT 韩立明 -> 德清农商银行湖滨支行 [党员干部]'] },
  { rule: 'works_at.unit-role-name', text: '德清县农村信用合作联社法定代表人韩立明、主任赵小燕保证报告真实。', has: ['WORKS_AT 韩立明 -> 德清县农村信用合作联社 [法定代表人]', 'WORKS_AT 赵小燕 -> 德清县农村信用合作联社 [主任]'] },
  { rule: 'works_at.unit-role-name', text: '教授們與華南銀行創辦人張志偉、董事長趙小燕共同交流。', has: ['WORKS_AT 張志偉 -> 華南商業銀行 [創辦人]', 'WORKS_AT 趙小燕 -> 華南商業銀行 [董事長]'] },
  // In a run of posts and names that goes on after 與 and a second name (副總經理甲與乙、營銷副總監丙), the second shares the
  // post before it, and the run still reaches the posts after.
  { rule: 'works_at.unit-role-name', text: '德清農商銀行總經理張志偉、副總經理趙小燕與韓立明、營銷副總監陳志時等一行,昨日拜訪同鄉會。', has: ['WORKS_AT 韓立明 -> 德清農商銀行 [副總經理]', 'WORKS_AT 陳志時 -> 德清農商銀行 [營銷副總監]'] },
  { rule: 'works_at.unit-role-name', text: '中行湖州分行由工会主席许文涛带领青年员工参加义务献血。', has: ['WORKS_AT 许文涛 -> 中行湖州分行 [工会主席]'] },
  { rule: 'works_at.sentence-unit', text: '第一銀行台中分行舉辦淨灘活動，由里長林淑芬帶領居民參與。', hasNot: ['WORKS_AT 林淑芬 -> 第一銀行台中分行 [里長]'] },
  { rule: 'works_at.unit-role-name', text: '农行湖滨支行由社区民警吴宗宪带领居民参观网点。', hasNot: ['WORKS_AT 吴宗宪 -> 农行湖滨支行 [民警]', 'WORKS_AT 吴宗宪 -> 农行湖滨支行 [社区民警]'] },
  // A form of address after a name of a run of posts and names (先生, 女士, 博士) does not end the run: the next post and
  // name after 及, 与 are the same unit's (大新銀行董事長甲先生及總經理乙先生); another body's post is not.
  { rule: 'works_at.unit-role-name', text: '大新銀行董事長王啟明先生及總經理林志華先生為新分行剪綵。', has: ['WORKS_AT 林志華 -> 大新銀行 [總經理]'] },
  { rule: 'works_at.unit-role-name', text: '創興銀行行政總裁梁文傑先生與財務總監何慧儀女士出席。', has: ['WORKS_AT 何慧儀 -> 創興銀行 [財務總監]'] },
  { rule: 'works_at.unit-role-name', text: '大新銀行董事長王啟明博士及立法會議員林志華先生出席。', has: ['WORKS_AT 王啟明 -> 大新銀行 [董事長]'], hasNot: ['WORKS_AT 林志華 -> 大新銀行 [立法會議員]', 'WORKS_AT 林志華 -> 大新銀行 [議員]'] },
  // A post after a bare unit word opening the next clause: the subject's only when its name ends in that word.
  { rule: 'works_at.sentence-unit', text: '华夏银行湖滨分行荣获“五星级网点”称号，分行经理李建国代表领奖。', has: ['WORKS_AT 李建国 -> 华夏银行湖滨分行 [经理]'] },
  { rule: 'works_at.sentence-unit', text: '華夏銀行湖濱分行獲頒「金融服務優良獎」，分行經理林志偉代表領獎。', has: ['WORKS_AT 林志偉 -> 華夏銀行湖濱分行 [經理]'] },
  { rule: 'works_at.sentence-unit', text: '农行湖滨支行荣获“五星级网点”称号，分行行长李建国出席。', hasNot: ['WORKS_AT 李建国 -> 农行湖滨支行 [行长]'] },
  { rule: 'works_at.sentence-unit', text: '农行湖滨支行荣获“五星级网点”称号，分行经理李建国出席。', hasNot: ['WORKS_AT 李建国 -> 农行湖滨支行 [经理]'] },
  // A bare 支行 before a post after 和 or 、, in a list with another body's post and name, is the 支行 named before (the
  // other body named in the sentence does not make it someone else's); not another body's post (镇财政所所长).
  { rule: 'works_at.sentence-unit', text: '德清农商银行城关支行与城关镇政府签约，镇长韩立明和支行行长钱国华分别致辞。', has: ['WORKS_AT 钱国华 -> 德清农商银行城关支行 [行长]'], hasNot: ['WORKS_AT 韩立明 -> 德清农商银行城关支行 [镇长]'] },
  { rule: 'works_at.sentence-unit', text: '德清农商银行城关支行与城关镇政府签约，镇长韩立明和镇财政所所长钱国华出席。', hasNot: ['WORKS_AT 钱国华 -> 德清农商银行城关支行 [所长]'] },
  // A post of another body whose place or office jieba leaves outside the role (镇/党委书记, 县/金融/办/主任, 县委/副/书记):
  // read with it, the post is that body's (dict/cues/other-body-post.txt), no post at the bank named near it.
  // (韩立/x 和/c 分/v 团委书记: a 和 with a post after the lone character jieba reads as a verb joins two people; it ends
  // no name.)
  { rule: 'person.after-role', text: '德清农商银行的工会副主席韩立和分团委书记张志伟出席了签约仪式。', has: ['Person 韩立', 'Person 张志伟'], hasNot: ['Person 韩立和'] },
  { rule: 'person.after-role', text: '乡党委书记孙建华在青溪农商银行召开的银政座谈会上讲话。', has: ['Person 孙建华'], hasNot: ['WORKS_AT 孙建华 -> 青溪农商银行 [党委书记]', 'WORKS_AT 孙建华 -> 青溪农商银行 [乡党委书记]'] },
  { rule: 'person.after-role', text: '县金融办主任吴立平在青溪农商银行举办的银企对接会上介绍政策。', has: ['Person 吴立平'], hasNot: ['WORKS_AT 吴立平 -> 青溪农商银行 [主任]', 'WORKS_AT 吴立平 -> 青溪农商银行 [县金融办主任]'] },
  { rule: 'person.after-role', text: '县委副书记钱志刚在青溪县信用联社调研时指出，要加大支农力度。', has: ['Person 钱志刚'], hasNot: ['WORKS_AT 钱志刚 -> 青溪县信用联社 [书记]', 'WORKS_AT 钱志刚 -> 青溪县信用联社 [县委副书记]'] },
  { rule: 'person.after-role', text: '青溪农商银行党委书记孙建华在座谈会上讲话。', has: ['WORKS_AT 孙建华 -> 青溪农商银行 [党委书记]'] },
  // The board's term between the bank and the post (第四届董事会, a number to jieba) still names the bank's board.
  { rule: 'works_at.unit-role-name', text: '青溪农商银行第三届董事会独立董事韩雪、第三届监事会外部监事孙杰出席。', has: ['WORKS_AT 韩雪 -> 青溪农商银行 [独立董事]', 'WORKS_AT 孙杰 -> 青溪农商银行 [外部监事]'] },
  // A bank's board and officers that jieba cuts (外部/监事, 首席/合规/官) are posts (dict/roles.tsv).
  { rule: 'works_at.unit-role-name', text: '青溪农商银行外部监事韩雪、首席合规官孙杰列席会议。', has: ['WORKS_AT 韩雪 -> 青溪农商银行 [外部监事]', 'WORKS_AT 孙杰 -> 青溪农商银行 [首席合规官]'] },
  // 辞任 (leaving a post) is one word (dict/words.tsv): the name before it keeps its two characters (刘成辞/x was read).
  { rule: 'person.after-role', text: '青溪农商银行监事长韩雪辞任，副行长孙杰接任。', has: ['WORKS_AT 韩雪 -> 青溪农商银行 [监事长]'], hasNot: ['Person 韩雪辞'] },
  // A unit (or 该行) then a verb of sending out (选派, 委派): the person named next in the clause is its own.
  { rule: 'works_at.sent-by-unit', text: '农行湖滨支行开展帮扶。该行选派一名年轻党员韩立明同志担任石桥村第一书记。', has: ['WORKS_AT 韩立明 -> 农行湖滨支行'] },
  { rule: 'works_at.sent-by-unit', text: '农行湖滨支行选派专车，将客户王红梅送回家中。', hasNot: ['WORKS_AT 王红梅 -> 农行湖滨支行'] },
  // 省联社 with no province before it is the province's union of rural credit co-operatives the article names (not
  // the article's main unit); an article that names none gets no guess.
  // 该行 is not the unit of a former post named after 原 (原甲支行行长某某出任该行行长): the sentence's subject before it is.
  { rule: 'unit.anaphora', text: '建行湖滨支行迎来新行长，原建行城西支行行长韩雪出任该行行长。', has: ['WORKS_AT 韩雪 -> 建行湖滨支行 [行长]', 'WORKS_AT 韩雪 -> 建行城西支行 [行长]'] },
  { rule: 'unit.anaphora', text: '德清农商银行承办了浙江省农村信用社联合社举办的技能比赛。省联社党委副书记王红梅出席，省联社办公室总经理韩立明主持。', has: ['WORKS_AT 王红梅 -> 浙江农村商业联合银行 [党委副书记]', 'WORKS_AT 韩立明 -> 浙江农村商业联合银行 [总经理]'], hasNot: ['WORKS_AT 王红梅 -> 德清农商银行 [党委副书记]'] },
  { rule: 'unit.anaphora', text: '德清农商银行举办技能比赛。省联社党委副书记王红梅出席。', hasNot: ['WORKS_AT 王红梅 -> 德清农商银行 [党委副书记]'] },
  // 该社, and a bare 联社 or 信用社 opening a clause before a post of theirs (联社理事长某某, 信用社主任某某): the credit union
  // or co-operative the article names (a 信用社 with none named is the county's union); 该社 after a farmers' 合作社
  // named later than the union is not the union.
  { rule: 'unit.anaphora', text: '宁都县农村信用合作联社石上信用社荣获“文明单位”称号，该社主任刘建国说，这是大家努力的结果。', has: ['WORKS_AT 刘建国 -> 宁都县农村信用合作联社石上信用社 [主任]'] },
  { rule: 'unit.anaphora', text: '德安县农村信用合作联社与县农业农村局签署合作协议。联社理事长杨帆在仪式上发言。', has: ['WORKS_AT 杨帆 -> 德安县农村信用合作联社 [理事长]'] },
  // (本社 too, as a union's own report writes it; not a newspaper's 本社记者.)
  { rule: 'unit.anaphora', text: '德清县农村信用合作联社发布年度报告。本社理事长韩立明、主任张志伟对年度报告负责。', has: ['WORKS_AT 韩立明 -> 德清县农村信用合作联社 [理事长]', 'WORKS_AT 张志伟 -> 德清县农村信用合作联社 [主任]'] },
  { rule: 'unit.anaphora', text: '德清县农村信用合作联社召开年度会议，本社记者韩立明报道。', hasNot: ['WORKS_AT 韩立明 -> 德清县农村信用合作联社 [记者]'] },
  // A short name of another bank between a bank's name and 支行 is the place the unit is named after (光大 of 光大支行).
  { rule: 'branch.anchored', text: '团员们先后走访中国建设银行光大支行。', has: ['Branch 中国建设银行光大支行', 'PART_OF 中国建设银行光大支行 -> 中国建设银行'], hasNot: ['Bank 中国光大银行'] },
  { rule: 'branch.anchored', text: '团员们先后走访中国建设银行民生支行和德清农商银行湖滨支行。', has: ['Branch 中国建设银行民生支行'] },
  // 农村信用社联社: a union of credit co-operatives named so, whole.
  { rule: 'bank.shape', text: '德清县农村信用社联社向受灾农户发放贷款。', has: ['Bank 德清县农村信用社联社'], hasNot: ['Bank 德清县农村信用社'] },
  // (So before a post of its youth league or trade union: 联社团委书记, 联社工会副主席.)
  { rule: 'unit.anaphora', text: '宁海县农村信用合作联社获评“青年文明号”，联社团委书记叶晓东上台领奖。', has: ['WORKS_AT 叶晓东 -> 宁海县农村信用合作联社 [团委书记]'] },
  { rule: 'unit.anaphora', text: '宁海县农村信用合作联社召开职代会，联社工会副主席胡丽萍作报告。', has: ['WORKS_AT 胡丽萍 -> 宁海县农村信用合作联社 [副主席]'] },
  // (A second such anaphor in the sentence means the same union: the 社 of the first is no other body's 社 between.)
  // A bare 支行 or 分行 opening an item of a list of posts (联社理事长甲、支行副行长乙) is the unit of its kind the article names,
  // not the unit of the item before; none when the article names no unit of that kind.
  { rule: 'unit.anaphora', text: '人民银行安吉县支行与安吉县农村信用合作联社签约，联社理事长潘志强、支行副行长吴静出席。', has: ['WORKS_AT 吴静 -> 人民银行安吉县支行 [副行长]'], hasNot: ['WORKS_AT 吴静 -> 安吉县农村信用合作联社 [副行长]'] },
  // (So opening a clause: 支行行长甲、联社理事长乙签约; and none for a 分行 the article about a 支行 does not name.)
  { rule: 'unit.anaphora', text: '人民银行龙泉市支行与龙泉市农村信用合作联社签署协议，支行行长季伟、联社理事长毛建新签字。', has: ['WORKS_AT 季伟 -> 人民银行龙泉市支行 [行长]', 'WORKS_AT 毛建新 -> 龙泉市农村信用合作联社 [理事长]'], hasNot: ['WORKS_AT 季伟 -> 中国人民银行 [行长]'] },
  { rule: 'unit.anaphora', text: '工行湖州分行德清支行举办答谢会，分行副行长蒋丽出席。', has: ['WORKS_AT 蒋丽 -> 工行湖州分行 [副行长]'], hasNot: ['WORKS_AT 蒋丽 -> 工行湖州分行德清支行 [副行长]'] },
  { rule: 'unit.anaphora', text: '工行德清支行举办答谢会，分行副行长蒋丽出席。', hasNot: ['WORKS_AT 蒋丽 -> 工行德清支行 [副行长]'] },
  { rule: 'unit.anaphora', text: '建行湖州分行与安吉县农村信用合作联社签约，联社理事长潘志强、支行行长吴静出席。', has: ['WORKS_AT 潘志强 -> 安吉县农村信用合作联社 [理事长]'], hasNot: ['WORKS_AT 吴静 -> 安吉县农村信用合作联社 [行长]', 'WORKS_AT 吴静 -> 建行湖州分行 [行长]'] },
  { rule: 'unit.anaphora', text: '象山县农村信用合作联社举行表彰会，联社理事长邬建波颁奖，信用社主任林海燕发言。', has: ['WORKS_AT 邬建波 -> 象山县农村信用合作联社 [理事长]', 'WORKS_AT 林海燕 -> 象山县农村信用合作联社 [主任]'] },
  { rule: 'unit.anaphora', text: '种植户李大海从阜南县农村信用合作联社三塔信用社贷到了5万元，信用社主任孙伟还帮他联系了销路。', has: ['WORKS_AT 孙伟 -> 阜南县农村信用合作联社三塔信用社 [主任]'], hasNot: ['WORKS_AT 李大海 -> 阜南县农村信用合作联社三塔信用社'] },
  { rule: 'unit.anaphora', text: '信用社主任刘国华，今年五十二岁，在宁都县农村信用合作联社工作了三十年。', has: ['WORKS_AT 刘国华 -> 宁都县农村信用合作联社 [主任]'] },
  { rule: 'unit.anaphora', text: '德清县农村信用合作联社走访了绿源茶叶合作社，该社社长王芳说，贷款很及时。', hasNot: ['WORKS_AT 王芳 -> 德清县农村信用合作联社 [社长]'] },
  // 该行 after a sentence whose first bank only sponsored the one named after it (由某农商银行发起设立的某村镇银行), or stands in
  // a frame of guidance or company (在县人民银行行长某某的陪同下，): the bank the sentence is about.
  { rule: 'unit.anaphora', text: '近日，由江山农商银行发起设立的江山恒丰村镇银行举行开业三周年座谈会。该行行长陈建平介绍了发展情况。', has: ['WORKS_AT 陈建平 -> 江山恒丰村镇银行 [行长]'], hasNot: ['WORKS_AT 陈建平 -> 江山农商银行 [行长]'] },
  { rule: 'unit.anaphora', text: '在县人民银行行长吴建国的陪同下，调研组来到贵州仁怀蒙银村镇银行。该行董事长黄海涛汇报了工作。', has: ['WORKS_AT 黄海涛 -> 贵州仁怀蒙银村镇银行 [董事长]'], hasNot: ['WORKS_AT 黄海涛 -> 中国人民银行 [董事长]'] },
  // A unit in a frame of guidance before 该行 (在某行的帮助下，该行…) guides the actor; 该行 is the article's unit.
  { rule: 'unit.anaphora', text: '长兴农商银行深耕普惠金融。在人民银行长兴县支行的帮助下，该行建成了“丰收驿站”。', has: ['RUNS 长兴农商银行 -> 丰收驿站'], hasNot: ['RUNS 人民银行长兴县支行 -> 丰收驿站'] },
  // In a list of units of one kind, each item is a unit's name whatever jieba makes of its words (老/观).
  // A county the gazetteer knows names a unit even where jieba tags it a verb or an adverb (建始/v, 修水/v).
  // A word for people (歹徒, 顾客) or for home and abroad (境外, 内地) before a suffix is a clause's word, no name.
  // 某分行副行长某某一行5人到某分行: the name of the unit gone to starts after the word glued to 到 (人到/x), even
  // where a place stands between; a count of people is no part of a name.
  // (各区代表分行出席的员工: 代表 is who speaks for the branch, no name of it.)
  { rule: 'branch.suffix', text: '德清銀行行長在年會上感謝各區代表分行出席的員工。', hasNot: ['Branch 代表分行'] },
  { rule: 'branch.suffix', text: '农行湖州分行副行长韩梅一行5人到德清支行调研。', has: ['Branch 农行德清支行', 'WORKS_AT 韩梅 -> 农行湖州分行 [副行长]'], hasNot: ['Branch 农行韩梅一行5人到德清支行', 'Branch 韩梅一行5人到德清支行'] },
  // (A Traditional file's unit named without its bank takes the bank as that file writes it, not dict/banks.tsv's
  // Simplified short form: one script in one name.)
  { rule: 'branch.suffix', text: '郵儲銀行湖州分行轄內德清支行、長興支行獲得表揚。', has: ['Branch 郵儲銀行德清支行', 'Branch 郵儲銀行長興支行', 'PART_OF 郵儲銀行長興支行 -> 郵儲銀行湖州分行'], hasNot: ['Branch 邮储银行長興支行'] },
  // (So does a bank read by its shape, named as written and keyed in Simplified: 廣東銀行澳門分行, not 广东银行澳門分行.)
  { rule: 'branch.suffix', text: '廣東銀行總行副經理陳志時表示,澳門分行將於下月開業。', has: ['Branch 廣東銀行澳門分行'], hasNot: ['Branch 广东银行澳門分行'] },
  { rule: 'branch.suffix', text: '德清农商银行计划明年增设境外分行，同时把内地分行的业务交给总行。', hasNot: ['Branch 德清农商银行境外分行', 'Branch 德清农商银行内地分行', 'Branch 境外分行', 'Branch 内地分行'] },
  // 省市分行, 市县支行: the levels of a bank's branches together, no branch of its own.
  { rule: 'branch.suffix', text: '区里希望农业银行省市分行多给支持，工行市县支行也表示愿意参与。', hasNot: ['Branch 农业银行省市分行', 'Branch 工行市县支行'] },
  // A conjunction or 属 glued to the next unit's name, a web address's letters and 发源地 before a name start none of it.
  { rule: 'branch.suffix', text: '感謝卡寄給了土地銀行及梅橋支行的志工。', has: ['PART_OF 土地銀行梅橋支行 -> 臺灣土地銀行'], hasNot: ['Branch 土地銀行及梅橋支行'] },
  { rule: 'branch.suffix', text: '这片山林归德清农村信用合作联社属梅溪信用社管辖的片区。', has: ['Branch 德清农村信用合作联社梅溪信用社'], hasNot: ['Branch 德清农村信用合作联社属梅溪信用社'] },
  { rule: 'branch.suffix', text: '网页抓取时混入了网址：恒丰银行com湖州分社举办沙龙。', has: ['Branch 恒丰银行湖州分社'] },
  { rule: 'branch.suffix', text: '土地銀行發源地鹿港分行舉辦百年行慶。', has: ['Branch 土地銀行鹿港分行'] },
  // A kind of outlet (简易型分行) and a verb of telling (报告支行) name no unit.
  { rule: 'branch.suffix', text: '德清农商银行计划再开两家简易型分行。遇到可疑汇款，柜员要第一时间报告支行运营主管。', hasNot: ['Branch 德清农商银行简易型分行', 'Branch 报告支行', 'Branch 德清农商银行第一时间报告支行'] },
  { rule: 'branch.suffix', text: '王红梅高声提醒正要走进歹徒储蓄所的韩立明。', hasNot: ['Branch 歹徒储蓄所'] },
  // A unit whose name holds a bank's name the gazetteer does not know (苏南银行无锡分行) is that bank's, not the bank
  // named before it in a list; a bank's kind alone (农商银行某分理处) still leaves it to the article's bank.
  { rule: 'branch.suffix', text: '演讲者有农行德清分行李建国、苏南银行无锡分行王红梅、工行湖州分行韩立明。', has: ['Branch 苏南银行无锡分行', 'PART_OF 工行湖州分行 -> 中国工商银行'], hasNot: ['Branch 农行苏南银行无锡分行', 'PART_OF 农行苏南银行无锡分行 -> 中国农业银行'] },
  { rule: 'branch.suffix', text: '德清农商银行开展宣传。农商银行城东分理处员工走进社区。', hasNot: ['Branch 农商银行城东分理处'] },
  // The central bank in a clause of guidance (在人行某支行的统一部署下，) is not the bank of the unit that acts after it.
  { rule: 'branch.suffix', text: '德清农商银行在人民银行德清县支行的统一部署下，城东支行走进社区开展宣传。', has: ['PART_OF 德清农商银行城东支行 -> 德清农商银行'], hasNot: ['Branch 中国人民银行城东支行', 'Branch 人民银行城东支行'] },
  { rule: 'branch.suffix', text: '安吉农商银行在人民银行安吉县支行的关心和帮助下，城南支行建起了金融服务站。', has: ['PART_OF 安吉农商银行城南支行 -> 安吉农商银行'], hasNot: ['Branch 人民银行城南支行'] },
  // A unit named with its bank, named again without it right after another bank: still the first bank's unit.
  { rule: 'branch.suffix', text: '安吉农商银行城北支行开展反诈宣传。当天，安吉农商银行联合人民银行安吉县支行、城北社区等单位，在城北支行门口设立咨询台。', has: ['PART_OF 安吉农商银行城北支行 -> 安吉农商银行'], hasNot: ['Branch 人民银行城北支行', 'Branch 中国人民银行城北支行'] },
  { rule: 'branch.suffix', text: '农行恩施分行辖内，建始支行开展金融宣传。', has: ['Branch 农行建始支行'] },
  // 以 after a bank is a preposition, even when jieba glues it to the unit's name (以柳桥/x 支行): not the name's start.
  { rule: 'branch.suffix', text: '德清农商银行以柳桥支行为试点，开办农民课堂。', has: ['Branch 德清农商银行柳桥支行'], hasNot: ['Branch 德清农商银行德清农商银行以柳桥支行', 'Branch 德清农商银行以柳桥支行'] },
  // A specialised unit (某地科技专营支行) is also called by its place and suffix alone: one unit.
  { rule: 'branch.suffix', text: '德清农商银行湖滨科技专营支行今年开业。湖滨支行行长韩立明介绍了服务情况。', has: ['WORKS_AT 韩立明 -> 德清农商银行湖滨科技专营支行 [行长]'], hasNot: ['Branch 德清农商银行湖滨支行'] },
  // A quarter in front of a place (东湖滨 beside 湖滨) names a unit of its own, not the fuller name of the other.
  { rule: 'branch.suffix', text: '德清农商银行表彰了东湖滨支行李建国和湖滨支行王红梅两位柜员。', has: ['WORKS_AT 李建国 -> 德清农商银行东湖滨支行', 'WORKS_AT 王红梅 -> 德清农商银行湖滨支行'] },
  { rule: 'branch.suffix', text: '修水支行、开化支行获评先进单位。', has: ['Branch 修水支行', 'Branch 开化支行'] },
  { rule: 'branch.suffix', text: '德清农商银行共有王家坝支行、老观支行、郜台支行3家支行。', has: ['Branch 德清农商银行老观支行', 'Branch 德清农商银行郜台支行'] },
  // A word for a unit's kind or style (智慧支行, 普惠支行, 新设支行), or for the part it plays in a task (经办支行, 开户支行,
  // 试点支行), names no unit; nor do such words one after another (县域普惠), a first few (首批), or a time before them.
  // A unit's name never ends in 设, the verb that sets it up (在某地设分行), even glued to the place before it; a branch
  // that serves in a second language (第二外語分行) is a kind of branch, not its name.
  // A kind, a class or a standing of units names none (新开业支行, 一类支行, 省内分行, 同业分行); a unit's own name with one
  // inside still stands (某银行湖滨小微企业专营支行).
  { rule: 'branch.anchored', text: '工行近日表示,所在地分行、外省分行和他行分行将加强服务,升格分行也积极响应。', hasNot: ['Branch 工行所在地分行', 'Branch 工行外省分行', 'Branch 工行他行分行', 'Branch 工行升格分行'] },
  { rule: 'branch.anchored', text: '工行近日表示,中型支行、主要支行和上述支行将加强服务,省会支行也积极响应。', hasNot: ['Branch 工行中型支行', 'Branch 工行主要支行', 'Branch 工行上述支行', 'Branch 工行省会支行'] },
  { rule: 'branch.anchored', text: '工行近日表示,新开业支行、一类支行和省内分行将加强服务,同业分行也积极响应。', hasNot: ['Branch 工行新开业支行', 'Branch 工行一类支行', 'Branch 工行省内分行', 'Branch 工行同业分行'] },
  { rule: 'branch.anchored', text: '德清农商银行湖滨小微企业专营支行行长韩立明表示,将加强服务。', has: ['Branch 德清农商银行湖滨小微企业专营支行'] },
  // Nor is a floor of a building (5樓分行大堂) or a model unit of a field of work (乡村振兴金融服务样板支行) a name.
  { rule: 'branch.suffix', text: '市民可到5樓分行大堂辦理業務。滙豐銀行表示歡迎。', hasNot: ['Branch 滙豐銀行5樓分行'] },
  { rule: 'branch.suffix', text: '德清农商银行计划建成一批乡村振兴金融服务样板支行。', hasNot: ['Branch 德清农商银行乡村振兴金融服务样板支行'] },
  { rule: 'branch.suffix', text: '華南銀行今年在越南同奈設分行,業務增長。', hasNot: ['Branch 華南銀行越南同奈設分行'] },
  { rule: 'branch.suffix', text: '華南銀行明年再增加三家第二外語分行,服務外籍客戶。', hasNot: ['Branch 華南銀行第二外語分行'] },
  { rule: 'branch.anchored', text: '农行建设支行行长韩立明表示,将加强服务。', has: ['Branch 农行建设支行'] },
  { rule: 'branch.suffix', text: '德清农商银行今年新设支行两家，还要建一家智慧支行，湖滨支行率先完成改造。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行今年新设支行', 'Branch 德清农商银行智慧支行'] },
  // A place of two characters jieba does not know, cut into two words of one whatever their tags (涝/v 峪/g, 邦/ng 均/d,
  // 畈/q 上/f): a name before a unit's suffix, alone, after a bank or inside a chain; not when a half is a function word
  // or a verb of going (又/d 去/v 支行: not-in-place-pair).
  { rule: 'branch.suffix', text: '工行员工走访涝峪支行，了解春耕资金需求。', has: ['Branch 工行涝峪支行', 'PART_OF 工行涝峪支行 -> 中国工商银行'] },
  { rule: 'branch.suffix', text: '近日，畈上分理处员工为村民上门办理社保卡。', has: ['Branch 畈上分理处'] },
  { rule: 'branch.suffix', text: '这次检查的重点是邦均分理处。', has: ['Branch 邦均分理处'] },
  { rule: 'branch.suffix', text: '老人又去支行取钱。', hasNot: ['Branch 又去支行'] },
  // (A word that points glued before the suffix, 仅该/x 支行, names no unit.)
  { rule: 'branch.suffix', text: '湖州银行南浔支行今年发放贷款40笔，仅该支行辖内双林支行就有15笔。', has: ['Branch 湖州银行双林支行'], hasNot: ['Branch 湖州银行仅该支行'] },
  // (A road's name jieba cuts into an unknown word and two single ones, 德輔/x 道/q 西/f 分行: the pair alone is no name.)
  { rule: 'branch.suffix', text: '東亞銀行今日起有兩間分行休息，即德輔道西分行及北角分行。', hasNot: ['Branch 東亞銀行道西分行'] },
  // An office 驻 (stationed in) a place is the body's named before 驻 (省政府驻上海办事处, 该集团驻深圳办事处), no unit of
  // the bank the sentence names after it; a bank's own is its unit (农行驻沪办事处).
  { rule: 'branch.suffix', text: '省政府驻上海办事处与工行签署战略合作协议。', hasNot: ['Branch 工行上海办事处', 'Branch 上海办事处'] },
  { rule: 'branch.suffix', text: '该集团驻深圳办事处主任张华与建行座谈。', hasNot: ['Branch 建行深圳办事处', 'WORKS_AT 张华 -> 建行深圳办事处 [主任]'] },
  { rule: 'branch.anchored', text: '农行驻沪办事处主任王强介绍了业务情况。', has: ['WORKS_AT 王强 -> 农行驻沪办事处 [主任]'] },
  // A verb right before a bare unit word names no unit: one ending in 给 whatever jieba tags it (写信给/n 支行), verbs of
  // visiting or gathering it tags as nouns or leaves unknown (参观/n, 齐聚/x: not-in-name); units old and new (新老) are
  // which units, not one (generic-unit-name).
  { rule: 'branch.suffix', text: '老人写信给分行表达谢意。', hasNot: ['Branch 老人写信给分行', 'Branch 写信给分行'] },
  { rule: 'branch.suffix', text: '小学生们参观支行营业厅。', hasNot: ['Branch 参观支行'] },
  { rule: 'branch.suffix', text: '新老支行负责人座谈交流。', hasNot: ['Branch 新老支行'] },
  { rule: 'branch.suffix', text: '员工们齐聚支行会议室。', hasNot: ['Branch 员工们齐聚支行', 'Branch 齐聚支行'] },
  { rule: 'branch.anchored', text: '工行邦均分理处柜员及时劝阻一起诈骗。', has: ['Branch 工行邦均分理处', 'PART_OF 工行邦均分理处 -> 中国工商银行'] },
  { rule: 'branch.anchored.sub-unit', text: '农行周至支行涝峪营业所开展反假币知识宣传。', has: ['PART_OF 农行周至支行涝峪营业所 -> 农行周至支行'] },
  { rule: 'branch.anchored', text: '東山農商銀行黑沙環分行舉行開業典禮。', has: ['PART_OF 東山農商銀行黑沙環分行 -> 東山農商銀行'] },
  { rule: 'branch.anchored', text: '德清農商銀行天水圍分行今日舉辦理財講座。', has: ['PART_OF 德清農商銀行天水圍分行 -> 德清農商銀行'] },
  // A name that is a place of the gazetteer whole, however jieba cuts it (工行长兴支行: 工/行长/兴); and 全辖 (the whole
  // of a bank's area) before a post is no one.
  { rule: 'branch.anchored', text: '农行长兴支行行长王明介绍，全辖柜员都参加了培训。', has: ['WORKS_AT 王明 -> 农行长兴支行 [行长]'], hasNot: ['Person 全辖'] },
  { rule: 'branch.anchored', text: '德清农商银行湖滨支行与帮扶支行、挂钩支行和网格支行开展交流。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行帮扶支行', 'Branch 德清农商银行挂钩支行', 'Branch 德清农商银行网格支行'] },
  { rule: 'branch.suffix', text: '德清农商银行由经办支行受理申请，开户支行负责回访，湖滨支行作为试点支行先行一步。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行开户支行', 'Branch 德清农商银行经办支行', 'Branch 德清农商银行试点支行'] },
  { rule: 'branch.suffix', text: '德清农商银行推进县域普惠支行建设，首批试点支行名单公布，湖滨支行入选。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行普惠支行', 'Branch 德清农商银行县域普惠支行', 'Branch 德清农商银行首批试点支行'] },
  // Words of praise (五星, 金牌) and a whole system of units (农行系统支行) name no unit either; 另有 glued by jieba
  // (另有/x) starts what is listed after it; a government's office away from home (县政府驻京办事处) is no bank's.
  { rule: 'branch.suffix', text: '德清农商银行表彰了湖滨支行等一批先进网点，另有五星支行、金牌支行获得通报表扬。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行另有五星支行', 'Branch 德清农商银行五星支行', 'Branch 德清农商银行金牌支行'] },
  { rule: 'branch.anchored', text: '全市农行系统支行参加了由农行湖滨支行承办的技能比赛。', has: ['Branch 农行湖滨支行'], hasNot: ['Branch 农行系统支行'] },
  { rule: 'branch.anchored', text: '农行湖滨支行与德清县政府驻京办事处签订合作协议。', has: ['Branch 农行湖滨支行'], hasNot: ['Branch 农行德清县政府驻京办事处'] },
  // 大陆 places a unit as 内地 or 境外 do (a Taiwan bank's office on the mainland): where, not which; its officers are the bank's.
  { rule: 'bank.alias', text: '第一銀行獲准設立大陸辦事處，董事長李建國親赴上海。', has: ['WORKS_AT 李建國 -> 第一商業銀行 [董事長]'], hasNot: ['Branch 第一銀行大陸辦事處'] },
  // Words for the area a unit serves, its size or weight, or a change it goes through (山区支行, 骨干支行, 迁址支行).
  { rule: 'branch.suffix', text: '德清农商银行加大对山区支行和偏远支行的支持，骨干支行结对帮扶，迁址支行照常营业，湖滨支行率先行动。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行山区支行', 'Branch 德清农商银行偏远支行', 'Branch 德清农商银行骨干支行', 'Branch 德清农商银行迁址支行'] },
  // 原 before a unit's name marks a former name, but not when it starts a place (原平市).
  { rule: 'branch.suffix', text: '农行开展宣传，客户走进原平市城关支行办理业务。', has: ['Branch 农行原平市城关支行'], hasNot: ['Branch 农行平市城关支行'] },
  // Words that say a unit is below another (辖下, 下设, 内设) end a name as 下辖 does; party and theme words (党建, 红色,
  // 巾帼) name a kind of unit.
  { rule: 'branch.anchored', text: '德清农商银行湖滨支行召开会议，辖下分理处和下设支行负责人李建国参加。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行下设支行', 'Branch 德清农商银行辖下分理处'] },
  // A verb of making a unit (建设, 创建) before such words starts a clause; before a road (建设路) it is a name.
  { rule: 'branch.suffix', text: '德清农商银行建设党建支行和巾帼支行，湖滨支行首批挂牌。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行党建支行', 'Branch 德清农商银行建设党建支行', 'Branch 德清农商银行巾帼支行'] },
  { rule: 'branch.anchored', text: '农行建设路支行和工行建设支行开展宣传。', has: ['Branch 农行建设路支行', 'Branch 工行建设支行'] },
  // Words of praise that rank units (最美, 百佳), with the year they are ranked for (年度百佳), name an honour, not a unit.
  { rule: 'branch.anchored', text: '德清农商银行湖滨支行获评最美支行，该行还评出年度百佳营业部和千佳分理处。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行最美支行', 'Branch 德清农商银行年度百佳营业部', 'Branch 德清农商银行千佳分理处'] },
  // A kind of bank before a suffix (各商业银行支行, 外资银行分行) speaks of the units of all banks of that kind.
  { rule: 'branch.anchored', text: '人民银行德清县支行发布通知，要求各商业银行支行和外资银行分行做好配合。', has: ['Branch 人民银行德清县支行'], hasNot: ['Branch 人民银行商业银行支行', 'Branch 人民银行外资银行分行', 'Branch 外资银行分行'] },
  // A suffix cut out of a longer word (信用社+区 is 社区, 营业所+得 is 所得) names no unit; 信用社区域 keeps its 信用社.
  { rule: 'branch.anchored', text: '德清农商银行湖滨支行走进城南信用社区，提醒居民储蓄所得利息要留好凭证。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行城南信用社'] },
  { rule: 'branch.anchored', text: '农行湖滨支行提醒，个体户营业所得要按时申报。', has: ['Branch 农行湖滨支行'], hasNot: ['Branch 农行个体户营业所'] },
  { rule: 'branch.anchored', text: '德清农商银行城南信用社区域内的老人都认识柜员王红梅。', has: ['Branch 德清农商银行城南信用社'] },
  // A community's name before 支行 (某某社区支行) names a unit, though 社区 alone ends other bodies' names; a visit to a
  // community names none.
  { rule: 'branch.suffix', text: '德清农商银行新设立的滨湖社区支行正式营业，员工随后走进城南社区开展宣传。', has: ['Branch 德清农商银行滨湖社区支行', 'PART_OF 德清农商银行滨湖社区支行 -> 德清农商银行'], hasNot: ['Branch 德清农商银行城南社区支行'] },
  // A place the gazetteer knows before the suffix names the unit though jieba splits it into no-name words (台/q 中/f).
  { rule: 'branch.suffix', text: '第一銀行旗下的台中分行舉辦理財講座，經理王紅梅主講。', has: ['Branch 第一銀行台中分行', 'PART_OF 第一銀行台中分行 -> 第一商業銀行'] },
  // A list of units opened by 包括: the first item and items with a road in brackets are names whatever jieba makes of them.
  { rule: 'branch.suffix', text: '華夏銀行今日起調整服務時間，包括湖濱道東分行、灣仔(莊士道)分行及荃灣分行。', has: ['Branch 華夏銀行湖濱道東分行', 'Branch 華夏銀行灣仔(莊士道)分行', 'Branch 華夏銀行荃灣分行'] },
  // Units counted by a measure word, and street-level branches, name no unit; 属 glued to the word before starts none.
  { rule: 'branch.anchored', text: '华夏银行另有8间地铁站办事处及地面分行缩短营业时间。', hasNot: ['Branch 华夏银行另有8间地铁站办事处', 'Branch 华夏银行地面分行'] },
  { rule: 'branch.suffix', text: '该安置点属湖滨信用社服务区域。', has: ['Branch 湖滨信用社'], hasNot: ['Branch 点属湖滨信用社'] },
  // 於 in Traditional text is the preposition; 志工 and 义工 are no given names.
  { rule: 'person.pos', text: '農行湖濱支行投入人力於志工服務。', hasNot: ['Person 於志工'] },
  { rule: 'person.pos', text: '农行湖滨支行投入人力于志工服务。', hasNot: ['Person 于志工'] },
  // 该行 before a unit whose name jieba glues to 行 (该/行员/林分行): a surname and a unit's suffix are no one's name.
  { rule: 'person.after-role', text: '第一银行旗下的台中分行与该行员林分行联合举办理财讲座。', hasNot: ['Person 林分行'] },
  // A bank's legal name with its company form before the unit's (某银行股份有限公司某分行): the unit's own name starts
  // after the form, so it is the 某行某分行 of other sentences and a county's unit named with it goes under it.
  { rule: 'branch.anchored', text: '中国建设银行股份有限公司湖州分行召开年度会议，德清支行行长韩立明发言。建行湖州分行还表彰了先进。', has: ['PART_OF 建行德清支行 -> 中国建设银行股份有限公司湖州分行'], hasNot: ['Branch 建行湖州分行'] },
  // An adverb glued to a verb of going (一进/x 支行, 刚到/x 支行): someone comes to the unit, which the clause does not name.
  { rule: 'branch.suffix', text: '德清农商银行开展适老服务。湖滨支行行长韩立明说，希望老人一进支行就有人招呼。', has: ['Branch 德清农商银行湖滨支行'], hasNot: ['Branch 德清农商银行老人一进支行'] },
  // Joining a unit after a time, or a career starting there (毕业后进入某支行工作, 的职业生涯起步于某信用社, 加盟).
  // An adverb may stand before 是 (便是, 也是, 正是): the post after the unit is still the person's.
  // A bank's own institute or bureau between the bank and a post that is another body's elsewhere (某银行研究院院长,
  // 人民银行研究局副局长, 某銀行研究院院長): the post is at the bank. A school's institute, or another body after 与,
  // keeps its post (negative rows).
  { rule: 'works_at.person-unit-role', text: '邹帆博士（德清农商银行研究院院长）认为，下半年消费将继续回暖。', has: ['WORKS_AT 邹帆 -> 德清农商银行 [研究院院长]'] },
  { rule: 'works_at.person-unit-role', text: '柯立新（人民银行研究局副局长）在论坛上发言。', has: ['WORKS_AT 柯立新 -> 中国人民银行 [研究局副局长]'] },
  { rule: 'works_at.unit-role-name', text: '招商银行研究院院长胡立生在论坛上表示，货币政策将保持稳健。', has: ['WORKS_AT 胡立生 -> 招商银行 [院长]'] },
  { rule: 'works_at.unit-role-name', text: '東亞銀行研究院院長趙小燕表示，利率將維持穩定。', has: ['WORKS_AT 趙小燕 -> 東亞銀行 [院長]'] },
  // A committee right after the bank is the bank's own (行政委員會, 風險管理委員會, 消费者权益保护委员会, a verb inside its
  // name too): its chair or members are the bank's; a regulator whose name starts with a bank's is not.
  { rule: 'works_at.unit-role-name', text: '大西洋銀行行政委員會主席何美玲表示，澳門經濟穩步回升。', has: ['WORKS_AT 何美玲 -> 大西洋銀行 [主席]'] },
  { rule: 'works_at.unit-role-name', text: '工商银行消费者权益保护委员会主任韩立明介绍了工作。', has: ['WORKS_AT 韩立明 -> 中国工商银行 [主任]'] },
  { rule: 'works_at.unit-role-name', text: '中国银行保险监督管理委员会主席韩立明表示。', hasNot: ['WORKS_AT 韩立明 -> 中国银行 [主席]'] },
  { rule: 'works_at.unit-role-name', text: '招商银行与南城大学经济研究院院长胡立生签署合作协议。', hasNot: ['WORKS_AT 胡立生 -> 招商银行'] },
  // Units joined before a post and as many people joined after it, then 分别 (甲支行、乙支行行长某某、某某分别发言, …的
  // 行长某某和某某分别…): paired in order, each at their own unit; a later item that is not one of the post's people
  // (和市民某某) breaks the pairing (negative row).
  { rule: 'works_at.unit-role-name', text: '会上，湖滨农商银行城北支行、交通银行江北支行行长许文杰、孔丽分别发言。', has: ['WORKS_AT 许文杰 -> 湖滨农商银行城北支行 [行长]', 'WORKS_AT 孔丽 -> 交通银行江北支行 [行长]'], hasNot: ['WORKS_AT 许文杰 -> 交通银行江北支行 [行长]', 'WORKS_AT 孔丽 -> 湖滨农商银行城北支行 [行长]'] },
  { rule: 'works_at.unit-role-name', text: '東山農商銀行北角分行、恒生銀行中環分行的分行經理何家明和周文華分別致辭。', has: ['WORKS_AT 何家明 -> 東山農商銀行北角分行 [經理]', 'WORKS_AT 周文華 -> 恒生銀行中環分行 [經理]'], hasNot: ['WORKS_AT 何家明 -> 恒生銀行中環分行 [經理]'] },
  { rule: 'works_at.unit-role-name', text: '农行湖滨支行、建行南城支行行长许文杰和市民孔丽分别发言。', hasNot: ['WORKS_AT 孔丽 -> 农行湖滨支行', 'WORKS_AT 孔丽 -> 建行南城支行'] },
  { rule: 'works_at.person-unit-role', text: '邹帆（南城大学金融研究院院长）与工商银行南城支行负责人座谈。', hasNot: ['WORKS_AT 邹帆 -> 中国工商银行', 'WORKS_AT 邹帆 -> 工商银行南城支行'] },
  { rule: 'works_at.person-unit-role', text: '柜台后忙碌的人叫赵小燕。赵小燕便是农行湖滨支行湖滨分理处的储蓄员。', has: ['WORKS_AT 赵小燕 -> 农行湖滨支行湖滨分理处 [储蓄员]'] },
  { rule: 'works_at.person-unit-role', text: '王红梅的丈夫韩立明也是德清农商银行的客户经理。', has: ['WORKS_AT 韩立明 -> 德清农商银行 [客户经理]'] },
  { rule: 'works_at.person-unit-role', text: '记者见到了李建国。李建国毕业后进入农行湖滨支行工作。', has: ['WORKS_AT 李建国 -> 农行湖滨支行'] },
  // A name, its post, then the unit in brackets (韩立明经理（农行湖滨支行）): the post is held at that unit.
  { rule: 'works_at.person-unit-role', text: '韩立明经理（农行湖滨支行）在会上发言。', has: ['WORKS_AT 韩立明 -> 农行湖滨支行 [经理]'] },
  { rule: 'works_at.person-unit-role', text: '趙小燕主任(德清農商銀行城南支行)獲得表彰。', has: ['WORKS_AT 趙小燕 -> 德清農商銀行城南支行 [主任]'] },
  // Another body and its post, then 兼, 兼任 or 、, between the link (此前为, 曾任, 现任, 此前担任) and the unit: the post at the
  // unit is held with that one (张明此前为某集团执行董事兼某银行行长); 现任 and 曾任 are no part of the body's name. Not
  // a customer's bank (某公司总经理兼某支行的贵宾客户).
  { rule: 'works_at.person-unit-role', text: '韩立明此前为德清控股集团执行董事兼德清农商银行行长。', has: ['WORKS_AT 韩立明 -> 德清农商银行 [行长]'] },
  { rule: 'works_at.person-unit-role', text: '王红梅现任德清交通集团董事兼德清农商银行董事长。', has: ['WORKS_AT 王红梅 -> 德清农商银行 [董事长]'], hasNot: ['Organization 王红梅现任德清交通集团'] },
  { rule: 'works_at.person-unit-role', text: '邹帆此前担任德清控股集团股份公司执行董事、浦发银行杭州分行行长。', has: ['WORKS_AT 邹帆 -> 浦发银行杭州分行 [行长]'] },
  { rule: 'works_at.person-unit-role', text: '客户钱丽是德清丝绸公司总经理兼农行湖滨支行的贵宾客户。', hasNot: ['WORKS_AT 钱丽 -> 农行湖滨支行', 'WORKS_AT 钱丽 -> 农行湖滨支行 [贵宾客户]', 'WORKS_AT 钱丽 -> 农行湖滨支行 [总经理]'] },
  // (The year of it and the school may come first: 某某2005年大学毕业后进入某支行工作; a customer going in still is none.)
  { rule: 'works_at.person-unit-role', text: '韩梅2010年研究生毕业后加入建行城北支行，钱国华2005年大学毕业后进入工行西湖支行工作。', has: ['WORKS_AT 韩梅 -> 建行城北支行', 'WORKS_AT 钱国华 -> 工行西湖支行'] },
  { rule: 'works_at.person-unit-role', text: '储户王秀英2010年大学毕业后进入工行西湖支行办理业务。', hasNot: ['WORKS_AT 王秀英 -> 工行西湖支行'] },
  { rule: 'works_at.person-unit-role', text: '张晓燕的职业生涯起步于德清农商银行。', has: ['WORKS_AT 张晓燕 -> 德清农商银行'] },
  { rule: 'works_at.person-unit-role', text: '李建国去年加盟德清农商银行。', has: ['WORKS_AT 李建国 -> 德清农商银行'] },
  // A unit's post with a name right after it is that name's, whatever links the person before to the unit (客户甲在某支行
  // 客户经理乙的帮助下, 甲是某支行客户经理乙的老客户): not only after a comma.
  { rule: 'works_at.person-unit-role', text: '种植户赵大山在邮储银行湖滨县支行客户经理韩梅的帮助下申请了贷款。', hasNot: ['WORKS_AT 赵大山 -> 邮储银行湖滨县支行 [客户经理]'] },
  { rule: 'works_at.person-unit-role', text: '市民欧阳明在农行湖滨支行行长李建国的陪同下参观了网点。', hasNot: ['WORKS_AT 欧阳明 -> 农行湖滨支行 [行长]'] },
  { rule: 'works_at.person-unit-role', text: '赵大山是德清农商银行客户经理韩梅的老客户。', hasNot: ['WORKS_AT 赵大山 -> 德清农商银行 [客户经理]'] },
  { rule: 'works_at.person-unit-role', text: '邹帆自2002年加入德清农商银行，钱丽就进入德清农商银行工作了。', has: ['WORKS_AT 邹帆 -> 德清农商银行', 'WORKS_AT 钱丽 -> 德清农商银行'], hasNot: ['Person 邹帆自', 'Person 钱丽就'] },
  // A contest written without quotes, with a mark of its own (an edition, a cup, a place or level), held or joined;
  // a year in front is no part of its name; a bare 技能竞赛 is no name.
  // A plan written without quotes, opened by the name of the sentence's bank (short forms too), after a verb of
  // launching; a plan with no bank's name in front is generic.
  { rule: 'programme.unquoted-event', text: '恒生銀行啟動恒生鄰里關愛計劃，向基層家庭派發物資。', has: ['RUNS 恒生銀行 -> 恒生鄰里關愛計劃'] },
  { rule: 'programme.unquoted-event', text: '德清農商銀行連續十年舉辦德清農商銀行點燈計畫。', has: ['RUNS 德清農商銀行 -> 德清農商銀行點燈計畫'] },
  { rule: 'programme.unquoted-event', text: '東山農商銀行今年推出長者友善理財計劃。', hasNot: ['Programme 長者友善理財計劃'] },
  // An awareness month or week without quotes, launched by a unit, with a brand opening it: a place, the bank by a name
  // of its own, or its short name made from its name (泰隆 of 泰隆银行, 臺銀 of 臺灣銀行). 活动 after it is an alias.
  { rule: 'programme.campaign-month', text: '长兴农商银行雉城支行开展长兴反诈宣传月活动，走进社区发放折页。', has: ['RUNS 长兴农商银行雉城支行 -> 长兴反诈宣传月'] },
  { rule: 'programme.campaign-month', text: '臺灣銀行舉辦臺銀金融知識宣導月活動，走入校園。', has: ['RUNS 臺灣銀行 -> 臺銀金融知識宣導月'] },
  { rule: 'programme.campaign-month', text: '工商银行杭州分行开展工行3·15消费者权益保护宣传周活动。', has: ['Programme 工行3·15消费者权益保护宣传周'] },
  { rule: 'programme.campaign-month', text: '泰隆银行开展泰隆普惠金融服务月活动。', has: ['Programme 泰隆普惠金融服务月'] },
  // (No brand, no name: 全市 is a level, a year or a bare topic names none.)
  { rule: 'programme.campaign-month', text: '农业银行某支行组织员工参加全市反诈宣传月活动。', hasNot: ['Programme 全市反诈宣传月活动', 'Programme 全市反诈宣传月'] },
  { rule: 'programme.campaign-month', text: '农业银行开展防范非法集资宣传月活动，并开展2024年金融知识宣传月活动。', hasNot: ['Programme 防范非法集资宣传月', 'Programme 2024年金融知识宣传月', 'Programme 金融知识宣传月'] },
  // So are a campaign, a project and a brand written without quotes: a name only when the bank's name opens it.
  { rule: 'programme.unquoted-event', text: '农行湖州分行启动农行春耕金融服务行动，投放涉农贷款十亿元。', has: ['RUNS 农行湖州分行 -> 农行春耕金融服务行动'] },
  { rule: 'programme.unquoted-event', text: '工行吴兴支行实施工银兴农工程，覆盖全区所有乡镇。', has: ['RUNS 工行吴兴支行 -> 工银兴农工程'] },
  { rule: 'programme.unquoted-event', text: '湖州银行启动数字化转型工程，并开展专项行动，打造党建品牌。', hasNot: ['Programme 数字化转型工程', 'Programme 专项行动', 'Programme 党建品牌'] },
  { rule: 'programme.unquoted-event', text: '德清农商银行承办第三届全市金融系统职工业务技能比赛。', has: ['RUNS 德清农商银行 -> 第三届全市金融系统职工业务技能比赛'] },
  { rule: 'programme.unquoted-event', text: '2024年湖州市银行业人民币业务技能竞赛在市工人文化宫举行，农行湖滨支行参赛。', has: ['Programme 湖州市银行业人民币业务技能竞赛'] },
  // A verb of its own inside the match: the name starts after the last one (组织员工参加了…).
  { rule: 'programme.unquoted-event', text: '农行湖滨支行组织员工参加了浙江省金融系统职工乒乓球比赛。', has: ['RUNS 农行湖滨支行 -> 浙江省金融系统职工乒乓球比赛'], hasNot: ['Programme 员工参加了浙江省金融系统职工乒乓球比赛'] },
  { rule: 'programme.unquoted-event', text: '农行湖滨支行举办金桥杯知识竞赛。', has: ['RUNS 农行湖滨支行 -> 金桥杯知识竞赛'] },
  // 的 between the verb and the contest (某协会组织开展的某某大赛): the name still needs a mark of its own.
  { rule: 'programme.unquoted-event', text: '农行湖滨支行积极参加湖州市银行业协会组织开展的全市银行业职工书法摄影大赛，共报送作品三十件。', has: ['RUNS 农行湖滨支行 -> 全市银行业职工书法摄影大赛'], hasNot: ['Programme 的全市银行业职工书法摄影大赛'] },
  { rule: 'programme.unquoted-event', text: '农行湖滨支行员工参加了社区组织开展的趣味比赛，气氛热烈。', hasNot: ['Programme 趣味比赛'] },
  // A quoted theme opening the sentence, or a clause after the aim it serves, then the contest, then 于…举行.
  { rule: 'programme.unquoted-event', text: '“携手同行 共创未来”德清农商银行2024年职工乒乓球比赛于5月10日在县体育馆举行。', has: ['RUNS 德清农商银行 -> 德清农商银行2024年职工乒乓球比赛'], hasNot: ['Programme 携手同行 共创未来'] },
  { rule: 'programme.unquoted-event', text: '为活跃职工文化生活，“携手同行 共创未来”德清农商银行2024年职工乒乓球比赛于5月10日在县体育馆举行。', has: ['RUNS 德清农商银行 -> 德清农商银行2024年职工乒乓球比赛'] },
  { rule: 'programme.unquoted-event', text: '农行湖滨支行开展技能竞赛，举办了一场精彩的比赛。', hasNot: ['Programme 技能竞赛', 'Programme 一场精彩的比赛'] },
  // A date may open the sentence; a quoted theme between the verb and the name is the same contest; a contest
  // named once with its organiser in front and once without is one.
  { rule: 'programme.unquoted-event', text: '10月30日，2024年湖州市银行业人民币业务技能竞赛在市工人文化宫举行，农行湖滨支行参赛。', has: ['RUNS 农行湖滨支行 -> 湖州市银行业人民币业务技能竞赛'] },
  { rule: 'programme.unquoted-event', text: '农行湖滨支行开展首届柜面服务技能竞赛\n\n农行湖滨支行举办“练好基本功 服务更贴心”湖滨支行首届柜面服务技能竞赛。', has: ['Programme 首届柜面服务技能竞赛'], hasNot: ['Programme 练好基本功 服务更贴心', 'Programme 湖滨支行首届柜面服务技能竞赛'] },
  { rule: 'programme.unquoted-event', text: '农行湖滨支行开展首届职工技能竞赛\n\n4月25日，农行湖滨支行举办湖滨支行首届职工技能竞赛。', has: ['Programme 首届职工技能竞赛'], hasNot: ['Programme 湖滨支行首届职工技能竞赛'] },
  // A game named by its sport without 比 (气排球赛, 龙舟赛, 象棋赛; 籃球賽), after 由…承办的 and followed by what became of
  // it (日前举行, 落下帷幕, 结果揭晓, 由某行承办), or opening a later clause before 在…举行.
  { rule: 'programme.unquoted-event', text: '由市金融工会主办、建行湖滨支行承办的2024年湖州市金融系统职工气排球赛日前举行。', has: ['RUNS 建行湖滨支行 -> 湖州市金融系统职工气排球赛'] },
  { rule: 'programme.unquoted-event', text: '端午节前夕，湖州市金融系统第二届龙舟赛在南太湖举行，农行湖滨支行代表队获得冠军。', has: ['RUNS 农行湖滨支行 -> 湖州市金融系统第二届龙舟赛'] },
  { rule: 'programme.unquoted-event', text: '湖州市金融系统首届职工象棋赛由德清农商银行承办。', has: ['RUNS 德清农商银行 -> 湖州市金融系统首届职工象棋赛'] },
  { rule: 'programme.unquoted-event', text: '湖州市银行业首届职工书法比赛结果揭晓，农行湖滨支行代表队获得一等奖。', has: ['RUNS 农行湖滨支行 -> 湖州市银行业首届职工书法比赛'] },
  // (How long it lasts may come before a name opening a clause, 为期两天的某某比赛在…收官; entries or entrants may follow
  // a name held, 某协会组织的某某大赛参赛作品.)
  { rule: 'programme.unquoted-event', text: '6月3日，为期三天的2024年湖州市金融系统职工篮球赛在县体育馆落幕，德清农商银行代表队夺得冠军。', has: ['RUNS 德清农商银行 -> 湖州市金融系统职工篮球赛'] },
  { rule: 'programme.unquoted-event', text: '湖州市银行同业协会举办的全市银行业职工征文大赛参赛作品共86件，农行湖滨支行代表队荣获一等奖。', has: ['RUNS 农行湖滨支行 -> 全市银行业职工征文大赛'] },
  // A contest a unit placed in (在某某比赛中荣获, 荣获某某竞赛团体一等奖, 男子組亞軍), and one with a quoted cup or theme
  // inside its name (某市金融系统“金桥杯”羽毛球赛): the whole name, not the quote alone.
  { rule: 'programme.unquoted-event', text: '德清农商银行在湖州市金融系统第三届职工羽毛球赛中荣获团体一等奖。', has: ['RUNS 德清农商银行 -> 湖州市金融系统第三届职工羽毛球赛'] },
  { rule: 'programme.unquoted-event', text: '兆豐銀行榮獲第二十屆金融盃籃球賽男子組亞軍。', has: ['RUNS 兆豐國際商業銀行 -> 第二十屆金融盃籃球賽'] },
  { rule: 'programme.unquoted-event', text: '全市农商银行系统第二届职工气排球赛开赛\n6月3日，全市农村商业银行系统第二届职工气排球赛在丽水举行，缙云农商银行等9支代表队参赛。', has: ['RUNS 缙云农商银行 -> 全市农商银行系统第二届职工气排球赛'], hasNot: ['Programme 全市农村商业银行系统第二届职工气排球赛'] },
  { rule: 'programme.unquoted-event', text: '5月20-21日，衢州市银行业2023“金融杯”乒乓球、羽毛球团体比赛在衢江区文体中心开赛，衢州农商银行队夺得团体冠军。', has: ['RUNS 衢州农商银行 -> 衢州市银行业2023“金融杯”乒乓球、羽毛球团体比赛'], hasNot: ['Programme 金融杯'] },
  { rule: 'programme.unquoted-event', text: '4月12日，湖州市金融系统第三届职工乒乓球比赛在南浔举行，市金融工会主席沈建明到场致辞并宣布乒乓球比赛开赛。农行湖州分行等10家单位派队参赛。', has: ['RUNS 农行湖州分行 -> 湖州市金融系统第三届职工乒乓球比赛'], hasNot: ['Programme 市金融工会主席沈建明到场致辞并宣布乒乓球比赛'] },
  { rule: 'programme.unquoted-event', text: '农行湖滨支行承办第二届湖州市金融系统“金桥杯”羽毛球赛。', has: ['RUNS 农行湖滨支行 -> 第二届湖州市金融系统“金桥杯”羽毛球赛'], hasNot: ['Programme 金桥杯'] },
  // (A contest with no mark of its own, or a bank's sales drive, names none: 在比赛中获得冠军, 开门红竞赛.)
  { rule: 'programme.unquoted-event', text: '农行湖滨支行员工在羽毛球赛中获得冠军，并在开门红竞赛中获得一等奖。', hasNot: ['Programme 羽毛球赛', 'Programme 开门红竞赛'] },
  // Team results of the contest named before: a team placing, a unit's team, a ranked list of teams; not a person's placing.
  // The units listed as a contest's entrants take part in the contest named before them: a list with a count and a
  // verb of taking part (等15家单位派队参赛, 等35家金融機構組隊參賽), teams from them (来自甲、乙的8支队伍参加比赛), or
  // after a word for the entrants (参加本次比赛的有甲、乙等12支代表队). A list at a meeting takes part in no contest.
  { rule: 'runs.contest-entrants', text: '湖州市金融系统第三届职工乒乓球比赛在湖州举行。农行湖滨支行、建行南城支行、德清农商银行等15家单位派队参赛。', has: ['RUNS 农行湖滨支行 -> 湖州市金融系统第三届职工乒乓球比赛', 'RUNS 建行南城支行 -> 湖州市金融系统第三届职工乒乓球比赛', 'RUNS 德清农商银行 -> 湖州市金融系统第三届职工乒乓球比赛'] },
  { rule: 'runs.contest-entrants', text: '第三十屆金融盃羽桌球比賽在臺北舉行。臺灣銀行、土地銀行等35家金融機構組隊參賽。', has: ['RUNS 臺灣銀行 -> 第三十屆金融盃羽桌球比賽', 'RUNS 臺灣土地銀行 -> 第三十屆金融盃羽桌球比賽'] },
  { rule: 'runs.contest-entrants', text: '湖州市银行业首届职工篮球赛开赛。来自农行湖滨支行、湖州银行长兴支行的8支队伍参加比赛。', has: ['RUNS 湖州银行长兴支行 -> 湖州市银行业首届职工篮球赛'] },
  { rule: 'runs.contest-entrants', text: '湖州市金融系统第二届职工羽毛球赛在湖州开赛。参加本次比赛的有农行湖滨支行、德清农商银行等12支代表队。', has: ['RUNS 德清农商银行 -> 湖州市金融系统第二届职工羽毛球赛'] },
  { rule: 'runs.contest-entrants', text: '湖州市金融系统职工乒乓球比赛在湖州举行。次日，农行湖滨支行、建行南城支行等5家单位参加了座谈会。', hasNot: ['RUNS 建行南城支行 -> 湖州市金融系统职工乒乓球比赛'] },
  { rule: 'runs.contest-result', text: '湖州市举办第二届全市金融系统职工技能比赛。经过角逐，农行湖滨支行凭借过硬功底，荣获团体第一名，建行南城支行、浦发银行杭州分行获团体二等奖。', has: ['RUNS 农行湖滨支行 -> 第二届全市金融系统职工技能比赛', 'RUNS 建行南城支行 -> 第二届全市金融系统职工技能比赛', 'RUNS 浦发银行杭州分行 -> 第二届全市金融系统职工技能比赛'] },
  { rule: 'runs.contest-result', text: '湖州市举办首届金桥杯羽毛球比赛。农行湖滨支行代表队获得亚军。', has: ['RUNS 农行湖滨支行 -> 首届金桥杯羽毛球比赛'] },
  // (Several places at once for a list of units, 分获一二三等奖: each unit entered; the places are no honour.)
  { rule: 'runs.contest-result', text: '市金融工会主办的第五届金桥杯演讲比赛落幕，德清农商银行、农行湖滨支行、建行南城支行分获一二三等奖。', has: ['RUNS 德清农商银行 -> 第五届金桥杯演讲比赛', 'RUNS 农行湖滨支行 -> 第五届金桥杯演讲比赛', 'RUNS 建行南城支行 -> 第五届金桥杯演讲比赛'], hasNot: ['Honour 一二三等奖'] },
  { rule: 'runs.contest-result', text: '湖州市举办首届金桥杯乒乓球比赛。团体组：第一名农行湖滨支行、第二名某某公司、第三名建行南城支行。个人组：第一名浦发银行杭州分行钱丽。', has: ['RUNS 农行湖滨支行 -> 首届金桥杯乒乓球比赛', 'RUNS 建行南城支行 -> 首届金桥杯乒乓球比赛'], hasNot: ['RUNS 浦发银行杭州分行 -> 首届金桥杯乒乓球比赛'] },
  { rule: 'runs.contest-result', text: '德清农商银行举办首届金桥杯知识竞赛。农行湖滨支行钱丽获得个人第一名。', hasNot: ['RUNS 农行湖滨支行 -> 首届金桥杯知识竞赛'] },
  // The unit itself placed, nothing but adverbs between it and the verb (甲支行获得冠军, 乙支行获得优秀组织奖), or a list
  // of units that took the first places (分获团体前三名); not a person of the unit, nor a single entrant's placing.
  { rule: 'runs.contest-result', text: '湖州市举办第二届全市金融系统职工篮球赛。农行湖滨支行获得冠军，建行南城支行获得亚军。德清农商银行获得优秀组织奖。', has: ['RUNS 农行湖滨支行 -> 第二届全市金融系统职工篮球赛', 'RUNS 建行南城支行 -> 第二届全市金融系统职工篮球赛', 'RUNS 德清农商银行 -> 第二届全市金融系统职工篮球赛'] },
  { rule: 'runs.contest-result', text: '湖州市举办首届金桥杯乒乓球比赛。农行湖滨支行、建行南城支行、德清农商银行分获团体前三名。', has: ['RUNS 农行湖滨支行 -> 首届金桥杯乒乓球比赛', 'RUNS 德清农商银行 -> 首届金桥杯乒乓球比赛'] },
  { rule: 'runs.contest-result', text: '湖州市举办首届金桥杯羽毛球比赛。农行湖滨支行员工钱丽获得冠军，建行南城支行获得个人第二名。', hasNot: ['RUNS 农行湖滨支行 -> 首届金桥杯羽毛球比赛', 'RUNS 建行南城支行 -> 首届金桥杯羽毛球比赛'] },
  // A post with its bare unit word and no unit named (营业部 / 主任 to jieba): the outlet the story is in.
  { rule: 'works_at.article-unit', text: '农行湖滨支行大堂经理钱丽发现一个袋子。她马上把袋子交给了营业部主任邹帆。', has: ['WORKS_AT 邹帆 -> 农行湖滨支行 [营业部主任]'] },
  // An organisation's ending inside a unit's name is a place's word (大学城支行); at its end it is another body's unit.
  { rule: 'branch.suffix', text: '大学城支行开展技能竞赛，大学城支行副行长邹帆致辞。', has: ['Branch 大学城支行', 'WORKS_AT 邹帆 -> 大学城支行 [副行长]'] },
  { rule: 'branch.suffix', text: '某科技公司营业部与农行湖滨支行签约。', hasNot: ['Branch 某科技公司营业部', 'Branch 科技公司营业部'] },
  // A county's short or former name before 联社 (盘县 is 盘州市 now, 达旗 is 达拉特旗); never 全县, 该县.
  // Taiwan's farmers' and fishermen's associations' credit departments, named after their township; a bank named
  // by its shape keeps the script it is written in.
  { rule: 'bank.shape', text: '竹崎鄉農會信用部舉辦金融知識講座。', has: ['Bank 竹崎鄉農會信用部'] },
  { rule: 'bank.shape', text: '全鄉農會信用部都派員參加。', hasNot: ['Bank 全鄉農會信用部'] },
  // (A township jieba cuts into a character and a word it knows as a place, 頭|城鎮, 冬|山鄉, is named whole.)
  { rule: 'bank.shape', text: '宜蘭縣頭城鎮農會信用部主任游文賢指出，存款穩定成長。', has: ['WORKS_AT 游文賢 -> 宜蘭縣頭城鎮農會信用部 [主任]'], hasNot: ['Bank 城鎮農會信用部'] },
  // The county or city with its 縣 or 市 before the township (jieba: 云林县/ns 斗南/ns 镇) is the name's too, as the text keeps it.
  { rule: 'bank.shape', text: '雲林縣斗南鎮農會信用部主任陳美玲說，存款突破50億元。', has: ['WORKS_AT 陳美玲 -> 雲林縣斗南鎮農會信用部 [主任]'], hasNot: ['Bank 斗南鎮農會信用部'] },
  { rule: 'bank.shape', text: '屏東縣東港區漁會信用部主任蔡明德表示，將協助漁民申請貸款。', has: ['WORKS_AT 蔡明德 -> 屏東縣東港區漁會信用部 [主任]'], hasNot: ['Bank 東港區漁會信用部'] },
  // A numbered credit co-operative after a town's name jieba reads as a word (淡水/n 第一), opening the clause: the name's own.
  { rule: 'bank.shape', text: '淡水第一信用合作社理事主席林志明表示，將擴大放款。', has: ['Bank 淡水第一信用合作社', 'WORKS_AT 林志明 -> 淡水第一信用合作社 [理事主席]'], hasNot: ['Bank 第一信用合作社'] },
  { rule: 'bank.shape', text: '這是全台第一信用合作社，首家第二信用合作社。', hasNot: ['Bank 全台第一信用合作社', 'Bank 首家第二信用合作社'] },
  { rule: 'bank.shape', text: '冬山鄉農會信用部專員游美華成功阻止一起詐騙案。', has: ['Bank 冬山鄉農會信用部'], hasNot: ['Bank 山鄉農會信用部'] },
  { rule: 'bank.shape', text: '這個城鎮農會信用部的存款很多。', hasNot: ['Bank 這個城鎮農會信用部'] },
  { rule: 'bank.shape', text: '浙江龍游農商銀行舉辦活動。', has: ['Bank 浙江龍游農商銀行'] },
  { rule: 'bank.shape', text: '盘县联社、达旗联社代表队获得第三名。', has: ['Bank 盘县联社', 'Bank 达旗联社'] },
  // A county's rural credit co-operative (农村信用社, 农信社) and its union (信用联社) are one bank by any of the names.
  { rule: 'bank.shape', text: '德清县农村信用社召开职工大会，德清县信用联社理事长李建国作报告。', has: ['WORKS_AT 李建国 -> 德清县农村信用社 [理事长]'], hasNot: ['Bank 德清县信用联社'] },
  { rule: 'bank.shape', text: '全县联社员工参加培训，该县联社召开会议。', hasNot: ['Bank 全县联社', 'Bank 该县联社'] },
  // Nor a preposition opening the clause before 县 (在县联社的指导下, 由县联社牵头: the county the article is about).
  { rule: 'bank.shape', text: '在县联社的指导下，各信用社开展了培训。', hasNot: ['Bank 在县联社'] },
  { rule: 'bank.shape', text: '由县联社牵头，和县联社举办了讲座。', has: ['Bank 和县联社'], hasNot: ['Bank 由县联社'] },
  // Nor does a place start inside a full name jieba reads whole (李建华: 建华 is a district's name too).
  { rule: 'bank.shape', text: '沂水县农村信用合作联社理事长李建华带领联社班子成员走访了种植大户。', has: ['WORKS_AT 李建华 -> 沂水县农村信用合作联社 [理事长]'], hasNot: ['Bank 建华带领联社'] },
  // An award's heading joined to the date line after it: the honour ends where the Chinese ends.
  { rule: 'honour.after-trigger', text: '中銀香港連續第二年被評為亞太及香港區最穩健銀行\n\n25/10/2021 16:20\n中銀香港宣布獲得嘉獎。', has: ['RECEIVED 中國銀行(香港) -> 亞太及香港區最穩健銀行'] },
  // A winner's work after the name (二等奖：某某的《…》、某某的《…》; 一等奖某某的《…》 with no colon).
  { rule: 'person.honoured', text: '征文比赛结果揭晓，一等奖马素的《柜台》，二等奖：邹帆的《师傅》、钱丽的《金融街》。', has: ['Person 马素', 'Person 邹帆', 'Person 钱丽'] },
  // A placement and a colon, then who won it (冠军：甲、乙).
  { rule: 'person.honoured', text: '职工羽毛球赛决出名次。冠军：邹帆、钱丽，亚军：郑涛 韩梅。', has: ['Person 邹帆', 'Person 钱丽', 'Person 郑涛', 'Person 韩梅'] },
  { rule: 'person.honoured', text: '团体一等奖：德清农商银行。', hasNot: ['Person 德清农'] },
  // A quoted title, a colon, and a lone name after it (“服务明星”：王某。), as lists of winners write them.
  { rule: 'person.honoured', text: '获奖名单如下：“优秀网点”：农行湖滨支行；“服务明星”：王红梅。', has: ['Person 王红梅', 'RECEIVED 王红梅 -> 服务明星', 'RECEIVED 农行湖滨支行 -> 优秀网点'] },
  // Bylines and credits as news sites print them.
  // A photo credit glued to the name (圖／某某攝): the name is whole, not cut into two names.
  { rule: 'person.byline', text: '土地銀行舉辦公益活動。\n圖／陳美玲攝', has: ['Person 陳美玲', 'AUTHORED 陳美玲 -> article [摄影]'], hasNot: ['Person 陳美'] },
  { rule: 'person.byline', text: '邮储银行网点开展宣传\n\n东方网5月8日讯(记者 林晓 通讯员 吴峰)邮储银行奉化支行走进社区。', has: ['Person 林晓', 'Person 吴峰', 'AUTHORED 吴峰 -> article [通讯员]'] },
  { rule: 'person.byline', text: '中行网点延时服务\n\n◎记 者 郭明远\n\n中行开化支行推出延时服务。', has: ['Person 郭明远', 'AUTHORED 郭明远 -> article [记者]'] },
  { rule: 'person.byline', text: '邮储银行开化县支行推出养老金融服务\n\n邮储银行开化县支行近日推出养老金融服务。\n\n关键词', hasNot: ['Person 关键词'] },
  // A web page's labels for its date and source (时间 … 来源 : 某银行) name no one, spaced from the colon or not.
  { rule: 'person.byline', text: '您所在的位置: 首页 > 会员动态\n\n某县农商银行“清凉驿站”开张\n\n时间 2023年07月10日 来源 : 某县农商银行\n\n入伏以来，某县农商银行各网点走出营业厅，为户外工作者送去清凉。\n\n该行城东支行为环卫工人准备了绿豆汤；该行城西支行为交警送去饮用水和防暑药品。\n\n据悉，该行已连续五年开展此项活动，辖内“清凉驿站”共有20家。', hasNot: ['Person 时间', 'Person 来源'] },
  { rule: 'person.byline', text: '某网通讯员 钟雨桐 柯立 九江报道\n农发行九江市分行支持春耕。', has: ['AUTHORED 钟雨桐 -> article [通讯员]', 'AUTHORED 柯立 -> article [通讯员]'] },
  // Names printed with nothing between them, and a role glued inside the lead (通讯员甲乙记者丙).
  { rule: 'person.byline', text: '农行网点开展宣传\n\n江城日报讯(通讯员罗文斌柯敏记者杜远)5月8日，农行城北支行走进社区。', has: ['AUTHORED 罗文斌 -> article [通讯员]', 'AUTHORED 柯敏 -> article [通讯员]', 'AUTHORED 杜远 -> article [记者]'] },
  // Roles in the brackets (甲 乙 记者 丙): read as a byline is.
  { rule: 'person.trailing-author', text: '农发行支行支持收购\n\n农发行彭泽县支行积极支持粮食企业收购玉米。(柯立新 胡彬 记者 邓海燕)', has: ['AUTHORED 柯立新 -> article [作者]', 'AUTHORED 胡彬 -> article [作者]', 'Person 邓海燕'] },
  { rule: 'person.trailing-author', text: '农商行网点见闻\n\n九江农商银行推出适老服务。(龚晓岚 邬一凡)\n|\n责任编辑：左丘', has: ['AUTHORED 龚晓岚 -> article [作者]', 'AUTHORED 邬一凡 -> article [作者]'] },
  { rule: 'person.trailing-author', text: '九江农商银行行长出席活动。(左二)', hasNot: ['Person 左二'] },
  { rule: 'authored.trailing', text: '九江农商银行推出适老服务。（邬一凡/图）', has: ['AUTHORED 邬一凡 -> article [摄影]'] },
  // A verb may stand inside a department's own name between the unit and the post.
  { rule: 'works_at.unit-role-name', text: '临朐农商银行城关片区普惠金融推进办公室主管孙立伟介绍了线上课堂。', has: ['WORKS_AT 孙立伟 -> 临朐农商银行 [主管]'] },
  // (So in a department jieba glues to its post, 货币信贷科科长, 金融消费权益保护科科长 (the post is 科长), and in a 股 of a
  // county's central-bank branch, 调查统计股股长.)
  { rule: 'works_at.unit-role-name', text: '人民银行南浔支行金融消费权益保护科科长韩冰出席会议并讲话。', has: ['WORKS_AT 韩冰 -> 人民银行南浔支行 [科长]'] },
  { rule: 'works_at.unit-role-name', text: '據人民銀行南潯支行調查統計股股長謝曉敏介紹，轄內貸款穩步增長。', has: ['WORKS_AT 謝曉敏 -> 人民銀行南潯支行 [股長]'] },
  // (And with the post's rank between, which jieba may leave alone: 货币信贷股副股长 read 股/副/股长.)
  { rule: 'works_at.unit-role-name', text: '人民银行德清县支行货币信贷股副股长沈丽华获评优秀党员。', has: ['WORKS_AT 沈丽华 -> 人民银行德清县支行 [股长]'] },
  // (And in a list of such posts, where an earlier item's 股 stands in the run before the later one's.)
  { rule: 'works_at.unit-role-name', text: '人民银行长兴县支行会计股股长钟晓燕、调查统计股副股长沈建明参加了培训。', has: ['WORKS_AT 钟晓燕 -> 人民银行长兴县支行 [股长]', 'WORKS_AT 沈建明 -> 人民银行长兴县支行 [股长]'] },
  { rule: 'branch.suffix', text: '人行衢州中支副行长周立伟到开化县支行调研，其中支行网点负责人汇报了工作。', has: ['Branch 人行衢州中支', 'PART_OF 人行衢州中支 -> 中国人民银行', 'WORKS_AT 周立伟 -> 人行衢州中支 [副行长]'], hasNot: ['Branch 其中支行'] },
  { rule: 'bank.shape', text: '国家开发银行作为主发起行设立的招远国开长岛村镇银行日前开业，该行行长刘志远出席。', has: ['Bank 招远国开长岛村镇银行', 'WORKS_AT 刘志远 -> 招远国开长岛村镇银行 [行长]'], hasNot: ['Bank 长岛村镇银行'] },
  { rule: 'bank.shape', text: '临平农商银行塘栖支行开展“反诈进社区”活动。', has: ['Bank 临平农商银行', 'PART_OF 临平农商银行塘栖支行 -> 临平农商银行'] },
  { rule: 'branch.anchored', text: '交通银行扬中支行与临商银行市中支行营业部开展联合宣传。', has: ['Branch 交通银行扬中支行', 'Branch 临商银行市中支行营业部', 'PART_OF 临商银行市中支行营业部 -> 临商银行市中支行'], hasNot: ['Branch 交通银行扬中支'] },
  { rule: 'works_at.unit-role-name', text: '澳門國際銀行焦立新總經理、黃麗娟公司秘書出席了頒獎禮。', has: ['WORKS_AT 黃麗娟 -> 澳門國際銀行 [公司秘書]'] },
  { rule: 'works_at.unit-role-name', text: '人民银行湖州市中心支行货币信贷科科长孙立伟介绍了政策。', has: ['WORKS_AT 孙立伟 -> 人民银行湖州市中心支行 [科长]'], hasNot: ['WORKS_AT 孙立伟 -> 人民银行湖州市中心支行 [科科长]'] },
  // 女工 / 女职工 name a unit's women staff like 员工 (and, as 员工 does, say nothing of a unit when none is named).
  { rule: 'works_at.unit-role-name', text: '德清农商银行湖滨支行女工赵小燕冒雨把现金送到老人家中。', has: ['WORKS_AT 赵小燕 -> 德清农商银行湖滨支行 [女工]'] },
  { rule: 'works_at.unit-role-name', text: '纺织厂女工王秀英来到德清农商银行湖滨支行办理业务。', hasNot: ['WORKS_AT 王秀英 -> 德清农商银行湖滨支行 [女工]', 'WORKS_AT 王秀英 -> 德清农商银行湖滨支行'] },
  // A bank's spokesperson is one of its posts (某银行新闻发言人某某, …主管兼发言人某某); another body's is not the bank's.
  { rule: 'works_at.unit-role-name', text: '德清农商银行新闻发言人周振华表示，该行各项业务运行正常。', has: ['WORKS_AT 周振华 -> 德清农商银行 [新闻发言人]'] },
  { rule: 'works_at.unit-role-name', text: '外事办发言人周振华介绍，德清农商银行将参加展会。', hasNot: ['WORKS_AT 周振华 -> 德清农商银行 [发言人]', 'WORKS_AT 周振华 -> 德清农商银行'] },
  { rule: 'works_at.unit-role-name', text: '同日，渤海银行现任行长屈宏志调任他职。', has: ['WORKS_AT 屈宏志 -> 渤海银行 [行长]'] },
  { rule: 'works_at.unit-role-name', text: '分局頒發感謝狀給「台中第二信用合作社大里分社」行員陳怡君。', has: ['WORKS_AT 陳怡君 -> 台中第二信用合作社大里分社 [行員]'] },
  // (请辞, asking to leave a post: the person held it.)
  { rule: 'works_at.appointed', text: '韩立明请辞德清农商银行副董事长，月底离任。', has: ['WORKS_AT 韩立明 -> 德清农商银行 [副董事长]'] },
  { rule: 'works_at.appointed', text: '周云泽去年起担任国家开发银行党委副书记。', has: ['WORKS_AT 周云泽 -> 国家开发银行 [党委副书记]'] },
  // A share price after a listed bank's name (finance portals), and 和 before a second post of the same unit.
  { rule: 'works_at.unit-role-name', text: '据悉，浦发银行(9.120, -0.05, -0.55%)副行长周立新和副行长钱明远将另有任用。', has: ['WORKS_AT 周立新 -> 上海浦东发展银行 [副行长]', 'WORKS_AT 钱明远 -> 上海浦东发展银行 [副行长]'] },
  { rule: 'works_at.unit-role-name', text: '合庫董事長胡光明和伊甸基金會副執行長郭慧芳一同剪綵。', has: ['WORKS_AT 胡光明 -> 合作金庫商業銀行 [董事長]'], hasNot: ['WORKS_AT 郭慧芳 -> 合作金庫商業銀行 [副執行長]'] },
  // jieba glues 因 to an unknown name (李云泽因/x).
  { rule: 'works_at.unit-role-name', text: '交通银行表示，该行副行长周云泽因年龄原因将于年底退休。', has: ['WORKS_AT 周云泽 -> 交通银行 [副行长]'], hasNot: ['Person 周云泽因'] },
  { rule: 'works_at.unit-role-name', text: '中信银行鹤壁分行营业大厅值班经理马晓兰递上一杯温水。', has: ['WORKS_AT 马晓兰 -> 中信银行鹤壁分行 [经理]'] },
  // 称 (said) glued to a name jieba does not know (邝启维称/x).
  // A name in Latin letters right after a post (財務主管Jonathon Lee), never a place before a unit (New York分行).
  { rule: 'person.after-role', text: '滙豐現任財務主管Martin Hale，將調任恒生財務總監。', has: ['Person Martin Hale', 'WORKS_AT Martin Hale -> 香港上海滙豐銀行 [財務主管]'] },
  // A post, then 为 or 是 and a name that closes the clause: who holds the post (为 before a verb's object is a preposition).
  // 主任 before the surname 何 (jieba: 主/任何/平): the post and the name; 主任任何时候 names no one.
  { rule: 'person.after-role', text: '东山农商银行城西支行主任何平与客户经理一起走访农户。', has: ['WORKS_AT 何平 -> 东山农商银行城西支行 [主任]'] },
  { rule: 'person.after-role', text: '黄岭信用社主任何伟说，今年贷款需求旺盛。', has: ['WORKS_AT 何伟 -> 黄岭信用社 [主任]'] },
  { rule: 'person.after-role', text: '信用社主任任何时候都要带头，主任何时到任还没定。', hasNot: ['Person 何时'] },
  // A lone surname jieba reads as an abbreviation, then a given name it reads as an adverb (韩/j 立新/d): the three are
  // the name; an adverb that is no given name (立即, 再次) is none.
  { rule: 'person.after-role', text: '农行吴兴支行工会主席韩立新带队走访辖内小微企业。', has: ['WORKS_AT 韩立新 -> 农行吴兴支行 [工会主席]'] },
  { rule: 'person.after-role', text: '农行吴兴支行客户经理韩立新为客户讲解养老金产品。', has: ['WORKS_AT 韩立新 -> 农行吴兴支行 [客户经理]'] },
  { rule: 'person.after-role', text: '接到报警后，农行吴兴支行工会主席韩立即带队赶到现场。', hasNot: ['Person 韩立即'] },
  // Right after a post, one word jieba reads as a place or a proper noun (高建国/ns, 江南/ns, 金星/nz; of three
  // characters also a noun) starting with a common surname, then a verb: the name of the post's holder. Two
  // characters read as a noun or a time (高温/n, 周末/t) are no name.
  { rule: 'person.after-role', text: '农行吴兴支行副行长高建国出席了启动仪式。', has: ['WORKS_AT 高建国 -> 农行吴兴支行 [副行长]'] },
  { rule: 'person.after-role', text: '农行吴兴支行会计主管江南带领员工开展应急演练。', has: ['WORKS_AT 江南 -> 农行吴兴支行 [会计主管]'] },
  { rule: 'person.after-role', text: '农行吴兴支行行长金星参加了座谈会。', has: ['WORKS_AT 金星 -> 农行吴兴支行 [行长]'] },
  { rule: 'person.after-role', text: '农行吴兴支行员工高温坚守岗位，网点负责人周末加班。', hasNot: ['Person 高温', 'Person 周末'] },
  // A given name jieba splits into a place and a time (黄河/ns 清/t) after a post, before an adjective or a verb.
  { rule: 'person.after-role', text: '农行吴兴支行柜员黄河清耐心讲解防诈知识。', has: ['WORKS_AT 黄河清 -> 农行吴兴支行 [柜员]'] },
  // A post, two names joined by 和 and a count of the two (客户经理甲和乙两人): the post is both's, and the count is no
  // part of the second name (林海/两人/x, not 林海两); without the count only the first holds the post.
  // (A courtesy title after a name of the list is read over: 聯席行政總裁甲先生及乙先生 share the post.)
  { rule: 'person.listed-after-role', text: '東山農商銀行聯席行政總裁韓立明先生及趙小燕女士出席頒獎典禮。', has: ['WORKS_AT 韓立明 -> 東山農商銀行 [聯席行政總裁]', 'WORKS_AT 趙小燕 -> 東山農商銀行 [聯席行政總裁]'] },
  // (…and with 、: 副行政總裁甲先生、乙先生出席, the last item before the list's verb after its title.)
  { rule: 'person.listed-after-role', text: '東山農商銀行副行政總裁韓立明先生、趙小燕女士出席頒獎典禮。', has: ['WORKS_AT 韓立明 -> 東山農商銀行 [副行政總裁]', 'WORKS_AT 趙小燕 -> 東山農商銀行 [副行政總裁]'] },
  { rule: 'person.listed-after-role', text: '农行吴兴支行柜员杨秀花和林海两人耐心讲解。', has: ['WORKS_AT 林海 -> 农行吴兴支行 [柜员]'], hasNot: ['Person 林海两'] },
  { rule: 'person.listed-after-role', text: '农行吴兴支行客户经理张丽和钱江两人上门服务。', has: ['WORKS_AT 钱江 -> 农行吴兴支行 [客户经理]'], hasNot: ['Person 钱江两'] },
  { rule: 'person.listed-after-role', text: '农行吴兴支行行长江山和章程两人带队走访。', has: ['WORKS_AT 章程 -> 农行吴兴支行 [行长]'] },
  // An item after 、 that opens a unit's name (a place named like a person, 王坟, 张庄) starts the next unit and its post, no name.
  { rule: 'person.after-role', text: '会上，东岗信用社主任刘建军、王坟信用社主任赵立新作了发言。', has: ['WORKS_AT 刘建军 -> 东岗信用社 [主任]', 'WORKS_AT 赵立新 -> 王坟信用社 [主任]'], hasNot: ['Person 王坟'] },
  { rule: 'person.after-role', text: '湖州银行城东支行行长沈伟、张庄支行行长钱芳参加会议。', has: ['WORKS_AT 钱芳 -> 湖州银行张庄支行 [行长]'], hasNot: ['Person 张庄'] },
  { rule: 'person.listed-after-role', text: '农行吴兴支行行长张伟和李明一起走访企业。', hasNot: ['WORKS_AT 李明 -> 农行吴兴支行 [行长]'] },
  // A word ending in 籍 after a post (柜员江苏籍/nr 员工) says where staff come from: no name.
  { rule: 'person.after-role', text: '农行吴兴支行柜员江苏籍员工较多。', hasNot: ['Person 江苏籍'] },
  { rule: 'person.after-role', text: '建行城关支行行长为欧阳立，副行长是苏婉。', has: ['WORKS_AT 欧阳立 -> 建行城关支行 [行长]', 'WORKS_AT 苏婉 -> 建行城关支行 [副行长]'] },
  { rule: 'person.after-role', text: '该行目前的董事长为邵国栋。', has: ['Person 邵国栋'] },
  // (…and so does the post then 名叫, 叫 or 叫做 and the name: a staff story's post given first, the name after it.)
  { rule: 'works_at.unit-role-name', text: '建行城北支行行长名叫赵小燕，是一位80后。', has: ['WORKS_AT 赵小燕 -> 建行城北支行 [行长]'] },
  { rule: 'works_at.unit-role-name', text: '邮储银行东关支行的网点负责人叫钱国华。', has: ['WORKS_AT 钱国华 -> 邮储银行东关支行 [网点负责人]'] },
  { rule: 'works_at.unit-role-name', text: '德清农商银行城关支行的大堂经理叫做韩梅，今年刚满30岁。', has: ['WORKS_AT 韩梅 -> 德清农商银行城关支行 [大堂经理]'] },
  // (叫 of calling someone over names no one: 叫上, 叫来.)
  { rule: 'person.after-role', text: '农行湖滨支行柜员叫来了保安，副行长叫上客户经理韩梅一起走访企业。', has: ['Person 韩梅'], hasNot: ['Person 来了保', 'Person 上客'] },
  { rule: 'person.after-role', text: '长兴农商银行新任董事长由邵国栋接任。', has: ['WORKS_AT 邵国栋 -> 长兴农商银行 [董事长]'], hasNot: ['Person 由邵'] },
  { rule: 'person.after-role', text: '长兴农商银行董事长由邵国栋提名。', hasNot: ['Person 由邵'] },
  { rule: 'person.after-role', text: '客户经理为廖建军办理了一笔贷款。', hasNot: ['Person 廖建军'] },
  { rule: 'person.after-role', text: '对网点来说，员工是关键。', hasNot: ['Person 关键'] },
  // A name written without a surname (Tibetan, Uyghur, Mongolian parts) right after a post or a member of the public;
  // the longest run of parts, ending where a word of another kind begins.
  { rule: 'person.after-role', text: '农行城关支行客户经理次仁多吉带着贷款政策走村入户。', has: ['WORKS_AT 次仁多吉 -> 农行城关支行 [客户经理]'] },
  { rule: 'person.after-role', text: '维吾尔族客户经理艾力江热情地为商户办理业务。', has: ['Person 艾力江'] },
  // (Any word of its own may follow such a name, an adjective or an idiom too.)
  { rule: 'person.after-role', text: '农行城关支行大堂经理古丽娜热情地为客户服务，柜员阿依努尔发现异常。', has: ['WORKS_AT 古丽娜 -> 农行城关支行 [大堂经理]', 'Person 阿依努尔'] },
  { rule: 'person.titled', text: '牧民巴图孟和说，贷款解决了大问题。', has: ['Person 巴图孟和'], hasNot: ['Person 巴图'] },
  // (客户陈述: what a customer told, no name after a word for a member of the public.)
  { rule: 'person.titled', text: '听完客户陈述，柜员立即联系了派出所。', hasNot: ['Person 陈述'] },
  { rule: 'person.titled', text: '村民乌兰浩特市的草场很大。', hasNot: ['Person 乌兰'] },
  { rule: 'person.after-role', text: '中行滨海分行副行长邝启维称，网点将延长营业时间。', has: ['WORKS_AT 邝启维 -> 中行滨海分行 [副行长]'] },
  // An adverb after a two-character name ends it (韩梅则表示, 韩梅很热心, 韩梅听说), though jieba or a speech verb
  // after it would make a third character of it; after a compound surname alone it is the given name (欧阳挺).
  { rule: 'person.after-role', text: '农行湖滨支行开展活动。柜员韩梅则表示，服务无止境。', has: ['WORKS_AT 韩梅 -> 农行湖滨支行 [柜员]'], hasNot: ['Person 韩梅则'] },
  { rule: 'person.after-role', text: '农行湖滨支行开展活动。客户都说，大堂经理韩梅很热心。', has: ['Person 韩梅'], hasNot: ['Person 韩梅很'] },
  { rule: 'person.after-role', text: '农行湖滨支行开展活动。理财经理韩梅却说，这是分内事。', has: ['Person 韩梅'], hasNot: ['Person 韩梅却'] },
  { rule: 'person.after-role', text: '农行湖滨支行开展活动。柜员韩梅听说后赶来。', has: ['Person 韩梅'], hasNot: ['Person 韩梅听'] },
  { rule: 'person.after-role', text: '农行湖滨支行开展活动。营业室主任欧阳挺说，这是分内事。', has: ['WORKS_AT 欧阳挺 -> 农行湖滨支行 [营业室主任]'] },
  // A surname jieba reads as a place (郑/ns) before a given name it reads as a name (海燕/nr): the whole name speaks.
  // Opening a sentence or a clause, a name jieba reads as an everyday word or a place (高峰/nr, 文静/n, 方圓), then a post
  // that heads a unit (行长, 经理, 主任) and a speech verb: the post's holder speaks. With no post, three characters
  // of a word and a lone character (王国/ns 豪, 周朝/t 崇) before the verb. Not a word that qualifies the post
  // (常务副行长, 项目经理), nor a word and 人 (宋朝人说) (negative rows).
  { rule: 'person.before-role', text: '农行湖滨支行开展反诈宣传。高峰行长表示，要守好群众的钱袋子。', has: ['WORKS_AT 高峰 -> 农行湖滨支行 [行长]'] },
  { rule: 'person.before-role', text: '德清农商银行举办客户答谢会。对此，文静经理介绍，今年新增客户两千户。', has: ['Person 文静'] },
  { rule: 'person.before-role', text: '東亞銀行旺角分行舉辦講座。方圓副行長表示，將持續優化服務。', has: ['WORKS_AT 方圓 -> 東亞銀行旺角分行 [副行長]'] },
  { rule: 'person.speaker', text: '农行湖滨支行为小微企业送贷上门。王国豪表示，下一步将加大投放。', has: ['Person 王国豪'] },
  { rule: 'person.speaker', text: '大新銀行推出數位帳戶。周朝崇表示，客戶反應熱烈。', has: ['Person 周朝崇'] },
  { rule: 'person.before-role', text: '农行湖滨支行开展宣传。常务副行长表示，要守住底线。', hasNot: ['Person 常务'] },
  { rule: 'person.before-role', text: '农行湖滨支行开展宣传。项目经理介绍，工程进展顺利。', hasNot: ['Person 项目'] },
  { rule: 'person.speaker', text: '宋朝人说，交子是最早的纸币。', hasNot: ['Person 宋朝人'] },
  // In brackets right after a name, the bank and what follows to the bracket's end are that person's post: a word
  // before the post there (a service tier: 卓越理財, 智盈理財) is no second person. A name and a post in brackets
  // after a clause mark (（某支行韩梅副行长）) stays a person (negative row).
  { rule: 'person.titled', text: '趙小燕小姐（匯豐銀行卓越理財主管）表示，客戶對外幣存款需求上升。', has: ['WORKS_AT 趙小燕 -> 香港上海滙豐銀行 [卓越理財主管]'], hasNot: ['Person 卓越'] },
  { rule: 'person.titled', text: '钱丽女士（中银香港智盈理财经理）表示，客户对外币存款需求上升。', has: ['Person 钱丽'], hasNot: ['Person 智盈'] },
  { rule: 'person.before-role', text: '座谈会上，（农行湖滨支行韩梅副行长）作了发言。', has: ['WORKS_AT 韩梅 -> 农行湖滨支行 [副行长]'] },
  { rule: 'person.speaker', text: '农行湖滨支行开展活动。郑海燕说，网点将延长营业时间。', has: ['Person 郑海燕'], hasNot: ['Person 海燕'] },
  // (Or after the unit's contest team: 某联社团委代表队韩梅获得….)
  { rule: 'person.after-unit', text: '在全市金融系统知识竞赛中，德清县农村信用合作联社团委代表队韩梅获得个人风采奖。', has: ['WORKS_AT 韩梅 -> 德清县农村信用合作联社'] },
  { rule: 'person.after-unit', text: '建行九江分行邬一凡获得了技能竞赛冠军。', has: ['WORKS_AT 邬一凡 -> 建行九江分行'] },
  { rule: 'person.credit', text: '阅读次数:1024 来源:九江农商银行  作者:龚晓岚  发布时间:2024年5月3日 09:30', has: ['WORKS_AT 龚晓岚 -> 九江农商银行 [作者]'] },
  { rule: 'person.byline', text: '工行网点见闻\n\n工行萍乡分行推出适老服务。\n\n(汪海涛)', has: ['Person 汪海涛', 'AUTHORED 汪海涛 -> article [作者]'] },
  { rule: 'person.byline', text: '建行网点见闻\n\n作者:柯文(文) 罗斌(图)\n\n建行上饶分行推出适老服务。', has: ['AUTHORED 柯文 -> article [作者]', 'AUTHORED 罗斌 -> article [摄影]'] },
  { rule: 'works_at.byline', text: '农商行网点见闻\n\n(上饶农商银行信州支行 孙雨)\n\n上饶农商银行信州支行推出适老服务。', has: ['Person 孙雨', 'WORKS_AT 孙雨 -> 上饶农商银行信州支行'] },
  { rule: 'person.credit', text: '农行临沂分行开展了宣传活动。（一审：龚晓岚 二审：邓海燕 三审：胡彬）', has: ['Person 龚晓岚', 'Person 邓海燕', 'Person 胡彬'] },
  { rule: 'person.credit', text: '采访、撰文：林怡君', has: ['Person 林怡君'] },
  // A reporter's name that jieba cut off before a function word (记者王磊/x 在/p, 记者刘洋/x 从/p) ends before it: 在 or 从
  // is no given name's last character.
  { rule: 'person.credit', text: '湖州日报记者王磊在现场采访。', has: ['Person 王磊'], hasNot: ['Person 王磊在'] },
  { rule: 'person.credit', text: '新华社记者刘洋从中国人民银行获悉，新政即将出台。', has: ['Person 刘洋'], hasNot: ['Person 刘洋从'] },
  { rule: 'person.credit', text: '通讯员周华在采访中了解到，该行今年新增网点3个。', has: ['Person 周华'], hasNot: ['Person 周华在'] },
  // A line of its own with the outlet glued to the role is a byline (the outlet is left out).
  { rule: 'person.byline', text: '一次特别的座谈会\n\n新华网记者周海波\n\n座谈会在村镇银行召开。', has: ['AUTHORED 周海波 -> article [记者]'] },
  // A transliterated name after a role, its parts joined by a middle dot, up to where jieba's words stop being name-like.
  // (A courtesy title after the last part is no piece of the name: 某某·某某先生, 某某·某某爵士.)
  { rule: 'person.after-role', text: '花旗銀行香港分行總經理約翰·卡特先生出席開幕禮。', has: ['WORKS_AT 約翰·卡特 -> 花旗銀行香港分行 [總經理]'], hasNot: ['Person 約翰·卡特先生'] },
  { rule: 'person.after-role', text: '汇丰银行行政总裁罗伯特·安德森表示，将继续扩大投资。', has: ['Person 罗伯特·安德森', 'WORKS_AT 罗伯特·安德森 -> 香港上海滙豐銀行 [行政总裁]'], hasNot: ['Person 罗伯特·安德森表示'] },
  // A name between a unit and a role, whatever jieba made of its pieces; never a word that opens a post (党委副行长, 全体员工).
  { rule: 'person.before-role', text: '建行湘潭雨湖支行林春光行长、宋雯副行长一行走访了社区。', has: ['WORKS_AT 林春光 -> 建行湘潭雨湖支行 [行长]'] },
  { rule: 'person.before-role', text: '建行湘潭雨湖支行党委副行长宋雯、全体员工参加。', hasNot: ['Person 党委副', 'Person 全体'] },
  // A role made plural (志愿者们, 员工们) names a group: what stands before it is its unit (a bank's short form, or a
  // word however name-like); and a volunteer's vest (马甲) is no one.
  { rule: 'person.before-role', text: '值勤那几天，孙银志愿者们穿着志愿者马甲疏导交通。', hasNot: ['Person 孙银', 'Person 马甲'] },
  // A third character jieba reads as a verb before a verb of motion it tags as time (张国干/前往).
  // A common surname jieba reads as another word right after a post: a preposition before a given name it tags as a
  // name (主任向/p 东升/nr), a lone character it cannot place (孙/zg 立新/d), 余 or 万 read as a number (余/m 建新/v).
  // Not 向记者 (no name's tag after it), nor 万余人.
  { rule: 'person.after-role', text: '青溪农商银行城关支行主任向东升表示，今年新增涉农贷款3亿元。', has: ['Person 向东升', 'WORKS_AT 向东升 -> 青溪农商银行城关支行 [主任]'] },
  { rule: 'person.after-role', text: '青溪农商银行行长孙立新带队走访了20家小微企业。', has: ['Person 孙立新', 'WORKS_AT 孙立新 -> 青溪农商银行 [行长]'] },
  { rule: 'person.after-role', text: '青溪农商银行客户经理余建新每周进村两次。', has: ['Person 余建新', 'WORKS_AT 余建新 -> 青溪农商银行 [客户经理]'] },
  { rule: 'person.after-role', text: '青溪农商银行城关支行主任向记者介绍了该行的做法，员工万余人参加了培训。', hasNot: ['Person 向记者', 'Person 万余人'] },
  // The last name of a list after a post may end before a count of the people listed (两人, 二位), whatever jieba made of
  // its pieces (刘/zg 畅/a 两/m 人/n).
  { rule: 'person.listed-after-role', text: '青溪农商银行城关支行员工赵磊、刘畅两人在巡查中发现一名老人晕倒。', has: ['Person 刘畅', 'WORKS_AT 刘畅 -> 青溪农商银行城关支行 [员工]'] },
  { rule: 'person.listed-after-role', text: '臺灣銀行行員高雅琪、方詩涵兩人及時阻止長者匯款。', has: ['Person 方詩涵', 'WORKS_AT 方詩涵 -> 臺灣銀行 [行員]'] },
  { rule: 'person.after-role', text: '建行宜春市分行党委书记、行长孙国干前往网点检查工作。', has: ['Person 孙国干'], hasNot: ['Person 孙国'] },
  { rule: 'person.after-role', text: '国务院总理朱立新来到营业厅。', has: ['Person 朱立新'] },
  { rule: 'person.credit', text: '上饶日报讯全媒体记者邓海燕通讯员李航近日,建行上饶分行开展宣传。', has: ['Person 邓海燕', 'Person 李航'], hasNot: ['Person 李航近'] },
  { rule: 'person.credit', text: '来源:上饶农商银行 作者:上饶农商银行通讯员 邓晓、胡彬 发布时间:2023-10-07', has: ['WORKS_AT 邓晓 -> 上饶农商银行 [通讯员]', 'WORKS_AT 胡彬 -> 上饶农商银行 [通讯员]'] },
  { rule: 'person.credit', text: '记者了解到，该行今年新增网点。', hasNot: ['Person 了解到'] },
  // 代 is a surname too (a rarer one, after the common list): a line 通讯员 代某某 credits that person.
  { rule: 'person.byline', text: '农行宿州分行开展宣传。\n\n通讯员 代晓峰\n\n编辑:刘迪', has: ['Person 代晓峰'] },
  // 〔記者某某／台北報導〕: a credit in tortoise-shell brackets, its name read whole (和 ends no name there).
  { rule: 'person.credit', text: '〔記者陳嘉和／台北報導〕彰化銀行今日舉辦客戶活動。', has: ['Person 陳嘉和'], hasNot: ['Person 陳嘉'] },
  { rule: 'person.credit', text: '网点开展宣传。\n◆编辑:龚晓岚◆二审:柯立◆三审:邓海燕', has: ['Person 龚晓岚', 'Person 柯立', 'Person 邓海燕'] },
  // A credit line marked with a square, its roles joined to names by a slash (记者/某某 拍摄/甲 乙).
  { rule: 'person.credit', text: '网点开展宣传。\n■来源:九江工人报 记者/邬一凡 拍摄/龚晓岚 胡彬 剪辑/柯立\n■监制:邓海燕', has: ['Person 邬一凡', 'Person 龚晓岚', 'Person 胡彬', 'Person 柯立', 'Person 邓海燕'] },
  // 银行员 (bank staff) ends no bank's name; 理事 ends a post; 晋升 is a word.
  { rule: 'person.after-role', text: '九江市银行员职业工会常务理事周国栋为开幕式致辞。他由行长晋升至董事长。', has: ['Person 周国栋'], hasNot: ['Bank 九江市银行', 'Person 晋升'] },
  { rule: 'person.credit', text: '发布日期:2024-01-02     作者:信息员    \n记者慕名赶到九江采访。', hasNot: ['Person 信息员', 'Person 慕名'] },
  // Names printed together split only in a byline with a role: 由于某某 alone on a line is a phrase.
  { rule: 'person.byline', text: '荣誉的背后\n\n网点获评星级网点。她说：“我会坚持。”\n由于周红英', hasNot: ['Person 由于', 'AUTHORED 由于 -> article [作者]'] },
  { rule: 'person.credit', text: '本报讯 记者查询发现，多家银行下调了利率。', hasNot: ['Person 查询'] },
  { rule: 'person.credit', text: '2024-03-05 09:12 作者: 来源: 九江日报\n九江银行庐山支行的饶建平获评优秀员工。', hasNot: ['Person 来源'] },
  // A word before a role qualifies it where a name follows the role (某支行包片客户经理某某).
  { rule: 'person.after-role', text: '他拨通了九江农商银行庐山支行包村客户经理龚晓岚的电话。', has: ['WORKS_AT 龚晓岚 -> 九江农商银行庐山支行 [客户经理]'], hasNot: ['Person 包村'] },
  { rule: 'person.after-unit', text: '目前，在九江银行官网上，已经查不到这条消息。', hasNot: ['Person 官网上'] },
  // A surname and a post after a unit (原所长, 钱行长) is a title, not a full name.
  // An adjective before the post (一名普通柜员), and a name before its post with a verb jieba reads as a noun after it.
  // A verb or a preposition jieba glues to a name (某某笑/x 着说, 某某自/x 2010年起在某支行工作).
  // A compound surname and two given-name characters: four characters, where jieba leaves the last glued to 是.
  { rule: 'person.before-unit-post', text: '欧阳明华是工行城东支行的信贷员。', has: ['WORKS_AT 欧阳明华 -> 工行城东支行 [信贷员]'] },
  { rule: 'person.before-unit-post', text: '司马文龙，工行城东支行原副行长。', has: ['Person 司马文龙'] },
  // (A word jieba knows as a pronoun or a time opening the sentence before the comma is no name: 那天，某支行的一位…)
  { rule: 'person.before-unit-post', text: '那天，工行西湖支行的一位大堂经理正在忙碌。', hasNot: ['Person 那天'] },
  // (Two names, each with its unit and post in brackets, joined by 和: the joining word is no surname.)
  { rule: 'person.before-unit-post', text: '座谈会上，柯立新（农行湖滨支行副行长）和邹帆（建行南城支行行长）分别发言。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [副行长]', 'WORKS_AT 邹帆 -> 建行南城支行 [行长]'], hasNot: ['Person 和邹帆'] },
  // A form of address or an honour between the name and the bracket (dict/cues/honorific.txt: 博士, 教授, 太平紳士, JP,
  // several after commas): the name ends before it, and the unit and post in brackets are still the person's; another
  // body's guest so written is a person, of no bank.
  { rule: 'person.before-unit-post', text: '座谈会上，柯立新博士（东亚银行主席）和邹帆教授（南城大学经济学院院长）分别致辞。', has: ['WORKS_AT 柯立新 -> 東亞銀行 [主席]', 'Person 邹帆'], hasNot: ['Person 新博士', 'WORKS_AT 邹帆 -> 東亞銀行'] },
  { rule: 'person.before-unit-post', text: '何家明博士，太平紳士（東亞銀行主席）為典禮主禮。', has: ['WORKS_AT 何家明 -> 東亞銀行 [主席]'] },
  // (讲座由/p 曹阳/x 博士主讲: 由 that jieba cut off before the name is no surname.)
  { rule: 'person.titled', text: '本次讲座由曹阳博士（南城大学经济学院院长）主讲。', has: ['Person 曹阳'], hasNot: ['Person 由曹阳'] },
  { rule: 'works_at.person-unit-role', text: '周文華先生, JP（恒生銀行行政總裁）出席開幕禮。', has: ['WORKS_AT 周文華 -> 恒生銀行 [行政總裁]'] },
  // (A legislator, 議員, is another body's: a guest at the bank's event, not its staff; with a post of the bank's in the
  // brackets, the bank's.)
  { rule: 'works_at.sentence-unit', text: '德清農商銀行舉辦慈善跑，韓立明議員（立法會議員）擔任主禮嘉賓。', hasNot: ['WORKS_AT 韓立明 -> 德清農商銀行'] },
  { rule: 'works_at.person-unit-role', text: '韓立明議員（東山農商銀行獨立董事）出席。', has: ['WORKS_AT 韓立明 -> 東山農商銀行 [獨立董事]'] },
  // Inside the brackets after the unit, whatever stands before the post that closes them is the post's rank, line or
  // department (副主席 cut 副/b 主席, 市场推广主管, 聯席行政總裁); not another body's post (某银行慈善基金会主席) nor a
  // customer's (某支行合作商户负责人).
  { rule: 'works_at.person-unit-role', text: '座谈会上，何家明先生（东亚银行副主席）和周文华女士（东亚银行市场推广主管）分别致辞。', has: ['WORKS_AT 何家明 -> 東亞銀行 [副主席]', 'WORKS_AT 周文华 -> 東亞銀行 [市场推广主管]'] },
  { rule: 'works_at.person-unit-role', text: '韓立明先生（東山農商銀行聯席行政總裁）出席開幕禮。', has: ['WORKS_AT 韓立明 -> 東山農商銀行 [聯席行政總裁]'] },
  { rule: 'works_at.person-unit-role', text: '龚晓岚女士（东亚银行慈善基金会主席）致辞。', hasNot: ['WORKS_AT 龚晓岚 -> 東亞銀行'] },
  { rule: 'works_at.person-unit-role', text: '刘洋（德清农商银行城关支行合作商户负责人）介绍了经营情况。', hasNot: ['WORKS_AT 刘洋 -> 德清农商银行城关支行'] },
  // The post first in the brackets, then a pause and the unit closing them (甲（行长，某支行）, 甲（副總經理，某銀行）); not a
  // customer's word nor another body's post there.
  { rule: 'person.before-unit-post', text: '韩立明（行长，建行城北支行）出席了座谈会。', has: ['WORKS_AT 韩立明 -> 建行城北支行 [行长]'] },
  { rule: 'works_at.person-unit-role', text: '龔曉嵐（副總經理，國泰世華銀行）出席記者會。', has: ['WORKS_AT 龔曉嵐 -> 國泰世華商業銀行 [副總經理]'] },
  { rule: 'works_at.person-unit-role', text: '孙丽（客户，工行城东支行）表示满意。赵强（民警，建行城北支行）出席。', hasNot: ['WORKS_AT 孙丽 -> 工行城东支行', 'WORKS_AT 赵强 -> 建行城北支行'] },
  { rule: 'person.before-unit-post', text: '据了解，赵丽自2012年起在农行湖滨支行工作。“这是应该做的。”柜员孙丽笑着说。', has: ['WORKS_AT 赵丽 -> 农行湖滨支行', 'WORKS_AT 孙丽 -> 农行湖滨支行 [柜员]'], hasNot: ['Person 赵丽自', 'Person 孙丽笑'] },
  // 是一名 and a post with no unit: the post is held where the story is.
  { rule: 'person.before-unit-post', text: '农行湖滨支行开展宣传。柯立新是一名普通的客户经理，每天走村入户。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [客户经理]'] },
  { rule: 'person.before-unit-post', text: '龚晓岚是农行湖滨支行的一名普通柜员。', has: ['WORKS_AT 龚晓岚 -> 农行湖滨支行 [柜员]'] },
  { rule: 'person.before-role', text: '农行湖滨支行柯立新行长带队走访企业。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [行长]'] },
  { rule: 'person.before-unit-post', text: '周建国是工行东风路储蓄所原所长，退休后仍在所里帮忙。', has: ['WORKS_AT 周建国 -> 工行东风路储蓄所 [所长]'], hasNot: ['Person 原所长'] },
  { rule: 'branch.suffix', text: '老人一再说特别感谢支行的柜员。', hasNot: ['Branch 特别感谢支行'] },
  { rule: 'person.credit', text: '04-19   来源:某某在线九江分站  作者:邬一凡(文) 龚晓岚(图)  点击:33', has: ['Person 邬一凡', 'Person 龚晓岚'] },
  { rule: 'person.credit', text: '【九江日报讯】记者邬一凡报道:网点开展了反诈宣传。', has: ['Person 邬一凡'] },
  { rule: 'person.credit', text: '邮储银行开展宣传。\n\n发布人：许晓涵 发布时间：2024-03-01\n', has: ['Person 许晓涵'] },
  { rule: 'person.credit', text: '宁波银行开展活动\n\n2023-05-12 09:10:00来源:浙江在线编辑:林海涛\n\n今年5月，宁波银行走进社区。', has: ['Person 林海涛'] },
  { rule: 'person.after-role', text: '上午，柜员孔健在柜台后清点现金。', has: ['Person 孔健'], hasNot: ['Person 孔健在'] },
  { rule: 'person.photo-credit', text: '龚晓岚摄记者日前从九江市公安局获悉，农行九江分行开展活动。', has: ['Person 龚晓岚'] },
  { rule: 'person.after-role', text: '网点主任邹训迟在例会上布置工作。', has: ['Person 邹训迟'], hasNot: ['Person 邹训'] },
  { rule: 'bank.shape', text: '宜春、萍乡两家联社将合并。', hasNot: ['Bank 萍乡两家联社'] },
  // A rank before the shape word (首家: the first of its kind in the place) is no part of the name either.
  { rule: 'bank.shape', text: '莒南沪农商村镇银行开业，这是临沂市首家村镇银行。', has: ['Bank 莒南沪农商村镇银行'], hasNot: ['Bank 临沂市首家村镇银行'] },
  { rule: 'bank.shape', text: '泰州首家农商银行今天挂牌。', hasNot: ['Bank 泰州首家农商银行'] },
  // Nor a word of merit (优秀, 十佳 …): the quoted 某省优秀村镇银行 is an honour, no bank.
  { rule: 'bank.shape', text: '江山恒丰村镇银行获评“浙江省优秀村镇银行”。', has: ['Bank 江山恒丰村镇银行', 'RECEIVED 江山恒丰村镇银行 -> 浙江省优秀村镇银行'], hasNot: ['Bank 浙江省优秀村镇银行'] },
  // A shorter shape word inside a longer one that named no bank (联社 in 县农村信用合作联社) starts no name inside it (合作, a city).
  { rule: 'bank.shape', text: '县人民银行联合县农村信用合作联社开展宣传。', hasNot: ['Bank 合作联社'] },
  { rule: 'bank.shape', text: '合作市农村信用合作联社召开会议。', has: ['Bank 合作市农村信用合作联社'] },
  // Banks by the shape of their names.
  { rule: 'bank.shape', text: '浙江上饶农商银行和上饶农商行是一家银行。', has: ['Bank 浙江上饶农商银行'], hasNot: ['Bank 上饶农商行'] },
  { rule: 'branch.anchored', text: '巡逻途中,兴业银行青岛即墨支行保安王正林注意到一位迷路的老人。', has: ['Branch 兴业银行青岛即墨支行', 'WORKS_AT 王正林 -> 兴业银行青岛即墨支行 [保安]'] },
  { rule: 'branch.anchored', text: '中行钟祥支行行长罗士平从市分行领导那里领回了奖牌。', has: ['WORKS_AT 罗士平 -> 中行钟祥支行 [行长]'], hasNot: ['Branch 中行罗士平从市分行'] },
  { rule: 'bank.shape', text: '开化嘉银村镇银行员工走进村庄。', has: ['Bank 开化嘉银村镇银行'] },
  { rule: 'bank.shape', text: '会议由岳阳市银行协会秘书长主持，岳阳银行行长出席。', has: ['Bank 岳阳银行'], hasNot: ['Bank 岳阳市银行'] },
  { rule: 'bank.shape', text: '蚌埠通商银行龙湖支行行长郑雪梅来到大厅。', has: ['Bank 蚌埠通商银行', 'PART_OF 蚌埠通商银行龙湖支行 -> 蚌埠通商银行', 'WORKS_AT 郑雪梅 -> 蚌埠通商银行龙湖支行 [行长]'] },
  { rule: 'bank.shape', text: '台中市第三信用合作社理事主席黄志明致辞。', has: ['Bank 台中市第三信用合作社', 'WORKS_AT 黄志明 -> 台中市第三信用合作社 [理事主席]'] },
  { rule: 'bank.shape', text: '浦城县联社与邵武市农村信用合作联社签约。', has: ['Bank 浦城县联社', 'Bank 邵武市农村信用合作联社'] },
  { rule: 'bank.shape', text: '邵武农商银行水北支行开展宣传。', has: ['PART_OF 邵武农商银行水北支行 -> 邵武农商银行'] },
  { rule: 'bank.shape', text: '全省银行业金融机构参加了会议。', hasNot: ['Bank 全省银行'] },
  // People: names before a role, names jieba cut short, words that only look like names.
  { rule: 'person.before-role', text: '玉山银行林伯翰总经理(左二)出席活动。', has: ['WORKS_AT 林伯翰 -> 玉山商業銀行 [总经理]'] },
  // …and after a unit and 的 (德清农商银行的钱丽经理表示): the post is at that unit; a customer of it is no one's there.
  { rule: 'person.before-role', text: '德清农商银行的钱丽经理表示，网点将延长营业时间。', has: ['WORKS_AT 钱丽 -> 德清农商银行 [经理]'] },
  { rule: 'person.before-role', text: '农行湖滨支行的柯立新副行长介绍了有关情况。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [副行长]'] },
  { rule: 'person.before-role', text: '農行湖濱支行的柯立新經理表示，將優化服務。', has: ['WORKS_AT 柯立新 -> 農行湖濱支行 [經理]'] },
  { rule: 'person.before-role', text: '农行湖滨支行的客户柯立新经理表示，贷款办得很快。', hasNot: ['WORKS_AT 柯立新 -> 农行湖滨支行 [经理]', 'WORKS_AT 柯立新 -> 农行湖滨支行'] },
  // …or after a department of the unit and 的 (某支行个人金融部的某某经理, 某分行办公室的某某主任): the post is at the unit;
  // a body near the unit (某支行隔壁社区服务中心的某某主任) is none of its own.
  { rule: 'person.before-role', text: '农行湖滨支行个人金融部的柯立新经理介绍，今年存款增长明显。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [经理]'] },
  { rule: 'person.before-role', text: '浦发银行杭州分行办公室的韩梅主任主持了座谈会。', has: ['WORKS_AT 韩梅 -> 浦发银行杭州分行 [主任]'] },
  { rule: 'person.before-role', text: '建行南城支行个贷中心的欧阳明经理为购房者讲解政策。', has: ['WORKS_AT 欧阳明 -> 建行南城支行 [经理]'] },
  { rule: 'person.before-role', text: '中國銀行杭州分行風險管理部的柯立新副總經理在會上發言。', has: ['WORKS_AT 柯立新 -> 中國銀行杭州分行 [副總經理]'] },
  { rule: 'person.before-role', text: '农行湖滨支行隔壁社区服务中心的柯立新主任说，银行帮了大忙。', hasNot: ['WORKS_AT 柯立新 -> 农行湖滨支行 [主任]', 'WORKS_AT 柯立新 -> 农行湖滨支行'] },
  // Two names, each before its post, joined by 和, 与 or 及 after a unit (某支行甲经理和乙主任, 某支行的甲副行长和乙经理):
  // both posts are at the unit (和 before a whole name is no surname: 和乙 is no name). Another body's post after
  // the second name (甲经理和乙村主任) is not the unit's.
  { rule: 'works_at.unit-role-name', text: '农行湖滨支行柯立新经理和韩梅主任陪同客户参观了营业厅。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [经理]', 'WORKS_AT 韩梅 -> 农行湖滨支行 [主任]'] },
  { rule: 'works_at.unit-role-name', text: '建设银行南城支行的欧阳明副行长和韩梅经理向客户介绍了新产品。', has: ['WORKS_AT 欧阳明 -> 建设银行南城支行 [副行长]', 'WORKS_AT 韩梅 -> 建设银行南城支行 [经理]'] },
  { rule: 'works_at.unit-role-name', text: '德清农商银行的柯立新经理及韩梅主任为居民讲解防诈知识。', has: ['WORKS_AT 柯立新 -> 德清农商银行 [经理]', 'WORKS_AT 韩梅 -> 德清农商银行 [主任]'] },
  { rule: 'works_at.unit-role-name', text: '第一銀行信義分行陳志明經理和林美玲襄理一同拜訪客戶。', has: ['WORKS_AT 陳志明 -> 第一銀行信義分行 [經理]', 'WORKS_AT 林美玲 -> 第一銀行信義分行 [襄理]'] },
  { rule: 'works_at.unit-role-name', text: '农行湖滨支行柯立新经理和韩梅村主任一起走访农户。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [经理]'], hasNot: ['WORKS_AT 韩梅 -> 农行湖滨支行 [村主任]'] },
  // (After 和, the second post may open with the party's or a department of the unit: 行长甲和党支部书记乙, 副行长甲和个贷部
  // 经理乙; a village's or another body's (和东山村党支部书记乙, 和人社局办公室主任乙) is no post of the unit.)
  { rule: 'works_at.unit-role-name', text: '德清农商银行城南支行行长柯立新和党支部书记韩梅出席了揭牌仪式。', has: ['WORKS_AT 柯立新 -> 德清农商银行城南支行 [行长]', 'WORKS_AT 韩梅 -> 德清农商银行城南支行 [支部书记]'] },
  { rule: 'works_at.unit-role-name', text: '邮储银行湖滨县支行分管副行长钱丽和个贷部经理欧阳明一同下乡。', has: ['WORKS_AT 钱丽 -> 邮储银行湖滨县支行 [副行长]', 'WORKS_AT 欧阳明 -> 邮储银行湖滨县支行 [经理]'] },
  { rule: 'works_at.unit-role-name', text: '农行湖滨支行行长柯立新和东山村党支部书记韩梅签订了协议。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [行长]'], hasNot: ['WORKS_AT 韩梅 -> 农行湖滨支行 [支部书记]', 'WORKS_AT 韩梅 -> 农行湖滨支行 [党支部书记]'] },
  { rule: 'works_at.unit-role-name', text: '农行湖滨支行行长柯立新和人社局办公室主任韩梅出席了仪式。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [行长]'], hasNot: ['WORKS_AT 韩梅 -> 农行湖滨支行 [主任]'] },
  // A name before its post, then a verb jieba reads as a noun before another verb (某某经理带队/n 走访/v): the post ends
  // the phrase all the same.
  { rule: 'person.before-role', text: '建设银行南城支行的韩梅经理带队走访了辖内企业。', has: ['WORKS_AT 韩梅 -> 建设银行南城支行 [经理]'] },
  { rule: 'person.before-role', text: '农行湖滨支行个人金融部的柯立新经理带队走访了辖内企业。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [经理]'] },
  { rule: 'works_at.unit-role-name', text: '德清农商银行柯立新行长和韩梅副行长带队走访园区企业。', has: ['WORKS_AT 柯立新 -> 德清农商银行 [行长]', 'WORKS_AT 韩梅 -> 德清农商银行 [副行长]'] },
  // …or in brackets after the name (某支行的张敏（大堂经理）, 某支行王强(网点负责人)), only right after a unit.
  { rule: 'person.before-role', text: '农行湖滨支行的柯立新（大堂经理）耐心解答客户问题。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [大堂经理]'] },
  { rule: 'person.before-role', text: '德清农商银行城南支行钱丽(网点负责人)介绍了活动情况。', has: ['WORKS_AT 钱丽 -> 德清农商银行城南支行 [网点负责人]'] },
  { rule: 'person.before-role', text: '德清農商銀行城南支行的錢麗（櫃員）發現了異常交易。', has: ['WORKS_AT 錢麗 -> 德清農商銀行城南支行 [櫃員]'] },
  // (The post in brackets may open with the party's, a charge or a department of the unit: （党支部书记）, （分管副行长）,
  // （个贷部经理）; not with a village's or another body's: （东山村委会主任）.)
  { rule: 'person.before-role', text: '农行湖滨支行柯立新（党支部书记）讲了一堂党课。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [党支部书记]'] },
  { rule: 'person.before-role', text: '德清农商银行城南支行钱丽（分管副行长）带队开展走访。', has: ['WORKS_AT 钱丽 -> 德清农商银行城南支行 [分管副行长]'] },
  { rule: 'person.before-role', text: '建设银行南城支行的韩梅（个贷部经理）为村民讲解了贷款政策。', has: ['WORKS_AT 韩梅 -> 建设银行南城支行 [个贷部经理]'] },
  { rule: 'person.before-role', text: '農行湖濱支行柯立新（黨支部書記）講了一堂黨課。', has: ['WORKS_AT 柯立新 -> 農行湖濱支行 [黨支部書記]'] },
  { rule: 'person.before-role', text: '农行湖滨支行柯立新（东山村委会主任）为村民讲解了贷款政策。', hasNot: ['WORKS_AT 柯立新 -> 农行湖滨支行 [东山村委会主任]', 'WORKS_AT 柯立新 -> 农行湖滨支行 [主任]', 'WORKS_AT 柯立新 -> 农行湖滨支行'] },
  // (A list of the unit's people with their posts in brackets, after a colon (maybe after a team of the unit: 宣讲小分队：,
  // 服务队成员：) or after the unit itself, item after item with 、: each post is at the unit; another body's post
  // past the first is not.)
  { rule: 'person.before-role', text: '农行湖滨支行宣讲小分队：韩梅（客户经理）、钱丽（柜员）、柯立新（大堂经理）。', has: ['WORKS_AT 韩梅 -> 农行湖滨支行 [客户经理]', 'WORKS_AT 钱丽 -> 农行湖滨支行 [柜员]', 'WORKS_AT 柯立新 -> 农行湖滨支行 [大堂经理]'] },
  { rule: 'person.before-role', text: '德清农商银行城南支行：邹帆（柜员）、欧阳明（大堂经理）。', has: ['WORKS_AT 邹帆 -> 德清农商银行城南支行 [柜员]', 'WORKS_AT 欧阳明 -> 德清农商银行城南支行 [大堂经理]'] },
  { rule: 'person.before-role', text: '建设银行南城支行邹帆（柜员）、刘晓敏（柜员）获评服务明星。', has: ['WORKS_AT 邹帆 -> 建设银行南城支行 [柜员]', 'WORKS_AT 刘晓敏 -> 建设银行南城支行 [柜员]'] },
  { rule: 'person.before-role', text: '農行湖濱支行宣講小分隊：柯立新（客戶經理）、錢麗（櫃員）。', has: ['WORKS_AT 柯立新 -> 農行湖濱支行 [客戶經理]', 'WORKS_AT 錢麗 -> 農行湖濱支行 [櫃員]'] },
  { rule: 'person.before-role', text: '农行湖滨支行：柯立新（柜员）、钱丽（民警）。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [柜员]'], hasNot: ['WORKS_AT 钱丽 -> 农行湖滨支行 [民警]', 'WORKS_AT 钱丽 -> 农行湖滨支行'] },
  // (Whatever jieba made of the name before the bracket: everyday words, 高峰/nr, 文静/n, 江山/ns; pieces of other tags,
  // 刘/zg 敏/ag, 何/r 平/n; a word and a lone character, 周朝/t 崇/zg. A word that is no name, 成员（柜员）, is none.)
  { rule: 'person.before-role', text: '工行江北支行服务队：高峰（客户经理）、文静（柜员）、江山（大堂经理）。', has: ['WORKS_AT 高峰 -> 工行江北支行 [客户经理]', 'WORKS_AT 文静 -> 工行江北支行 [柜员]', 'WORKS_AT 江山 -> 工行江北支行 [大堂经理]'] },
  { rule: 'person.before-role', text: '邮储银行城关支行小分队：刘敏（柜员）、何平（客户经理）走进集市。', has: ['WORKS_AT 刘敏 -> 邮储银行城关支行 [柜员]', 'WORKS_AT 何平 -> 邮储银行城关支行 [客户经理]'] },
  { rule: 'person.before-role', text: '邮储银行东关支行宣传小组：周朝崇（副行长）、林立新（客户经理）。', has: ['WORKS_AT 周朝崇 -> 邮储银行东关支行 [副行长]', 'WORKS_AT 林立新 -> 邮储银行东关支行 [客户经理]'] },
  { rule: 'person.before-role', text: '农行湖滨支行服务队：成员（柜员）五人。', hasNot: ['Person 成员'] },
  // (The list is the nearest unit's, not its bank's: 农行某支行宣讲小分队： after a sentence about another bank's unit.)
  { rule: 'person.before-role', text: '建设银行南城支行行长邹帆出席了仪式。农行湖滨支行宣讲小分队：柯立新（客户经理）、刘晓敏（柜员）。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行 [客户经理]', 'WORKS_AT 刘晓敏 -> 农行湖滨支行 [柜员]'], hasNot: ['WORKS_AT 刘晓敏 -> 建设银行南城支行 [柜员]', 'WORKS_AT 刘晓敏 -> 中国农业银行 [柜员]'] },
  { rule: 'person.before-role', text: '该活动可以陶冶员工情操。', hasNot: ['Person 陶冶'] },
  // An idiom after the role is what the person did (行长当机立断), not a noun the role qualifies.
  { rule: 'person.before-role', text: '邮储银行南湖支行组织演练。突遇暴雨，韩立东行长当机立断，安排员工转移客户。', has: ['WORKS_AT 韩立东 -> 邮储银行南湖支行 [行长]'] },
  { rule: 'person.after-role', text: '农行蒙城支行党组成员李取纲参加座谈。', has: ['Person 李取纲'], hasNot: ['Person 李取'] },
  { rule: 'person.titled', text: '柜员耐心向吴女士解释，并冻结了客户银行卡。', hasNot: ['Person 向吴', 'Person 银行卡'] },
  // A name jieba cuts into single characters before 先生 or 女士 (张/嘉/璈先生); a surname alone with 先生 is none.
  { rule: 'person.titled', text: '行史展板正中挂着的是张嘉璈先生的旧照。客户张先生来到网点。', has: ['Person 张嘉璈'], hasNot: ['Person 客户张'] },
  // (…和孙/zg 浩/nr 先生: 和 that jieba reads as joining, before a name of two, is no surname; each of two guests with
  // their unit and post in brackets works there, a guest of another body at no bank.)
  { rule: 'person.titled', text: '签约仪式上，龚晓岚女士（工行城东支行副行长）和孙浩先生（工行城东支行行长）分别致辞。', has: ['WORKS_AT 孙浩 -> 工行城东支行 [行长]'], hasNot: ['Person 和孙浩'] },
  { rule: 'person.titled', text: '植树活动中，钱伟先生（城东街道办事处主任）和孙涛先生（建行城东支行行长）一起挥锹培土。', has: ['Person 钱伟', 'WORKS_AT 孙涛 -> 建行城东支行 [行长]'], hasNot: ['Person 和孙涛', 'WORKS_AT 钱伟 -> 建行城东支行'] },
  { rule: 'person.speaker', text: '老郝自嘲说，岁数大了。', hasNot: ['Person 郝自嘲'] },
  // Units: named by place and bank, parents not merged into children, verbs and dates never in a name.
  // The bank's home before its name names the bank, not a branch (澳门大丰银行; 台州银行 after 台州).
  // A verb right before the place (来到, 通知) ends the clause's word: the place still opens the branch's name.
  // An autonomous division by its everyday name, its short name and its level word without 自治 (延边州 for 延边朝鲜族自治州,
  // 长阳县 for 长阳土家族自治县): a place, so its branch is named by it and a bank (延边州农行 is 农行延边分行).
  { rule: 'branch.place-bank', text: '延边州农行组织开展岗位技能竞赛。', has: ['Branch 延边州农行', 'PART_OF 延边州农行 -> 中国农业银行'] },
  { rule: 'branch.place-bank', text: '长阳县农行员工周丽为老人上门办理业务。', has: ['WORKS_AT 周丽 -> 长阳县农行 [员工]', 'PART_OF 长阳县农行 -> 中国农业银行'] },
  { rule: 'branch.place-bank', text: '恩施州农行开展消保宣传。农行恩施分行行长李明出席活动。', has: ['WORKS_AT 李明 -> 农行恩施分行 [行长]'], hasNot: ['Branch 恩施州农行'] },
  { rule: 'branch.place-bank', text: '韩立明和同事们来到德清工商银行，向员工赠送锦旗。', has: ['Branch 德清工商银行', 'PART_OF 德清工商银行 -> 中国工商银行'] },
  { rule: 'branch.place-bank', text: '澳门大丰银行宣布设立横琴支行。温州工行开展宣传。', has: ['Branch 温州工行'], hasNot: ['Branch 澳门大丰银行'] },
  { rule: 'branch.place-bank', text: '温州工行今年新增网点五家，工行温州分行行长表示满意。', has: ['Branch 工行温州分行'], hasNot: ['Branch 温州工行'] },
  { rule: 'branch.place-bank', text: '龙口农行营业部获得“百佳示范单位”称号。', has: ['PART_OF 龙口农行营业部 -> 龙口农行', 'RECEIVED 龙口农行营业部 -> 百佳示范单位'] },
  { rule: 'branch.anchored', text: '工行镇海支行下辖的工行镇海胜利桥支行开展活动。', has: ['Branch 工行镇海支行', 'Branch 工行镇海胜利桥支行'] },
  { rule: 'branch.suffix', text: '大丰银行继设立广州分行之后，又在横琴开了新行。', has: ['Branch 大丰银行广州分行'], hasNot: ['Branch 大丰银行继设立广州分行'] },
  { rule: 'branch.suffix', text: '据统计，2023年北洋支行的客户经理走遍15省。', hasNot: ['Branch 年北洋支行'] },
  { rule: 'bank.shape', text: '三峡农商银行夷陵支行开展宣传。', has: ['PART_OF 三峡农商银行夷陵支行 -> 三峡农商银行'] },
  // An award given in editions, unquoted (第N届…奖, 第N届… before 评选 or 颁奖): its name without the edition is the
  // honour; a quote before the edition is the award's own name, and a contest's prize is no award of its own.
  { rule: 'honour.shape-unquoted', text: '第三届湖州市金融服务之星评选结果近日公布，二十名员工入选。', has: ['Honour 湖州市金融服务之星'] },
  { rule: 'honour.shape-unquoted', text: '第六届江南金融创新大奖日前揭晓，德清农商银行等十家银行榜上有名。', has: ['Honour 江南金融创新大奖'] },
  { rule: 'honour.shape-unquoted', text: '“东湖”第二届金融散文奖评选揭晓。', hasNot: ['Honour 金融散文奖'] },
  // A province named a pilot (先行省份, 试点省份) is a place's designation, no honour of the bank in the sentence.
  { rule: 'honour.shape-unquoted', text: '作为全国绿色金融改革先行省份，浙江出台新政，兴业银行杭州分行积极落实。', hasNot: ['Honour 全国绿色金融改革先行省份', 'RECEIVED 兴业银行杭州分行 -> 全国绿色金融改革先行省份'] },
  // A verb that brings forth winners (产生, 涌现出), even where jieba tags it a noun, is no part of the honour after it.
  // 荣获“…”的有甲和乙, 获得“…”的是甲: the honour describes its holders, listed after 有, 包括 or 是; a list announced
  // 如下 after a colon (获奖名单如下：甲、乙) names them too.
  // 甲支行等8家金融机构获评, 包括甲支行在内的12家单位获评: the count closes a list that names the unit (a word of the
  // kind of body, 金融, may stand before 机构); a count of the unit's own outlets received it, not the unit.
  // 某支行向20家企业授予“…”, 某分行授予10家机构“…”称号: the unit confers the honour on those named around the verb, it
  // does not receive it; nor does it where its own village or client, named after 的, received it (的帮扶村——某村荣获).
  // After 为 or 向 the unit is who gets it (市总工会为某支行授予“…”), and 授予的 names another's conferring.
  // 甲、乙和丙三位员工被评为“…”: the count right after a list of people is the list's own (as 等3名员工 is); counted members
  // after a person's other words are not that person (韩梅所在班组三名员工获评).
  // A sponsor named in a clause about the village bank it set up (甲村镇银行是乙农商银行发起设立的村镇银行) received nothing.
  { rule: 'received.subject', text: '安吉交银村镇银行是交通银行发起设立的村镇银行，今年荣获“湖州市金融服务先进单位”称号。', has: ['RECEIVED 安吉交银村镇银行 -> 湖州市金融服务先进单位'], hasNot: ['RECEIVED 交通银行 -> 湖州市金融服务先进单位'] },
  { rule: 'received.subject', text: '农行湖滨支行的邹帆、钱丽和吴开三位员工被评为“全市青年岗位能手”。', has: ['RECEIVED 邹帆 -> 全市青年岗位能手', 'RECEIVED 钱丽 -> 全市青年岗位能手', 'RECEIVED 吴开 -> 全市青年岗位能手'] },
  // (来自甲支行的甲、来自乙支行的乙获评: people listed each with 来自 and their unit first; every one received it, no unit.)
  { rule: 'received.subject', text: '来自德清农商银行的李娜、来自湖州银行的杨帆获评“金融好青年”。', has: ['RECEIVED 李娜 -> 金融好青年', 'RECEIVED 杨帆 -> 金融好青年', 'WORKS_AT 李娜 -> 德清农商银行'], hasNot: ['RECEIVED 德清农商银行 -> 金融好青年', 'RECEIVED 湖州银行 -> 金融好青年'] },
  { rule: 'received.subject', text: '來自玉山銀行板橋分行的陳怡君、來自第一銀行城東分行的林志明獲選「傑出理專」。', has: ['RECEIVED 陳怡君 -> 傑出理專', 'RECEIVED 林志明 -> 傑出理專'] },
  { rule: 'received.subject', text: '农行湖滨支行客户经理韩梅所在班组三名员工获评“服务明星”。', hasNot: ['RECEIVED 韩梅 -> 服务明星'] },
  { rule: 'received.subject', text: '农行湖滨支行向20家小微企业授予“诚信客户”牌匾。', hasNot: ['RECEIVED 农行湖滨支行 -> 诚信客户'] },
  // Getting onto a board of honour named by the quote (登上, 上了, 走上 before it; 光荣榜, 红榜, 人物榜 after it, which also
  // make the quote an honour): the title is conferred. Not a stage (登上“全民阅读”舞台), nor a board put up.
  { rule: 'received.subject', text: '德清农商银行城关支行柜员韩梅登上“月度服务之星”红榜。', has: ['RECEIVED 韩梅 -> 月度服务之星'] },
  { rule: 'received.subject', text: '农行湖滨支行登上“文明服务示范网点”光荣榜。', has: ['RECEIVED 农行湖滨支行 -> 文明服务示范网点'] },
  { rule: 'received.subject', text: '德清农商银行员工钱丽登上“感动德清”人物榜。', has: ['RECEIVED 钱丽 -> 感动德清'] },
  { rule: 'received.subject', text: '农行湖滨支行柜员韩梅登上“全民阅读”舞台。工行西湖支行客户经理钱丽把“服务之星”光荣榜贴在了墙上。', hasNot: ['RECEIVED 韩梅 -> 全民阅读', 'RECEIVED 钱丽 -> 服务之星'] },
  { rule: 'received.subject', text: '德清农商银行授予10家商户“诚信示范商户”称号。', hasNot: ['RECEIVED 德清农商银行 -> 诚信示范商户'] },
  { rule: 'received.subject', text: '农行湖滨支行的帮扶村——黄土村荣获“全国乡村治理示范村”称号。', hasNot: ['RECEIVED 农行湖滨支行 -> 全国乡村治理示范村'] },
  // (某支行推荐的5家商户上榜, 某支行帮扶的合作社荣获: those the unit put forward or backs received it, in a list announced too.)
  { rule: 'received.subject', text: '农行湖滨支行帮扶的茶叶合作社荣获“省级示范合作社”称号。', hasNot: ['RECEIVED 农行湖滨支行 -> 省级示范合作社'] },
  { rule: 'received.subject', text: '“诚信示范商户”评选结果揭晓，建行南城支行推荐的5家商户上榜。', hasNot: ['RECEIVED 建行南城支行 -> 诚信示范商户'] },
  { rule: 'received.subject', text: '市总工会为农行湖滨支行授予“工人先锋号”牌匾。', has: ['RECEIVED 农行湖滨支行 -> 工人先锋号'] },
  // (为甲支行、乙农商银行颁发“…”: every unit listed after 为 or 向 gets it, the last one too, though it stands right
  // before the verb of presenting.)
  { rule: 'received.subject', text: '市总工会为农行湖滨支行、德清农商银行颁发“五一劳动奖状”。', has: ['RECEIVED 农行湖滨支行 -> 五一劳动奖状', 'RECEIVED 德清农商银行 -> 五一劳动奖状'] },
  { rule: 'received.subject', text: '农行湖滨支行荣获省总工会授予的“五一劳动奖状”。', has: ['RECEIVED 农行湖滨支行 -> 五一劳动奖状'] },
  { rule: 'received.subject', text: '农行湖滨支行等8家金融机构获评“全市金融服务先进单位”。', has: ['RECEIVED 农行湖滨支行 -> 全市金融服务先进单位'] },
  { rule: 'received.subject', text: '包括建行南城支行在内的12家单位获评“全市文明单位”。', has: ['RECEIVED 建行南城支行 -> 全市文明单位'] },
  { rule: 'received.subject', text: '农行湖滨支行下辖的3家网点获评“全市文明单位”。', hasNot: ['RECEIVED 农行湖滨支行 -> 全市文明单位'] },
  // A prize of a lucky draw (在抽奖环节中获得“…”) or one named a gift (赢得“…”奖品) is no honour; an honour in a clause of
  // its own after a draw is named still is.
  { rule: 'honour.context', text: '德清农商银行举办客户答谢会，客户李建国在抽奖环节中获得“幸运大奖”。', hasNot: ['Honour 幸运大奖', 'RECEIVED 李建国 -> 幸运大奖'] },
  { rule: 'honour.context', text: '客户钱丽参与农行湖滨支行的答题活动，赢得“金融知识小达人”奖品。', hasNot: ['Honour 金融知识小达人'] },
  { rule: 'honour.shape', text: '农行湖滨支行举办抽奖活动，该行荣获“优秀组织奖”。', has: ['Honour 优秀组织奖'] },
  // 被某县委县政府命名为“…”: a body that confers between 被 and 命名为 (or 认定为) makes the quote an honour, as 被命名为
  // does; a name others give (被当地村民命名为) stays no honour.
  { rule: 'honour.context', text: '德清农商银行城关支行被县委县政府命名为“民族团结进步模范集体”。', has: ['Honour 民族团结进步模范集体', 'RECEIVED 德清农商银行城关支行 -> 民族团结进步模范集体'] },
  { rule: 'honour.context', text: '这个服务点被当地村民命名为“暖心小站”。', hasNot: ['Honour 暖心小站'] },
  // 获某会表彰 after a name (某支行罗娟获市总工会表彰，被授予“…”): praised by a body, as 被某会评为 says; the name is a
  // person's, and the honour of the next clause is hers.
  { rule: 'received.subject', text: '德清农商银行城关支行罗娟获市总工会表彰，被授予“五一巾帼标兵”称号。', has: ['Person 罗娟', 'RECEIVED 罗娟 -> 五一巾帼标兵'] },
  // A count with no 等 right after a list of units, as many as the list holds, is the list's own (甲支行、乙支行两家网点入选);
  // a count of a different size, or after one unit (某分行两家网点), counts others.
  { rule: 'received.subject', text: '建行南城支行、农行湖滨支行两家网点入选“千佳示范单位”。', has: ['RECEIVED 建行南城支行 -> 千佳示范单位', 'RECEIVED 农行湖滨支行 -> 千佳示范单位'] },
  { rule: 'received.subject', text: '建行南城支行、农行湖滨支行5个网点获评“全市文明单位”。建行湖州分行两家网点入选“千佳示范单位”。', hasNot: ['RECEIVED 建行南城支行 -> 全市文明单位', 'RECEIVED 农行湖滨支行 -> 全市文明单位', 'RECEIVED 建行湖州分行 -> 千佳示范单位'] },
  // (A bank opening the honour's own clause is its subject, not the branches of a clause before: 甲支行、乙支行分别荣获
  // 一、二等奖，丙银行获优秀组织奖.)
  { rule: 'received.subject', text: '农行湖滨支行、建行南城支行分别荣获一、二等奖，湖州银行获优秀组织奖。', has: ['RECEIVED 湖州银行 -> 优秀组织奖'], hasNot: ['RECEIVED 农行湖滨支行 -> 优秀组织奖', 'RECEIVED 建行南城支行 -> 优秀组织奖'] },
  { rule: 'received.subject', text: '荣获“全国巾帼文明岗”的有建行南城支行和农行湖滨支行。', has: ['RECEIVED 建行南城支行 -> 全国巾帼文明岗', 'RECEIVED 农行湖滨支行 -> 全国巾帼文明岗'] },
  // (的还有甲和乙: 还, 也 or 另 before 有 adds holders; a bank and a branch may stand in one list after the honour.)
  { rule: 'received.subject', text: '获得“省级文明单位”称号的还有工行吴兴支行和农行湖滨支行。', has: ['RECEIVED 工行吴兴支行 -> 省级文明单位', 'RECEIVED 农行湖滨支行 -> 省级文明单位'] },
  { rule: 'received.subject', text: '获评“金融服务先进单位”的是建行南城支行和德清农商银行。', has: ['RECEIVED 建行南城支行 -> 金融服务先进单位', 'RECEIVED 德清农商银行 -> 金融服务先进单位'] },
  { rule: 'received.subject', text: '“全市金融服务先进集体”评选结果揭晓，获奖名单如下：建行南城支行、农行湖滨支行。', has: ['RECEIVED 建行南城支行 -> 全市金融服务先进集体', 'RECEIVED 农行湖滨支行 -> 全市金融服务先进集体'] },
  { rule: 'received.subject', text: '农行湖滨支行为荣获“诚信客户”称号的有关企业颁发证书。', hasNot: ['RECEIVED 农行湖滨支行 -> 诚信客户'] },
  { rule: 'received.subject', text: '本次评选共产生先进集体5个、先进个人20名，其中农行湖滨支行被评为先进集体。', has: ['RECEIVED 农行湖滨支行 -> 先进集体'], hasNot: ['Honour 产生先进集体'] },
  // A word for the unit's staff with no name between the unit and the verb (某支行员工获评, 某銀行員工榮獲, as headlines
  // write it): one of its people received it, not the unit; an honour for a unit (先进集体) and a staff word that does
  // something else first (行长带领全行员工荣获) leave the unit the recipient.
  { rule: 'received.subject', text: '建行南城支行员工获评“最美金融人”', hasNot: ['RECEIVED 建行南城支行 -> 最美金融人'] },
  { rule: 'received.subject', text: '德清农商银行客户经理获“反诈卫士”称号', hasNot: ['RECEIVED 德清农商银行 -> 反诈卫士'] },
  { rule: 'received.subject', text: '東山農商銀行員工榮獲「菁業獎」', hasNot: ['RECEIVED 東山農商銀行 -> 菁業獎'] },
  { rule: 'received.subject', text: '农行湖滨支行行长带领全行员工荣获“全市文明单位”称号。', has: ['RECEIVED 农行湖滨支行 -> 全市文明单位'] },
  // “…”获得者名单 announces the list of winners: its 获得 is no verb of this clause, so the later clause that says who
  // made the list (某某入选) names the winner; a winner written as a title (某某获得者、某支行柜员某某) keeps its reading.
  { rule: 'received.subject', text: '共青团湖州市委公布了“湖州青年五四奖章”获得者名单，德清农商银行柜员韩梅入选。', has: ['RECEIVED 韩梅 -> 湖州青年五四奖章'] },
  { rule: 'received.subject', text: '“全国劳动模范”获得者、德清农商银行柜员韩梅在会上发言。', has: ['RECEIVED 韩梅 -> 全国劳动模范'] },
  // 奖章 ends a medal of honour, whoever gives it (青年五四奖章, 金融五一奖章), unquoted after a verb of receiving too.
  { rule: 'honour.after-trigger', text: '德清农商银行柜员韩梅获得湖州青年五四奖章。', has: ['Honour 湖州青年五四奖章', 'RECEIVED 韩梅 -> 湖州青年五四奖章'] },
  { rule: 'honour.shape-unquoted', text: '第五届全市金融系统业务技能比赛一等奖由王红梅获得。', hasNot: ['Honour 全市金融系统业务技能比赛一等奖'] },
  // A year in front of an unquoted honour after its trigger (荣获2022年度…, 被评为2021年度…): the honour keeps the
  // year, and its name without the year is a name of it too.
  { rule: 'honour.after-trigger', text: '韩立明被评为2021年度全县金融系统优秀党务工作者。', has: ['Honour 2021年度全县金融系统优秀党务工作者', 'RECEIVED 韩立明 -> 2021年度全县金融系统优秀党务工作者 (2021)'] },
  // A place before the year is where the honour is given; the name is read from the year.
  { rule: 'honour.after-trigger', text: '表彰会上，德清农商银行获得了湖州市2021年度乡村振兴先进集体。', has: ['RECEIVED 德清农商银行 -> 2021年度乡村振兴先进集体 (2021)'], hasNot: ['Honour 先进集体'] },
  { rule: 'honour.after-trigger', text: '德清农商银行湖滨支行荣获2022年度市级文明规范服务示范网点。', has: ['RECEIVED 德清农商银行湖滨支行 -> 2022年度市级文明规范服务示范网点 (2022)'] },
  { rule: 'honour.after-trigger', text: '德清农商银行获得2023年贷款投放任务的百分之九十。', hasNot: ['Honour 2023年贷款投放任务的百分之九十'] },
  // 授予 a unit, then a quote that an honour's ending closes: the unit's name is no part of the honour (the honour is
  // the quote and its ending), and the unit received it.
  // The publication that confers an award (《某某》杂志) is no part of its name.
  { rule: 'honour.context', text: '德清农商银行荣获《银行家》杂志“最佳服务银行”大奖。', has: ['RECEIVED 德清农商银行 -> 最佳服务银行'], hasNot: ['Honour 杂志“最佳服务银行”大奖'] },
  { rule: 'honour.embedded-quote', text: '人民银行授予德清农商银行湖滨支行“金融夜校”示范点称号。', has: ['Honour 金融夜校示范点', 'RECEIVED 德清农商银行湖滨支行 -> 金融夜校示范点'], hasNot: ['Honour 湖滨支行“金融夜校”示范点'] },
  // An honour, then a word for its winner (获奖者, 获奖代表), then the name: that person received it.
  { rule: 'received.title', text: '“最佳服务奖”获奖者王红梅在会上发言。', has: ['Person 王红梅', 'RECEIVED 王红梅 -> 最佳服务奖'] },
  // An honour for a person worn as a title right before the name (劳动模范, 劳模, or a dictionary honour such as
  // 三八红旗手): the name is a person's, and the honour theirs.
  { rule: 'received.title', text: '市劳动模范王红梅是德清农商银行城关支行的一名柜员。', has: ['Person 王红梅', 'RECEIVED 王红梅 -> 市劳动模范'] },
  { rule: 'received.title', text: '全国劳动模范李建国来到农行湖滨支行，与青年员工座谈。', has: ['Person 李建国', 'RECEIVED 李建国 -> 全国劳动模范'] },
  // 甲与乙同获“…”, 甲和乙均获: a prize shared; the verb's first character is no given name's last (李娜/同获, not 李娜同).
  { rule: 'person.after-role', text: '工行城东支行柜员张伟与建行南城支行客户经理李娜同获“服务明星”称号。', has: ['RECEIVED 李娜 -> 服务明星', 'WORKS_AT 李娜 -> 建行南城支行 [客户经理]'], hasNot: ['Person 李娜同'] },
  { rule: 'person.honoured', text: '王芳与李娜一同获得“服务明星”称号，两人共获得三项荣誉。', has: ['RECEIVED 李娜 -> 服务明星', 'RECEIVED 王芳 -> 服务明星'] },
  // (Quoted too, in mid-sentence after 邀请, 向 or 为: a person's honour in quotes right before a name makes it a person's,
  // whatever jieba's cut (刘/zg 洋/ag, 张/q 伟/zg), when a verb or a mark follows; not a word of its own, 常年/t, 申报/v.)
  { rule: 'person.titled', text: '工行城东支行邀请“全国劳动模范”刘洋作报告。', has: ['Person 刘洋', 'RECEIVED 刘洋 -> 全国劳动模范'], hasNot: ['RECEIVED 工行城东支行 -> 全国劳动模范'] },
  { rule: 'person.titled', text: '建行南城支行号召员工向“全国劳动模范”陈静学习。', has: ['RECEIVED 陈静 -> 全国劳动模范'] },
  { rule: 'received.title', text: '德清农商银行召开表彰大会，为“服务明星”王芳颁奖。', has: ['RECEIVED 王芳 -> 服务明星'], hasNot: ['RECEIVED 德清农商银行 -> 服务明星'] },
  { rule: 'person.titled', text: '這位「服務明星」常年堅守在櫃檯一線，“最美柜员”申报，现已开始。', hasNot: ['Person 常年', 'Person 申报'] },
  { rule: 'received.title', text: '三八红旗手赵小燕在会上发言。', has: ['RECEIVED 赵小燕 -> 三八红旗手'] },
  // An honour opening its clause as a title, then 、 and the person's post (at a unit, or alone): that person holds it.
  { rule: 'received.title', text: '全国劳动模范、农行湖滨支行行长韩立明来到网点，与青年员工座谈。', has: ['RECEIVED 韩立明 -> 全国劳动模范', 'WORKS_AT 韩立明 -> 农行湖滨支行 [行长]'] },
  { rule: 'received.title', text: '会上，省级劳动模范、客户经理李建国分享了经验。', has: ['RECEIVED 李建国 -> 省级劳动模范'] },
  { rule: 'received.title', text: '农行湖滨支行先后荣获全国五一劳动奖状、建行南城支行行长韩立明出席。', hasNot: ['RECEIVED 韩立明 -> 全国五一劳动奖状'] },
  // (获奖选手, two words, before a name as 获奖者 is; 选手 alone is not, nor the verb after the counted winners.)
  { rule: 'person.titled', text: '東山農商銀行的技能大賽落幕了。在「最佳禮儀獎」獲獎選手韓立明看來，這次比賽收穫很大。', has: ['RECEIVED 韓立明 -> 最佳禮儀獎'] },
  { rule: 'person.titled', text: '德清农商银行的技能比武刚结束，获奖选手齐聚礼堂，合影留念。', hasNot: ['Person 齐聚'] },
  { rule: 'received.title', text: '德清农商银行开展评选。“最美柜员”获奖代表韩立明发言。', has: ['RECEIVED 韩立明 -> 最美柜员'] },
  // A unit word after a word of merit (优秀支行, 标杆支行, 优秀营业部) ends an honour conferred on a unit, not a unit's name.
  { rule: 'honour.after-trigger', text: '德清农商银行荣获2023年度全省农信系统优秀支行称号。', has: ['RECEIVED 德清农商银行 -> 2023年度全省农信系统优秀支行 (2023)'], hasNot: ['Branch 德清农商银行农信系统优秀支行'] },
  // (績優, Taiwan's word for good results, is one of them: 榮獲「績優分行」 names no branch 績優分行.)
  { rule: 'honour.context', text: '東山農商銀行鰂魚涌分行榮獲「績優分行」。', has: ['RECEIVED 東山農商銀行鰂魚涌分行 -> 績優分行'], hasNot: ['Branch 東山農商銀行績優分行', 'Branch 东山农商银行績優分行'] },
  { rule: 'honour.after-trigger', text: '德清农商银行湖滨支行荣获县级优秀营业部称号。', has: ['RECEIVED 德清农商银行湖滨支行 -> 县级优秀营业部'], hasNot: ['Branch 德清农商银行湖滨支行荣获县级优秀营业部'] },
  // 获得 (a weak trigger) and an unquoted name closed by 称号: a title received, whatever its ending.
  { rule: 'honour.after-trigger', text: '韩立明获得市分行业务骨干称号。', has: ['RECEIVED 韩立明 -> 市分行业务骨干'] },
  { rule: 'honour.after-trigger', text: '赵小燕获得2022年度总行优秀客户经理荣誉称号。', has: ['RECEIVED 赵小燕 -> 2022年度总行优秀客户经理 (2022)'] },
  // A trigger, who conferred the honour and 颁发的 / 授予的, then the honour unquoted: the honour is what follows 的.
  { rule: 'honour.after-trigger', text: '近日，德清农商银行荣获湖州市人民政府颁发的金融支持实体经济突出贡献奖。', has: ['RECEIVED 德清农商银行 -> 金融支持实体经济突出贡献奖'] },
  { rule: 'honour.after-trigger', text: '王红梅获得市分行授予的优秀共产党员称号。', has: ['RECEIVED 王红梅 -> 优秀共产党员'], hasNot: ['Honour 市分行授予的优秀共产党员'] },
  // 授予 people before the honour (王某同志, 甲、乙等10名同志): they are its recipients, no part of its name.
  // Two honours conferred at once, joined by 暨: two honours, each received.
  { rule: 'honour.after-trigger', text: '农行湖滨支行荣获湖州市文明单位暨市级先进基层党组织称号。', has: ['RECEIVED 农行湖滨支行 -> 湖州市文明单位', 'RECEIVED 农行湖滨支行 -> 市级先进基层党组织'], hasNot: ['Honour 湖州市文明单位暨市级先进基层党组织'] },
  { rule: 'honour.after-trigger', text: '德清农商银行荣获2023年度综合考评先进单位暨特别贡献奖。', has: ['RECEIVED 德清农商银行 -> 2023年度综合考评先进单位 (2023)', 'RECEIVED 德清农商银行 -> 特别贡献奖 (2023)'] },
  // (Inside one quote too, 荣获“甲暨乙”称号, when each part is a name of three characters or more and one is shaped as an
  // honour's or a unit's merit; between two quotes, “甲”暨“乙”两项大奖, whose count ends no name.)
  { rule: 'honour.shape', text: '农行湖滨支行荣获“文明单位暨优秀党组织”称号。', has: ['RECEIVED 农行湖滨支行 -> 文明单位', 'RECEIVED 农行湖滨支行 -> 优秀党组织'], hasNot: ['Honour 文明单位暨优秀党组织'] },
  { rule: 'honour.context', text: '玉山銀行板橋分行榮獲「績優分行暨服務品質優良單位」。', has: ['RECEIVED 玉山銀行板橋分行 -> 績優分行', 'RECEIVED 玉山銀行板橋分行 -> 服務品質優良單位'] },
  { rule: 'honour.context', text: '九江银行荣获“年度最佳城商行”暨“最佳零售银行”两项大奖。', has: ['RECEIVED 九江银行 -> 年度最佳城商行', 'RECEIVED 九江银行 -> 最佳零售银行'], hasNot: ['Honour 暨“最佳零售银行”两项大奖'] },
  { rule: 'honour.shape', text: '德清农商银行荣获“金融暨保险服务奖”。', has: ['RECEIVED 德清农商银行 -> 金融暨保险服务奖'], hasNot: ['Honour 保险服务奖'] },
  { rule: 'honour.after-trigger', text: '省联社授予王红梅同志优秀共产党员称号。', has: ['RECEIVED 王红梅 -> 优秀共产党员'], hasNot: ['Honour 王红梅同志优秀共产党员'] },
  { rule: 'honour.after-trigger', text: '市分行党委授予李建国、王红梅等10名同志年度优秀党员称号。', has: ['RECEIVED 李建国 -> 年度优秀党员', 'RECEIVED 王红梅 -> 年度优秀党员'] },
  // A name before an adverb of times (先后, 曾, 多次) and a verb of conferring: the person honoured.
  { rule: 'person.honoured', text: '李建国先后被评为市级优秀共产党员、县级劳动模范。', has: ['Person 李建国', 'RECEIVED 李建国 -> 市级优秀共产党员', 'RECEIVED 李建国 -> 县级劳动模范'] },
  { rule: 'person.honoured', text: '王红梅曾被评为全省农信系统服务明星。', has: ['RECEIVED 王红梅 -> 全省农信系统服务明星'] },
  // 入选, 上榜, 荣登 after a name at a clause's start say the person made an honour's list or board, as 荣获 does; a unit
  // named later for who the person is (她是某支行的柜员) received nothing.
  { rule: 'person.honoured', text: '孙浩入选“全省金融系统青年岗位能手”名单，他是临沂农商银行信贷员。', has: ['RECEIVED 孙浩 -> 全省金融系统青年岗位能手'] },
  { rule: 'person.honoured', text: '马丽上榜“中国好人榜”，她是兴业银行湖里支行的一名柜员。', has: ['RECEIVED 马丽 -> 中国好人榜'], hasNot: ['RECEIVED 兴业银行湖里支行 -> 中国好人榜'] },
  { rule: 'person.honoured', text: '韩梅荣登“浙江好人榜”，她是农行湖滨支行的客户经理。', has: ['RECEIVED 韩梅 -> 浙江好人榜'], hasNot: ['RECEIVED 农行湖滨支行 -> 浙江好人榜'] },
  // (A phrase of where or why may stand between the name and the verb: 在某比赛中摘得, 凭借…荣获; not a place's name.)
  { rule: 'person.honoured', text: '朱琳在全国农业银行系统业务技能比赛中摘得“点钞能手”称号。', has: ['RECEIVED 朱琳 -> 点钞能手'] },
  { rule: 'person.honoured', text: '熊英凭借扎实的业务功底荣获“全省金融系统技术能手”称号，她现任农行东阳支行会计主管。', has: ['RECEIVED 熊英 -> 全省金融系统技术能手'], hasNot: ['RECEIVED 农行东阳支行 -> 全省金融系统技术能手'] },
  { rule: 'person.honoured', text: '周涛在抗洪抢险中被评为“优秀共产党员”。', has: ['RECEIVED 周涛 -> 优秀共产党员'] },
  { rule: 'person.honoured', text: '黄山在全国旅游城市评选中荣获“最美城市”称号。', hasNot: ['Person 黄山'] },
  // (A lone 获 and a place of the contest, 某某获个人三等奖, at a clause's start as after a unit.)
  { rule: 'person.honoured', text: '在全市金融系统知识竞赛中，农行湖滨支行代表队荣获团体二等奖，姚远获个人三等奖。', has: ['RECEIVED 姚远 -> 个人三等奖', 'RECEIVED 农行湖滨支行 -> 团体二等奖'] },
  // 被表彰为 confers an honour as 被评为 does.
  { rule: 'received.subject', text: '德清农商银行湖滨支行被表彰为全省金融系统先进集体。', has: ['RECEIVED 德清农商银行湖滨支行 -> 全省金融系统先进集体'] },
  // An honour that ends in a person's post is the person's, though a unit word stands before the post.
  { rule: 'received.subject', text: '德清农商银行年终总结会上，湖滨支行营业部主任王红梅获评“十佳网点主任”。', has: ['RECEIVED 王红梅 -> 十佳网点主任'], hasNot: ['RECEIVED 德清农商银行湖滨支行营业部 -> 十佳网点主任'] },
  { rule: 'received.subject', text: '大新銀行今年再度由社福機構嘉許為「關愛僱主」。', has: ['RECEIVED 大新銀行 -> 關愛僱主'] },
  { rule: 'received.subject', text: '韩立明被表彰为县级优秀共产党员。', has: ['Person 韩立明', 'RECEIVED 韩立明 -> 县级优秀共产党员'] },
  // 跻身 and 荣列 a ranking, 摘取 a laurel, 获誉 a title, 被列为 an honour: conferred.
  { rule: 'received.subject', text: '德清农商银行跻身“中国银行业100强”。', has: ['RECEIVED 德清农商银行 -> 中国银行业100强'] },
  { rule: 'received.subject', text: '德清农商银行荣列“浙江省服务业百强企业”。', has: ['RECEIVED 德清农商银行 -> 浙江省服务业百强企业'] },
  { rule: 'received.subject', text: '农行湖滨支行成功摘取“全国百佳网点”桂冠。', has: ['RECEIVED 农行湖滨支行 -> 全国百佳网点'] },
  { rule: 'received.subject', text: '王红梅获誉“最美柜员”。', has: ['RECEIVED 王红梅 -> 最美柜员'] },
  { rule: 'received.subject', text: '农行湖滨支行被列为“省级文明规范服务示范网点”。', has: ['RECEIVED 农行湖滨支行 -> 省级文明规范服务示范网点'] },
  // A unit right after the verb and before 颁发的 / 授予的 gave the honour; the subject before the verb received it.
  { rule: 'received.subject', text: '德清农商银行荣获中国人民银行杭州中心支行颁发的“反洗钱工作先进单位”称号。', has: ['RECEIVED 德清农商银行 -> 反洗钱工作先进单位'], hasNot: ['RECEIVED 中国人民银行杭州中心支行 -> 反洗钱工作先进单位'] },
  { rule: 'received.subject', text: '王红梅荣获农行浙江省分行颁发的“服务明星”称号。', has: ['RECEIVED 王红梅 -> 服务明星'], hasNot: ['RECEIVED 农行浙江省分行 -> 服务明星'] },
  // The one an honour describes (“…”称号的某某) may be a person outside the clause's subjects: the walk over those
  // listed after it starts where that person ends (it read before the list's start and failed).
  { rule: 'received.subject', text: '德清农商银行为荣获“十佳员工”称号的李建国颁发了荣誉证书。', hasNot: ['RECEIVED 德清农商银行 -> 十佳员工'] },
  // Not the bank's: a place it only helped or described (在某行的帮扶下，某村被评为; 某行支持的某镇获评).
  { rule: 'received.subject', text: '在德清农商银行的帮扶下，钟管镇某村被评为“省级美丽乡村”。', hasNot: ['RECEIVED 德清农商银行 -> 省级美丽乡村'] },
  { rule: 'received.subject', text: '德清农商银行支持的新市镇获评“全国文明镇”。', hasNot: ['RECEIVED 德清农商银行 -> 全国文明镇'] },
  // A lone 获, then the long name of the unit that confers the honour, then the honour and 表彰.
  { rule: 'received.subject', text: '德清农商银行获中国人民银行湖州市中心支行“金融统计工作先进单位”表彰。', has: ['RECEIVED 德清农商银行 -> 金融统计工作先进单位'], hasNot: ['RECEIVED 中国人民银行湖州市中心支行 -> 金融统计工作先进单位'] },
  // 等 and a count of people between the names and the verb (甲等12人获评, 甲、乙等20人被授予).
  { rule: 'person.honoured', text: '农行湖滨支行等6家单位获评“先进集体”，王红梅等12人获评“先进个人”。', has: ['RECEIVED 农行湖滨支行 -> 先进集体', 'RECEIVED 王红梅 -> 先进个人'] },
  { rule: 'person.honoured', text: '表彰大会上，农行湖滨支行、工行城东支行等10家单位被授予“文明单位”称号，王红梅、李建国等20人被授予“先进工作者”称号。', has: ['RECEIVED 王红梅 -> 先进工作者', 'RECEIVED 李建国 -> 先进工作者'], hasNot: ['RECEIVED 王红梅 -> 文明单位'] },
  // A list of names closed by 和 before the verb (甲、乙和丙分别获得), and a name the honour's title describes (称号的某某).
  { rule: 'person.honoured', text: '王红梅、李建国和陈静分别获得“服务明星”称号。', has: ['RECEIVED 王红梅 -> 服务明星', 'RECEIVED 李建国 -> 服务明星', 'RECEIVED 陈静 -> 服务明星'] },
  { rule: 'person.honoured', text: '德清农商银行为获得“十佳员工”称号的王红梅等10人颁发了荣誉证书。', has: ['RECEIVED 王红梅 -> 十佳员工'], hasNot: ['RECEIVED 德清农商银行 -> 十佳员工'] },
  { rule: 'person.honoured', text: '农行湖滨支行为荣获“十佳员工”称号的李建国颁发了荣誉证书。', has: ['RECEIVED 李建国 -> 十佳员工'] },
  // A lone 获 before the honour's quote after a name (as lists of winners write it), and a name whose last
  // character jieba leaves alone before it (韩立/明/获); 王红/荣获 stays a name of two.
  { rule: 'person.honoured', text: '表彰会上，赵小燕获“服务明星”称号，李建国获“岗位能手”称号。', has: ['RECEIVED 赵小燕 -> 服务明星', 'RECEIVED 李建国 -> 岗位能手'], hasNot: ['RECEIVED 赵小燕 -> 岗位能手'] },
  { rule: 'person.honoured', text: '其中德清农商银行城关支行获“先进集体”称号，韩立明获“先进个人”称号。', has: ['RECEIVED 韩立明 -> 先进个人'] },
  { rule: 'person.honoured', text: '会上，王红荣获“先进个人”称号。', has: ['RECEIVED 王红 -> 先进个人'], hasNot: ['Person 王红荣'] },
  // 捧回, 捧得, 摘下 (an award carried home, maybe its 奖杯 or 桂冠 after): conferred, for units and people alike.
  { rule: 'received.subject', text: '建行南城支行捧回“全国五一劳动奖状”。', has: ['RECEIVED 建行南城支行 -> 全国五一劳动奖状'] },
  { rule: 'received.subject', text: '德清农商银行捧得“年度最佳社会责任银行”奖杯。', has: ['RECEIVED 德清农商银行 -> 年度最佳社会责任银行'] },
  { rule: 'received.subject', text: '恒生銀行摘下「最佳數碼銀行」大獎。', has: ['RECEIVED 恒生銀行 -> 最佳數碼銀行'] },
  { rule: 'received.subject', text: '颁奖会上，王红梅捧回“十佳客户经理”奖杯。', has: ['RECEIVED 王红梅 -> 十佳客户经理'], hasNot: ['Honour 王红梅捧回“十佳客户经理”奖杯'] },
  { rule: 'received.subject', text: '台灣土地銀行抱回「國家品牌玉山獎」。', has: ['RECEIVED 臺灣土地銀行 -> 國家品牌玉山獎'] },
  { rule: 'received.subject', text: '农行湖滨支行抱回了“十佳网点”奖杯。', has: ['RECEIVED 农行湖滨支行 -> 十佳网点'] },
  // Honours: lists, levels, names that go on after a quote, triggers that announce a list.
  // A placement alone names no honour (荣获季军, 获得一等奖): the contest is the name.
  // Who conferred an honour (荣获甲、乙联合颁发的“某奖”) is no honour; nor is a source in quotes or a verb phrase.
  { rule: 'honour.context', text: '九江银行荣获市团委、市青联及市银行业协会联合颁发的“青年服务先锋”称号。转载须注明来源“九江财经网”。赛后行领导为获奖个人颁发了奖杯。', has: ['RECEIVED 九江银行 -> 青年服务先锋'], hasNot: ['Honour 市团委', 'Honour 市青联', 'Honour 九江财经网', 'Honour 个人颁发了奖杯'] },
  { rule: 'honour.after-trigger', text: '知识竞赛中，城南支行代表队荣获亚军，营业部代表队荣获一等奖，柯立荣获优秀员工称号。', has: ['Honour 优秀员工'], hasNot: ['Honour 亚军', 'Honour 一等奖'] },
  // (A merit recorded, 荣立个人三等功, 被记二等功一次: the merit is the honour, 等 inside it ends nothing, and how many times
  // ends it; 被记者 is a reporter, no merit.)
  { rule: 'honour.after-trigger', text: '农行湖滨支行保安韩军荣立个人三等功。', has: ['RECEIVED 韩军 -> 个人三等功'] },
  { rule: 'honour.after-trigger', text: '梁晨被记个人二等功一次，他是农行湖滨支行保卫部经理。', has: ['RECEIVED 梁晨 -> 个人二等功'] },
  { rule: 'honour.after-trigger', text: '农行湖滨支行柜员韩梅被记者采访。这一幕被记者拍下。', hasNot: ['Honour 者采访', 'Honour 者拍下'] },
  // (A commendation with no name, 获总行嘉奖, 荣获市政府通报表扬, is no honour; after a quote, 嘉奖 or 褒奖 ends no name: the
  // quote is the honour.)
  { rule: 'honour.after-trigger', text: '农行湖滨支行柜员郑爽获总行嘉奖。德清农商银行荣获市政府通报表扬。', hasNot: ['Honour 总行嘉奖', 'Honour 市政府通报表扬'] },
  { rule: 'honour.context', text: '农行湖滨支行柜员钱琳获得省分行“优秀理财经理”嘉奖。', has: ['RECEIVED 钱琳 -> 优秀理财经理'], hasNot: ['Honour 优秀理财经理嘉奖'] },
  { rule: 'honour.after-trigger', text: '他获得总行优秀党务工作者、省分行劳动模范等荣誉。', has: ['Honour 总行优秀党务工作者', 'Honour 省分行劳动模范'] },
  // After a weak trigger, a list whose item has 的 inside describes the noun after it: no honours.
  { rule: 'honour.after-trigger', text: '这份坚守成为全市农信系统攻坚克难、勇于担当的精神财富。', hasNot: ['Honour 全市农信系统攻坚克难'] },
  // Single-character levels listed before one honour (省、市、县先进工作者) are its levels: the honour is the name after them.
  { rule: 'honour.after-trigger', text: '德清农商银行柜员王红梅获得省、市、县先进工作者称号。', has: ['Honour 先进工作者', 'RECEIVED 王红梅 -> 先进工作者'] },
  { rule: 'honour.after-trigger', text: '她曾获县级、市级先进工作者、突出贡献奖等荣誉。', has: ['Honour 市级先进工作者', 'Honour 突出贡献奖'] },
  { rule: 'honour.after-trigger', text: '他获得了区首批“金牌柜员”、市五一巾帼标兵等荣誉。', has: ['Honour 金牌柜员', 'Honour 市五一巾帼标兵'] },
  { rule: 'honour.after-trigger', text: '作为省级文明示范网点，工行开封分行营业部接待了很多客户。', has: ['Honour 省级文明示范网点'] },
  { rule: 'honour.after-trigger', text: '该行获得贷款五千万元，是全国首个这样做的单位。', hasNot: ['Honour 贷款五千万元', 'Honour 全国首个这样做的单位'] },
  // A quote of phrases parted by a comma is a slogan, even when an honour's word ends it.
  { rule: 'honour.shape', text: '农行湖滨支行开展了以“真情服务暖人心，争当城市文明窗口”为主题的志愿服务活动。', hasNot: ['Honour 真情服务暖人心，争当城市文明窗口', 'Honour 真情服务暖人心,争当城市文明窗口'] },
  { rule: 'honour.shape', text: '建行九江分行邬一凡获得“点钞技能竞赛”第一名，该行也获《金融时报》报道。', hasNot: ['Honour 点钞技能竞赛', 'Honour 金融时报'] },
  // A unit named without a bank in an article that names the central bank most (as the regulator that hosts or
  // guides) and a commercial bank too is the commercial bank's: the central bank writes its own units with its name.
  { rule: 'branch.suffix', text: '人民银行德清县支行召开反假货币工作会议，人民银行德清县支行行长王红梅出席。德清农商银行积极响应。会后，城东支行组织员工走进菜市场发放传单。', has: ['PART_OF 德清农商银行城东支行 -> 德清农商银行'], hasNot: ['Branch 中国人民银行城东支行', 'Branch 人民银行城东支行'] },
  { rule: 'branch.suffix', text: '九江银行开展活动，九江银行员工参加。工行九江分行及其下辖的浔阳支行、濂溪支行参与活动。', has: ['PART_OF 工行浔阳支行 -> 中国工商银行', 'PART_OF 工行濂溪支行 -> 中国工商银行'], hasNot: ['Branch 九江银行浔阳支行'] },
  { rule: 'person.titled', text: '晚会上，知名钢琴家方立东、演员苏晓雯先后登台。', has: ['Person 方立东', 'Person 苏晓雯'] },
  { rule: 'person.titled', text: '东湖街道养殖户谢海陈与客户经理是老朋友，群众安全感不断提升。', has: ['Person 谢海陈'], hasNot: ['Person 谢海', 'Person 安全感'] },
  { rule: 'branch.suffix', text: '九江银行庐山支行联合五里街道办事处、中信证券九江营业部和新华社江西分社开展宣传。', hasNot: ['Branch 九江银行五里街道办事处', 'Branch 九江银行中信证券九江营业部', 'Branch 九江银行新华社江西分社'] },
  { rule: 'branch.suffix', text: '邮储银行九江市分行三个城郊支行和八强乡镇支行都参加了评比。', hasNot: ['Branch 邮储银行九江市分行三个城郊支行', 'Branch 邮储银行八强乡镇支行'] },
  { rule: 'honour.after-trigger', text: '该行获此殊荣，并为起点继续努力，参加个人颁奖。', hasNot: ['Honour 殊荣', 'Honour 此殊荣', 'Honour 个人颁奖'] },
  { rule: 'honour.shape', text: '建行蚌埠分行举行“服务之星”颁奖典礼，王芳获得“服务之星”称号。', has: ['Honour 服务之星'], hasNot: ['Honour 服务之星”颁奖典礼'] },
  { rule: 'honour.after-trigger', text: '大会为获奖单位进行了个人颁奖。', hasNot: ['Honour 个人颁奖'] },
  { rule: 'honour.context', text: '兴业银行此次囊括多项奖项，包括“最佳零售银行”、“最佳普惠金融银行”。', has: ['Honour 最佳零售银行', 'Honour 最佳普惠金融银行'] },
  { rule: 'honour.context', text: '中银澳门荣获特区政府颁发的“金莲花”。', has: ['Honour 金莲花'], hasNot: ['Organization 荣获特区政府'] },
  // A year before 年度 is the honour's too (jieba leaves it a number of its own): not 年度“…” alone.
  { rule: 'honour.embedded-quote', text: '农发行衢州分行获评2022年度“金融助企”行动先进单位。', has: ['Honour 2022年度“金融助企”行动先进单位', 'RECEIVED 农发行衢州分行 -> 2022年度“金融助企”行动先进单位 (2022)'], hasNot: ['Honour 年度“金融助企”行动先进单位'] },
  { rule: 'honour.embedded-quote', text: '该行连续获得2020—2021年度“平安建设”工作先进集体称号。', has: ['Honour 2020—2021年度“平安建设”工作先进集体'] },
  { rule: 'honour.embedded-quote', text: '农发行南阳分行被授予全国“万企帮万村”精准扶贫行动先进集体荣誉。', has: ['Honour 全国“万企帮万村”精准扶贫行动先进集体'] },
  // A quoted contest, then 中 and a verb of winning before the prize: the quote is the occasion, the prize an honour
  // of its own (no honour from the quote to the prize).
  { rule: 'received.subject', text: '德清农商银行在第三届“金融知识进万家”竞赛中荣获优秀组织奖。', has: ['RECEIVED 德清农商银行 -> 优秀组织奖'], hasNot: ['Honour 第三届“金融知识进万家”竞赛中荣获优秀组织奖'] },
  { rule: 'honour.embedded-quote', text: '平安银行“让爱回家”企业志工日在社区举行。', hasNot: ['Honour 平安银行“让爱回家”企业'] },
  { rule: 'unit.anaphora', text: '建行长春南关支行获表彰\n\n建行长春南关支行坚持服务社区。该行今年被评为“青年文明号”。', has: ['RECEIVED 建行长春南关支行 -> 青年文明号'] },
  // 该行 after a sentence whose first unit is named as the unit's own (该行甲支行…, 辖内甲支行、乙支行…): no new subject;
  // 该行 is still the unit the text is about. A sentence whose subject is 该行 itself hands on what it meant (a partner
  // named inside it is no subject), and so does one whose only unit sits inside a clause (客户称其在某银行的账户…).
  { rule: 'unit.anaphora', text: '嵊州农商银行召开年度工作会议。该行甘霖支行作交流发言。会上，该行被评为“绍兴市金融服务先进单位”。', has: ['RECEIVED 嵊州农商银行 -> 绍兴市金融服务先进单位'], hasNot: ['RECEIVED 嵊州农商银行甘霖支行 -> 绍兴市金融服务先进单位'] },
  { rule: 'unit.anaphora', text: '新昌农商银行开展金融知识宣传。辖内七星支行、南明支行组织员工走进社区。该行还被授予“新昌县文明单位”称号。', has: ['RECEIVED 新昌农商银行 -> 新昌县文明单位'], hasNot: ['RECEIVED 新昌农商银行七星支行 -> 新昌县文明单位'] },
  { rule: 'unit.anaphora', text: '舟山农商银行举办签约仪式。该行与中国银行舟山分行签署合作协议。该行行长胡斌致辞。', has: ['WORKS_AT 胡斌 -> 舟山农商银行 [行长]'], hasNot: ['WORKS_AT 胡斌 -> 中国银行舟山分行 [行长]'] },
  { rule: 'unit.anaphora', text: '日前，农行湖滨支行成功堵截一起电信诈骗。客户王大爷称其在工商银行的账户被冻结。该行柜员李梅及时报警。', has: ['WORKS_AT 李梅 -> 农行湖滨支行 [柜员]'], hasNot: ['WORKS_AT 李梅 -> 中国工商银行 [柜员]'] },
  // A central bank's unit (人民银行某支行) in news of a commercial bank guides, hosts or takes part: neither the article's
  // unit, however often named, nor what 该行 after it means. In news of the central bank's own unit it is both.
  { rule: 'unit.anaphora', text: '海宁农商银行开展征信知识宣传。人民银行海宁市支行行长吴俊带队参加。该行党委书记沈强陪同。', has: ['WORKS_AT 沈强 -> 海宁农商银行 [党委书记]', 'WORKS_AT 吴俊 -> 人民银行海宁市支行 [行长]'], hasNot: ['WORKS_AT 沈强 -> 人民银行海宁市支行 [党委书记]'] },
  { rule: 'unit.anaphora', text: '永康农商银行开展员工培训。\n\n人民银行永康市支行派员授课。\n\n该行还被评为“永康市金融服务先进单位”。', has: ['RECEIVED 永康农商银行 -> 永康市金融服务先进单位'], hasNot: ['RECEIVED 人民银行永康市支行 -> 永康市金融服务先进单位'] },
  { rule: 'unit.anaphora', text: '人民银行德清县支行开展反假宣传\n\n人民银行德清县支行联合德清农商银行开展反假货币宣传。该行行长沈林表示，将持续开展宣传。', has: ['WORKS_AT 沈林 -> 人民银行德清县支行 [行长]'], hasNot: ['WORKS_AT 沈林 -> 德清农商银行 [行长]'] },
  // 本分行, 本支行 (the unit's own words for itself) and 该联社 (a county union of rural credit co-operatives) are anaphors.
  { rule: 'unit.anaphora', text: '农行宁波分行召开年度工作会议。本分行各支行负责人参加会议。本分行行长朱华作工作报告。', has: ['WORKS_AT 朱华 -> 农行宁波分行 [行长]'] },
  { rule: 'unit.anaphora', text: '宁海县农村信用合作联社召开年度大会。该联社下辖的桃源信用社作交流发言。该联社被评为“宁波市支农先进单位”。', has: ['RECEIVED 宁海县农村信用合作联社 -> 宁波市支农先进单位'] },
  // (A unit named in full that opens the sentence before is its subject: 该行 is that unit.)
  { rule: 'unit.anaphora', text: '湖州银行开展志愿服务。湖州银行长兴支行组织员工为环卫工人送清凉。该行还设立了“爱心驿站”。', has: ['RUNS 湖州银行长兴支行 -> 爱心驿站'], hasNot: ['RUNS 湖州银行 -> 爱心驿站'] },
  // 总行, a bank's head office: the bank named before it in the sentence, else the article's bank.
  { rule: 'unit.anaphora', text: '浙商银行召开年中工作会议。总行风险管理部总经理周立新作了报告。', has: ['WORKS_AT 周立新 -> 浙商银行 [总经理]'] },
  { rule: 'unit.anaphora', text: '宁波银行举行签约仪式，总行行长助理陈志刚出席。', has: ['WORKS_AT 陈志刚 -> 宁波银行 [行长助理]'] },
  { rule: 'unit.anaphora', text: '臺灣銀行總行高階主管週末也進辦公室。', hasNot: ['Person 高階'] },
  { rule: 'unit.anaphora', text: '工行宁海支行成立于1998年，先后获得省级“青年文明号”、总行级“文明服务示范网点”称号。', hasNot: ['RECEIVED 中国工商银行 -> 文明服务示范网点'] },
  // 网点 as the next sentence's subject is an outlet: the branch the sentence before is about, not its bank.
  { rule: 'unit.anaphora', text: '农行湖滨支行是一家综合性网点。网点先后获得“省级青年文明号”“市级文明单位”等荣誉。', has: ['RECEIVED 农行湖滨支行 -> 省级青年文明号', 'RECEIVED 农行湖滨支行 -> 市级文明单位'], hasNot: ['RECEIVED 中国农业银行 -> 省级青年文明号'] },
  { rule: 'branch.anchored', text: '青岛银行高新社区支行开展宣传。', has: ['Branch 青岛银行高新社区支行'], hasNot: ['Branch 青岛银行社区支行'] },
  { rule: 'branch.anchored', text: '工行沈阳向工街支行开展反诈宣传。', has: ['Branch 工行沈阳向工街支行', 'PART_OF 工行沈阳向工街支行 -> 中国工商银行'] },
  { rule: 'branch.suffix', text: '据悉，南湖支行已开通适老服务。', has: ['Branch 南湖支行'] },
  // A known city after a 、 stays one word (常州, not 常/d 州/n), and a landmark with a direction is part of a name (站前).
  { rule: 'branch.suffix', text: '周立新历任南京分行行长、常州分行行长。', has: ['Branch 常州分行', 'WORKS_AT 周立新 -> 常州分行 [行长]'] },
  { rule: 'branch.anchored', text: '农行锦州站前支行开展宣传。', has: ['Branch 农行锦州站前支行'] },
  { rule: 'branch.anchored.sub-unit', text: '农行天门支行营业室柜员刘芳热情接待客户。', has: ['Branch 农行天门支行营业室', 'PART_OF 农行天门支行营业室 -> 农行天门支行', 'WORKS_AT 刘芳 -> 农行天门支行营业室 [柜员]'] },
  // A branch's sub-unit named by the unit words alone: of the branch the article is about; none under a bank.
  { rule: 'unit.bare-sub-unit', text: '华夏银行南湖分行开展宣传月活动。分行营业部、城东支行走进社区。', has: ['Branch 华夏银行南湖分行营业部', 'PART_OF 华夏银行南湖分行营业部 -> 华夏银行南湖分行'] },
  { rule: 'unit.bare-sub-unit', text: '华夏银行南湖分行获评先进单位。分行营业部主任杨明说，这是大家的功劳。', has: ['WORKS_AT 杨明 -> 华夏银行南湖分行营业部 [主任]'] },
  { rule: 'unit.bare-sub-unit', text: '华夏银行开展宣传活动。分行营业部积极参与。', hasNot: ['Branch 分行营业部', 'Branch 华夏银行分行营业部'] },
  // The central bank's 营业管理部 of a branch, right after it.
  { rule: 'branch.anchored.sub-unit', text: '人民银行济南分行营业管理部举办反假货币培训。', has: ['Branch 人民银行济南分行营业管理部', 'PART_OF 人民银行济南分行营业管理部 -> 人民银行济南分行'] },
  { rule: 'branch.suffix.sub-unit', text: '东湖支行营业部为老人开辟绿色通道。', has: ['Branch 东湖支行营业部', 'PART_OF 东湖支行营业部 -> 东湖支行'] },
  // A bank's former name beside its current one: one bank, the former name an alias (a 联社 renamed a 农商银行).
  { rule: 'bank.renamed', text: '2011年，彭泽县农村信用合作联社改制为彭泽农商银行，当年挂牌开业。彭泽农商银行董事长柯立表示，将继续服务三农。', has: ['Bank 彭泽农商银行', 'WORKS_AT 柯立 -> 彭泽农商银行 [董事长]'], hasNot: ['Bank 彭泽县农村信用合作联社'] },
  { rule: 'bank.renamed', text: '湖口农商银行的前身为湖口县农村信用合作联社，如今网点遍布全县。', has: ['Bank 湖口农商银行'], hasNot: ['Bank 湖口县农村信用合作联社'] },
  // A short name given in brackets means the bank before it throughout the file, even where the gazetteer has the
  // short name for another bank (Taiwan's 中信銀行 is 中國信託, the mainland's is 中信银行).
  { rule: 'bank.renamed', text: '中國信託商業銀行（以下簡稱中信銀行）宣布擴大偏鄉服務。中信銀行協理林佳慧表示，將加強防詐宣導。', has: ['WORKS_AT 林佳慧 -> 中國信託商業銀行 [協理]'], hasNot: ['Bank 中信银行'] },
  { rule: 'bank.renamed', text: '中國信託商業銀行（中信銀行）董事長陳明哲出席簽約儀式。', has: ['WORKS_AT 陳明哲 -> 中國信託商業銀行 [董事長]'], hasNot: ['Bank 中信银行'] },
  // A short name given in brackets (以下简称, 下称) is the unit's, even when it drops words from the middle.
  { rule: 'branch.renamed', text: '10月8日，德清农商银行湖滨科技金融支行（以下简称“德清农商银行湖滨支行”）正式开业。德清农商银行湖滨支行将为园区企业提供服务。', has: ['Branch 德清农商银行湖滨科技金融支行'], hasNot: ['Branch 德清农商银行湖滨支行'] },
  { rule: 'branch.renamed', text: '工行丹东元宝支行（原丹东五道口储蓄所）是一个老网点。', has: ['Branch 工行丹东元宝支行'], hasNot: ['Branch 工行丹东五道口储蓄所'] },
  { rule: 'person.after-role', text: '建行大堂经理周晓梅耐心讲解。', has: ['Person 周晓梅', 'WORKS_AT 周晓梅 -> 中国建设银行 [大堂经理]'] },
  // 副行长甲、乙出席: after one 、, a second name right before a verb of attending closes the list and holds the post.
  { rule: 'person.listed-after-role', text: '德清农商银行行长吴开，副行长刘丽、张军出席活动。', has: ['WORKS_AT 张军 -> 德清农商银行 [副行长]', 'WORKS_AT 刘丽 -> 德清农商银行 [副行长]'] },
  // (…also before a set phrase jieba reads whole that opens with the verb: 乙出席会议/l, jieba's 刘/zg 明/a.)
  { rule: 'person.listed-after-role', text: '东山农商银行副行长张华、刘明出席会议。', has: ['WORKS_AT 刘明 -> 东山农商银行 [副行长]'] },
  { rule: 'person.listed-after-role', text: '东山农商银行副行长张华、各部门负责人出席会议。', hasNot: ['Person 各部门'] },
  { rule: 'person.listed-after-role', text: '农行湖滨支行行长韩梅、全体员工出席。', hasNot: ['Person 全体', 'Person 全体员工'] },
  { rule: 'person.listed-after-role', text: '工行鞍山分行员工刘芳、陈小军、王丽参加了培训。', has: ['Person 刘芳', 'Person 陈小军', 'Person 王丽'] },
  // (Two or more names after a post that are everyday words or odd pieces to jieba, 高峰/nr 、 文静/n, 江山/ns 红/a, 方/n
  // 圆圆/n: the list says they are names, each item a noun or a name of a common surname, the list ending as lists do.
  // Two joined by 和 alone: the second without the post, as with other names. Lists of ordinary words stay out.)
  { rule: 'person.after-role', text: '工行江北支行客户经理高峰、文静深入企业走访。', has: ['WORKS_AT 高峰 -> 工行江北支行 [客户经理]', 'WORKS_AT 文静 -> 工行江北支行 [客户经理]'] },
  { rule: 'person.listed-after-role', text: '建行朝阳支行员工白雪梅、江山红、方圆圆参加了演讲比赛。', has: ['WORKS_AT 白雪梅 -> 建行朝阳支行 [员工]', 'WORKS_AT 江山红 -> 建行朝阳支行 [员工]', 'WORKS_AT 方圆圆 -> 建行朝阳支行 [员工]'] },
  // 及 lists names that share the post before the first, as 、 does (執行委員甲及乙, 客户经理甲及乙, whatever jieba's cut:
  // 沈丽及/x); 和 does not, and a post of the second's own (及立法會議員乙, 及浙江大学教授乙) is another body's.
  { rule: 'person.listed-after-role', text: '東亞銀行執行委員陳國棟及黃美玲出席。', has: ['WORKS_AT 黃美玲 -> 東亞銀行 [委員]'] },
  { rule: 'person.listed-after-role', text: '德清农商银行客户经理沈丽及吴佳走进村里。', has: ['WORKS_AT 吴佳 -> 德清农商银行 [客户经理]'] },
  { rule: 'works_at.unit-role-name', text: '湖州银行行长陈宏伟及浙江大学教授王立新出席论坛。', has: ['WORKS_AT 陈宏伟 -> 湖州银行 [行长]'], hasNot: ['WORKS_AT 王立新 -> 湖州银行 [行长]', 'WORKS_AT 王立新 -> 湖州银行 [教授]'] },
  { rule: 'person.listed-after-role', text: '建行滨江支行柜员江山和方圆为老人服务。', has: ['WORKS_AT 江山 -> 建行滨江支行 [柜员]', 'Person 方圆'], hasNot: ['WORKS_AT 方圆 -> 建行滨江支行 [柜员]'] },
  { rule: 'person.after-role', text: '工行江北支行员工安全、合规意识不断增强。', hasNot: ['Person 安全', 'Person 合规'] },
  // (A word of manner and 地 before a speech verb after a post, 行长高兴/b 地说/x, is no name.)
  { rule: 'person.after-role', text: '工行新城支行行长高兴地说，今年任务完成了。', hasNot: ['Person 高兴地', 'Person 高兴'] },
  { rule: 'person.after-role', text: '中国银行河西支行员工华南、华北两地调研。', hasNot: ['Person 华南', 'Person 华北'] },
  { rule: 'person.after-role', text: '农行湖滨支行柜员钱款、票据清点无误。', hasNot: ['Person 钱款'] },
  { rule: 'person.listed-after-role', text: '中信银行大堂经理孙敏、林伟和洪亮一起值守。', has: ['WORKS_AT 林伟 -> 中信银行 [大堂经理]', 'WORKS_AT 洪亮 -> 中信银行 [大堂经理]'] },
  { rule: 'person.listed-after-role', text: '柜员孙敏和客户一起清点现金。', hasNot: ['Person 客户'] },
  { rule: 'person.listed-after-role', text: '鞍山分行领导班子由行长刘芳、副行长陈小军、王丽、郑国雨构成。', has: ['Person 王丽', 'Person 郑国雨'] },
  { rule: 'person.listed-after-role', text: '鞍山分行员工刘芳、王丽和郑国雨参加了比赛。', has: ['Person 王丽', 'Person 郑国雨'] },
  // Names listed before 等 and a role hold it (甲等工作人员, 甲、乙等信贷员), at the outlet of the story.
  { rule: 'person.listed-before-role', text: '工行湖滨支行营业部迎来一位老人。为老人办理业务的龚晓岚等工作人员马上叫了救护车。不一会，柯立新、胡彬等信贷员也赶到了。', has: ['WORKS_AT 龚晓岚 -> 工行湖滨支行营业部 [工作人员]', 'Person 柯立新', 'Person 胡彬'] },
  // A preposition or conjunction after a role starts no name (员工向失主, 行长和陆经理); 3名员工荣获 names no one; a
  // lone character jieba reads as a place ends a listed name (严/祥/德).
  { rule: 'person.after-role', text: '九江农商银行行长林海涛，副行长秦立军、殷开峰、严祥德出席。当我行员工向失主说明情况后，黄行长和陆经理松了口气。3名员工荣获先进个人。', has: ['WORKS_AT 严祥德 -> 九江农商银行 [副行长]', 'WORKS_AT 林海涛 -> 九江农商银行 [行长]'], hasNot: ['Person 向失主', 'Person 和陆', 'Person 荣获', 'Person 严祥'] },
  // Function words and verbs jieba glues to a name after a role: 和 before a second post ends the first name (甲和行长
  // 助理乙: both of the unit); an unknown word starting with 和 is no name (和村); a name starts with no verb jieba
  // knows (宣传/反); a verb of giving glued to the name, with its direction word after, is cut off (韩雷送/上).
  { rule: 'person.after-role', text: '德清农商银行副行长王怡和行长助理韩立明均为85后。', has: ['WORKS_AT 王怡 -> 德清农商银行 [副行长]', 'WORKS_AT 韩立明 -> 德清农商银行 [行长助理]'], hasNot: ['Person 王怡和'] },
  { rule: 'person.after-role', text: '德清农商银行工作人员和村“两委”干部一起走访农户。农行湖滨支行工作人员宣传反诈骗知识。', hasNot: ['Person 和村', 'Person 宣传反'] },
  { rule: 'person.after-role', text: '公安局代表来到农行湖滨支行，为堵截诈骗的银行员工韩雷送上奖金。', has: ['Person 韩雷'], hasNot: ['Person 韩雷送'] },
  // Rare surnames (拓, 俱, 贵, 山) start full names too; the common verbs jieba tags as names with one of them (拓宽) do not.
  { rule: 'person.before-role', text: '农行湖滨支行拓立新行长表示，将继续拓宽员工视野。会议特邀市文明办副主任贵建华参会。(通讯员 俱红梅 韩立明)', has: ['WORKS_AT 拓立新 -> 农行湖滨支行 [行长]', 'Person 贵建华', 'Person 俱红梅'], hasNot: ['Person 拓宽'] },
  { rule: 'person.byline', text: '德清农商银行开展宣传。\n记者:山立民\n编辑:王红梅', has: ['Person 山立民'] },
  // Every name listed after a role works where the first does (here the article's outlet), a lone character jieba
  // tags as a surname ends a name (戚/莎/莎); 及 of 及时 joins no name.
  { rule: 'person.listed-after-role', text: '邮储银行青岛路支行成功拦截一起诈骗。当天，网点工作人员丛飞、丛晓寒、戚莎莎发现老人神色慌张，马上上前询问。', has: ['WORKS_AT 戚莎莎 -> 邮储银行青岛路支行 [工作人员]', 'WORKS_AT 丛晓寒 -> 邮储银行青岛路支行 [工作人员]'] },
  // A lone last character jieba tags a place, right before the list's 、, ends a listed name (赵代/福/、): the
  // punctuation after it starts no other name.
  { rule: 'person.listed-after-role', text: '德清农商银行副行长李建国、赵代福、王红梅出席了活动。', has: ['WORKS_AT 赵代福 -> 德清农商银行 [副行长]', 'WORKS_AT 王红梅 -> 德清农商银行 [副行长]'], hasNot: ['Person 赵代'] },
  { rule: 'person.name-list', text: '陈立、吴敏、韩青及时报警，避免了损失。', has: ['Person 陈立', 'Person 吴敏', 'Person 韩青'], hasNot: ['Person 时报警'] },
  { rule: 'person.after-role', text: '“服务要做细。”华夏银行厦门分行行长高峰说。', has: ['WORKS_AT 高峰 -> 华夏银行厦门分行 [行长]'] },
  // A post, a word jieba knows as a noun, an adjective, a place or a time that reads as a full name (文静/n, 严明/a,
  // 江山/ns, 向前/t), then a speech verb as a word of its own: the post's holder speaks. Not a word of manner (郑重, 简要,
  // 齐声), nor a name cut from a longer word that opens with the verb (文字说明).
  { rule: 'person.after-role', text: '德清农商银行城西支行客户经理文静说，她每周都要走访商户。', has: ['WORKS_AT 文静 -> 德清农商银行城西支行 [客户经理]'] },
  { rule: 'person.after-role', text: '九江银行庐山支行副行长严明介绍，该行已发放贷款3亿元。', has: ['WORKS_AT 严明 -> 九江银行庐山支行 [副行长]'] },
  { rule: 'person.after-role', text: '农行湖滨支行大堂经理江山告诉记者，每天要接待上百位客户。', has: ['WORKS_AT 江山 -> 农行湖滨支行 [大堂经理]'] },
  { rule: 'person.after-role', text: '德清农商银行网点主任向前表示，网点将延长服务时间。', has: ['WORKS_AT 向前 -> 德清农商银行 [网点主任]'] },
  { rule: 'person.after-role', text: '九江银行庐山支行行长郑重表示，将严格落实监管要求，副行长简要介绍了情况，全体员工齐声说一定做到。', hasNot: ['Person 郑重', 'Person 简要', 'Person 齐声'] },
  { rule: 'person.after-role', text: '农行湖滨支行柜员文字说明了办理流程。', hasNot: ['Person 文字'] },
  // (Where the person spoke may stand between the name and the verb: 行长江山在会上表示, 行长高峰在座谈会上指出. 方面 after a
  // post, the post's side, is no name.)
  { rule: 'person.after-role', text: '德清农商银行城西支行行长江山在会上表示，要抓好旺季营销；副行长高峰在座谈会上指出，服务还要更细。', has: ['WORKS_AT 江山 -> 德清农商银行城西支行 [行长]', 'WORKS_AT 高峰 -> 德清农商银行城西支行 [副行长]'] },
  { rule: 'person.after-role', text: '农行湖滨支行客户经理方面表示，贷款已经发放。', hasNot: ['Person 方面'] },
  { rule: 'person.after-role', text: '农行湖滨支行工作人员全程介绍了办理流程，员工全体表示支持，行长安全说了三遍。', hasNot: ['Person 全程', 'Person 全体', 'Person 安全'] },
  // (So is one after a unit and its own post that closes the sentence, 记者采访了某支行行长高峰。, 某分行分行經理方圓。: the
  // person a later sentence quotes by that word alone; not after a word for staff in general, 某支行员工安心。)
  { rule: 'person.after-role', text: '记者采访了九江银行庐山支行行长高峰。高峰介绍，该行已发放贷款3亿元。', has: ['WORKS_AT 高峰 -> 九江银行庐山支行 [行长]'], hasNot: ['Person 高峰介绍'] },
  { rule: 'person.after-role', text: '東山農商銀行北角分行分行經理方圓。方圓表示，分行客戶明顯增加。', has: ['WORKS_AT 方圓 -> 東山農商銀行北角分行 [經理]'] },
  { rule: 'person.after-role', text: '农行湖滨支行的理财经理马力。', has: ['WORKS_AT 马力 -> 农行湖滨支行 [理财经理]'] },
  { rule: 'person.after-role', text: '这一做法让客户和农行湖滨支行员工安心。', hasNot: ['Person 安心', 'Person 员工安心'] },
  { rule: 'person.appointed', text: '会议决定，任命杜海燕为浙商银行宁波分行副行长。', has: ['Person 杜海燕', 'WORKS_AT 杜海燕 -> 浙商银行宁波分行 [副行长]'] },
  { rule: 'person.appointed', text: '去年，邬一凡调任九江银行浔阳支行行长。', has: ['WORKS_AT 邬一凡 -> 九江银行浔阳支行 [行长]'] },
  { rule: 'person.honoured', text: '市分行授予邬一凡、龚晓岚等10名同志“先进个人”称号。', has: ['RECEIVED 邬一凡 -> 先进个人', 'RECEIVED 龚晓岚 -> 先进个人'] },
  { rule: 'received.subject', text: '九江银行庐山支行客户经理郭建平、柜员李丽萍和大堂经理王晓东获评“优秀员工”。', has: ['RECEIVED 郭建平 -> 优秀员工', 'RECEIVED 李丽萍 -> 优秀员工', 'RECEIVED 王晓东 -> 优秀员工', 'WORKS_AT 李丽萍 -> 九江银行庐山支行 [柜员]'] },
  { rule: 'honour.after-trigger', text: '分行表彰了一批先进集体。', hasNot: ['Honour 一批先进集体'] },
  { rule: 'honour.after-trigger', text: '今年共有二十家銀行獲頒優質服務大獎。', has: ['Honour 優質服務大獎'], hasNot: ['Honour 頒優質服務大獎', 'Honour 颁优质服务大奖'] },
  // (After a trigger the honour is read with its year by honour.after-trigger; with no trigger, by its core.)
  { rule: 'honour.after-trigger', text: '九江银行庐山支行荣获2023年度江西省青年文明号称号。', has: ['RECEIVED 九江银行庐山支行 -> 2023年度江西省青年文明号 (2023)'], hasNot: ['Honour 年度江西省青年文明号'] },
  { rule: 'honour.shape-unquoted', text: '2023年度江西省青年文明号名单公布，九江银行庐山支行榜上有名。', has: ['Honour 2023年度江西省青年文明号'], hasNot: ['Honour 年度江西省青年文明号'] },
  { rule: 'received.subject', text: '【記者林子豪嘉義報導】嘉義市農會及民雄鄉農會分獲「營運卓越獎」。', hasNot: ['RECEIVED 林子豪 -> 營運卓越獎'] },
  { rule: 'received.subject', text: '本报讯（记者 曹敬文）德清农商银行代表队、湖州银行代表队分获“优秀组织奖”。', has: ['RECEIVED 德清农商银行 -> 优秀组织奖', 'RECEIVED 湖州银行 -> 优秀组织奖'], hasNot: ['RECEIVED 曹敬文 -> 优秀组织奖'] },
  { rule: 'received.subject', text: '九江银行庐山支行、浔阳支行与濂溪支行被授予“巾帼文明岗”。', has: ['RECEIVED 九江银行庐山支行 -> 巾帼文明岗', 'RECEIVED 九江银行浔阳支行 -> 巾帼文明岗', 'RECEIVED 九江银行濂溪支行 -> 巾帼文明岗'] },
  { rule: 'person.honoured', text: '今年，邬一凡被九江市总工会评为“九江市劳动模范”。', has: ['RECEIVED 邬一凡 -> 九江市劳动模范'] },
  { rule: 'branch.anchored', text: '九江银行营业部和青州农行营业部开展宣传。', has: ['PART_OF 九江银行营业部 -> 九江银行', 'Branch 青州农行营业部'], hasNot: ['Branch 九江银行九江银行营业部', 'Branch 农行营业部'] },
  { rule: 'person.appointed', text: '方志诚被聘任为渤海银行天津分行营业部总经理。', has: ['WORKS_AT 方志诚 -> 渤海银行天津分行营业部 [总经理]'] },
  // A top post with no unit of its own: at the unit the sentence opens with, unless another unit, organisation or person stands between.
  { rule: 'works_at.sentence-unit', text: '7月15日，广发银行发布公告，董事长葛立新将代为履行行长职责。', has: ['WORKS_AT 葛立新 -> 广发银行 [董事长]'] },
  // A short clause of time or condition may open the sentence before its unit (正式批准后，某行…行长某某).
  { rule: 'works_at.sentence-unit', text: '工行山东分行开展宣传。工行山东分行组织员工学习。正式获批后，九江银行将由行长韦嘉明主持工作。', has: ['WORKS_AT 韦嘉明 -> 九江银行 [行长]'], hasNot: ['WORKS_AT 韦嘉明 -> 工行山东分行 [行长]'] },
  { rule: 'works_at.sentence-unit', text: '广发银行与渤海银行签署协议，董事长葛立新出席。', hasNot: ['WORKS_AT 葛立新 -> 广发银行 [董事长]', 'WORKS_AT 葛立新 -> 渤海银行 [董事长]'] },
  // Two short clauses of time may open the sentence before its subject.
  { rule: 'works_at.sentence-unit', text: '工行山东分行开展宣传。在行长一职空缺半年后，3月9日，浙商银行发布公告，副行长苏文杰升任行长。', has: ['WORKS_AT 苏文杰 -> 浙商银行 [副行长]'], hasNot: ['WORKS_AT 苏文杰 -> 工行山东分行 [副行长]'] },
  { rule: 'works_at.sentence-unit', text: '工行山东分行开展宣传。工行山东分行组织员工学习。华夏银行高度重视，董事长李长明、行长关卫东亲自带队出席。', has: ['WORKS_AT 李长明 -> 华夏银行 [董事长]', 'WORKS_AT 关卫东 -> 华夏银行 [行长]'], hasNot: ['WORKS_AT 关卫东 -> 工行山东分行 [行长]'] },
  // A résumé's sentence with no name of its own: each clause opening with an appointing verb is the person's named
  // before (曾任甲分行办公室主任，现任乙分行行长), not only the first.
  { rule: 'works_at.appointed', text: '韩雪，女，1978年生。曾任临海农商银行营业部主任，现任临海农商银行东湖支行行长。', has: ['WORKS_AT 韩雪 -> 临海农商银行营业部 [主任]', 'WORKS_AT 韩雪 -> 临海农商银行东湖支行 [行长]'] },
  // 甲接替乙任某分行行长: 甲 is the one appointed (乙 stands between the name and the verb); 乙, named after 接替, held the
  // post before. A predecessor named at the clause's end is a person too (…行长，接替乙。).
  { rule: 'person.appointed', text: '2023年3月，韩雪接替孙杰任农业银行临海市分行行长。', has: ['WORKS_AT 韩雪 -> 农业银行临海市分行 [行长]', 'WORKS_AT 孙杰 -> 农业银行临海市分行 [行长]'] },
  { rule: 'person.appointed', text: '农行台州分行副行长韩雪调任农行临海市支行行长，接替孙杰。', has: ['Person 孙杰', 'WORKS_AT 韩雪 -> 农行临海市支行 [行长]'], hasNot: ['WORKS_AT 孙杰 -> 农行台州分行 [副行长]'] },
  { rule: 'works_at.appointed', text: '赖国平同志任广发银行佛山分行行长。', has: ['WORKS_AT 赖国平 -> 广发银行佛山分行 [行长]'] },
  // A department of the unit may stand between it and the name; a unit's own sub-unit is part of the unit.
  { rule: 'person.after-unit', text: '建行湖州分行人力资源部沈海洋获得表彰。', has: ['WORKS_AT 沈海洋 -> 建行湖州分行'] },
  // Right after a unit, a name whose surname jieba tags alone (杨/nr 文华/nz), or one followed by a word of manner
  // before its verb (耐心地讲解), opens a clause about that person.
  { rule: 'person.after-unit', text: '农行湖滨支行杨文华连忙上前。', has: ['WORKS_AT 杨文华 -> 农行湖滨支行'] },
  { rule: 'person.after-unit', text: '农行湖滨支行韩梅耐心地讲解。', has: ['WORKS_AT 韩梅 -> 农行湖滨支行'] },
  // A caption of who speaks, as television news prints it: the unit, maybe a department and a space, the name, a colon.
  { rule: 'person.after-unit', text: '农行湖滨支行 韩梅：我们通过线上线下开展宣传。', has: ['WORKS_AT 韩梅 -> 农行湖滨支行'] },
  { rule: 'person.after-unit', text: '农行湖滨支行反诈中心 韩梅：我们通过线上线下开展宣传。', has: ['WORKS_AT 韩梅 -> 农行湖滨支行'] },
  // 等 and a count of people close the name, however jieba cut it (武家/明等, 林海/平等); the named person is one
  // of those counted, so the honour is theirs too.
  { rule: 'person.after-unit', text: '建行湖滨支行武家明等4名员工获得“服务之星”称号。', has: ['WORKS_AT 武家明 -> 建行湖滨支行', 'RECEIVED 武家明 -> 服务之星'] },
  { rule: 'person.after-unit', text: '建行湖滨支行林海平等4名选手获得“金牌讲师”称号。', has: ['WORKS_AT 林海平 -> 建行湖滨支行', 'RECEIVED 林海平 -> 金牌讲师'] },
  { rule: 'received.subject', text: '农行城关支行王东云等3位员工荣获“服务之星”称号。', has: ['RECEIVED 王东云 -> 服务之星'], hasNot: ['RECEIVED 农行城关支行 -> 服务之星'] },
  { rule: 'person.after-unit', text: '建行湖州分行营业部沈海洋获得表彰。', has: ['WORKS_AT 沈海洋 -> 建行湖州分行营业部'], hasNot: ['WORKS_AT 沈海洋 -> 建行湖州分行'] },
  // 某支行的甲、乙和丙: inside the list after a unit, a name before 和 whatever jieba made of its pieces (吴/nr 开/v),
  // then the last name that closes the list.
  { rule: 'person.after-unit', text: '建行南城支行的邹帆、吴开和钱丽分获一、二、三等奖。', has: ['WORKS_AT 邹帆 -> 建行南城支行', 'WORKS_AT 吴开 -> 建行南城支行', 'WORKS_AT 钱丽 -> 建行南城支行'] },
  { rule: 'person.after-unit', text: '左起依次为农行湖滨支行的韩梅、周洁和孙明。', has: ['WORKS_AT 周洁 -> 农行湖滨支行', 'WORKS_AT 孙明 -> 农行湖滨支行'] },
  { rule: 'person.after-unit', text: '农行湖滨支行的韩梅、李建国和同事们一起走进社区。', has: ['WORKS_AT 李建国 -> 农行湖滨支行'], hasNot: ['Person 同事们', 'Person 同事'] },
  // 来自某支行的某某 (whatever follows), and a list of such (…的甲、某支行的乙等人).
  { rule: 'person.after-unit', text: '来自建行湖州吴兴支行的沈海洋分享了服务心得。', has: ['WORKS_AT 沈海洋 -> 建行湖州吴兴支行'] },
  // A name jieba does not know, right after a unit, then a verb or an honour verb (分获, 摘得).
  { rule: 'person.after-unit', text: '周末，中信银行嘉兴分行徐宏走进社区讲解防诈知识。', has: ['WORKS_AT 徐宏 -> 中信银行嘉兴分行'] },
  { rule: 'person.after-unit', text: '宁波分行林晓东、温州分行付云亮分获一等奖、二等奖。', has: ['WORKS_AT 付云亮 -> 温州分行', 'WORKS_AT 林晓东 -> 宁波分行'] },
  { rule: 'person.after-unit', text: '据中信银行官网显示，该行下调了存款利率。', hasNot: ['Person 官网'] },
  { rule: 'person.after-unit', text: '德清农商银行营销拓展部王娟正在给学生讲解反假币知识。', has: ['WORKS_AT 王娟 -> 德清农商银行'] },
  { rule: 'person.after-unit', text: '农发行衢州市分行夏粮收购工作推进会召开。', hasNot: ['Person 夏粮'] },
  { rule: 'person.after-unit', text: '兼任两职的还有大新銀行(2356)的王守業、創興銀行(1111)的廖烈智等人。', has: ['WORKS_AT 王守業 -> 大新銀行', 'WORKS_AT 廖烈智 -> 創興銀行'] },
  { rule: 'person.after-unit', text: '来自建行湖州吴兴支行的沈海洋、农行德清支行的钱静等人参加了座谈。', has: ['WORKS_AT 沈海洋 -> 建行湖州吴兴支行', 'WORKS_AT 钱静 -> 农行德清支行'] },
  { rule: 'person.after-unit', text: '来自农行湖州分行的消息称，网点将延长营业时间。', hasNot: ['Person 消息称'] },
  { rule: 'person.after-unit', text: '获奖员工：建行湖州分行谢小芸、农行德清支行唐立、浙商银行湖州分行柴文斌。', has: ['WORKS_AT 谢小芸 -> 建行湖州分行', 'WORKS_AT 唐立 -> 农行德清支行', 'WORKS_AT 柴文斌 -> 浙商银行湖州分行'] },
  { rule: 'person.after-unit', text: '工行湖州分行董事长到场，工行湖州分行门口排起长队。', hasNot: ['Person 董事长', 'Person 门口'] },
  // Not a name after a unit: a verb read as a surname (到建行来办理), the end of a bank's short form (滙豐銀最高), a noun
  // phrase of a verb (夏粮收购调研工作).
  // The unit's own party branch or union, then 的 and a name (某支行党支部的某某): a member, so staff of the unit.
  // A unit, then a name jieba cuts in two pieces, then a verb of making a work (某联社某某创作的《…》): the maker works there.
  // Rows of a table of people, a name and a unit with a space between (刘敏 建行沈阳分行 ⏎ 王强 农行大连分行), stay
  // lines of their own however alike their widths: joined, the second name would work at the first unit.
  { rule: 'works_at.unit-name', text: '年度表彰名单公布。\n服务明星\n刘敏 建行沈阳分行\n王强 农行大连分行\n孙燕 工行鞍山分行\n希望大家学习先进。', hasNot: ['WORKS_AT 王强 -> 建行沈阳分行', 'WORKS_AT 孙燕 -> 农行大连分行'] },
  { rule: 'works_at.unit-name', text: '聯絡人\n黃淑芬 第一銀行新竹分行\n李家豪 合作金庫三重分行\n張雅婷 彰化銀行鳳山分行', hasNot: ['WORKS_AT 李家豪 -> 第一銀行新竹分行', 'WORKS_AT 張雅婷 -> 合作金庫三重分行'] },
  // A row of such a table is where its person works (the name, white space, the unit, nothing after), and no byline:
  // a byline gives the unit first. Numbered rows too (1. 某某 某支行, （2）某某 某支行), which are no byline either.
  { rule: 'works_at.person-unit-role', text: '支行开展岗位练兵。\n季度标兵\n邵文涛 建行湖州分行\n蒋丽萍 农行嘉兴分行', has: ['WORKS_AT 邵文涛 -> 建行湖州分行', 'WORKS_AT 蒋丽萍 -> 农行嘉兴分行'], hasNot: ['AUTHORED 邵文涛 -> article [作者]', 'AUTHORED 蒋丽萍 -> article [作者]'] },
  { rule: 'works_at.person-unit-role', text: '省分行表彰一批业务骨干\n本报讯 日前，省分行通报了年度业务骨干名单。\n1. 邵文涛 建行湖州分行\n2. 蒋丽萍 农行嘉兴分行\n3. 骆振宇 中行舟山分行', has: ['WORKS_AT 邵文涛 -> 建行湖州分行', 'WORKS_AT 蒋丽萍 -> 农行嘉兴分行', 'WORKS_AT 骆振宇 -> 中行舟山分行'], hasNot: ['AUTHORED 邵文涛 -> article [作者]', 'AUTHORED 骆振宇 -> article [作者]'] },
  { rule: 'person.byline', text: '建行湖州分行开展岗位练兵\n（1）邵文涛\n各网点积极参加练兵。', hasNot: ['AUTHORED 邵文涛 -> article [作者]'] },
  { rule: 'person.byline', text: '建行湖州分行开展岗位练兵\n建行湖州分行 通讯员 邵文涛\n各网点积极参加练兵。', has: ['AUTHORED 邵文涛 -> article [通讯员]'] },
  { rule: 'works_at.unit-name', text: '摄影类一等奖为德清信用联社罗海涛创作的《丰收》。', has: ['Person 罗海涛', 'WORKS_AT 罗海涛 -> 德清信用联社'] },
  { rule: 'works_at.unit-name', text: '农行湖滨支行党支部的韩立明在入党周年座谈会上发言。', has: ['Person 韩立明', 'WORKS_AT 韩立明 -> 农行湖滨支行'] },
  { rule: 'works_at.unit-name', text: '德清农商银行工会的关心让员工倍感温暖。', hasNot: ['Person 关心'] },
  { rule: 'works_at.unit-name', text: '在上级行、区文明办的指导下，工行城东支行开展了志愿服务。', hasNot: ['Person 文明办'] },
  { rule: 'works_at.unit-name', text: '王大爷说，以后存钱都到建行来办理。', hasNot: ['Person 来办理'] },
  { rule: 'works_at.unit-name', text: '各家外銀的手續費收入，今年仍以滙豐銀最高。', hasNot: ['Person 銀最高'] },
  { rule: 'works_at.unit-name', text: '农发行夏粮收购调研工作本周在三个县启动。', hasNot: ['Person 夏粮'] },
  { rule: 'works_at.unit-name', text: '邮储银行安吉县支行　潘丽君', has: ['WORKS_AT 潘丽君 -> 邮储银行安吉县支行'] },
  { rule: 'works_at.unit-name', text: '九江银行庐山支行邬一凡、龚晓岚、王晓东、李丽萍4名员工参加比赛。', has: ['WORKS_AT 邬一凡 -> 九江银行庐山支行', 'WORKS_AT 李丽萍 -> 九江银行庐山支行'] },
  { rule: 'works_at.unit-name', text: '参加活动的有九江银行庐山支行的邬一凡、龚晓岚等人。', has: ['WORKS_AT 龚晓岚 -> 九江银行庐山支行'] },
  { rule: 'person.listed-after-role', text: '九江银行庐山支行员工邬一凡 龚晓岚 王晓东参加了培训。', has: ['WORKS_AT 龚晓岚 -> 九江银行庐山支行 [员工]', 'WORKS_AT 王晓东 -> 九江银行庐山支行 [员工]'] },
  { rule: 'works_at.unit-name', text: '九江银行庐山支行：邬一凡、龚晓岚、王晓东', has: ['WORKS_AT 邬一凡 -> 九江银行庐山支行', 'WORKS_AT 龚晓岚 -> 九江银行庐山支行', 'WORKS_AT 王晓东 -> 九江银行庐山支行'] },
  { rule: 'works_at.unit-name', text: '九江银行庐山支行的邬一凡、浔阳支行的龚晓岚获得表彰。', has: ['WORKS_AT 邬一凡 -> 九江银行庐山支行', 'WORKS_AT 龚晓岚 -> 九江银行浔阳支行'] },
  { rule: 'works_at.person-unit-role', text: '获奖名单如下：邬一凡，九江银行庐山支行；龚晓岚，九江银行浔阳支行。', has: ['WORKS_AT 邬一凡 -> 九江银行庐山支行', 'WORKS_AT 龚晓岚 -> 九江银行浔阳支行'] },
  { rule: 'works_at.person-unit-role', text: '邬一凡 九江银行庐山支行客户经理', has: ['WORKS_AT 邬一凡 -> 九江银行庐山支行 [客户经理]'] },
  { rule: 'works_at.person-unit-role', text: '龚晓岚，现任九江银行庐山支行行长。', has: ['WORKS_AT 龚晓岚 -> 九江银行庐山支行 [行长]'] },
  // 某某，历任某支行行长: a profile opened by the name, a comma and the posts held (历任, 现任, 曾任, 先后担任, 现为).
  { rule: 'person.profile', text: '吴开，历任农行湖滨支行副行长、行长，2021年调任农行湖州分行副行长。', has: ['Person 吴开', 'WORKS_AT 吴开 -> 农行湖滨支行 [副行长]', 'WORKS_AT 吴开 -> 农行湖州分行 [副行长]'] },
  { rule: 'person.profile', text: '全行，现任员工共有120人。', hasNot: ['Person 全行'] },
  { rule: 'person.after-role', text: '老人虽然已是92岁的高龄，却坚持每月到农行网点存钱。柜员陈丽清楚地听见电话那头有人在教老人转账，陈丽立刻警觉起来。', has: ['Person 陈丽'], hasNot: ['Person 高龄', 'Person 那头'] },
  { rule: 'person.profile', text: '龚晓岚今年45岁，从事信贷工作已有20年。', has: ['Person 龚晓岚'] },
  { rule: 'person.profile', text: '作为资深银行家，柯立新于1966年出生，曾长期在建设银行系统任职。', has: ['Person 柯立新', 'WORKS_AT 柯立新 -> 中国建设银行'] },
  { rule: 'person.profile', text: '据公开资料显示，龚晓岚出生于1971年，今年53岁。公开资料显示，柯立生于1963年7月。', has: ['Person 龚晓岚', 'Person 柯立'], hasNot: ['Person 龚晓岚出', 'Person 柯立生'] },
  { rule: 'person.profile', text: '支行行长周建国说，支行曾于2021年获得表彰。', hasNot: ['Person 支行曾', 'Person 支行'] },
  // An age before a name introduces a person (今年45岁的某某，2003年进入某支行工作), not a nickname (5岁的小明).
  { rule: 'person.profile', text: '今年45岁的柯立新，2003年进入农行湖滨支行工作。今年5岁的小明也来了。', has: ['Person 柯立新', 'WORKS_AT 柯立新 -> 农行湖滨支行'], hasNot: ['Person 小明'] },
  { rule: 'works_at.person-unit-role', text: '作为光大银行温州分行的“老员工”，施建新已在柜台工作了十年。', has: ['WORKS_AT 施建新 -> 光大银行温州分行 [员工]'] },
  { rule: 'works_at.person-unit-role', text: '此后，包丽萍一直在民生银行杭州分行工作。', has: ['WORKS_AT 包丽萍 -> 民生银行杭州分行'] },
  { rule: 'received.subject', text: '江西省分行龚晓岚、湖南省分行邬一凡、湖北省分行饶建平同时获颁五一劳动奖章。', has: ['RECEIVED 龚晓岚 -> 五一劳动奖章', 'RECEIVED 邬一凡 -> 五一劳动奖章', 'RECEIVED 饶建平 -> 五一劳动奖章', 'WORKS_AT 饶建平 -> 湖北省分行'] },
  { rule: 'works_at.unit-role-name', text: '通报称，九江银行股份有限公司原党委书记、行长施晓燕涉嫌违纪。', has: ['WORKS_AT 施晓燕 -> 九江银行 [行长]'], hasNot: ['Organization 股份有限公司'] },
  { rule: 'works_at.unit-role-name', text: '九江银行庐山支行总经理施晓燕及副总经理甘立群一行到访九江学院。', has: ['WORKS_AT 施晓燕 -> 九江银行庐山支行 [总经理]', 'WORKS_AT 甘立群 -> 九江银行庐山支行 [副总经理]'] },
  { rule: 'bank.alias', text: '土地銀行董事長何英明出席頒獎。', has: ['WORKS_AT 何英明 -> 臺灣土地銀行 [董事長]'] },
  // Units that open a later clause only to take part (甲支行、乙支行积极参与) join the programme named before them; a
  // unit that takes part in something else (参加了会议) does not.
  { rule: 'runs.joined-after', text: '人民银行湖州市中心支行组织辖内机构开展“整治拒收现金”宣传，农行湖滨支行、建行南浔支行积极参与。', has: ['RUNS 农行湖滨支行 -> 整治拒收现金', 'RUNS 建行南浔支行 -> 整治拒收现金'] },
  { rule: 'runs.joined-after', text: '德清农商银行开展“丰收驿站”宣传，湖州银行参加了会议。', hasNot: ['RUNS 湖州银行 -> 丰收驿站'] },
  // (Units that go out or set up the campaign's desk in a later clause join it too; not where their own programme follows.)
  { rule: 'runs.joined-after', text: '湖州市开展“金融暖心”活动，德清农商银行、农行湖滨支行分别在景区设立服务点。', has: ['RUNS 德清农商银行 -> 金融暖心', 'RUNS 农行湖滨支行 -> 金融暖心'] },
  { rule: 'runs.joined-after', text: '湖州市开展“金融暖心”活动，德清农商银行则开展“丰收驿站”宣传。', hasNot: ['RUNS 德清农商银行 -> 金融暖心'] },
  // 派员参加, 组队参加: a unit that sends its people to take part joins the programme too (“某某”宣传周 names one); a
  // unit that sends them to something else does not.
  { rule: 'runs.joined-after', text: '近日，县银行业协会主办“诚信兴商”宣传周，农行长兴支行派员参加，建行安吉支行组队参加。', has: ['RUNS 农行长兴支行 -> 诚信兴商', 'RUNS 建行安吉支行 -> 诚信兴商'] },
];

const SECOND: Shape[] = [
  { rule: 'runs.joined-after', text: '近日，县银行业协会主办“诚信兴商”宣传周，农行长兴支行派员参加了培训。', hasNot: ['RUNS 农行长兴支行 -> 诚信兴商'] },
  // (The verb may take the programme's own event as its object: a word for any campaign's (参加了活动, 参与了此次活动),
  // or the word its quote is followed by (“春风送岗”招聘会 … 参加招聘会); not a meeting of its own (参加了座谈会).)
  { rule: 'runs.joined-after', text: '区委宣传部组织开展“文明实践月”活动，工行鼓楼支行、农行鼓楼支行、福州农商银行参加了活动。', has: ['RUNS 工行鼓楼支行 -> 文明实践月', 'RUNS 农行鼓楼支行 -> 文明实践月', 'RUNS 福州农商银行 -> 文明实践月'] },
  { rule: 'runs.joined-after', text: '县人社局举办“春风送岗”招聘会，农行南安支行、南安农商银行参加招聘会并设立金融服务台。', has: ['RUNS 农行南安支行 -> 春风送岗', 'RUNS 南安农商银行 -> 春风送岗'] },
  { rule: 'runs.joined-after', text: '市金融办组织开展“金融服务进园区”活动，工行泉州分行、泉州农商银行参加了座谈会。', hasNot: ['RUNS 工行泉州分行 -> 金融服务进园区', 'RUNS 泉州农商银行 -> 金融服务进园区'] },
  { rule: 'runs.joined-after', text: '香港金融管理局推出「商業數據通」，恒生銀行、東亞銀行參與首批試點。', has: ['RUNS 恒生銀行 -> 商業數據通', 'RUNS 東亞銀行 -> 商業數據通'] },
  // A unit that takes part in (响应, 承办) another unit's programme, named right before it, runs it too; a unit that
  // only visits another's programme does not.
  { rule: 'runs.joins-others', text: '近日，农行长兴支行积极响应人民银行“整治拒收现金”专项行动。', has: ['RUNS 农行长兴支行 -> 整治拒收现金', 'RUNS 中国人民银行 -> 整治拒收现金'] },
  { rule: 'runs.joins-others', text: '建行安吉支行承办人民银行安吉县支行“金融知识普及月”启动仪式。', has: ['RUNS 建行安吉支行 -> 金融知识普及月', 'RUNS 人民银行安吉县支行 -> 金融知识普及月'] },
  { rule: 'runs.joins-others', text: '农行长兴支行组织员工参观了工行吴兴支行的“工行驿站”。', hasNot: ['RUNS 农行长兴支行 -> 工行驿站'] },
  // A unit right before a programme, maybe with 的, names whose it is: the unit opening the sentence only visits it or
  // learns from it, and runs nothing.
  // (A unit whose plans the subject carries out, after 落实, 贯彻, 按照 in the same clause, guides it: it runs nothing.)
  { rule: 'runs.subject', text: '德清农商银行认真落实人民银行德清县支行的工作部署，在湖滨社区举办“湖滨暖心课堂”。', has: ['RUNS 德清农商银行 -> 湖滨暖心课堂'], hasNot: ['RUNS 人民银行德清县支行 -> 湖滨暖心课堂'] },
  { rule: 'runs.subject', text: '农行湖滨支行参观了工行吴兴支行的“工行驿站”。', has: ['RUNS 工行吴兴支行 -> 工行驿站'], hasNot: ['RUNS 农行湖滨支行 -> 工行驿站'] },
  { rule: 'runs.subject', text: '农行湖滨支行学习借鉴建行“劳动者港湾”的做法，设立了爱心服务区。', has: ['RUNS 中国建设银行 -> 劳动者港湾'], hasNot: ['RUNS 农行湖滨支行 -> 劳动者港湾'] },
  // (A programme of its own in a later clause, 借鉴乙行“A”的经验，推出“B”: the one that learned runs B, not the one learned from.)
  { rule: 'runs.subject', text: '德清农商银行借鉴工行吴兴支行“工行驿站”的经验，推出“丰收驿站”。', has: ['RUNS 德清农商银行 -> 丰收驿站', 'RUNS 工行吴兴支行 -> 工行驿站'], hasNot: ['RUNS 工行吴兴支行 -> 丰收驿站'] },
  // (With no unit between, 乙支行借鉴“某某”的做法 or 效仿“某某”: the unit only learns from it, in its sentence or as it opens
  // a sentence of a paragraph about that programme; the unit that made it still runs it.)
  { rule: 'runs.subject', text: '工行城东支行打造“工行驿站”。农行城东支行借鉴“工行驿站”的做法，建立了“浓情暖域”服务点。', has: ['RUNS 工行城东支行 -> 工行驿站', 'RUNS 农行城东支行 -> 浓情暖域'], hasNot: ['RUNS 农行城东支行 -> 工行驿站'] },
  { rule: 'runs.subject', text: '农行湖滨支行效仿“劳动者港湾”，在厅堂设立了休息区。', hasNot: ['RUNS 农行湖滨支行 -> 劳动者港湾'] },
  // Units joined before 分别 and as many programmes after it: each unit runs its own, in order (联合 still shares them).
  { rule: 'runs.subject', text: '近日，工行湖州分行、农行湖州分行和建行湖州分行分别开展了“工银课堂”、“农情课堂”及“建行课堂”活动。', has: ['RUNS 工行湖州分行 -> 工银课堂', 'RUNS 农行湖州分行 -> 农情课堂', 'RUNS 建行湖州分行 -> 建行课堂'], hasNot: ['RUNS 工行湖州分行 -> 农情课堂', 'RUNS 工行湖州分行 -> 建行课堂', 'RUNS 农行湖州分行 -> 工银课堂'] },
  { rule: 'runs.subject', text: '工行湖州分行和农行湖州分行联合推出“工银驿站”和“农情驿站”。', has: ['RUNS 工行湖州分行 -> 农情驿站', 'RUNS 农行湖州分行 -> 工银驿站'] },
  { rule: 'runs.subject', text: '“邻里小站”是农行湖滨支行打造的特色服务品牌。', has: ['Programme 邻里小站', 'RUNS 农行湖滨支行 -> 邻里小站'] },
  // Units listed with the first unit after the programme run it with that one.
  { rule: 'runs.subject', text: '在“金融知识进万家”活动中，农行湖滨支行和建行南浔支行联合走进湖滨社区。', has: ['RUNS 农行湖滨支行 -> 金融知识进万家', 'RUNS 建行南浔支行 -> 金融知识进万家'] },
  { rule: 'runs.subject', text: '参加此次“金融杯”篮球赛的有工行吴兴支行、农行湖滨支行等8支队伍。', has: ['RUNS 工行吴兴支行 -> 金融杯', 'RUNS 农行湖滨支行 -> 金融杯'] },
  { rule: 'runs.subject', text: '近日，由九江银行庐山支行、九江银行浔阳支行联合举办的“金融夜校”活动在村里开讲。', has: ['RUNS 九江银行庐山支行 -> 金融夜校', 'RUNS 九江银行浔阳支行 -> 金融夜校'] },
  // A volunteer team named in quotes is a programme (“某某”志愿者, “某某”志愿服务队), its longer form an alias.
  // A period or a policy counted in numerals (“十二五”, “三农”) is no programme; a ranking (“十佳”) still names one.
  // …or the year of this round.
  { rule: 'programme.context', text: '德清农商银行启动2024年“整村授信”工作，年内覆盖全部行政村。', has: ['RUNS 德清农商银行 -> 整村授信'] },
  // A count of sessions, maybe with words of praise and 的, between the verb and the quote.
  { rule: 'programme.context', text: '九江银行城西支行在村文化礼堂举办了一场生动的“田埂金融课”。', has: ['RUNS 九江银行城西支行 -> 田埂金融课'] },
  { rule: 'programme.context', text: '九江银行围绕“十二五”规划，开展“三农”服务，并启动“金融夜校”活动。', has: ['RUNS 九江银行 -> 金融夜校'], hasNot: ['Programme 十二五', 'Programme 三农'] },
  { rule: 'programme.context', text: '农行湖滨支行青年员工带上“防骗小册子”开展志愿服务，走进城南集市。', hasNot: ['Programme 防骗小册子', 'RUNS 农行湖滨支行 -> 防骗小册子'] },
  { rule: 'programme.context', text: '农行湖滨支行为小微企业设立“银企对接微信群”，方便随时咨询。', hasNot: ['Programme 银企对接微信群', 'RUNS 农行湖滨支行 -> 银企对接微信群'] },
  { rule: 'programme.context', text: '德清农商银行举办“乡村振兴金融服务座谈会”，邀请十家企业参加。', hasNot: ['Programme 乡村振兴金融服务座谈会', 'RUNS 德清农商银行 -> 乡村振兴金融服务座谈会'] },
  // A deposit, a certificate, a wallet, a way to pay or an account launched under a quoted name (推出“某某大额存单”,
  // “某某定期存款”, “某某数币钱包”, 推出「某某」戶口) is a product the bank sells, no programme; with a campaign's word
  // after it (“某某存款”宣传活动) the quote still names a campaign.
  { rule: 'programme.context', text: '中行湖州分行推出“中银大额存单”，起存金额20万元。', hasNot: ['Programme 中银大额存单', 'RUNS 中行湖州分行 -> 中银大额存单'] },
  { rule: 'programme.context', text: '邮储银行德清县支行推出“邮储定期存款”和“邮储数币钱包”。', hasNot: ['Programme 邮储定期存款', 'Programme 邮储数币钱包'] },
  { rule: 'programme.context', text: '建行南湖支行推出“个人养老金账户”开户服务；工行湖州分行推出“工银e支付”。', hasNot: ['Programme 个人养老金账户', 'Programme 工银e支付'] },
  { rule: 'programme.context', text: '渣打銀行推出「優先理財」戶口。', hasNot: ['Programme 優先理財', 'RUNS 渣打銀行 -> 優先理財'] },
  { rule: 'programme.context', text: '德清农商银行开展“安心存款”宣传活动。', has: ['RUNS 德清农商银行 -> 安心存款'] },
  // Fields joined by + in quotes are a way of working in real news (“网点+社区”), not a programme, and neither is a
  // formula (推动“产业+金融”深度融合, “1+N”服务体系, “互联网+”).
  { rule: 'programme.context', text: '为响应号召，德清农商银行走进社区开展“金融+党建”宣传活动。', hasNot: ['Programme 金融+党建', 'RUNS 德清农商银行 -> 金融+党建'] },
  { rule: 'programme.context', text: '第一銀行舉辦「金融+公益」嘉年華。', hasNot: ['Programme 金融+公益', 'RUNS 第一商業銀行 -> 金融+公益'] },
  { rule: 'programme.context', text: '九江银行庐山支行推动“产业+金融”深度融合，构建“1+N”服务体系，借助“互联网+”东风，推出“党建+金融+社区”服务模式，并持续推进“党建+服务”。', hasNot: ['Programme 产业+金融', 'Programme 1+N', 'Programme 互联网+', 'Programme 党建+金融+社区', 'Programme 党建+服务'] },
  // A meeting or a course held on a quoted topic (举办“某某”研讨会, 召开“某某”银企对接会, 举办“某某”培训班, 组织“某某”专题
  // 培训): the quote is its topic, no programme; a programme's own name before 培训 stays one (“某某夜校”).
  { rule: 'programme.context', text: '邮储银行湖州市分行举办“普惠金融”研讨会，二十家企业参加。', hasNot: ['Programme 普惠金融', 'RUNS 邮储银行湖州市分行 -> 普惠金融'] },
  { rule: 'programme.context', text: '工行嘉兴分行和中行嘉兴分行共同举办“金融服务实体经济”银企对接会。', hasNot: ['Programme 金融服务实体经济', 'RUNS 工行嘉兴分行 -> 金融服务实体经济'] },
  { rule: 'programme.context', text: '建行南湖支行举办“新员工入职”培训班；农行嘉兴分行组织“反洗钱”专题培训。', hasNot: ['Programme 新员工入职', 'Programme 反洗钱'] },
  { rule: 'programme.context', text: '恒生銀行舉辦「財富管理」研討會。', hasNot: ['Programme 財富管理', 'Programme 财富管理'] },
  { rule: 'programme.context', text: '德清农商银行开展“丰收金融夜校”培训，村民踊跃参加。', has: ['RUNS 德清农商银行 -> 丰收金融夜校'] },
  { rule: 'programme.context', text: '九江农商银行“蓝马甲”志愿者走进社区，为居民讲解反诈知识。', has: ['Programme 蓝马甲', 'RUNS 九江农商银行 -> 蓝马甲'] },
  // (Taiwan's papers part title and subtitle with one hyphen before a quoted subtitle: 「某某園遊會-『某某』」.)
  { rule: 'programme.context', text: '華南銀行將於12月6日舉辦「華南銀行年度公益園遊會-『綠色新日常』」。', has: ['RUNS 華南商業銀行 -> 華南銀行年度公益園遊會'], hasNot: ['Programme 华南银行年度公益园游会-‘绿色新日常’'] },
  { rule: 'programme.context', text: '九江银行庐山支行和某社区在村里启动了“九银消保先锋行——一村一讲堂”主题活动。', has: ['RUNS 九江银行庐山支行 -> 九银消保先锋行'], hasNot: ['Programme 九银消保先锋行——一村一讲堂'] },
  // A lecture, a reading club, a salon, an exhibition or a charity tour held under a quoted name is a programme; a
  // lecture with no quoted name is none.
  { rule: 'programme.context', text: '日前，由农行湖滨支行举办的“翰墨飘香”书画展在营业厅开展。', has: ['RUNS 农行湖滨支行 -> 翰墨飘香'] },
  { rule: 'programme.context', text: '德清农商银行“悦读乡村”读书会走进莫干山镇，三十余名村民参加。', has: ['RUNS 德清农商银行 -> 悦读乡村'] },
  { rule: 'programme.context', text: '九江银行“红烛护苗”公益行走进山区小学，为学生送去书包。', has: ['RUNS 九江银行 -> 红烛护苗'] },
  { rule: 'programme.context', text: '湖州银行邀请专家为小微企业主开展财税讲座。', hasNot: ['Programme 财税讲座'] },
  // 以“小…”+ a verb says how something is done, no programme; 以“…”为载体 still leans on one.
  { rule: 'programme.context', text: '德清农商银行以“小窗口”展现“大服务”，以“微行动”传递“大温暖”，并以“农民课堂”为载体开展宣传。', has: ['RUNS 德清农商银行 -> 农民课堂'], hasNot: ['Programme 微行动', 'RUNS 德清农商银行 -> 微行动'] },
  // A quote right before a word of fraud or of its bait (骗局, 投资) names the lure of a scam, no programme.
  { rule: 'programme.context', text: '德清农商银行工作人员提醒村民警惕“刷单返利”骗局，切勿参与“高息回报”投资，并开展“守护钱袋子”宣传活动。', has: ['RUNS 德清农商银行 -> 守护钱袋子'], hasNot: ['Programme 刷单返利', 'Programme 高息回报'] },
  // Quotes listed before 等评选 are the titles the selection confers, not programmes.
  { rule: 'programme.context', text: '农行湖滨支行通过开展“金牌讲师”“岗位能人”等评选，激励青年员工，并推出“暖心驿站”服务品牌。', has: ['RUNS 农行湖滨支行 -> 暖心驿站'], hasNot: ['Programme 金牌讲师', 'RUNS 农行湖滨支行 -> 金牌讲师', 'Programme 岗位能人'] },
  // An occasion, 暨, then the event held on it: the event names the programme, the whole quote is another name of it.
  { rule: 'programme.context', text: '德清农商银行联合湖滨小学举办“庆祝建队75周年暨红领巾金融小课堂”活动。', has: ['RUNS 德清农商银行 -> 红领巾金融小课堂'], hasNot: ['Programme 庆祝建队75周年暨红领巾金融小课堂'] },
  { rule: 'branch.anchored', text: '农业银行安徽宣城泾县城关支行开展宣传。客户专程来到农业银行泾县城关支行致谢。', has: ['Branch 农业银行安徽宣城泾县城关支行'], hasNot: ['Branch 农业银行泾县城关支行'] },
  { rule: 'person.speaker', text: '甘立群笑着说，这是应该做的。', has: ['Person 甘立群'] },
  { rule: 'person.speaker', text: '“我们还要做得更好。”韩梅谦虚地说。', has: ['Person 韩梅'] },
  { rule: 'person.speaker', text: '“好。”大家高兴地说。', hasNot: ['Person 大家'] },
  { rule: 'person.speaker', text: '对此，大家表示，这是应该做的。', hasNot: ['Person 大家'] },
  { rule: 'person.titled', text: '龚晓岚（左一）向客户讲解防诈知识。', has: ['Person 龚晓岚'] },
  // (After a post, a word that is mostly no name before a place in a photo is one: 柜员文静（右二）, 行长高峰（中）; a
  // preposition and a noun are none, 柜员向客户（右一）.)
  { rule: 'person.after-role', text: '工行江北支行柜员文静（右二）耐心为客户办理业务。', has: ['WORKS_AT 文静 -> 工行江北支行 [柜员]'] },
  { rule: 'person.after-role', text: '建行滨江支行行长高峰（中）与企业负责人交流。', has: ['WORKS_AT 高峰 -> 建行滨江支行 [行长]'] },
  { rule: 'person.after-role', text: '工行江北支行柜员向客户（右一）讲解防诈知识。', hasNot: ['Person 向客户'] },
  { rule: 'person.before-role', text: '合影中，九江银行谢长融总经理（右二）、郭文香资深协理（右一）与客户站在一起。', has: ['Person 郭文香', 'WORKS_AT 谢长融 -> 九江银行 [总经理]', 'WORKS_AT 郭文香 -> 九江银行 [协理]'] },
  { rule: 'works_at.unit-role-name', text: '九江银行营业部总经理助理龚晓岚出席。', has: ['WORKS_AT 龚晓岚 -> 九江银行营业部 [总经理助理]'] },
  { rule: 'works_at.unit-role-name', text: '九江银行董事会秘书龚晓岚出席。', has: ['WORKS_AT 龚晓岚 -> 九江银行 [董事会秘书]'] },
  { rule: 'works_at.unit-role-name', text: '臺灣銀行南港分行理專林如慧發現異狀。', has: ['Person 林如慧', 'WORKS_AT 林如慧 -> 臺灣銀行南港分行 [理專]'] },
  // Joining a unit: 加入, 考入 alone; 进入, 来到 only with 工作 after the unit (a customer 进入网点 too).
  { rule: 'works_at.person-unit-role', text: '2012年，甘立群进入农行东坡支行工作。', has: ['Person 甘立群', 'WORKS_AT 甘立群 -> 农行东坡支行'] },
  { rule: 'works_at.person-unit-role', text: '毕业后，柯文斌就进入了邮储银行工作。', has: ['WORKS_AT 柯文斌 -> 中国邮政储蓄银行'], hasNot: ['Person 柯文斌就'] },
  // A year written in characters, as Hong Kong and Taiwan news write it, before a verb of joining (於一九九八年加入,
  // 二〇一〇年加入); joining something of the unit's (加入某銀行的「長者理財會」, 的信用卡会员计划) is not joining the unit.
  { rule: 'works_at.person-unit-role', text: '現年五十歲的李志強於一九九八年加入恒生銀行，歷任分行經理、區域主管。', has: ['WORKS_AT 李志強 -> 恒生銀行'] },
  { rule: 'works_at.person-unit-role', text: '黃美玲二〇一〇年加入玉山銀行，擔任理財專員。', has: ['WORKS_AT 黃美玲 -> 玉山商業銀行'] },
  { rule: 'person.before-unit-post', text: '現年六十歲的陳美玲去年加入東亞銀行的「長者理財會」，成為會員。', has: ['Person 陳美玲'], hasNot: ['WORKS_AT 陳美玲 -> 東亞銀行'] },
  { rule: 'works_at.person-unit-role', text: '王晓明2008年加入招商银行的大家庭，从柜员做起。', has: ['WORKS_AT 王晓明 -> 招商银行'] },
  { rule: 'works_at.person-unit-role', text: '施晓燕2009年加入渤海银行，先后在三个网点工作。', has: ['Person 施晓燕', 'WORKS_AT 施晓燕 -> 渤海银行'] },
  { rule: 'works_at.person-unit-role', text: '那年，饶建平考入九江银行庐山支行。', has: ['WORKS_AT 饶建平 -> 九江银行庐山支行'] },
  { rule: 'works_at.person-unit-role', text: '上午，储户葛志明进入建行浔阳支行办理业务。', hasNot: ['WORKS_AT 葛志明 -> 建行浔阳支行'] },
  // 任 and a department's post that ends the clause, however jieba glued the name to 任.
  { rule: 'person.appointed', text: '近日，广发银行多个部门负责人调整：李文荣任公司金融总部总经理，郑洁任运营管理部总经理。', has: ['Person 李文荣', 'Person 郑洁'], hasNot: ['Person 李文'] },
  { rule: 'person.appointed', text: '任务艰巨，王强任劳任怨。', hasNot: ['Person 王强'] },
  // Adverbs of time between the name and the verb (此前任, 将出任, 已正式就任).
  // A department's post with no unit after the verb: the unit named before the person.
  { rule: 'works_at.appointed-department', text: '今年以来，九江银行多个部门负责人出现调整：柯立新任零售金融总部总经理，龚晓岚任公司业务部副总经理。', has: ['WORKS_AT 柯立新 -> 九江银行 [总经理]', 'WORKS_AT 龚晓岚 -> 九江银行 [副总经理]'] },
  { rule: 'works_at.appointed', text: '据悉，柯立新将出任九江银行庐山支行零售部总经理。', has: ['WORKS_AT 柯立新 -> 九江银行庐山支行 [总经理]'], hasNot: ['WORKS_AT 柯立新 -> 九江银行 [总经理]'] },
  // A career told as one long list of posts joined by 、 (历任 …、…、…等职).
  { rule: 'works_at.appointed', text: '浦发银行副行长韦嘉明今日到任。1996年起，韦嘉明历任浦发银行宁波分行风险管理处副处长、温州分行行长、宁波分行副行长、杭州分行主要负责人、杭州分行行长、南京分行主要负责人、南京分行行长等职。', has: ['WORKS_AT 韦嘉明 -> 浦发银行南京分行 [行长]', 'WORKS_AT 韦嘉明 -> 浦发银行温州分行 [行长]'] },
  { rule: 'works_at.appointed', text: '葛立新此前任广发银行佛山分行行长。', has: ['WORKS_AT 葛立新 -> 广发银行佛山分行 [行长]'] },
  { rule: 'works_at.appointed', text: '据悉，葛立新将出任广发银行佛山分行行长。', has: ['WORKS_AT 葛立新 -> 广发银行佛山分行 [行长]'] },
  { rule: 'works_at.appointed', text: '监管部门已核准其任职资格，江兵已正式就任广发银行副行长。', has: ['WORKS_AT 江兵 -> 广发银行 [副行长]'], hasNot: ['Person 江兵已'] },
  { rule: 'works_at.appointed', text: '葛立新此前任务繁重，无暇顾及广发银行佛山分行的事。', hasNot: ['Person 葛立新'] },
  { rule: 'works_at.appointed', text: '蔡立民自2016年担任中信银行九江分行行长以来，分行存款翻了一番。', has: ['WORKS_AT 蔡立民 -> 中信银行九江分行 [行长]'] },
  { rule: 'person.profile', text: '她叫覃小燕，是农商银行湖口支行的大堂经理。', has: ['Person 覃小燕', 'WORKS_AT 覃小燕 -> 农商银行湖口支行 [大堂经理]'] },
  { rule: 'person.after-unit', text: '华夏银行九江分行的“老黄牛”甘立群已在柜台坚守20年。', has: ['Person 甘立群', 'WORKS_AT 甘立群 -> 华夏银行九江分行'] },
  { rule: 'person.after-unit', text: '九江银行庐山支行的饶建平就是这样一位“贴心人”。', has: ['WORKS_AT 饶建平 -> 九江银行庐山支行'] },
  { rule: 'person.after-unit', text: '九江银行庐山支行的周到服务是出了名的。', hasNot: ['Person 周到'] },
  { rule: 'person.after-unit', text: '正如工行余姚支行的周来顺所说，服务没有终点。', has: ['WORKS_AT 周来顺 -> 工行余姚支行'] },
  { rule: 'person.speaker', text: '“服务无小事。”孙建平说。', has: ['Person 孙建平'] },
  { rule: 'person.titled', text: '客户赵建国专程送来锦旗。', has: ['Person 赵建国'] },
  // Right after a noun for a member of the public, a name read from the text whatever jieba's cut: its surname glued to
  // the noun (客户王/n 大明/nz), alone with any tag but a function word's (刘/zg 春花/n, 郑/ns 国庆/t, 许/m 长生/n), the noun
  // split (种植/v 户/q), or the name glued to the noun's end inside another word (果/ng 农田/n 大勇/x); its last character
  // glued to a speech verb or a function word (赵德/明说, 李美华向/x). A customer is no one of the bank.
  { rule: 'person.titled', text: '农行湖滨支行柜员李娜为客户王大明办理了挂失。', has: ['Person 王大明', 'WORKS_AT 李娜 -> 农行湖滨支行 [柜员]'], hasNot: ['WORKS_AT 王大明 -> 农行湖滨支行'] },
  { rule: 'person.titled', text: '市民刘春花对工作人员表示感谢。', has: ['Person 刘春花'] },
  { rule: 'person.titled', text: '种植户郑国庆表示，有了这笔贷款心里踏实了。', has: ['Person 郑国庆'] },
  { rule: 'person.titled', text: '农户许长生说，贷款手续很简单。', has: ['Person 许长生'] },
  { rule: 'person.titled', text: '果农田大勇在果园里告诉记者，贷款到账了。', has: ['Person 田大勇'] },
  { rule: 'person.titled', text: '外卖小哥林东东在网点歇脚喝水。', has: ['Person 林东东'] },
  { rule: 'person.titled', text: '乡亲赵德明说，这是党的好政策。', has: ['Person 赵德明'], hasNot: ['Person 赵德'] },
  { rule: 'person.titled', text: '建行湖滨支行的客户刘春生表示，理财收益不错。', has: ['Person 刘春生'], hasNot: ['WORKS_AT 刘春生 -> 建行湖滨支行'] },
  // (More nouns for the public: 车主, 投资者, 低保户, 创业者, 长者, 民众, 老翁, 家庭主妇; 员警 and 警员, Taiwan's police.)
  { rule: 'person.titled', text: '车主谢志远在网点办理了ETC。', has: ['Person 谢志远'] },
  { rule: 'person.titled', text: '低保户廖金花在工作人员帮助下领到了补贴。', has: ['Person 廖金花'] },
  { rule: 'person.titled', text: '民眾林美玲向華南銀行求助。', has: ['Person 林美玲'] },
  { rule: 'person.titled', text: '澳門居民梁國強在大西洋銀行辦理了業務。', has: ['Person 梁國強'] },
  { rule: 'person.titled', text: '家庭主婦李美華向行員求助。', has: ['Person 李美華'], hasNot: ['Person 李美華向'] },
  { rule: 'person.speaker', text: '台中分局員警張家豪表示，民眾要提高警覺。', has: ['Person 張家豪'] },
  { rule: 'person.titled', text: '員警陳冠宇與台新銀行行員合力阻詐。', has: ['Person 陳冠宇'], hasNot: ['WORKS_AT 陳冠宇 -> 台新國際商業銀行'] },
  // (No name: a word jieba knows whole after the noun, 村民代表, 储户资金; a given name in words of another kind, 老人来/v
  // 网点/n; a form of address after a surname, 王老板, 王教授.)
  { rule: 'person.titled', text: '村民代表在会上发言，储户资金安全得到保障。', hasNot: ['Person 代表在', 'Person 资金安'] },
  { rule: 'person.titled', text: '老人来网点要转账给“网友”。', hasNot: ['Person 来网点'] },
  { rule: 'person.titled', text: '商户王老板说，专家王教授的讲座很实用。', hasNot: ['Person 王老板', 'Person 王教授'] },
  // A full name right before a word for an elder (王秀英老人, 为刘淑珍老人办理, 张德顺大爷, 諸葛文華老先生): a member of the
  // public, read from the text; no word runs into it on either side (关爱孤寡老人, 帮助独居老人), and a surname alone
  // with the word (陈大爷) is no name.
  { rule: 'person.titled', text: '王秀英老人在网点取钱时遇到了困难。', has: ['Person 王秀英'] },
  { rule: 'person.titled', text: '农行湖滨支行员工上门为刘淑珍老人办理了社保卡激活。', has: ['Person 刘淑珍'], hasNot: ['WORKS_AT 刘淑珍 -> 农行湖滨支行'] },
  { rule: 'person.titled', text: '邮储银行员工帮助张德顺大爷找回了存折。', has: ['Person 张德顺'] },
  { rule: 'person.titled', text: '諸葛文華老先生在分行開戶。', has: ['Person 諸葛文華'] },
  { rule: 'person.titled', text: '关爱孤寡老人，帮助独居老人，陈大爷和八旬老人都来了。', hasNot: ['Person 爱孤寡', 'Person 助独居', 'Person 陈大爷'] },
  { rule: 'person.pos-marked', text: '雷锋的事迹感动了一代人。雷锋的故事讲了六十年。', has: ['Person 雷锋'] },
  { rule: 'person.pos', text: '工行鞍山分行员工王建华入职十年。王建华每天最早到岗。', has: ['Person 王建华'] },
  { rule: 'person.photo-credit', text: '新网点开业当天人流不断。 张立 摄', has: ['Person 张立'] },
  { rule: 'person.byline', text: '建行网点走进社区\n\n本报讯（记者 周海 通讯员 白建平）建行蚌埠分行走进社区开展宣传。', has: ['Person 周海', 'Person 白建平', 'AUTHORED 周海 -> article [记者]', 'AUTHORED 白建平 -> article [通讯员]'] },
  { rule: 'product.quoted', text: '农行推出“惠农e贷”产品。', has: ['Product 惠农e贷'], hasNot: ['Programme 惠农e贷'] },
  // A quoted name ending as a loan does (…贷, …贷款) after a verb of launching is a product (开展“某某贷”活动 is still a
  // campaign: the programme grid).
  { rule: 'product.quoted', text: '德清农商银行同步推出“茶园抵押贷”，解决茶农融资难题。', has: ['Product 茶园抵押贷'], hasNot: ['Programme 茶园抵押贷', 'RUNS 德清农商银行 -> 茶园抵押贷'] },
  { rule: 'product.quoted', text: '农行湖滨支行开办“返乡创业贷款”，已为多名青年发放资金。', has: ['Product 返乡创业贷款'], hasNot: ['Programme 返乡创业贷款'] },
  // A card a bank issues is a product as a loan is (“某某卡”); a card a unit hands out to reach it (“某某联系卡”) stays
  // its service; a code a merchant is paid through (“某某”收款码) is a product.
  { rule: 'product.quoted', text: '德清农商银行推出“丰收家园卡”，持卡村民可享受免费体检。', has: ['Product 丰收家园卡'], hasNot: ['Programme 丰收家园卡', 'RUNS 德清农商银行 -> 丰收家园卡'] },
  { rule: 'product.quoted', text: '湖州银行推出“湖银快付”收款码，方便商户收款。', has: ['Product 湖银快付'], hasNot: ['Programme 湖银快付'] },
  // A wealth plan or a fund sold under a name in 宝 (推出“薪金宝”), and a quote named as a line of business after it
  // (推出“跨境e汇”业务): a product; a programme's kind after the quote (“某某宝”宣传活动) still names a campaign.
  { rule: 'product.quoted', text: '工行城东支行推出“薪金宝”，客户资金随用随取。', has: ['Product 薪金宝'], hasNot: ['Programme 薪金宝'] },
  { rule: 'product.quoted', text: '中行湖滨支行推出“跨境e汇”业务，方便外贸企业结算。', has: ['Product 跨境e汇'], hasNot: ['Programme 跨境e汇'] },
  { rule: 'programme.context', text: '工行城东支行开展“守护钱袋宝”宣传活动。', has: ['Programme 守护钱袋宝', 'RUNS 工行城东支行 -> 守护钱袋宝'] },
  { rule: 'programme.context', text: '德清农商银行推出“丰收连心卡”，卡上印有客户经理的电话。', has: ['RUNS 德清农商银行 -> 丰收连心卡'] },
  { rule: 'honour.embedded-quote', text: '工行营口分行支持的企业获评专精特新“小巨人”企业。', has: ['Honour 专精特新“小巨人”企业'] },
  { rule: 'honour.dictionary', text: '工行营口分行荣获全国文明单位。', has: ['Honour 全国文明单位', 'RECEIVED 工行营口分行 -> 全国文明单位'] },
  // 先进集体和个人: the class of those honoured, not an honour's name.
  { rule: 'honour.dictionary', text: '宁波银行余姚支行召开年度总结会，表彰了一批先进集体和个人。', hasNot: ['Honour 先进集体'] },
  { rule: 'honour.shape', text: '交行扬州分行获得“江苏省工人先锋号”。', has: ['Honour 江苏省工人先锋号', 'RECEIVED 交行扬州分行 -> 江苏省工人先锋号'] },
  { rule: 'programme.dictionary', text: '工行鞍山分行的工行驿站全天开放。', has: ['Programme 工行驿站', 'RUNS 工行鞍山分行 -> 工行驿站'] },
  { rule: 'honour.context', text: '中行苏州分行被授予“金融服务标兵单位”称号。', has: ['Honour 金融服务标兵单位', 'RECEIVED 中行苏州分行 -> 金融服务标兵单位'] },
  // An unquoted honour after a trigger runs over the 等 of 一等奖; 本次 points at the event and is no part of it.
  { rule: 'honour.after-trigger', text: '九江银行合唱队荣获全市职工合唱比赛一等奖。', has: ['RECEIVED 九江银行 -> 全市职工合唱比赛一等奖'] },
  // A work named in the clause (《…》获得) received it, not the article's unit.
  { rule: 'honour.after-trigger', text: '九江银行举办征文大赛\n\n读者刘敏凭《柜台边的春天》荣获本次征文大赛一等奖。', has: ['Honour 征文大赛一等奖'], hasNot: ['Honour 本次征文大赛一等奖', 'RECEIVED 九江银行 -> 征文大赛一等奖'] },
  // Units counted with 间 (設有3間分行), and a job word that starts with a surname (农金员), name no unit and no one.
  { rule: 'branch.suffix', text: '东亚银行目前在华南开设了3间分行、18间支行。老周现为开发区支行农金员。', has: ['Bank 東亞銀行', 'Branch 东亚银行开发区支行'], hasNot: ['Branch 东亚银行3间分行', 'Branch 東亞銀行3间分行', 'Branch 东亚银行为开发区支行', 'Person 农金员'] },
  // Words that pick out units (部分支行) or name people (告知老人支行可以…) name no unit; 紀姓 and 来了 name no one.
  { rule: 'branch.suffix', text: '中行湖滨支行大堂经理提醒老人支行能提供上门服务。部分支行开展了反假知识竞答。湖滨支行来了一位特殊客户，是纪姓行员接待的。', has: ['Branch 中行湖滨支行'], hasNot: ['Branch 中行老人支行', 'Branch 中行部分支行', 'Person 来了', 'Person 纪姓'] },
  // 某 hides a unit's name (贵阳某支行); a count (川渝两分行) and 兄弟 (兄弟分行) name none.
  { rule: 'branch.anchored', text: '据贵州银行贵阳某支行工作人员介绍，情况属实。交行川渝两分行签署协议，兄弟分行也派人参加。交行重庆分行行长柯立出席。', has: ['Branch 交行重庆分行'], hasNot: ['Branch 贵州银行贵阳某支行', 'Branch 交行川渝两分行', 'Branch 交行兄弟分行'] },
  // Words before a unit that no name holds: a post held in turn (历任), a rank (第三大), a clause glued by 地.
  { rule: 'branch.suffix', text: '林文涛1998年进入交行，历任支行行长、分行副行长。他说，沿江支行是交行第三大支行。客户神情紧张地问信用社柜员怎么办。', has: ['Branch 交行沿江支行'], hasNot: ['Branch 历任支行', 'Branch 交行历任支行', 'Branch 第三大支行', 'Branch 交行第三大支行', 'Branch 神情紧张地问信用社', 'Branch 交行客户神情紧张地问信用社'] },
  // 支行长 is a post, not a unit; a kind of outlet (特色支行, 网点支行) names none.
  { rule: 'branch.anchored', text: '九江银行庐山支行暖心服务\n\n九江银行庐山支行作为老年服务特色支行，全力服务老年人。网点主管立即向网点支行长说明情况。该支行长期坚持服务三农。', has: ['Branch 九江银行庐山支行'], hasNot: ['Branch 九江银行特色支行', 'Branch 九江银行网点支行'] },
  // A count before the suffix says how many units, not which: no branch.
  { rule: 'branch.anchored', text: '农行丹凤三个支行开展宣传。', hasNot: ['Branch 农行丹凤三个支行'] },
  { rule: 'branch.anchored', text: '工行余姚第三支行开展宣传。', has: ['Branch 工行余姚第三支行'] },
  // 该行城西支行: the anaphor says whose unit follows; it is no unit of its own (nor the one before it).
  { rule: 'runs.subject', text: '九江银行开展金融知识宣传\n\n九江银行庐山支行近日开展“金融知识进万家”宣传活动。该行濂溪支行积极参与“百名行长进千企”活动。', has: ['RUNS 九江银行濂溪支行 -> 百名行长进千企'], hasNot: ['RUNS 九江银行庐山支行 -> 百名行长进千企'] },
  // One quote that lists programmes or honours (如“A、B、C”等): each item is one.
  { rule: 'programme.context', text: '九江银行推出多项接地气的活动，如“金融知识赶庙会、方言讲消保、金融快板”等，让宣传走进村里。', has: ['RUNS 九江银行 -> 金融知识赶庙会', 'RUNS 九江银行 -> 方言讲消保', 'RUNS 九江银行 -> 金融快板'] },
  { rule: 'honour.context', text: '九江银行庐山支行荣获“全国文明单位、青年文明号”等称号。', has: ['RECEIVED 九江银行庐山支行 -> 全国文明单位', 'RECEIVED 九江银行庐山支行 -> 青年文明号'], hasNot: ['Honour 全国文明单位、青年文明号'] },
  // A quoted name that was held, or that names a day or a selection of its own, is a programme.
  { rule: 'programme.context', text: '九江银行“浔阳江畔话理财”顺利举行，吸引了百余名市民参加。', has: ['RUNS 九江银行 -> 浔阳江畔话理财'] },
  // A quoted name ending in 杯 (two characters or more before it) is a contest named by its cup, whatever words come
  // between it and the contest's kind; a cup won after a verb of receiving stays an honour. (With a mark of its own
  // and a verb of holding, the contest is named whole, the cup its alias: “金穗杯”青少年书法大赛.)
  { rule: 'programme.context', text: '由农行长兴支行主办的“金穗杯”青少年书法大赛近日落幕。', has: ['RUNS 农行长兴支行 -> “金穗杯”青少年书法大赛'] },
  { rule: 'programme.context', text: '农行长兴支行荣获“金杯”奖。', hasNot: ['Programme 金杯'] },
  // A headline's “某某”在行动: the campaign under way, run by the unit the body names; with no unit of a bank, no
  // programme.
  { rule: 'programme.context', text: '“金融助残”在行动\n近日，农行长兴支行员工上门为残疾客户办理业务。', has: ['RUNS 农行长兴支行 -> 金融助残'] },
  { rule: 'programme.context', text: '“守护钱袋子”在行动\n近日，县公安局民警走进社区开展宣传。', hasNot: ['Programme 守护钱袋子'] },
  { rule: 'programme.context', text: '九江银行“浔阳江畔话理财”公益日在社区举行。', has: ['RUNS 九江银行 -> 浔阳江畔话理财'] },
  // A quote shaped as an honour before a contest names the contest (“十佳”劳动竞赛活动); a programme's kind right
  // before a quote makes it a programme (春节主题活动“…”).
  // An honour of a campaign (全国“某某”普惠金融行动组织工作先进集体): the quote, followed by a programme's kind, names the
  // campaign, which its recipient took part in.
  { rule: 'programme.embedded-quote', text: '农行湖滨支行被授予全国“助企春风”普惠金融行动组织工作先进集体荣誉，这是该行首次获此殊荣。', has: ['Honour 全国“助企春风”普惠金融行动组织工作先进集体', 'RUNS 农行湖滨支行 -> 助企春风'] },
  { rule: 'programme.embedded-quote', text: '建行滨江分行启动“十佳”劳动竞赛活动。', has: ['RUNS 建行滨江分行 -> “十佳”劳动竞赛活动'], hasNot: ['Programme 十佳', 'RUNS 建行滨江分行 -> 十佳'] },
  { rule: 'programme.context', text: '邮储银行九江分行推出了包括春节主题活动“金兔送福到万家”在内的多项服务。', has: ['Programme 金兔送福到万家'] },
  { rule: 'programme.embedded-quote', text: '九江银行庐山支行启动“庐山新风”十佳新人新事评选，全行员工踊跃参与。', has: ['RUNS 九江银行庐山支行 -> “庐山新风”十佳新人新事评选'] },
  // A bank's name that jieba cuts in words of its own is no part of an honour's name after it.
  { rule: 'programme.context', text: '大新銀行「關愛長者」企業志工日在社區舉行。', has: ['RUNS 大新銀行 -> 關愛長者'], hasNot: ['Honour 大新銀行「關愛長者」企業'] },
  // Charity brands, funds for pupils, charity drives and bases a unit set up, by the end of the quoted name.
  { rule: 'programme.context', text: '九江银行组织员工参与“庐山公益日”“爱心书包慈善募捐”等活动。', has: ['RUNS 九江银行 -> 庐山公益日', 'RUNS 九江银行 -> 爱心书包慈善募捐'] },
  { rule: 'programme.context', text: '九江银行在多所中学开设“浔阳助学班”“浔阳之光奖学金”，资助贫困学生。', has: ['RUNS 九江银行 -> 浔阳之光奖学金'] },
  { rule: 'programme.context', text: '“九银公益”已帮扶300名学生。九江银行还成立“金融素养实践基地”。', has: ['Programme 九银公益', 'RUNS 九江银行 -> 金融素养实践基地'] },
  { rule: 'programme.context', text: '建行蚌埠分行推行“晨会分享”“师徒结对”等服务工程。', has: ['Programme 晨会分享', 'Programme 师徒结对', 'RUNS 建行蚌埠分行 -> 师徒结对'] },
  { rule: 'programme.context', text: '邮储银行大连分行开展“节约用水”“文明出行”等主题活动。', hasNot: ['Programme 节约用水', 'Programme 文明出行'] },
  { rule: 'programme.context', text: '九江银行举办“百佳争鸣——文明服务颁奖典礼”。', hasNot: ['Programme 百佳争鸣——文明服务颁奖典礼'] },
  { rule: 'programme.context', text: '工行营口分行通过“扫码领礼品”等趣味活动吸引客户。', hasNot: ['Programme 扫码领礼品'] },
  { rule: 'programme.context', text: '恒生银行携手社区中心合作“长者同行”公益行动。', has: ['Programme 长者同行', 'RUNS 恒生銀行 -> 长者同行'] },
  { rule: 'programme.context', text: '泰隆银行通过“乡村夜校”和“行长讲堂”服务村民。', has: ['Programme 乡村夜校', 'Programme 行长讲堂'] },
  { rule: 'programme.embedded-quote', text: '泰隆银行丽水分行积极开展“邻里守望”社区金融宣讲活动。', has: ['Programme “邻里守望”社区金融宣讲活动'], hasNot: ['Programme 积极开展“邻里守望”社区金融宣讲活动'] },
  // A match named by the words for one after the quote (…友谊赛, …邀请赛, …球赛) is the programme, the quote another name.
  { rule: 'programme.embedded-quote', text: '中行湖州分行举办“中银杯”职工乒乓球友谊赛。', has: ['RUNS 中行湖州分行 -> “中银杯”职工乒乓球友谊赛'] },
  // After a verb of launching, a quote that only says what a check, an appeal, a mechanism or a rally is about, or
  // names a bank's channel or a savings product, is no programme; nor a rule of work ending in …负责制.
  { rule: 'programme.context', text: '农行湖滨支行开展“双录”检查，并启动“暖心驿站”服务。', has: ['RUNS 农行湖滨支行 -> 暖心驿站'], hasNot: ['Programme 双录'] },
  { rule: 'programme.context', text: '邮储银行湖州市分行发起“我是反诈宣传员”倡议，并开展“金融夜校”活动。', has: ['RUNS 邮储银行湖州市分行 -> 金融夜校'], hasNot: ['Programme 我是反诈宣传员'] },
  { rule: 'programme.context', text: '湖州银行举办“开门红”誓师大会，并启动“湖银课堂”。', has: ['RUNS 湖州银行 -> 湖银课堂'], hasNot: ['Programme 开门红'] },
  { rule: 'programme.context', text: '德清农商银行推出“丰收互联”手机银行，并开展“丰收驿站”服务。', has: ['RUNS 德清农商银行 -> 丰收驿站'], hasNot: ['Programme 丰收互联'] },
  { rule: 'programme.context', text: '农行湖滨支行推出“安心存”储蓄产品。中行南浔支行启动“首问负责制”。', hasNot: ['Programme 安心存', 'Programme 首问负责制'] },
  // A campaign named after its day goes on past the day (“3·15某某宣传周”); a quote of the day alone stays out.
  { rule: 'programme.context', text: '3月15日，中行西湖支行举办“3·15消费者权益保护教育宣传周”活动。', has: ['RUNS 中行西湖支行 -> 3·15消费者权益保护教育宣传周'] },
  { rule: 'programme.context', text: '中行西湖支行开展“3·15”国际消费者权益日宣传，并启动“金融夜校”。', has: ['RUNS 中行西湖支行 -> 金融夜校'], hasNot: ['Programme 3·15'] },
  // A programme the dictionary knows keeps its own name before words of a campaign of its own (“金融知识进万家”
  // 志愿服务宣传月活动): the campaign's words are another name of it.
  { rule: 'programme.embedded-quote', text: '德清农商银行在全辖开展了“金融知识进万家”志愿服务宣传月活动。', has: ['Programme 金融知识进万家', 'RUNS 德清农商银行 -> 金融知识进万家'], hasNot: ['Programme “金融知识进万家”志愿服务宣传月活动'] },
  { rule: 'programme.embedded-quote', text: '泰隆银行丽水分行开展“普及金融常识,守好养老钱包”金融知识宣讲活动。', has: ['RUNS 泰隆银行丽水分行 -> 普及金融常识,守好养老钱包'], hasNot: ['Programme “普及金融常识,守好养老钱包”金融知识宣讲活动'] },
  { rule: 'programme.embedded-quote', text: '泰隆银行丽水分行举办“邻里守望”社区金融开放日活动。', has: ['Programme “邻里守望”社区金融开放日活动', 'RUNS 泰隆银行丽水分行 -> “邻里守望”社区金融开放日活动'] },
  // (A verb of launching after the quote ends the name there: “某某”平台开展…服务 is the platform, then what was done.)
  { rule: 'programme.context', text: '湖州银行依托“湖银驿站”平台开展助老服务。', has: ['RUNS 湖州银行 -> 湖银驿站'], hasNot: ['Programme “湖银驿站”平台开展助老服务', 'Programme 湖银驿站平台开展助老服务'] },
  { rule: 'programme.context', text: '第一銀行依託「一銀e講堂」平台舉辦理財講座。', has: ['Programme 一銀e講堂'], hasNot: ['Programme “一銀e講堂”平台舉辦理財講座'] },
  // A count or a word of time after the quote (今年共资助二十个项目, 累计开展三十场活动) starts a clause of what the
  // programme did: the quote alone is its name.
  { rule: 'programme.context', text: '東山農商銀行推出的「鄰里同行計劃」今年共資助二十個項目。', has: ['RUNS 東山農商銀行 -> 鄰里同行計劃'], hasNot: ['Programme “鄰里同行計劃”今年共資助二十個項目'] },
  { rule: 'programme.context', text: '德清农商银行的“乡村振兴伙伴计划”累计开展三十场活动。', has: ['RUNS 德清农商银行 -> 乡村振兴伙伴计划'] },
  { rule: 'programme.context', text: '日照银行近日面向少年儿童组织“小小银行家”主题活动。', has: ['Programme 小小银行家'], hasNot: ['Programme “小小银行家”主题活动'] },
  { rule: 'branch.suffix', text: '各银行常德分行行长参加了会议。', hasNot: ['Branch 银行常德分行', 'Branch 农行银行常德分行'] },
  { rule: 'programme.context', text: '今年“六 · 一”儿童节，大丰银行举办“快乐童年”活动。', has: ['Programme 快乐童年'], hasNot: ['Programme 六 · 一', 'Programme 六 · 一儿童节'] },
  { rule: 'programme.context', text: '民生银行绍兴分行推出“民生”服务活动。', hasNot: ['Programme 民生'] },
  { rule: 'programme.context', text: '工行无锡分行开展“金融夜校”活动。', has: ['Programme 金融夜校', 'RUNS 工行无锡分行 -> 金融夜校'] },
  { rule: 'honour.after-trigger', text: '建行秦皇岛分行荣获优质服务奖。', has: ['Honour 优质服务奖', 'RECEIVED 建行秦皇岛分行 -> 优质服务奖'] },
  // 授予 + the recipients + the honour: the unit is no honour, the unquoted award after its count is.
  { rule: 'honour.after-trigger', text: '市政府决定，授予中国银行股份有限公司嘉兴分行等6家金融机构2021年度市长金融创新奖。', has: ['Honour 市长金融创新奖', 'RECEIVED 中国银行股份有限公司嘉兴分行 -> 市长金融创新奖 (2021)'], hasNot: ['Honour 中国银行股份有限公司嘉兴分行', 'Person 金融创新奖'] },
  // Names listed, then counted as honours (两个奖项, 等三项大奖): every name of the list, without the count.
  { rule: 'honour.after-trigger', text: '在今年的评选中，德清农商银行一举荣获最佳服务和最佳创新两个奖项。', has: ['RECEIVED 德清农商银行 -> 最佳服务', 'RECEIVED 德清农商银行 -> 最佳创新'], hasNot: ['Honour 最佳创新两个奖项'] },
  { rule: 'honour.after-trigger', text: '德清农商银行获得最佳服务、最佳创新等三项大奖。', has: ['RECEIVED 德清农商银行 -> 最佳服务', 'RECEIVED 德清农商银行 -> 最佳创新'] },
  { rule: 'honour.shape-unquoted', text: '中行连云港分行是连云港市青年文明号集体。', has: ['Honour 连云港市青年文明号'] },
  { rule: 'org.suffix', text: '工行鞍山分行与阳光保险公司签约。', has: ['Organization 阳光保险公司'] },
  { rule: 'org.suffix', text: '嘉兴银行同业公会组织开展“诚信服务月”活动，农行嘉兴分行参加。', has: ['Organization 嘉兴银行同业公会'], hasNot: ['Bank 嘉兴银行', 'Organization 同业公会'] },
  { rule: 'org.suffix', text: '臺灣銀行公會昨日舉辦防詐講座，合作金庫銀行派員參加。', has: ['Organization 臺灣銀行公會'], hasNot: ['Bank 臺灣銀行'] },
  { rule: 'bank.alias', text: '由香港銀行學會主辦的講座昨日舉行，恒生銀行派員參加。', has: ['Bank 恒生銀行'], hasNot: ['Bank 香港銀行'] },
  { rule: 'org.suffix', text: '这场乒乓球赛由市金融工会主办，农行湖州分行承办。', has: ['Organization 市金融工会'], hasNot: ['Organization 由市金融工会'] },
  // A unit's customer (客户, 商户) is named after that word: the company, not the unit, received the honour.
  { rule: 'org.suffix', text: '德清农商银行城关支行客户浙江华丰公司荣获“省级专精特新企业”称号。', has: ['Organization 浙江华丰公司'], hasNot: ['RECEIVED 德清农商银行城关支行 -> 省级专精特新企业'] },
  { rule: 'org.dictionary', text: '工行丹东分行获中央文明委表彰。', dict: ['中央文明委 org'], has: ['Organization 中央文明委'] },
  { rule: 'place.gazetteer', text: '辽宁省的农行网点今年新增了五家。', has: ['Place 辽宁'] },
  { rule: 'product.dictionary', text: '客户可通过手机银行办理业务。', has: ['Product 手机银行'] },
  { rule: 'works_at.unit-role-name', text: '工行沈阳分行员工邢丽丽主动请缨。', has: ['WORKS_AT 邢丽丽 -> 工行沈阳分行 [员工]'] },
  { rule: 'works_at.unit-role-name', text: '建行蚌埠分行副行长、工会主席钱志刚出席。', has: ['WORKS_AT 钱志刚 -> 建行蚌埠分行 [工会主席]'] },
  { rule: 'works_at.unit-role-name', text: '汇丰银行执行董事兼行政总裁宋美玲致辞。', has: ['Person 宋美玲', 'WORKS_AT 宋美玲 -> 香港上海滙豐銀行 [行政总裁]'] },
  { rule: 'works_at.unit-role-name', text: '工行沈阳分行邀请市公安局民警孙立新讲课。', hasNot: ['WORKS_AT 孙立新 -> 工行沈阳分行'] },
  // (A firefighter is another body's too: 消防员 and 消防队员 are posts of dict/cues/other-body-post.txt.)
  { rule: 'works_at.sentence-unit', text: '德清农商银行联合县消防大队开展演练，消防员邹帆为员工示范了灭火器的使用。', hasNot: ['WORKS_AT 邹帆 -> 德清农商银行 [消防员]', 'WORKS_AT 邹帆 -> 德清农商银行'] },
  // (Nor a court's or a procuratorate's: 法官, 检察官, though 官 ends posts of a bank too, 首席风险官.)
  { rule: 'works_at.sentence-unit', text: '德清农商银行城关支行联合县人民法院开展普法宣传，法官韩立明讲解了典型案例。', hasNot: ['WORKS_AT 韩立明 -> 德清农商银行城关支行 [法官]'] },
  { rule: 'works_at.sentence-unit', text: '农行湖滨支行联合县检察院开展宣传，检察官钱国华讲解了案例。', hasNot: ['WORKS_AT 钱国华 -> 农行湖滨支行 [检察官]'] },
  { rule: 'works_at.appointed', text: '郑秋实，1962年出生，1998年任农行青岛分行副行长，2006年起任恒丰银行行长。', has: ['Person 郑秋实', 'WORKS_AT 郑秋实 -> 农行青岛分行 [副行长]', 'WORKS_AT 郑秋实 -> 恒丰银行 [行长]'] },
  { rule: 'works_at.appointed', text: '行长丁海波说，他去年被调回到中行江苏省分行担任副行长。', has: ['WORKS_AT 丁海波 -> 中行江苏省分行 [副行长]'] },
  { rule: 'works_at.appointed', text: '储户丁海波说，对网点的责任工行沈阳分行行长都清楚。', hasNot: ['WORKS_AT 丁海波 -> 工行沈阳分行 [行长]', 'Person 都清楚'] },
  { rule: 'person.profile', text: '韩冬梅，女，汉族，1975年生，现任邮储银行大连分行行长。', has: ['Person 韩冬梅'] },
  { rule: 'person.after-role', text: '邮储银行宁波分行办公室主任欧阳帆等人参加。', has: ['Person 欧阳帆'] },
  { rule: 'person.after-role', text: '听完汇报，中国金融工会兼职副主席林小群连连点头。', has: ['Person 林小群'] },
  { rule: 'person.after-role', text: '网点负责人任组长，负责向百姓宣传。', hasNot: ['Person 任组长', 'Person 向百姓'] },
  // A name a certain rule finds only further down (a profile, a post, a speech verb) is the same person where it was
  // written first; an author a credit names is not carried back into the text (a dateline before the credit), nor
  // is a name carried into a longer name of another type.
  { rule: 'person.known-later', text: '农行湖滨支行开展驻村帮扶。\n\n去年春天，支行选派韩立明到石桥村担任第一书记。\n\n韩立明，男，1985年出生，中共党员。', has: ['WORKS_AT 韩立明 -> 农行湖滨支行'] },
  { rule: 'person.known-later', text: '湖滨支行的老柜员\n2024-03-05邬一凡\n□邬一凡\n今年春天，农行湖滨支行的退休名册里又多了一个名字——赵小燕。工作三十年，她先后获得“服务明星”等称号。', hasNot: ['RECEIVED 邬一凡 -> 服务明星'] },
  { rule: 'person.known-later', text: '农行湖滨支行的“韩立明讲金融”课堂获评“优秀志愿服务项目”。\n\n“我会继续讲下去。”客户经理韩立明说。', hasNot: ['RECEIVED 韩立明 -> 优秀志愿服务项目'] },
  // 作为 + a unit and a post, then 他 or 她 (maybe after a date): the post is the person's named last before.
  { rule: 'works_at.person-unit-role', text: '赵小燕早早来到了村口。2011年8月，作为德清农商银行的一名柜员，她来到了山区网点。', has: ['WORKS_AT 赵小燕 -> 德清农商银行 [柜员]'] },
  { rule: 'works_at.person-unit-role', text: '储户王红梅来到网点办理业务。作为德清农商银行的一名老客户，她对这里很熟悉。', hasNot: ['WORKS_AT 王红梅 -> 德清农商银行'] },
  // A unit, then the team it sends to a village (a verb inside the team's name), then the posts and the name: the
  // unit's; a verb after the team's name still ends the titles.
  { rule: 'works_at.unit-role-name', text: '在石桥村，德清农商银行驻村乡村振兴工作队队长、第一书记韩立明带着队员挨家走访。', has: ['WORKS_AT 韩立明 -> 德清农商银行 [第一书记]'] },
  { rule: 'works_at.unit-role-name', text: '农行湖滨支行青年突击队走访慰问了石桥村党支部书记韩立明。', hasNot: ['WORKS_AT 韩立明 -> 农行湖滨支行 [党支部书记]', 'WORKS_AT 韩立明 -> 农行湖滨支行'] },
  // A person, 是, a unit and 一名 or 一位: one of the unit's own whatever word follows, not when it is a customer's.
  { rule: 'works_at.person-unit-role', text: '赵小燕是德清农商银行的一名退伍军人，入伍前就在村里长大。', has: ['WORKS_AT 赵小燕 -> 德清农商银行'] },
  { rule: 'works_at.person-unit-role', text: '储户王红梅是农行湖滨支行的一位老客户，每月都来办理业务。', hasNot: ['WORKS_AT 王红梅 -> 农行湖滨支行'] },
  { rule: 'person.known', text: '建行蚌埠分行员工田晓雯获表彰。\n\n田晓雯入职十年，获得了市级“服务明星”等荣誉。', has: ['RECEIVED 田晓雯 -> 服务明星'], hasNot: ['RECEIVED 建行蚌埠分行 -> 服务明星'] },
  { rule: 'received.subject', text: '农行青州支行、建行青州支行和工行青州支行获评“文明规范服务示范网点”。', has: ['RECEIVED 农行青州支行 -> 文明规范服务示范网点', 'RECEIVED 建行青州支行 -> 文明规范服务示范网点', 'RECEIVED 工行青州支行 -> 文明规范服务示范网点'] },
  { rule: 'received.title', text: '交流会上，“青年文明号”农行青州支行作了发言，全国劳动模范韩梅表示要再接再厉。', has: ['RECEIVED 农行青州支行 -> 青年文明号', 'RECEIVED 韩梅 -> 全国劳动模范'] },
  { rule: 'received.list-after', text: '获得“优秀柜员”称号的有：农行青州支行柜员韩梅、建行青州支行李建国。', has: ['RECEIVED 韩梅 -> 优秀柜员', 'RECEIVED 李建国 -> 优秀柜员'], hasNot: ['RECEIVED 农行青州支行 -> 优秀柜员'] },
  // (An item whose unit holds a word jieba tags as a name, 邮储银行吴兴区/nr 支行: the unit is the item; 得奖名单： opens the
  // list as 获奖名单： does; 最佳 leads an honour of units as 优秀 does, 「最佳分行」名單：.)
  { rule: 'received.list-after', text: '省级“青年文明号”名单：建行南城支行、邮储银行吴兴区支行。', has: ['RECEIVED 建行南城支行 -> 青年文明号', 'RECEIVED 邮储银行吴兴区支行 -> 青年文明号'] },
  { rule: 'received.list-after', text: '「傑出理專獎」得獎名單：陳怡君（玉山銀行）、林志明（第一銀行）。', has: ['RECEIVED 陳怡君 -> 傑出理專獎', 'RECEIVED 林志明 -> 傑出理專獎', 'WORKS_AT 林志明 -> 第一商業銀行'] },
  { rule: 'honour.context', text: '2024年度「最佳分行」名單：第一銀行城東分行、第一銀行城西分行。', has: ['RECEIVED 第一銀行城東分行 -> 最佳分行', 'RECEIVED 第一銀行城西分行 -> 最佳分行'] },
  { rule: 'honour.after-trigger', text: '农行湖滨支行被评为全市最佳支行。', has: ['RECEIVED 农行湖滨支行 -> 全市最佳支行'], hasNot: ['Branch 全市最佳支行'] },
  // A count of winners first, then the list in a clause of its own after 分别是 / 依次为.
  { rule: 'received.list-after', text: '农行湖州分行有3个网点获评“五星级网点”，分别是湖滨支行、城西支行和北门支行。', has: ['RECEIVED 农行湖滨支行 -> 五星级网点', 'RECEIVED 农行城西支行 -> 五星级网点', 'RECEIVED 农行北门支行 -> 五星级网点'], hasNot: ['RECEIVED 农行湖州分行 -> 五星级网点'] },
  // (The award's grade may follow the quote.)
  { rule: 'received.list-after', text: '德清农商银行共有3家支行获颁“金融友善服务”优等奖，分别为城关支行、湖滨支行和城东支行。', has: ['RECEIVED 德清农商银行城关支行 -> 金融友善服务', 'RECEIVED 德清农商银行城东支行 -> 金融友善服务'] },
  // A quote opened by a word of merit and ended by who holds it (优秀网点, 模范员工), then a colon or 名单 and the list:
  // the honour, received by each item. After 评为, 的是： then the list. (Not a merit-led quote of another kind,
  // “优秀做法”：…, nor a colon list that names no honour.)
  { rule: 'received.list-after', text: '受表彰名单如下：“优秀网点”：长安支行、桥西支行。', has: ['RECEIVED 长安支行 -> 优秀网点', 'RECEIVED 桥西支行 -> 优秀网点'] },
  { rule: 'received.list-after', text: '市分行日前公布“十佳网点”名单：城东支行、城西支行。', has: ['RECEIVED 城东支行 -> 十佳网点', 'RECEIVED 城西支行 -> 十佳网点'] },
  { rule: 'received.list-after', text: '被评为“优秀网点”的是：五一路支行、八一路支行。', has: ['RECEIVED 五一路支行 -> 优秀网点', 'RECEIVED 八一路支行 -> 优秀网点'] },
  { rule: 'received.list-after', text: '本年度「模範員工」：中山路支行櫃員何強、林峰。', has: ['RECEIVED 何強 -> 模範員工', 'RECEIVED 林峰 -> 模範員工'] },
  { rule: 'received.list-after', text: '“优秀做法”：长安支行推出上门服务，桥西支行开设老年专窗。', hasNot: ['Honour 优秀做法', 'RECEIVED 长安支行 -> 优秀做法'] },
  { rule: 'received.list-after', text: '参加活动的有：长安支行、桥西支行。', hasNot: ['RECEIVED 长安支行 -> 参加活动'] },
  // (Items ended by semicolons: the list goes on in the sentences after the colon's, each only an item, up to one that
  // ends otherwise; a sentence that says more than its units ends the list.)
  { rule: 'received.list-after', text: '市分行“先进集体”名单如下：工行河西支行；中行城南支行；建行高新支行。', has: ['RECEIVED 工行河西支行 -> 先进集体', 'RECEIVED 中行城南支行 -> 先进集体', 'RECEIVED 建行高新支行 -> 先进集体'] },
  { rule: 'received.list-after', text: '「先進集體」名單如下：農行東門支行；郵儲銀行北關支行。', has: ['RECEIVED 農行東門支行 -> 先進集體', 'RECEIVED 郵儲銀行北關支行 -> 先進集體'] },
  { rule: 'received.list-after', text: '“先进集体”名单：工行河西支行；中行城南支行开展了培训。', has: ['RECEIVED 工行河西支行 -> 先进集体'], hasNot: ['RECEIVED 中行城南支行 -> 先进集体'] },
  { rule: 'works_at.person-unit-role', text: '储户都认识王芳。王芳是建行蚌埠分行的一名大堂经理。', has: ['Person 王芳', 'WORKS_AT 王芳 -> 建行蚌埠分行 [大堂经理]'] },
  { rule: 'works_at.person-unit-role', text: '陈建华，邮储银行大连分行行长，长期从事金融工作。', has: ['WORKS_AT 陈建华 -> 邮储银行大连分行 [行长]'] },
  { rule: 'works_at.person-unit-role', text: '市金融办副局长胡立生，邮储银行大连分行行长陈建华出席。', hasNot: ['WORKS_AT 胡立生 -> 邮储银行大连分行 [行长]'] },
  { rule: 'person.before-unit-post', text: '今年三十出头的梅亮是济阳农商银行员工。', has: ['Person 梅亮', 'WORKS_AT 梅亮 -> 济阳农商银行 [员工]'] },
  { rule: 'person.before-unit-post', text: '工行沈阳分行是辽宁分行的一级分行。', hasNot: ['Person 沈阳分'] },
  { rule: 'person.honoured', text: '建行蚌埠分行柜员多。钱晓梅先后获得“服务明星”等称号。', has: ['Person 钱晓梅', 'RECEIVED 钱晓梅 -> 服务明星'] },
  { rule: 'person.speaker', text: '谈起这些年的变化，孟繁华感慨地说，网点变了。', has: ['Person 孟繁华'] },
  { rule: 'received.subject', text: '江苏某村镇银行表现出色，被人行南京分行授予“四星级统计单位”称号。', hasNot: ['RECEIVED 人行南京分行 -> 四星级统计单位'] },
  { rule: 'received.article-unit', text: '建行蚌埠分行举办表彰会\n\n会上，多名员工获得“先进个人”称号。', hasNot: ['RECEIVED 建行蚌埠分行 -> 先进个人'] },
  { rule: 'received.article-unit', text: '建行蚌埠分行举办表彰会\n\n会上，多名员工获得“三八红旗手”和“服务之星”称号。', hasNot: ['RECEIVED 建行蚌埠分行 -> 三八红旗手', 'RECEIVED 建行蚌埠分行 -> 服务之星'] },
  { rule: 'person.name-list', text: '先进个人：张建国、李红梅、王小川、赵一鸣', has: ['Person 张建国', 'Person 赵一鸣'] },
  { rule: 'person.name-list', text: '张建国、李红梅、王强等3名员工获得表彰。', has: ['Person 张建国', 'Person 王强'], hasNot: ['Person 王强等'] },
  // Two names before a count of people that is their number, wherever the list starts (after a verb, after a word
  // jieba glued to the first name); a count that is not their number makes no list.
  { rule: 'person.name-list', text: '支行邀请了周文、孙晓梅两位老师为村民讲解防诈知识。', has: ['Person 周文', 'Person 孙晓梅'] },
  { rule: 'person.name-list', text: '节目由县级非遗传承人邵红英、祁立新两位艺人编排。', has: ['Person 邵红英', 'Person 祁立新'] },
  { rule: 'person.name-list', text: '宁海、象山两位客户经理参加了比赛。', hasNot: ['Person 宁海', 'Person 象山'] },
  { rule: 'person.name-list', text: '获奖者包括张建国、李红梅和王强。', has: ['Person 张建国', 'Person 李红梅', 'Person 王强'], hasNot: ['Person 李红梅和'] },
  { rule: 'person.name-list', text: '张建国、李梅等同志出席了会议。', has: ['Person 张建国', 'Person 李梅'], hasNot: ['Person 梅等'] },
  { rule: 'person.after-role', text: '分行领导张建国、李梅出席了会议。', has: ['Person 张建国', 'Person 李梅'] },
  { rule: 'person.before-role', text: '“谢谢领导的关心，我们会继续努力。”', hasNot: ['Person 谢谢'] },
  { rule: 'person.name-list', text: '沈阳、大连、鞍山等地的网点都参加了。', hasNot: ['Person 沈阳', 'Person 大连'] },
  // A heading that is one full name: a person; a heading that is a word (高考) is none.
  { rule: 'person.name-list', text: '钱晓萌\n工行宁海支行开展反诈宣传，员工走进社区。', has: ['Person 钱晓萌'] },
  { rule: 'person.name-list', text: '高考\n工行宁海支行开展助考活动。', hasNot: ['Person 高考'] },
  // A three-character word jieba does not know, opening with a common surname: a name; not a place, a thing, a
  // count or a building.
  { rule: 'person.unknown-word', text: '凌晨五点，邹继岳已经赶到了工行网点。', has: ['Person 邹继岳'] },
  { rule: 'person.unknown-word', text: '去年，网点新添了一台单存机。', hasNot: ['Person 单存机'] },
  // A surname, 家 and a word of the land names a village or a hill (冯家堡), 家人 a family; a word ending in 署 is a
  // government office (金管署).
  { rule: 'person.unknown-word', text: '汛期来临，德清农商银行员工赶到冯家堡查看灾情。', hasNot: ['Person 冯家堡'] },
    { rule: 'person.unknown-word', text: '活动得到某某事务署(金管署)全力支持。', hasNot: ['Person 金管署'] },
  { rule: 'person.speaker', text: '韩家人说话办事一向爽快。', hasNot: ['Person 韩家人'] },
  { rule: 'person.unknown-word', text: '东山农商银行推出金燕快贷，三天放款。', hasNot: ['Person 金燕快'] },
  { rule: 'person.unknown-word', text: '頒獎晚宴今晚於君悅酒店舉行。', hasNot: ['Person 於君悅'] },
  { rule: 'person.unknown-word', text: '警方成功拦截4800万骗款。', hasNot: ['Person 万骗款'] },
  { rule: 'person.unknown-word', text: '许孟镇的村民来到工行网点。', hasNot: ['Person 许孟镇'] },
  // Two-character unknown words: names in a pair joined by 和, not alone.
  { rule: 'person.unknown-word', text: '见状，倪峰和祝翔连忙上前搀扶老人。', has: ['Person 倪峰', 'Person 祝翔'] },
  { rule: 'person.unknown-word', text: '见状，倪峰连忙上前搀扶老人。', hasNot: ['Person 倪峰'] },
  // (时 glued to the name before a comma is "when": 见到韩梅时，.)
  { rule: 'person.unknown-word', text: '农行湖滨支行开展活动。记者见到韩梅时，她正在为客户办理业务。', has: ['Person 韩梅'], hasNot: ['Person 韩梅时'] },
  { rule: 'works_at.unit-of-person', text: '邮储银行蚌埠分行的王芳说，今年很好。', has: ['WORKS_AT 王芳 -> 邮储银行蚌埠分行'] },
  // …also with a department of the unit before 的 (某分行个人金融业务部的某某, 办公室的某某); not a place near the unit
  // nor another body's centre there (某支行附近社区服务中心的某某).
  { rule: 'works_at.unit-of-person', text: '浦发银行杭州分行个人金融业务部的韩梅告诉记者，养老金客户逐年增加。', has: ['WORKS_AT 韩梅 -> 浦发银行杭州分行'] },
  { rule: 'works_at.unit-of-person', text: '农行湖滨支行办公室的李建国介绍，网点已完成改造。', has: ['WORKS_AT 李建国 -> 农行湖滨支行'] },
  { rule: 'works_at.unit-of-person', text: '农行湖滨支行附近社区服务中心的韩梅说，网点服务很好。', hasNot: ['WORKS_AT 韩梅 -> 农行湖滨支行'] },
  // Two people of the unit joined by 和 (a name jieba knows whole before it: 和 may end a name, 王志和).
  { rule: 'works_at.unit-of-person', text: '建行梧州分行营业部的刘德华和陈建军都是老党员。', has: ['WORKS_AT 刘德华 -> 建行梧州分行营业部', 'WORKS_AT 陈建军 -> 建行梧州分行营业部'] },
  { rule: 'works_at.person-unit-role', text: '出席的有王芳（邮储银行蚌埠分行行长）。', has: ['Person 王芳', 'WORKS_AT 王芳 -> 邮储银行蚌埠分行 [行长]'] },
  { rule: 'works_at.unit-role-name', text: '年终聚餐时，彰银董事长韩立明、总经理王红梅和协会副秘书长赵小燕一同给员工上菜。', has: ['WORKS_AT 王红梅 -> 彰化商業銀行 [总经理]'], hasNot: ['WORKS_AT 赵小燕 -> 彰化商業銀行 [副秘书长]'] },
  { rule: 'works_at.appointed', text: '张建良，1962年出生，曾任中国银行财会部副总经理、中国银行北京市分行行长。', has: ['Person 张建良', 'WORKS_AT 张建良 -> 中国银行北京市分行 [行长]'] },
  { rule: 'person.slash-credit', text: '文/王晓峰 图/张立强', has: ['Person 王晓峰', 'Person 张立强'] },
  { rule: 'person.slash-credit', text: '文/王晓峰图/张立强', has: ['Person 王晓峰', 'Person 张立强'] },
  { rule: 'person.speaker', text: '在王晓峰的带领下，网点开展宣传。', has: ['Person 王晓峰'] },
  { rule: 'works_at.person-unit-role', text: '作为建行蚌埠分行的一名客户经理，王芳说她很忙。', has: ['WORKS_AT 王芳 -> 建行蚌埠分行 [客户经理]'] },
  { rule: 'person.before-unit-post', text: '王芳是一名农行员工。', has: ['Person 王芳', 'WORKS_AT 王芳 -> 中国农业银行 [员工]'] },
  { rule: 'works_at.person-unit-role', text: '获奖者有王芳（建行蚌埠分行）、张立强（农行青州支行）。', has: ['Person 张立强', 'WORKS_AT 王芳 -> 建行蚌埠分行', 'WORKS_AT 张立强 -> 农行青州支行'] },
  // 曾在 or 先后在 a list of units, then 从业 or 工作: every unit of the list.
  { rule: 'works_at.person-unit-role', text: '据介绍，孙涛曾在中国银行、交通银行从业十余年。', has: ['WORKS_AT 孙涛 -> 中国银行', 'WORKS_AT 孙涛 -> 交通银行'] },
  { rule: 'works_at.person-unit-role', text: '孙涛先后在花旗银行和广发银行工作过。', has: ['WORKS_AT 孙涛 -> 花旗银行', 'WORKS_AT 孙涛 -> 广发银行'] },
  // Careers as Hong Kong, Macau and Taiwan news and résumés write them.
  { rule: 'works_at.person-unit-role', text: '陳志遠曾任職於星展銀行及花旗銀行。', has: ['WORKS_AT 陳志遠 -> 星展銀行', 'WORKS_AT 陳志遠 -> 花旗銀行'] },
  { rule: 'works_at.person-unit-role', text: '陳志遠曾於大新銀行服務逾二十年。', has: ['WORKS_AT 陳志遠 -> 大新銀行'] },
  { rule: 'works_at.person-unit-role', text: '陳志遠此前為東亞銀行副行政總裁。', has: ['WORKS_AT 陳志遠 -> 東亞銀行 [副行政總裁]'] },
  { rule: 'works_at.person-unit-role', text: '陈建军曾长期在建设银行工作。', has: ['WORKS_AT 陈建军 -> 中国建设银行'] },
  { rule: 'works_at.person-unit-role', text: '王立军从南京银行行长的任上退休后，仍常去网点看看。', has: ['WORKS_AT 王立军 -> 南京银行 [行长]'] },
  { rule: 'works_at.person-unit-role', text: '陈建军早年在农业银行系统任职，后来回乡创业。', has: ['WORKS_AT 陈建军 -> 中国农业银行'] },
  { rule: 'works_at.person-unit-role', text: '陈建军于农行城东支行办理了业务。', hasNot: ['WORKS_AT 陈建军 -> 农行城东支行'] },
  { rule: 'works_at.person-unit-role', text: '2019年，陈建军调至邮储银行东湖支行。', has: ['Person 陈建军', 'WORKS_AT 陈建军 -> 邮储银行东湖支行'] },
  // An apposition after a name described by a short clause (入行十五年的某某，现任…); a post with a name of its own after it is that name's.
  { rule: 'works_at.person-unit-role', text: '入行十五年的韩梅，现任农行湖滨支行营业部主任。', has: ['Person 韩梅', 'WORKS_AT 韩梅 -> 农行湖滨支行营业部 [主任]'] },
  { rule: 'works_at.person-unit-role', text: '周立新，农行湖滨支行行长李建国分别致辞。', hasNot: ['WORKS_AT 周立新 -> 农行湖滨支行 [行长]'] },
  // Gone to a unit, then the post taken there (来到某支行，成为一名柜员); becoming one of its customers is no post.
  { rule: 'works_at.person-unit-role', text: '2008年，刚毕业的钱丽来到德清农商银行城关支行，成为一名柜员。', has: ['Person 钱丽', 'WORKS_AT 钱丽 -> 德清农商银行城关支行 [柜员]'] },
  { rule: 'works_at.person-unit-role', text: '那年春天，王秀英来到农行湖滨支行，成为一名客户。', hasNot: ['WORKS_AT 王秀英 -> 农行湖滨支行'] },
  // A caption's place in the photo between the name and 是 (某某（左）是…); a regulator's approval with no 的 after the name.
  { rule: 'works_at.person-unit-role', text: '钱丽（左）是建设银行南城支行的一名柜员。', has: ['Person 钱丽', 'WORKS_AT 钱丽 -> 建设银行南城支行 [柜员]'] },
  { rule: 'works_at.person-unit-role', text: '近日，湖州银保监分局核准了韩立明德清农商银行董事长的任职资格。', has: ['WORKS_AT 韩立明 -> 德清农商银行 [董事长]'] },
  // A profile opened by a name and a comma, with party membership as an item (中共党员), and an item that is a unit and its post alone.
  { rule: 'works_at.person-unit-role', text: '钱丽，女，中共党员，1982年出生，建设银行南城支行营业部主任。', has: ['Person 钱丽', 'WORKS_AT 钱丽 -> 建设银行南城支行营业部 [主任]'] },
  { rule: 'works_at.person-unit-role', text: '韩立明，中共党员，德清农商银行城关支行客户经理。', has: ['Person 韩立明', 'WORKS_AT 韩立明 -> 德清农商银行城关支行 [客户经理]'] },
  // A post written with its line of business or grade (个人客户经理, 高级理财经理), kept as written; 的业务骨干 is one of the unit's own.
  { rule: 'works_at.person-unit-role', text: '赵小燕，女，1985年出生，现为建设银行南城支行个人客户经理。', has: ['WORKS_AT 赵小燕 -> 建设银行南城支行 [个人客户经理]'] },
  { rule: 'works_at.person-unit-role', text: '王红梅是农行湖滨支行的高级理财经理。', has: ['WORKS_AT 王红梅 -> 农行湖滨支行 [高级理财经理]'] },
  { rule: 'works_at.person-unit-role', text: '据了解，赵小燕是农行湖滨支行的业务骨干。', has: ['WORKS_AT 赵小燕 -> 农行湖滨支行 [业务骨干]'] },
  // A unit that has a post-holder called by a name (有一位某某叫…, 有一名叫…的某某); not a customer (有一位老客户叫…).
  { rule: 'works_at.called', text: '建设银行南城支行营业部有一位老柜员叫钱丽。', has: ['WORKS_AT 钱丽 -> 建设银行南城支行营业部 [柜员]'] },
  { rule: 'works_at.called', text: '德清农商银行城关支行里有个保安叫刘国栋，大家都叫他“老刘”。', has: ['WORKS_AT 刘国栋 -> 德清农商银行城关支行 [保安]'] },
  { rule: 'works_at.called', text: '在农行湖滨支行，有这样一位客户经理，她叫赵小燕。', has: ['WORKS_AT 赵小燕 -> 农行湖滨支行 [客户经理]'] },
  { rule: 'works_at.called', text: '工行西湖支行有一名叫孙丽华的大堂经理。', has: ['WORKS_AT 孙丽华 -> 工行西湖支行 [大堂经理]'] },
  { rule: 'works_at.called', text: '农行湖滨支行有一位老客户叫王秀英。', hasNot: ['WORKS_AT 王秀英 -> 农行湖滨支行'] },
  // (有一位被同事称为“活字典”的老柜员: a short clause ending in 的 may describe the post-holder; 有 may be left out before
  // 一名叫…的柜员. Still no customer: 一名叫…的储户, 一位常来办业务的老客户.)
  { rule: 'works_at.called', text: '在农行城南支行，有一位被同事称为“活字典”的老柜员，她叫孙丽华。', has: ['WORKS_AT 孙丽华 -> 农行城南支行 [柜员]'] },
  { rule: 'works_at.called', text: '工行西湖支行一名叫钱国华的客户经理，十年跑遍了全镇的村子。', has: ['WORKS_AT 钱国华 -> 工行西湖支行 [客户经理]'] },
  // Over two sentences: the unit and one post-holder in the first, ending it (maybe with a short clause of what the
  // person is doing), then 她叫, 他的名字叫 or 这位柜员叫 opening the next. Not a customer, nor another person brought
  // in after the post (有一位客户经理接待了一位商户。他叫…).
  { rule: 'works_at.called', text: '德清农商银行城关支行有一位年轻的柜员。她叫韩梅，今年26岁。', has: ['WORKS_AT 韩梅 -> 德清农商银行城关支行 [柜员]'] },
  { rule: 'works_at.called', text: '农行湖滨支行有一名“90后”客户经理。他的名字叫钱国华。', has: ['WORKS_AT 钱国华 -> 农行湖滨支行 [客户经理]'] },
  { rule: 'works_at.called', text: '那天，工行西湖支行的一位大堂经理正在忙碌。这位大堂经理叫孙丽华。', has: ['WORKS_AT 孙丽华 -> 工行西湖支行 [大堂经理]'] },
  { rule: 'works_at.called', text: '建行城北支行来了一位上了年纪的客人。她叫王秀英。工行西湖支行有一位客户经理接待了一位商户。他叫钱国华。', hasNot: ['WORKS_AT 王秀英 -> 建行城北支行', 'WORKS_AT 钱国华 -> 工行西湖支行 [客户经理]'] },
  { rule: 'works_at.called', text: '工行西湖支行一名叫钱国华的储户来网点取钱。建行城北支行有一位常来办业务的老客户叫王秀英。', hasNot: ['WORKS_AT 钱国华 -> 工行西湖支行', 'WORKS_AT 王秀英 -> 建行城北支行'] },
  // Names joined by 和, 与 or 、 before 都是 / 均是 a unit's post, maybe counted (两名, 三名): each holds it.
  { rule: 'works_at.person-unit-role', text: '韩梅与李强均是德清农商银行城关支行的客户经理。', has: ['WORKS_AT 韩梅 -> 德清农商银行城关支行 [客户经理]', 'WORKS_AT 李强 -> 德清农商银行城关支行 [客户经理]'] },
  { rule: 'works_at.person-unit-role', text: '王秀英、刘桂兰和张立新是工行西湖支行的三名大堂经理。', has: ['WORKS_AT 王秀英 -> 工行西湖支行 [大堂经理]', 'WORKS_AT 刘桂兰 -> 工行西湖支行 [大堂经理]', 'WORKS_AT 张立新 -> 工行西湖支行 [大堂经理]'] },
  { rule: 'works_at.person-unit-role', text: '王秀英和刘桂兰都是农行湖滨支行的两名老客户。', hasNot: ['WORKS_AT 王秀英 -> 农行湖滨支行', 'WORKS_AT 刘桂兰 -> 农行湖滨支行'] },
  // Rooted in a unit, moved to a post there (扎根, 转岗到); at a unit doing a trade or at a desk (从事某某工作, 柜面工作).
  { rule: 'works_at.person-unit-role', text: '王红梅扎根农行湖滨支行二十年，服务客户数万人次。', has: ['WORKS_AT 王红梅 -> 农行湖滨支行'] },
  { rule: 'works_at.person-unit-role', text: '2018年，赵小燕转岗到德清农商银行城关支行担任客户经理。', has: ['WORKS_AT 赵小燕 -> 德清农商银行城关支行 [客户经理]'] },
  { rule: 'works_at.person-unit-role', text: '韩立明目前在建设银行南城支行从事信贷工作。', has: ['WORKS_AT 韩立明 -> 建设银行南城支行'] },
  { rule: 'works_at.person-unit-role', text: '李建国长期在农行湖滨支行柜面工作。', has: ['WORKS_AT 李建国 -> 农行湖滨支行'] },
  // The unit described as the person's place of work (所在的, 工作的); a customer's is not (客户某某所在的).
  { rule: 'works_at.person-unit-role', text: '赵小燕所在的农行湖滨支行去年获评文明网点。', has: ['WORKS_AT 赵小燕 -> 农行湖滨支行'] },
  { rule: 'works_at.person-unit-role', text: '柜员王红梅和同事们工作的德清农商银行城关支行地处闹市。', has: ['WORKS_AT 王红梅 -> 德清农商银行城关支行 [柜员]'] },
  { rule: 'works_at.person-unit-role', text: '客户张明华所在的德清农商银行城关支行离家不远。', hasNot: ['WORKS_AT 张明华 -> 德清农商银行城关支行'] },
  { rule: 'received.subject', text: '江阴民泰村镇银行统计报送零差错，受到了人行南京分行的表扬，年终又被人行南京分行授予“四星级统计单位”称号。', hasNot: ['RECEIVED 人行南京分行 -> 四星级统计单位'] },
  { rule: 'works_at.unit-role-name', text: '邮储银行甘肃省分行新派驻的第一书记马文斌走访农户。', has: ['WORKS_AT 马文斌 -> 邮储银行甘肃省分行 [第一书记]'] },
  // After a comma that closes a name, the run of posts and names goes on at the same unit; not into a
  // local government's or a village's posts.
  { rule: 'works_at.unit-role-name', text: '建行湖州分行举办服务培训。会上，建行德清支行党支部书记、行长沈明,副行长钱芳分享了经验。', has: ['WORKS_AT 钱芳 -> 建行德清支行 [副行长]'], hasNot: ['WORKS_AT 钱芳 -> 建行湖州分行'] },
  { rule: 'works_at.unit-role-name', text: '农发行金华市分行党委书记、行长陈立军,县委副书记、县长吴海平,副县长孙志强一同走访企业。', has: ['WORKS_AT 陈立军 -> 农发行金华市分行 [行长]'], hasNot: ['WORKS_AT 吴海平 -> 农发行金华市分行', 'WORKS_AT 孙志强 -> 农发行金华市分行'] },
  // 新聘任的 may stand between a unit and its post.
  { rule: 'works_at.unit-role-name', text: '南京银行董事长钱伟、重庆农商银行新聘任的行长孙涛都曾在农业银行工作多年。', has: ['WORKS_AT 孙涛 -> 重庆农村商业银行 [行长]'], hasNot: ['WORKS_AT 孙涛 -> 南京银行'] },
  { rule: 'works_at.name-at-unit', text: '客户经理张海在建行蚌埠分行工作多年。', has: ['WORKS_AT 张海 -> 建行蚌埠分行 [客户经理]'] },
  // (Not a reporter there to report, nor the post of another body's person there on business.)
  { rule: 'works_at.name-at-unit', text: '本报记者韩立明在农行湖滨支行采访时看到，前来办业务的人很多。', hasNot: ['WORKS_AT 韩立明 -> 农行湖滨支行 [记者]'] },
  { rule: 'works_at.name-at-unit', text: '某公司的财务经理钱丽在农行湖滨支行办理业务。', hasNot: ['WORKS_AT 钱丽 -> 农行湖滨支行 [财务经理]'] },
  { rule: 'person.after-role', text: '“这堂课讲得实在。”临朐农商银行城关支行行长赵明和感慨地说。', has: ['Person 赵明和', 'WORKS_AT 赵明和 -> 临朐农商银行城关支行 [行长]'], hasNot: ['Person 赵明'] },
  { rule: 'works_at.appointed', text: '光大银行公告，该行行长周立新辞职。他早年在沈阳工作，曾任盛京银行副行长、中国农业银行辽宁省分行副行长等职，之后出任中国农业银行吉林省分行行长。', has: ['WORKS_AT 周立新 -> 中国光大银行 [行长]', 'WORKS_AT 周立新 -> 盛京银行 [副行长]', 'WORKS_AT 周立新 -> 中国农业银行吉林省分行 [行长]'] },
  { rule: 'works_at.appointed', text: '钱文斌自2005年3月至2014年6月，历任中国银行财会部副总经理、中国银行河南省分行行长。', has: ['Person 钱文斌', 'WORKS_AT 钱文斌 -> 中国银行 [副总经理]', 'WORKS_AT 钱文斌 -> 中国银行河南省分行 [行长]'] },
  { rule: 'person.profile', text: '邵建伟自2012年以来扎根基层，先后获得总行优秀共产党员、总行乡村振兴先进个人等荣誉。', has: ['Person 邵建伟', 'RECEIVED 邵建伟 -> 总行优秀共产党员'] },
  { rule: 'person.profile', text: '黄金2020年以来涨了不少。', hasNot: ['Person 黄金'] },
  { rule: 'person.profile', text: '蒋秀英,今年已81岁,多次被评为“最美余姚人”。', has: ['Person 蒋秀英', 'RECEIVED 蒋秀英 -> 最美余姚人'] },
  // A sentence that goes on from one about a person (同时获得了…) gives that person its honour.
  { rule: 'received.pronoun', text: '建行九江分行柯立新获得技能竞赛第一名。同时还被九江市总工会授予“九江市五一劳动奖章”。', has: ['RECEIVED 柯立新 -> 九江市五一劳动奖章'], hasNot: ['RECEIVED 建行九江分行 -> 九江市五一劳动奖章'] },
  { rule: 'received.pronoun', text: '昌邑农商银行柳疃支行会计孙秀兰今年光荣退休。从业三十年，她曾获得县级先进工作者、特殊贡献奖。', has: ['RECEIVED 孙秀兰 -> 特殊贡献奖'], hasNot: ['RECEIVED 昌邑农商银行柳疃支行 -> 特殊贡献奖'] },
  { rule: 'works_at.appointed', text: '招商银行公告称，孟庆元辞去招商银行副行长职务。', has: ['Person 孟庆元', 'WORKS_AT 孟庆元 -> 招商银行 [副行长]'] },
  // An aspect particle after the verb (担任过), and the person named right before 曾经担任过.
  { rule: 'works_at.appointed', text: '据报道，赵立新曾经担任过浙江省农村信用社联合社的党委书记。', has: ['WORKS_AT 赵立新 -> 浙江农村商业联合银行 [党委书记]'] },
  { rule: 'works_at.appointed', text: '据介绍，周海平曾担任过宁波银行总行零售公司部总经理等职。', has: ['WORKS_AT 周海平 -> 宁波银行 [总经理]'] },
  { rule: 'works_at.appointed', text: '據悉，現任財務總監何家明下月起將出任渣打銀行亞洲區財務主管。', has: ['WORKS_AT 何家明 -> 渣打銀行 [財務主管]'] },
  { rule: 'works_at.appointed', text: '钱明远，男，1966年出生，经济学硕士。1988年参加工作，曾任农行湖南省分行副行长。', has: ['WORKS_AT 钱明远 -> 农行湖南省分行 [副行长]'] },
  { rule: 'works_at.appointed', text: '王德明，男，1952年出生，山东临沂人，退休后现为城南支行协储员。', has: ['WORKS_AT 王德明 -> 城南支行 [协储员]'] },
  { rule: 'received.pronoun', text: '中行江苏分行刘晓雯获得技能比赛第一名。另有几名选手分别获评“南京市技术能手”称号。', hasNot: ['RECEIVED 刘晓雯 -> 南京市技术能手'] },
  { rule: 'person.after-role', text: '颁奖典礼上，行政长官李家超颁发奖项。', has: ['Person 李家超'], hasNot: ['Person 李家'] },
  { rule: 'person.after-role', text: '会上，钢琴教授林晓东演奏了一曲。', has: ['Person 林晓东'] },
  { rule: 'person.appointed', text: '交通银行公告\n\n交通银行公告称，监管部门已核准其任职资格，孙立新就任该行副行长。', has: ['Person 孙立新', 'WORKS_AT 孙立新 -> 交通银行 [副行长]'] },
  { rule: 'person.appointed', text: '吴立平获委任为创兴银行副行政总裁。', has: ['Person 吴立平', 'WORKS_AT 吴立平 -> 創興銀行 [副行政总裁]'] },
  { rule: 'person.appointed', text: '厦门银行公告称，吴立平因工作调整辞去该行行长职务。', has: ['Person 吴立平', 'WORKS_AT 吴立平 -> 厦门银行 [行长]'] },
  { rule: 'works_at.appointed-post', text: '昨日，大新银行宣布委任周立新为行政总裁，即日生效。', has: ['WORKS_AT 周立新 -> 大新銀行 [行政总裁]'] },
  // Several names listed before 为 are appointed together (聘任甲、乙为副行长; 选举甲、乙和丙为独立董事), each to the post.
  { rule: 'works_at.appointed-post', text: '渤海银行董事会聘任韩雪、孙杰为副行长。', has: ['WORKS_AT 韩雪 -> 渤海银行 [副行长]', 'WORKS_AT 孙杰 -> 渤海银行 [副行长]'] },
  { rule: 'person.appointed', text: '渤海银行股东大会选举韩雪、孙杰和钱明远为该行独立董事。', has: ['WORKS_AT 韩雪 -> 渤海银行 [独立董事]', 'WORKS_AT 孙杰 -> 渤海银行 [独立董事]', 'WORKS_AT 钱明远 -> 渤海银行 [独立董事]'] },
  // The bank's own officer named right after it does not keep the post taken in the next clause from the bank (某银行行长甲
  // 辞任，乙接任行长); another body's person between does (…会见了某公司董事长甲，乙接任行长).
  { rule: 'works_at.appointed-post', text: '渤海银行行长韩雪辞任，孙杰接任行长。', has: ['WORKS_AT 韩雪 -> 渤海银行 [行长]', 'WORKS_AT 孙杰 -> 渤海银行 [行长]'] },
  { rule: 'works_at.appointed-post', text: '渤海银行行长韩雪会见了东山公司董事长钱明远，孙杰接任行长。', hasNot: ['WORKS_AT 孙杰 -> 渤海银行 [行长]'] },
  { rule: 'works_at.appointed-post', text: '渤海银行发布公告，董事会选举钱明远同志为董事长。', has: ['WORKS_AT 钱明远 -> 渤海银行 [董事长]'] },
  { rule: 'works_at.appointed-post', text: '台新銀行今（5）日宣布，由吳東明接任董事長。', has: ['Person 吳東明', 'WORKS_AT 吳東明 -> 台新國際商業銀行 [董事長]'] },
  { rule: 'works_at.appointed-post', text: '浙商银行昨日公告，周云泽因个人原因，辞去副行长等职务。', has: ['Person 周云泽', 'WORKS_AT 周云泽 -> 浙商银行 [副行长]'] },
  { rule: 'works_at.appointed-post', text: '渤海银行与天津银行签约，天津银行聘任钱明远为行长。', hasNot: ['WORKS_AT 钱明远 -> 渤海银行 [行长]'] },
  // With no unit opening the sentence, an appointing verb right before the name and 为 + a post closing the item:
  // the unit named last before, else the article's own unit; an organisation before it is no bank's post.
  { rule: 'works_at.appointed-post', text: '常熟农商银行发布人事公告。根据决议，董事会决定聘任张文华为行长，并聘任李国强为副行长。', has: ['WORKS_AT 张文华 -> 江苏常熟农村商业银行 [行长]', 'WORKS_AT 李国强 -> 江苏常熟农村商业银行 [副行长]'] },
  { rule: 'works_at.appointed-post', text: '紫云农商银行昨日披露，该行行长汤大宇转任董事长，另经会议审议，聘任史文光为行长。', has: ['WORKS_AT 史文光 -> 紫云农商银行 [行长]'] },
  { rule: 'works_at.appointed-post', text: '会后，工行某支行行长出席。市政府任命张三丰为副市长。', hasNot: ['WORKS_AT 张三丰 -> 工行某支行 [副市长]'] },
  { rule: 'works_at.relative-clause', text: '在建行湖滨支行工作了二十年的刘建华，今年光荣退休。刘建华说，她舍不得这里。', has: ['WORKS_AT 刘建华 -> 建行湖滨支行'] },
  { rule: 'works_at.relative-clause', text: '現任玉山銀行副總經理的林志明指出，數位金融是重點。', has: ['WORKS_AT 林志明 -> 玉山商業銀行 [副總經理]'] },
  // 身为 or 作为 before a unit and its post, then 的 and the name: being in that post.
  { rule: 'works_at.unit-name', text: '身为农行城西支行客户经理的彭永强，常常加班到深夜。', has: ['WORKS_AT 彭永强 -> 农行城西支行'] },
  { rule: 'works_at.unit-name', text: '作为邮储银行南浔区支行大堂经理的沈佳怡，每天要接待上百位客户。', has: ['Person 沈佳怡'] },
  // A verb of taking or leaving the post opens the clause too (卸任某行董事长的某某, 接任某行行长的某某), as in the verb list.
  { rule: 'works_at.relative-clause', text: '卸任德清农商银行董事长的田建业今年已经六十岁。', has: ['WORKS_AT 田建业 -> 德清农商银行 [董事长]'] },
  { rule: 'works_at.relative-clause', text: '去年接任农行湖滨支行行长的方立新带队走访了十家企业。', has: ['WORKS_AT 方立新 -> 农行湖滨支行 [行长]'] },
  { rule: 'works_at.relative-clause', text: '在建行湖滨支行门口等车的何秀英突然晕倒。', hasNot: ['WORKS_AT 何秀英 -> 建行湖滨支行'] },
  { rule: 'person.appointed', text: '经董事会同意，周云泽和钱立泽辞去兴业银行副行长职务。', has: ['Person 周云泽', 'Person 钱立泽', 'WORKS_AT 周云泽 -> 兴业银行 [副行长]', 'WORKS_AT 钱立泽 -> 兴业银行 [副行长]'] },
  // A meeting's word of an appointment: 宣布 or 决定, then who takes the post (会上宣布某某任某行行长).
  { rule: 'person.appointed', text: '临海农商银行召开干部大会，宣布韩雪任该行党委书记。', has: ['WORKS_AT 韩雪 -> 临海农商银行 [党委书记]'] },
  { rule: 'person.appointed', text: '钱明远接替孙立新出任恒丰银行董事长。', has: ['Person 钱明远', 'WORKS_AT 钱明远 -> 恒丰银行 [董事长]'] },
  // A date right before the name: jieba glues its 日 to the surname (19/m 日王/x).
  { rule: 'person.appointed', text: '3月19日周立新调任交通银行行长一职后，农行行长由副行长代为主持。', has: ['Person 周立新', 'WORKS_AT 周立新 -> 交通银行 [行长]'], hasNot: ['WORKS_AT 周立新 -> 中国农业银行 [行长]'] },
  // A career over commas, each closing a post, and a second post after 兼.
  { rule: 'works_at.appointed', text: '马国强曾任农行四川分行副行长，农行河北分行公司业务部总经理，农银国际董事兼农行香港分行总经理，农行北京分行党委书记、行长。', has: ['WORKS_AT 马国强 -> 农行河北分行 [总经理]', 'WORKS_AT 马国强 -> 农行香港分行 [总经理]', 'WORKS_AT 马国强 -> 农行北京分行 [党委书记]'] },
  // An outlet's other staff (保安, 上门收款员, 工作人员: dict/cues/front-line-role.txt) work at the outlet of the story.
  // A clause about 他 or 她 saying where they work gives the units to the person named before (not to one named in it).
  { rule: 'works_at.pronoun', text: '柯立新2003年参加工作，先后在农行湖滨支行、城南支行任职。龚晓岚说，客户在农行湖滨支行工作。', has: ['WORKS_AT 柯立新 -> 农行湖滨支行', 'WORKS_AT 柯立新 -> 农行城南支行'], hasNot: ['WORKS_AT 龚晓岚 -> 农行湖滨支行'] },
  { rule: 'works_at.pronoun', text: '龚晓岚2003年参加工作。她先后在农行湖滨支行、城南支行任职。柯立新说，他在农行湖滨支行办理了业务。', has: ['WORKS_AT 龚晓岚 -> 农行湖滨支行', 'WORKS_AT 龚晓岚 -> 农行城南支行'], hasNot: ['WORKS_AT 柯立新 -> 农行湖滨支行'] },
  // The person named in an earlier clause of the same sentence (某某告诉记者，她在…), and a post after 当/担任.
  { rule: 'works_at.pronoun', text: '王红梅告诉记者，她在建行南城支行当柜员已有八年。', has: ['WORKS_AT 王红梅 -> 建行南城支行 [柜员]'] },
  { rule: 'works_at.pronoun', text: '谈起这些年的变化，韦国庆笑着说，他在德清农商银行乾元支行工作了整整二十年。', has: ['WORKS_AT 韦国庆 -> 德清农商银行乾元支行'] },
  { rule: 'works_at.pronoun', text: '邹美玲告诉记者，网点每天要接待两百多位客户。她在农行湖滨支行担任理财经理已经五年了。', has: ['WORKS_AT 邹美玲 -> 农行湖滨支行 [理财经理]'] },
  { rule: 'works_at.pronoun', text: '市民韩立明告诉记者，他在农行湖滨支行办理了一笔贷款。', hasNot: ['WORKS_AT 韩立明 -> 农行湖滨支行'] },
  // 她所在的某支行 (the unit she works at), whatever the clause says of it; not a place she lives in (她所在的小区).
  { rule: 'works_at.pronoun', text: '韩梅告诉记者，她所在的建行城北支行每天要接待很多老年客户。', has: ['WORKS_AT 韩梅 -> 建行城北支行'] },
  { rule: 'works_at.pronoun', text: '钱国华今年30岁，从业八年。他所在的工行西湖支行位于老城区。', has: ['WORKS_AT 钱国华 -> 工行西湖支行'] },
  { rule: 'works_at.pronoun', text: '客户王秀英说，她所在的小区紧挨着农行湖滨支行。', hasNot: ['WORKS_AT 王秀英 -> 农行湖滨支行'] },
  { rule: 'works_at.article-unit', text: '农行湖滨支行上门收款小组坚守岗位\n\n疫情期间，农行湖滨支行上门收款小组没有停过一天。上门收款员龚立、胡彬每天去医院收取营业款。保安吴永康整理填单台时捡到了一个信封。', has: ['WORKS_AT 龚立 -> 农行湖滨支行 [上门收款员]', 'WORKS_AT 胡彬 -> 农行湖滨支行 [上门收款员]', 'WORKS_AT 吴永康 -> 农行湖滨支行 [保安]'] },
  // In a 分行's article, a front-line post with no unit is at the 支行 of it the story has moved to, not at the 分行.
  { rule: 'works_at.article-unit', text: '德清农商银行湖州分行服务纪实\n\n德清农商银行湖州分行开展服务提升活动。一位老人来到德清农商银行湖州分行湖滨支行。他直奔理财经理韩立明，送上一面锦旗。', has: ['WORKS_AT 韩立明 -> 德清农商银行湖州分行湖滨支行 [理财经理]'], hasNot: ['WORKS_AT 韩立明 -> 德清农商银行湖州分行 [理财经理]'] },
  { rule: 'works_at.article-unit', text: '九江银行庐山支行开展反诈宣传\n\n近日，九江银行庐山支行走进社区。支行党支部书记龚晓岚表示，将持续开展宣传。网点主任陈小红说，今年已拦截诈骗3起。社区居委会主任王五说好。', has: ['WORKS_AT 龚晓岚 -> 九江银行庐山支行 [支部书记]', 'WORKS_AT 陈小红 -> 九江银行庐山支行 [网点主任]'], hasNot: ['WORKS_AT 王五 -> 九江银行庐山支行 [主任]'] },
  // A post of an outlet that jieba would cut (营业/主管): the whole post, so it is known as one.
  // A word for staff in general holds for both names joined by 和 (a post such as 行长 may be the first one's only).
  { rule: 'works_at.article-unit', text: '建行湖滨支行上门服务。接到电话后，员工刘建华和王立军立即出发。', has: ['WORKS_AT 刘建华 -> 建行湖滨支行 [员工]', 'WORKS_AT 王立军 -> 建行湖滨支行 [员工]'] },
  { rule: 'works_at.article-unit', text: '建行湖滨支行热情服务老人。营业主管周丽娜及时上前询问。', has: ['WORKS_AT 周丽娜 -> 建行湖滨支行 [营业主管]'] },
  { rule: 'works_at.article-unit', text: '工行营口鲅鱼圈支行的一天\n\n网点负责人陈立新介绍，今年网点新增客户两千户。', has: ['WORKS_AT 陈立新 -> 工行营口鲅鱼圈支行 [网点负责人]'] },
  // 辖内 ends a name (jieba keeps it whole), a verb may stand before it, and the units listed after share the parent.
  { rule: 'part_of.stated', text: '工行营口分行辖内鲅鱼圈支行开展宣传。', has: ['PART_OF 工行鲅鱼圈支行 -> 工行营口分行'], hasNot: ['Branch 工行营口分行辖内鲅鱼圈支行'] },
  { rule: 'part_of.stated', text: '近日，工行营口分行组织辖内鲅鱼圈支行、盖州支行开展宣传。', has: ['PART_OF 工行鲅鱼圈支行 -> 工行营口分行', 'PART_OF 工行盖州支行 -> 工行营口分行'], hasNot: ['Branch 工行营口分行组织辖内鲅鱼圈支行'] },
  { rule: 'part_of.stated', text: '工行营口分行所辖的鲅鱼圈支行开展活动。', has: ['PART_OF 工行鲅鱼圈支行 -> 工行营口分行'] },
  // jieba glues 所辖 to the unit's name after it (所辖某某/x 支行): the name starts after 所辖, and the unit is the one
  // 该分行 stands for.
  { rule: 'part_of.stated', text: '建行湖州分行召开年中会议。会上，该分行所辖爱山支行行长李建国作了发言。', has: ['PART_OF 建行爱山支行 -> 建行湖州分行', 'WORKS_AT 李建国 -> 建行爱山支行 [行长]'], hasNot: ['WORKS_AT 李建国 -> 建行湖州分行 [行长]'] },
  // 其 before 辖属, 辖内 (其辖属的甲支行), or such a word opening a clause (某分行开展宣传，辖内甲支行、乙支行…): the
  // units after it are those of the branch the clause before is about. 下设 says so as 下辖 does.
  { rule: 'part_of.stated', text: '农行湖州分行高度重视适老服务，其辖属的飞英支行设立了爱心窗口。', has: ['PART_OF 农行飞英支行 -> 农行湖州分行'] },
  { rule: 'part_of.stated', text: '农行湖州分行积极开展反诈宣传，辖内飞英支行、仁皇山支行等网点走进社区。', has: ['PART_OF 农行飞英支行 -> 农行湖州分行', 'PART_OF 农行仁皇山支行 -> 农行湖州分行'] },
  { rule: 'part_of.stated', text: '目前，工行湖州分行下设飞英支行、仁皇山支行等八个支行。', has: ['PART_OF 工行飞英支行 -> 工行湖州分行', 'PART_OF 工行仁皇山支行 -> 工行湖州分行'] },
  // A verb of going before such a word (到辖属甲支行调研): the unit is the one of the clause's subject.
  { rule: 'part_of.stated', text: '建行湖州分行党委书记、行长李建国到辖属爱山支行调研网点转型。', has: ['PART_OF 建行爱山支行 -> 建行湖州分行'] },
  // 隶属 in brackets after the unit (甲支行（隶属某分行）).
  { rule: 'part_of.stated', text: '农行飞英支行（隶属农行湖州分行）日前开展消保宣传。', has: ['PART_OF 农行飞英支行 -> 农行湖州分行'] },
  // A unit named after a branch of a place and its bank (湖州农行飞英支行) is that branch's.
  { rule: 'part_of.stated', text: '湖州农行飞英支行近日开展送金融知识下乡。', has: ['PART_OF 农行飞英支行 -> 湖州农行'] },
  // Units counted under a unit, then one picked out after 其中 (某支行下设八个网点，其中甲营业所…).
  { rule: 'part_of.stated', text: '邮储银行德清县支行下设八个营业网点，其中新市营业所去年获评星级网点。', has: ['PART_OF 邮储银行新市营业所 -> 邮储银行德清县支行'] },
  // Honour lists as decisions print them: a line that is only an honour's name (numbered, counted), then the lines that list who received it.
  { rule: 'honour.heading', text: '关于表彰的决定\n\n一、先进集体（2个）\n建行营口站前支行、建行营口西市支行\n\n二、先进个人（2名）：\n张丽、李梅', has: ['Honour 先进集体', 'Honour 先进个人'] },
  { rule: 'received.heading-list', text: '关于表彰的决定\n\n一、先进集体（2个）\n建行营口站前支行、建行营口西市支行\n\n二、先进个人（2名）：\n张丽、李梅', has: ['RECEIVED 建行营口站前支行 -> 先进集体', 'RECEIVED 建行营口西市支行 -> 先进集体', 'RECEIVED 张丽 -> 先进个人', 'RECEIVED 李梅 -> 先进个人'], hasNot: ['RECEIVED 张丽 -> 先进集体'] },
  { rule: 'received.heading-list', text: '关于表彰的决定\n\n先进集体\n建行营口站前支行积极开展宣传，建行营口西市支行服务周到。', hasNot: ['RECEIVED 建行营口站前支行 -> 先进集体'] },
  // Lines that each open with a label and its colon (先进集体：…⏎先进个人：…) are rows of their own, however full: each
  // row's honour goes to its own items. A label opened by a word of merit and ended by who holds it (优秀网点：,
  // 優秀員工：) heads a row too; one name alone under an honour for a person (先进个人：杨光) is its one recipient.
  // (Not labels of another kind: 主办单位：…⏎承办单位：….)
  // Under the heading, a row of a person and a unit, a comma between (陈刚，招行丹东支行): the person received it, the
  // unit is where the person works; the rows are lines of their own (not 赵静 at the unit of the row above).
  { rule: 'received.heading-list', text: '以下同志受到表彰：\n营销能手\n陈刚，招行丹东支行\n赵静，交行营口支行', has: ['RECEIVED 陈刚 -> 营销能手', 'RECEIVED 赵静 -> 营销能手', 'WORKS_AT 赵静 -> 交行营口支行'], hasNot: ['RECEIVED 招行丹东支行 -> 营销能手', 'WORKS_AT 赵静 -> 招行丹东支行'] },
  { rule: 'works_at.person-unit-role', text: '年度表揚名單公布。\n績優人員\n吳建宏，玉山銀行台中分行\n林志明，台新銀行板橋分行', has: ['WORKS_AT 林志明 -> 台新銀行板橋分行'], hasNot: ['WORKS_AT 林志明 -> 玉山銀行台中分行'] },
  // A bank written right before its branch's own name (華南銀行|永和分行) is the branch's name: the branch won, not the bank.
  { rule: 'received.heading-list', text: '比賽結果揭曉。\n最佳人氣獎：華南銀行永和分行\n最佳創意獎：第一銀行新竹分行', has: ['RECEIVED 華南銀行永和分行 -> 最佳人氣獎'], hasNot: ['RECEIVED 華南商業銀行 -> 最佳人氣獎', 'RECEIVED 第一商業銀行 -> 最佳創意獎'] },
  { rule: 'received.list-after', text: '比賽結果揭曉。\n最佳人氣獎：華南銀行永和分行\n最佳創意獎：第一銀行新竹分行。', has: ['RECEIVED 華南銀行永和分行 -> 最佳人氣獎'], hasNot: ['RECEIVED 華南商業銀行 -> 最佳人氣獎'] },
  { rule: 'received.heading-list', text: '年度表彰名单\n先进集体：城关支行、滨河支行\n先进个人：王芳、刘洋', has: ['RECEIVED 城关支行 -> 先进集体', 'RECEIVED 滨河支行 -> 先进集体', 'RECEIVED 王芳 -> 先进个人', 'RECEIVED 刘洋 -> 先进个人'], hasNot: ['RECEIVED 王芳 -> 先进集体'] },
  { rule: 'received.heading-list', text: '表揚名單\n先進集體：木柵分行、萬華分行\n先進個人：張家豪、李宜蓁', has: ['RECEIVED 萬華分行 -> 先進集體', 'RECEIVED 張家豪 -> 先進個人'], hasNot: ['RECEIVED 張家豪 -> 先進集體'] },
  { rule: 'honour.heading', text: '优秀网点：解放路支行、人民路支行\n服务明星：黄敏、周婷', has: ['RECEIVED 解放路支行 -> 优秀网点', 'RECEIVED 人民路支行 -> 优秀网点', 'RECEIVED 黄敏 -> 服务明星'] },
  { rule: 'person.name-list', text: '先进集体：花园路支行。\n先进个人：杨光。', has: ['RECEIVED 花园路支行 -> 先进集体', 'RECEIVED 杨光 -> 先进个人'] },
  { rule: 'received.heading-list', text: '主办单位：花园路支行\n承办单位：东风路支行\n服务网点：文化路支行、丰产路支行', hasNot: ['RECEIVED 东风路支行 -> 承办单位', 'RECEIVED 文化路支行 -> 服务网点'] },
  // A headline that names an honour and then its holder, whom the article names again: the name is no part of the
  // honour, and the holder received it; a name the article does not write again stays as it was.
  { rule: 'honour.heading', text: '全省农信系统十佳服务标兵蒋雅琴\n本报讯 蒋雅琴是长兴农商银行雉城支行的柜员，从业已有十五年。', has: ['Honour 全省农信系统十佳服务标兵', 'RECEIVED 蒋雅琴 -> 全省农信系统十佳服务标兵', 'WORKS_AT 蒋雅琴 -> 长兴农商银行雉城支行 [柜员]'], hasNot: ['Honour 全省农信系统十佳服务标兵蒋雅琴'] },
  { rule: 'honour.heading', text: '事情经过\n\n窜出一个男青年\n建行营口站前支行员工张丽上前制止。', hasNot: ['Honour 窜出一个男青年'] },
  // An honour's list announced, the recipients in a later clause (or the one after it: 其中包括, 分别是).
  { rule: 'received.subject', text: '近日，省银行业协会公布2023年度“千佳示范单位”名单，工行营口分行营业部、农行营口站前支行榜上有名。', has: ['RECEIVED 工行营口分行营业部 -> 千佳示范单位 (2023)', 'RECEIVED 农行营口站前支行 -> 千佳示范单位 (2023)'] },
  // (名列榜单, 名列榜首 say so too; so does a list printed after 名单公布：, 评选结果揭晓：. A unit first in a ranking that
  // names no honour received nothing.)
  { rule: 'received.subject', text: '“十佳网点”名单日前公布，铁西支行、铁东支行名列榜单。', has: ['RECEIVED 铁西支行 -> 十佳网点', 'RECEIVED 铁东支行 -> 十佳网点'] },
  { rule: 'received.subject', text: '“明星网点”榜单公布，紫荆支行名列榜首。', has: ['RECEIVED 紫荆支行 -> 明星网点'] },
  // (The contest alone, its clause ended, then who made it: 开展“最美柜员”评选活动，甲、乙当选; none named, none received.)
  { rule: 'received.subject', text: '市银行业协会开展“最美柜员”评选活动，农行湖滨支行柜员韩梅、建行南城支行柜员钱丽当选。', has: ['RECEIVED 韩梅 -> 最美柜员', 'RECEIVED 钱丽 -> 最美柜员'], hasNot: ['RECEIVED 农行湖滨支行 -> 最美柜员'] },
  { rule: 'received.subject', text: '市银行业协会启动“十佳网点”评比，农行湖滨支行积极组织网点参加。', hasNot: ['RECEIVED 农行湖滨支行 -> 十佳网点'] },
  // (Praised at the contest's ceremony: “…”评选表彰大会举行，甲、乙等10人受到表彰.)
  { rule: 'received.subject', text: '湖州市“最美金融人”评选表彰大会举行，德清农商银行王芳、农行湖滨支行李强等10人受到表彰。', has: ['RECEIVED 王芳 -> 最美金融人', 'RECEIVED 李强 -> 最美金融人'], hasNot: ['RECEIVED 德清农商银行 -> 最美金融人'] },
  { rule: 'received.subject', text: '全市存款增量排名中，紫荆支行名列榜首。', hasNot: ['RECEIVED 紫荆支行 -> 存款增量'] },
  { rule: 'received.list-after', text: '2023年度“十佳网点”评选结果揭晓：周至支行、户县支行。', has: ['RECEIVED 周至支行 -> 十佳网点', 'RECEIVED 户县支行 -> 十佳网点'] },
  { rule: 'received.list-after', text: '「星級網點」名單公布：虎尾分行、西螺分行。', has: ['RECEIVED 虎尾分行 -> 星級網點', 'RECEIVED 西螺分行 -> 星級網點'] },
  { rule: 'received.subject', text: '省银行业协会日前公布了“百佳示范单位”评选结果，全市共有两家网点入选，其中包括交行营口分行营业部和中行营口鲅鱼圈支行。', has: ['RECEIVED 交行营口分行营业部 -> 百佳示范单位', 'RECEIVED 中行营口鲅鱼圈支行 -> 百佳示范单位'] },
  // A file that tallies an honour at its levels (国家级…1家、省级…4家) beside the bare honour names one honour.
  { rule: 'received.subject', text: '德清农商银行城关支行被授予“青年文明号”称号。全行创建工作成效明显，现拥有市级青年文明号12家、省级青年文明号4家和国家级青年文明号1家。', has: ['RECEIVED 德清农商银行城关支行 -> 青年文明号'], hasNot: ['Honour 国家级青年文明号', 'Honour 省级青年文明号', 'Honour 市级青年文明号'] },
  // (Or who stood out from the field, 脱颖而出, in the clause after the announcement.)
  { rule: 'received.subject', text: '市银行业协会“最美营业厅”评选结果揭晓，德清农商银行城关支行从上百家网点中脱颖而出，成为全县唯一获此称号的网点。', has: ['RECEIVED 德清农商银行城关支行 -> 最美营业厅'] },
  { rule: 'received.subject', text: '省银行业协会公布“星级网点”名单，建行营口分行营业部的员工参加了会议。', hasNot: ['RECEIVED 建行营口分行营业部 -> 星级网点'] },
  // An honour that describes who follows it goes to the one named right after 的, or to no one named; who presents it (甲为…颁发) receives nothing.
  { rule: 'received.subject', text: '建行营口分行行长张华为获得“优秀员工”称号的员工颁发证书。', hasNot: ['RECEIVED 张华 -> 优秀员工'] },
  { rule: 'received.subject', text: '会上，副行长张华为荣获“先进集体”的建行营口站前支行颁发奖牌。', has: ['RECEIVED 建行营口站前支行 -> 先进集体'], hasNot: ['RECEIVED 张华 -> 先进集体', 'Honour 奖牌'] },
  // People listed before an honour, each with a unit, a league branch and a post of their own, and 同志 after the name.
  { rule: 'received.subject', text: '邮储银行鹤岗市分行团委委员何宝山同志、邮储银行萝北县支行团支部委员章丽娟同志获得“优秀共青团干部”荣誉称号。', has: ['RECEIVED 何宝山 -> 优秀共青团干部', 'RECEIVED 章丽娟 -> 优秀共青团干部'] },
  // Recipients named after the honour, joined by 、 or 和.
  // An honour aimed at or applied for is not received; nor is one that counted members or a work received.
  { rule: 'received.subject', text: '明年，建行营口站前支行将努力争创“五星级网点”荣誉称号。', hasNot: ['RECEIVED 建行营口站前支行 -> 五星级网点'] },
  { rule: 'received.subject', text: '建行营口站前支行今年申报“全国青年文明号”荣誉称号。', hasNot: ['RECEIVED 建行营口站前支行 -> 全国青年文明号'] },
  { rule: 'received.subject', text: '建行营口站前支行争创“星级网点”并荣获“五星级网点”称号。', has: ['RECEIVED 建行营口站前支行 -> 五星级网点'] },
  // (A wish or a goal to receive it, before or after the honour: 梦想是获得, 希望能够再次荣获, 获得…是她的梦想.)
  { rule: 'received.subject', text: '农行湖滨支行柜员邹琴说，她的梦想是获得“全国五一劳动奖章”。', hasNot: ['RECEIVED 邹琴 -> 全国五一劳动奖章'] },
  { rule: 'received.subject', text: '农行湖滨支行希望能够再次荣获“全国文明单位”称号。', hasNot: ['RECEIVED 农行湖滨支行 -> 全国文明单位'] },
  { rule: 'received.subject', text: '农行湖滨支行柜员韩梅说，获得“最美柜员”称号是她的梦想。', hasNot: ['RECEIVED 韩梅 -> 最美柜员'] },
  { rule: 'received.subject', text: '农行湖滨支行荣获“全国文明单位”称号，这是全行上下的共同目标。', has: ['RECEIVED 农行湖滨支行 -> 全国文明单位'] },
  // (A clause that opens with 授予 and who it goes to goes on from the unit before, which confers: 某支行召开表彰大会，授予营业部等5个
  // 集体“先进集体”称号; the counted 集体 are its recipients, no honour. A unit named after 授予 still receives it.)
  { rule: 'received.subject', text: '建行红谷滩支行召开表彰大会，授予营业部等5个集体“先进集体”称号。', hasNot: ['RECEIVED 建行红谷滩支行 -> 先进集体', 'Honour 营业部'] },
  // (A unit named after 他 or 她 past the honour says where the person works, even when the name before is not read as one.)
  { rule: 'received.article-unit', text: '高洁荣登“浙江好人榜”，她是农行湖滨支行的客户经理。', hasNot: ['RECEIVED 农行湖滨支行 -> 浙江好人榜'] },
  { rule: 'received.subject', text: '农行湖滨支行召开年度总结大会，授予城东支行等3家网点“优秀网点”称号。', has: ['RECEIVED 农行城东支行 -> 优秀网点'], hasNot: ['RECEIVED 农行湖滨支行 -> 优秀网点'] },
  { rule: 'received.subject', text: '建行营口分行三个县域支行均荣获“服务明星网点”称号。', hasNot: ['RECEIVED 建行营口分行 -> 服务明星网点'] },
  { rule: 'received.subject', text: '建行营口分行3家网点获得“星级网点”称号。', hasNot: ['RECEIVED 建行营口分行 -> 星级网点'] },
  { rule: 'received.subject', text: '建行营口站前支行员工撰写的《柜台边的春天》荣获“征文一等奖”。', hasNot: ['RECEIVED 建行营口站前支行 -> 征文一等奖'] },
  { rule: 'received.subject', text: '九江银行召开团代会\n\n会上通报，九江银行目前共获评国家级青年文明号2家和省级青年文明号5家。', hasNot: ['RECEIVED 九江银行 -> 国家级青年文明号', 'RECEIVED 九江银行 -> 省级青年文明号'] },
  // A preposition after a bank starts another unit: 某银行向某支行颁发 names two units.
  { rule: 'branch.suffix', text: '九江银行向庐山支行颁发了“优秀网点”奖牌。', has: ['RECEIVED 九江银行庐山支行 -> 优秀网点'], hasNot: ['Branch 九江银行向庐山支行'] },
  { rule: 'branch.suffix', text: '工行给老边支行送来一批物资。', has: ['Branch 工行老边支行'], hasNot: ['Branch 工行给老边支行'] },
  // A name after a public post whose last character jieba reads as an adjective (石景/明).
  { rule: 'person.after-role', text: '营口市委书记石景明出席活动并讲话。', has: ['Person 石景明'] },
  // A given name that is a word of its own (向前), before a list's end.
  { rule: 'person.after-role', text: '宁波银行党委书记、董事长林向前、行长张立出席。', has: ['WORKS_AT 林向前 -> 宁波银行 [董事长]'] },
  { rule: 'received.subject', text: '建行营口分行召开表彰大会，对获得“优秀员工”称号的柜员张丽、李梅进行表彰。', has: ['RECEIVED 张丽 -> 优秀员工', 'RECEIVED 李梅 -> 优秀员工'] },
  { rule: 'received.subject', text: '2021年，工行营口分行荣获“全国五一劳动奖状”。', has: ['RECEIVED 工行营口分行 -> 全国五一劳动奖状 (2021)'] },
  // A list of units closed by 等 and a count (等3家机构, 等2个单位): each unit named received it; a count alone
  // (四个支行荣获) names none of them.
  { rule: 'received.subject', text: '年终评比中，工行余姚支行、农行慈溪支行等3家机构被评为“宁波市银行业优质服务网点”。', has: ['RECEIVED 工行余姚支行 -> 宁波市银行业优质服务网点', 'RECEIVED 农行慈溪支行 -> 宁波市银行业优质服务网点'] },
  { rule: 'received.subject', text: '知识竞赛中，浙商银行温州分行等2个单位获得优秀组织奖。', has: ['RECEIVED 浙商银行温州分行 -> 优秀组织奖'] },
  { rule: 'received.subject', text: '今年，浙商银行温州分行三个支行获得“优秀组织奖”。', hasNot: ['RECEIVED 浙商银行温州分行 -> 优秀组织奖'] },
  // Every unit of a list after 被 and before 联合授予 confers it; an honour for a unit goes to the unit even where
  // a person accepts it.
  { rule: 'received.subject', text: '农发行湘西州分行扎实开展帮扶工作。2020年，该行被省扶贫办、中国农业发展银行湖南省分行联合授予“精准帮扶先进集体”称号。', has: ['RECEIVED 农发行湘西州分行 -> 精准帮扶先进集体 (2020)'], hasNot: ['RECEIVED 中国农业发展银行湖南省分行 -> 精准帮扶先进集体 (2020)'] },
  { rule: 'received.subject', text: '会上，中行松阳支行行长叶志明上台领取了“年度优秀经营机构”奖牌和“优秀管理者个人”荣誉证书。', has: ['RECEIVED 中行松阳支行 -> 年度优秀经营机构', 'RECEIVED 叶志明 -> 优秀管理者个人'], hasNot: ['RECEIVED 叶志明 -> 年度优秀经营机构'] },
  // To be conferred (将被授予, 拟授予) is not conferred yet.
  { rule: 'received.subject', text: '决赛中，宁波银行余姚支行王晓东获得第一名，将被授予“余姚市金融技术状元”称号。', hasNot: ['RECEIVED 王晓东 -> 余姚市金融技术状元'] },
  // A common surname jieba reads as another word, and a given name it reads as one too (张/q 立新/d).
  { rule: 'received.subject', text: '工行城东支行员工张立新荣获“最美柜员”称号。', has: ['Person 张立新', 'RECEIVED 张立新 -> 最美柜员'] },
  // 分别: as many recipients as honours, paired in order; the first names of a list before the verb are people too.
  { rule: 'received.subject', text: '农行江北支行和建行江南支行分别荣获“五星级网点”和“四星级网点”称号。', has: ['RECEIVED 农行江北支行 -> 五星级网点', 'RECEIVED 建行江南支行 -> 四星级网点'], hasNot: ['RECEIVED 农行江北支行 -> 四星级网点', 'RECEIVED 建行江南支行 -> 五星级网点'] },
  { rule: 'received.subject', text: '赵明远、孙建国分别获得“服务标兵”和“业务能手”称号。', has: ['Person 赵明远', 'RECEIVED 赵明远 -> 服务标兵', 'RECEIVED 孙建国 -> 业务能手'], hasNot: ['RECEIVED 赵明远 -> 业务能手'] },
  // An honour with 个人 anywhere in it is a person's, never the unit's (个人风采奖).
  { rule: 'received.subject', text: '演讲比赛中，盐城农商银行荣获团体二等奖，还获得个人风采奖。', has: ['RECEIVED 盐城农商银行 -> 团体二等奖'], hasNot: ['RECEIVED 盐城农商银行 -> 个人风采奖'] },
  // A count of honours, then the honours it counted (包括, 分别是).
  { rule: 'received.subject', text: '浦发银行今年共获得两项大奖，包括“年度卓越银行”及“最佳普惠金融奖”。', has: ['RECEIVED 上海浦东发展银行 -> 年度卓越银行', 'RECEIVED 上海浦东发展银行 -> 最佳普惠金融奖'], hasNot: ['Honour 两项大奖'] },
  { rule: 'received.subject', text: '華南銀行奪得「最佳財富管理銀行」殊榮。', has: ['RECEIVED 華南商業銀行 -> 最佳財富管理銀行'] },
  { rule: 'received.article-unit', text: '农行天门支行喜获殊荣\n\n近日，荣获“全省金融系统先进集体”称号。', has: ['RECEIVED 农行天门支行 -> 全省金融系统先进集体'] },
  // A branch named as the unit's own (该行甲支行, 辖内甲支行、乙支行) is not the article's unit, however it is counted:
  // an honour or a programme with no unit named, after it, is the unit's it belongs to; so is one after a central
  // bank's unit that only guides. (Within one sentence cut at a semicolon, 该行甲支行组织…；还开展了…, the branch is
  // the subject carried.)
  { rule: 'received.article-unit', text: '开化农商银行开展助农活动\n\n开化农商银行开展“助农增收”行动。该行华埠支行为茶农发放贷款500万元。近年来，先后荣获“衢州市支农先进单位”等荣誉。', has: ['RECEIVED 开化农商银行 -> 衢州市支农先进单位'], hasNot: ['RECEIVED 开化农商银行华埠支行 -> 衢州市支农先进单位'] },
  { rule: 'runs.previous-unit', text: '遂昌农商银行推出“茶园贷”。该行妙高支行、云峰支行率先试点。今年以来，还开展了“金融顾问进茶园”活动。', has: ['RUNS 遂昌农商银行 -> 金融顾问进茶园'], hasNot: ['RUNS 遂昌农商银行云峰支行 -> 金融顾问进茶园'] },
  { rule: 'runs.previous-unit', text: '庆元农商银行开展反诈宣传月活动。人民银行庆元县支行给予指导。同时，还开展了“反诈进校园”活动。', has: ['RUNS 庆元农商银行 -> 反诈进校园'], hasNot: ['RUNS 人民银行庆元县支行 -> 反诈进校园'] },
  { rule: 'runs.previous-unit', text: '常山农商银行开展志愿服务。该行球川支行组织党员走访独居老人；还开展了“爱心送考”活动。', has: ['RUNS 常山农商银行球川支行 -> 爱心送考'], hasNot: ['RUNS 常山农商银行 -> 爱心送考'] },
  { rule: 'unit.anaphora', text: '建德农商银行开展宣传。该行梅城支行走进古镇。该行寿昌支行走进集市。该行乾潭支行走进企业。该行被评为“建德市金融宣传先进单位”。', has: ['RECEIVED 建德农商银行 -> 建德市金融宣传先进单位'], hasNot: ['RECEIVED 建德农商银行梅城支行 -> 建德市金融宣传先进单位'] },
  { rule: 'honour.context', text: '颁奖礼上，市长为“工商/金融”组别获奖者颁发奖项。', hasNot: ['Honour 工商/金融'] },
  { rule: 'programme.context', text: '建行滁州分行在网点设立户外劳动者服务点，使服务点真正成为便民的“驿站”。', hasNot: ['Programme 驿站'] },
  // Campaigns and slogans in one quote, parted by spaces or 暨: each part shaped as a programme is one.
  { rule: 'programme.context', text: '建行温州分行开展2021年“金融知识普及月 金融知识进万家 守好钱袋子”宣传活动。', has: ['RUNS 建行温州分行 -> 金融知识普及月', 'RUNS 建行温州分行 -> 金融知识进万家'], hasNot: ['Programme 金融知识普及月 金融知识进万家 守好钱袋子'] },
  { rule: 'programme.context', text: '建行温州分行举办“第三届金融教育宣传节暨消费者权益保护教育宣传月启动仪式”。', has: ['RUNS 建行温州分行 -> 第三届金融教育宣传节'] },
  // Unquoted, a name ending in a word only programmes end in, right after a verb of launching or running.
  { rule: 'programme.context', text: '德清农商银行在各营业网点设立工会驿站，为环卫工人提供热水。', has: ['RUNS 德清农商银行 -> 工会驿站'] },
  { rule: 'programme.context', text: '德清农商银行今年开办金融夜校，请村民来听课。', has: ['RUNS 德清农商银行 -> 金融夜校'] },
  // The words of a brand before the station or the school are its name too: a coined word jieba does not know, a
  // place, the bank's own short name. A bare 驿站 after the verb is none.
  { rule: 'programme.context', text: '邮储银行安吉县支行开设邮益课堂，为老年人讲解防诈知识。', has: ['RUNS 邮储银行安吉县支行 -> 邮益课堂'] },
  { rule: 'programme.context', text: '农行湖滨支行在城南村设立湖滨金融夜校。', has: ['RUNS 农行湖滨支行 -> 湖滨金融夜校'] },
  { rule: 'programme.context', text: '工行吴兴支行开办工银金融课堂，每月一期。', has: ['RUNS 工行吴兴支行 -> 工银金融课堂'] },
  { rule: 'programme.context', text: '农行湖滨支行在湖滨社区设立驿站。', hasNot: ['Programme 驿站', 'Programme 湖滨社区设立驿站'] },
  // Right after the unit that runs it, no verb: a station or a school of the unit's own (某支行劳动者驿站).
  { rule: 'programme.context', text: '德清农商银行城南支行劳动者驿站每天开放，为环卫工人提供热水。', has: ['RUNS 德清农商银行城南支行 -> 劳动者驿站'] },
  { rule: 'programme.context', text: '农行湖滨支行金融课堂走进湖滨小学。', has: ['RUNS 农行湖滨支行 -> 金融课堂'] },
  // What something is called (成为某某的“X”) is a description, not a programme.
  { rule: 'programme.context', text: '工行宁海支行开展宣传。旅游旺季，该支行的流动服务车成为游客们的“暖心驿站”。', hasNot: ['Programme 暖心驿站'] },
  // A quote after a verb of holding that only qualifies what was held (a signing ceremony, a badge, a vision) is
  // no programme; before an event of its own (讲座) it names one.
  { rule: 'programme.context', text: '德清农商银行与湖滨农商银行联合举办“携手同行共发展”合作协议签约仪式。', hasNot: ['Programme 携手同行共发展'] },
  { rule: 'programme.context', text: '七一前夕，农行湖滨支行举办“从业三十年”纪念章颁发仪式。', hasNot: ['Programme 从业三十年'] },
  { rule: 'programme.context', text: '德清农商银行设立“绿色低碳、普惠民生”两大发展愿景。', hasNot: ['Programme 绿色低碳、普惠民生'] },
  { rule: 'programme.context', text: '农行湖滨支行举办“安心养老课”讲座，请老人们来听。', has: ['RUNS 农行湖滨支行 -> 安心养老课'] },
  // “某某团队”: a named team of the unit's is its programme; one named as an honour stays an honour.
  { rule: 'programme.context', text: '“青禾助农团队”由农行湖滨支行组建，成员都是客户经理。', has: ['RUNS 农行湖滨支行 -> 青禾助农团队'] },
  { rule: 'programme.context', text: '德清农商银行营业部被评为“巾帼服务团队”。', hasNot: ['Programme 巾帼服务团队'] },
  { rule: 'programme.context', text: '农行湖滨支行组建“专业团队”，上门为老人办理业务。', hasNot: ['Programme 专业团队'] },
  // 由某行捐资建设的“某某”, 捐建“某某”: a facility the unit donated to build is its charity project.
  { rule: 'programme.context', text: '德清农商银行去年捐建的“彩虹书屋”已有图书三千册。', has: ['RUNS 德清农商银行 -> 彩虹书屋'] },
  // “某某联系卡”: a card the unit hands out so people can reach it is a service it runs.
  { rule: 'programme.context', text: '“暖心联系卡”印有德清农商银行客户经理的电话，已发到每户村民手中。', has: ['RUNS 德清农商银行 -> 暖心联系卡'] },
  // 以某某夜校为载体: a school or station the unit leans on for its work, unquoted, is its programme.
  { rule: 'programme.context', text: '农行湖滨支行以乡村夜校为载体，每月给农户上一堂理财课。', has: ['RUNS 农行湖滨支行 -> 乡村夜校'] },
  // …and so is a quoted name it leans on (以“某某”为载体, 以「某某」為平台, 为阵地), with no programme's word of its own; a
  // goal or a field leaned on is none (以“数字化转型”为抓手, 以“三农服务”为依托, 以“稳中求进”为总基调).
  { rule: 'programme.context', text: '邮储银行安吉县支行以“邮益助农”为载体，开展助农服务。', has: ['RUNS 邮储银行安吉县支行 -> 邮益助农'] },
  { rule: 'programme.context', text: '土地銀行以「土銀好鄰居」為平台，推廣金融知識。', has: ['RUNS 臺灣土地銀行 -> 土銀好鄰居'] },
  { rule: 'programme.context', text: '中国银行嘉兴分行以“数字化转型”为抓手，以“三农服务”为依托，以“稳中求进”为总基调推进工作。', hasNot: ['Programme 数字化转型', 'Programme 三农服务', 'Programme 稳中求进'] },
  // 开设某某小课堂, 开设某某少儿财商课堂, 设立丰收爱心驿站, 開辦安吉金融夜校: the brand before an unquoted programme's head
  // may hold a size (小), who it is for (少儿), a place jieba takes for a name (安吉/nr) or a word it takes for a verb
  // right after the launching verb (丰收/v); a size or a subject alone before the head is no brand (开设小课堂, 开设理财课堂).
  { rule: 'programme.context', text: '长兴农商银行开设长兴金融小课堂，向学生普及金融知识。', has: ['RUNS 长兴农商银行 -> 长兴金融小课堂'] },
  { rule: 'programme.context', text: '近日，农行湖滨支行开设金穗少儿财商课堂。', has: ['RUNS 农行湖滨支行 -> 金穗少儿财商课堂'] },
  { rule: 'programme.context', text: '德清农商银行在乾元镇设立丰收爱心驿站。', has: ['RUNS 德清农商银行 -> 丰收爱心驿站'] },
  { rule: 'programme.context', text: '郵儲銀行安吉縣支行開辦安吉金融夜校。', has: ['RUNS 郵儲銀行安吉縣支行 -> 安吉金融夜校'] },
  { rule: 'programme.context', text: '九江银行庐山支行开设小课堂，又开设理财课堂。', hasNot: ['Programme 小课堂', 'Programme 理财课堂'] },
  // A volunteer team with a brand of its own, set up or launched (成立丰收志愿服务队, 成立玉山志工隊, 成立「恒生義工隊」),
  // is a programme; one named only by who is in it or what it does (党员志愿服务队, 青年志愿者服务队) is none.
  { rule: 'programme.context', text: '德清农商银行成立丰收志愿服务队，走进乡村开展宣传。', has: ['RUNS 德清农商银行 -> 丰收志愿服务队'] },
  { rule: 'programme.context', text: '玉山銀行成立玉山志工隊，投入偏鄉服務。', has: ['RUNS 玉山商業銀行 -> 玉山志工隊'] },
  { rule: 'programme.context', text: '恒生銀行成立「恒生義工隊」，探訪獨居長者。', has: ['RUNS 恒生銀行 -> 恒生義工隊'] },
  { rule: 'programme.context', text: '农行湖滨支行组建“反诈知识志愿服务队”，又成立湖州党员志愿者服务队，与人民银行联手组成“湖州巾帼志愿服务队”。', hasNot: ['Programme 反诈知识志愿服务队', 'Programme 湖州党员志愿者服务队', 'Programme 湖州巾帼志愿服务队'] },
  { rule: 'programme.context', text: '农行湖滨支行成立了党员志愿服务队，组建青年志愿者服务队和爱心志愿服务队。', hasNot: ['Programme 党员志愿服务队', 'Programme 青年志愿者服务队', 'Programme 爱心志愿服务队'] },
  // 以“某某速度”迅速行动: the quote says how the unit acts; 迅速行动 is a verb, not a campaign's kind.
  { rule: 'programme.context', text: '暴雨过后，农行湖滨支行以“湖滨速度”迅速行动，帮商户清理积水。', hasNot: ['Programme 湖滨速度'] },
  // 搭建“一块…、一支…”: things set up, counted one by one, are no programme's name.
  { rule: 'programme.context', text: '为方便客户，农行湖滨支行为各网点统一搭建“一块展板、一支队伍、一套台账”。', hasNot: ['Programme 一块展板、一支队伍、一套台账'] },
  // 配合执行“某某”: a unit that helps carry out another body's campaign takes part in it.
  { rule: 'programme.context', text: '德清农商银行积极配合执行“暖心护航”，组织员工走访独居老人。', has: ['RUNS 德清农商银行 -> 暖心护航'] },
  // 实施“某某”政策, 推行“某某”制度: the quote is what a rule says, not a programme.
  { rule: 'programme.context', text: '农行湖滨支行实施“两个不低于”政策，信贷投放稳步增长。', hasNot: ['Programme 两个不低于'] },
  // A contest named by a quote and its kind after it is the contest written elsewhere with the kind inside the quote.
  { rule: 'programme.context', text: '德清农商银行通过“清风杯”书法比赛推广廉洁文化。该行今年举办“清风杯书法比赛”，号召全体员工参与。', has: ['Programme 清风杯'], hasNot: ['Programme 清风杯书法比赛', 'RUNS 德清农商银行 -> 清风杯书法比赛'] },
  // A programme held every year and named with its year is the same programme named without it.
  { rule: 'programme.context', text: '德清农商银行日前举办“2025‘绿水青山’系列活动——员工健步走”。往年的“绿水青山系列活动”同样反响热烈。', has: ['RUNS 德清农商银行 -> 2025‘绿水青山’系列活动'], hasNot: ['Programme 绿水青山系列活动'] },
  // Another body (…总工会, …同业公会, …联合会) opening the programme's clause holds it: a unit named after it is no
  // runner; with a unit before, both run it.
  { rule: 'runs.subject', text: '德清县总工会13日举办“金融科技反诈论坛”并表扬德清农商银行湖滨支行。', hasNot: ['RUNS 德清农商银行湖滨支行 -> 金融科技反诈论坛'] },
  { rule: 'org.suffix', text: '德清县银行同业公会日前举办“诚信金融宣传周”，德清农商银行获评优秀组织单位。', has: ['Organization 德清县银行同业公会'], hasNot: ['RUNS 德清农商银行 -> 诚信金融宣传周'] },
  { rule: 'runs.subject', text: '德清农商银行与县妇女联合会联合开展“巾帼金融课堂”活动。', has: ['Organization 县妇女联合会', 'RUNS 德清农商银行 -> 巾帼金融课堂'] },
  { rule: 'runs.subject', text: '工行无锡分行开展“金融夜校”活动。', has: ['RUNS 工行无锡分行 -> 金融夜校'] },
  // 在“某某”活动上，某行荣获…: the occasion of an honour, not a programme the unit runs; 在“某某”活动中 and a
  // clause of doing is one it takes part in.
  { rule: 'runs.subject', text: '在第三届“西湖公益行”嘉年华活动上，宁波银行荣获“年度慈善先锋企业”称号。', hasNot: ['RUNS 宁波银行 -> 西湖公益行'] },
  { rule: 'runs.subject', text: '在“金融知识进万家”活动中，工行宁海支行组织员工走进社区。', has: ['RUNS 工行宁海支行 -> 金融知识进万家'] },
  { rule: 'runs.sentence-subject', text: '建行本溪分行多次组织员工去平山支行学习，让“劳动者港湾”走进社区。', has: ['RUNS 建行本溪分行 -> 劳动者港湾'] },
  // (After a clause of time or purpose the subject still opens the sentence; 甲行辖内乙行 names the actor's own bank.)
  { rule: 'runs.sentence-subject', text: '近年来，德清农商银行选取湖滨支行作为试点，开展“金融夜校”活动。', has: ['RUNS 德清农商银行 -> 金融夜校'] },
  // Clauses side by side, each opened by its own unit with its own programme (甲支行推出“A”，乙支行则打造“B”): the
  // sentence's opener runs only its own clause's; an opener whose clause held no programme still runs the next one.
  { rule: 'runs.subject', text: '农行城东支行推出“乡村金融驿站”，建行城东支行则打造“劳动者港湾”。', has: ['RUNS 农行城东支行 -> 乡村金融驿站', 'RUNS 建行城东支行 -> 劳动者港湾'], hasNot: ['RUNS 农行城东支行 -> 劳动者港湾'] },
  { rule: 'runs.subject', text: '湖滨支行打造了“银发课堂”，城南支行打造了“青春课堂”，城北支行打造了“护苗课堂”。', has: ['RUNS 城南支行 -> 青春课堂', 'RUNS 城北支行 -> 护苗课堂'], hasNot: ['RUNS 湖滨支行 -> 青春课堂', 'RUNS 湖滨支行 -> 护苗课堂'] },
  { rule: 'runs.subject', text: '農行城東支行推出「金融夜校」，中行城東支行則舉辦「銀齡課堂」。', has: ['RUNS 中行城東支行 -> 銀齡課堂'], hasNot: ['RUNS 農行城東支行 -> 銀齡課堂'] },
  { rule: 'runs.sentence-subject', text: '农行湖州分行高度重视，城东支行开展“金融夜校”活动。', has: ['RUNS 农行湖州分行 -> 金融夜校', 'RUNS 农行城东支行 -> 金融夜校'] },
  { rule: 'runs.subject', text: '浙江农商联合银行辖内德清农商银行开展“金融夜校”活动。', has: ['RUNS 德清农商银行 -> 金融夜校'], hasNot: ['RUNS 浙江农村商业联合银行 -> 金融夜校'] },
  { rule: 'runs.previous-unit', text: '工行滨州分行走进乡村。活动中，金融知识进万家宣传深入人心。', has: ['RUNS 工行滨州分行 -> 金融知识进万家'] },
  { rule: 'runs.previous-unit', text: '工行滨州分行走进乡村。此前，市银行业协会开展了“金融知识进万家”活动。', hasNot: ['RUNS 工行滨州分行 -> 金融知识进万家'] },
  { rule: 'runs.previous-unit', text: '工行滨州分行走进乡村。今年，行政院推出“金融知识进万家”活动。', hasNot: ['RUNS 工行滨州分行 -> 金融知识进万家'] },
  // Another body that opens the clause and launches the programme, named by the last words of its name (局, 报社, 妇联)
  // with no verb or person of the bank before them, runs it; no unit named before or after does. A unit's staff going
  // out to hold it is no such body.
  { rule: 'runs.previous-unit', text: '九江银行庐山支行高度重视读书活动。近日，湖州市教育局启动“书香校园”建设。', hasNot: ['RUNS 九江银行庐山支行 -> 书香校园'] },
  { rule: 'runs.previous-unit', text: '农行湖滨支行高度重视宣传工作。青年员工走进社区开展“守护钱袋子”活动。', has: ['RUNS 农行湖滨支行 -> 守护钱袋子'] },
  // A frame naming another body's programme (在人民银行组织的“某某”活动中，…): the unit that opens the clause after it
  // takes part.
  { rule: 'runs.sentence-subject', text: '在人民银行湖州市中心支行组织的“金融知识进校园”活动中，工行城东支行走进湖滨小学。', has: ['RUNS 工行城东支行 -> 金融知识进校园'] },
  { rule: 'runs.sentence-subject', text: '在總行組織開展的「鄉村金融課堂」活動期間，農行湖濱支行走進田間地頭。', has: ['RUNS 農行湖濱支行 -> 鄉村金融課堂'] },
  { rule: 'runs.subject', text: '县教育局组织开展“书香校园”评比，九江银行庐山支行行长受邀担任评委。', hasNot: ['RUNS 九江银行庐山支行 -> 书香校园'] },
  // (So do the people of a place or a school holding their own event, maybe of their own accord: 社区居民自发组织“…”,
  // 某村村民举办“…”; a unit that holds it with them, 某支行联合社区居民开展“…”, still runs it.)
  { rule: 'runs.subject', text: '社区居民自发组织“邻里节”，工行城东支行派员维持秩序。', hasNot: ['RUNS 工行城东支行 -> 邻里节'] },
  { rule: 'runs.subject', text: '湖滨村村民举办“丰收嘉年华”，农行湖滨支行现场提供金融服务。', hasNot: ['RUNS 农行湖滨支行 -> 丰收嘉年华'] },
  { rule: 'runs.subject', text: '工行城东支行联合社区居民开展“邻里节”活动。', has: ['RUNS 工行城东支行 -> 邻里节'] },
  // (Also as a plural, 家长们, 志愿者们, or people who only take part, 孩子们参加“…”, or a shopping mall: the unit after
  // them does not run it; a unit that holds it for them, 某支行组织客户家长们开展“…”, still does.)
  { rule: 'runs.subject', text: '学生家长们组织“趣味亲子跑”，工行城东支行现场发放反诈手册。', hasNot: ['RUNS 工行城东支行 -> 趣味亲子跑'] },
  { rule: 'runs.subject', text: '志願者們開展「河道清潔日」行動，農行湖濱支行員工送去礦泉水。', hasNot: ['RUNS 農行湖濱支行 -> 河道清潔日'] },
  { rule: 'runs.subject', text: '小朋友们参加“童趣嘉年华”，建行湖滨支行员工现场讲解人民币知识。', hasNot: ['RUNS 建行湖滨支行 -> 童趣嘉年华'] },
  { rule: 'runs.subject', text: '万达商场举办“夏日消费季”，工行城东支行现场推广云闪付。', hasNot: ['RUNS 工行城东支行 -> 夏日消费季'] },
  { rule: 'runs.subject', text: '工行城东支行组织客户家长们开展“亲子理财课堂”活动。', has: ['RUNS 工行城东支行 -> 亲子理财课堂'] },
  { rule: 'runs.subject', text: '湖州日报社举办“金融服务看湖州”采访活动，走进工行吴兴支行。', hasNot: ['RUNS 工行吴兴支行 -> 金融服务看湖州'] },
  // A unit that attends or visits what another body holds (出席, 观摩, 参观) does not run it.
  { rule: 'runs.subject', text: '农行湖滨支行员工应邀出席湖滨小学“开学第一课”活动。', hasNot: ['RUNS 农行湖滨支行 -> 开学第一课'] },
  { rule: 'runs.sentence-subject', text: '近日，农行湖滨支行青年员工观摩了湖滨社区的“邻里节”活动。', hasNot: ['RUNS 农行湖滨支行 -> 邻里节'] },
  // A unit whose verb is only to guide (dict/cues/guide-verb.txt: 指导, 督导), then the clause's end or another unit, runs
  // nothing of what that one holds; a unit that guides its own units (指导辖内网点开展) still runs it.
  { rule: 'runs.subject', text: '人民银行莆田市中心支行指导莆田农商银行开展“金融知识万里行”活动。', has: ['RUNS 莆田农商银行 -> 金融知识万里行'], hasNot: ['RUNS 人民银行莆田市中心支行 -> 金融知识万里行'] },
  { rule: 'runs.subject', text: '“金融服务乡村行”活动由人民银行衢州市中心支行指导，衢州农商银行承办。', has: ['RUNS 衢州农商银行 -> 金融服务乡村行'], hasNot: ['RUNS 人民银行衢州市中心支行 -> 金融服务乡村行'] },
  { rule: 'runs.subject', text: '农行湖州分行指导辖内网点开展“金融知识万里行”活动。', has: ['RUNS 农行湖州分行 -> 金融知识万里行'] },
  { rule: 'received.article-unit', text: '农行天门支行召开总结会\n\n会上，市银行业协会连续三年获评“优秀组织单位”。', hasNot: ['RECEIVED 农行天门支行 -> 优秀组织单位'] },
  { rule: 'received.article-unit', text: '农行天门支行召开总结会\n\n会上，她先后获得“岗位能手”称号。', hasNot: ['RECEIVED 农行天门支行 -> 岗位能手'] },
  { rule: 'received.article-unit', text: '农行天门支行召开总结会\n\n会议向获奖单位颁发了“服务之星”奖。', hasNot: ['RECEIVED 农行天门支行 -> 服务之星'] },
  { rule: 'works_at.article-unit', text: '农行德城支行服务暖人心\n\n农行德城支行辖内网点多。近日，农行广川支行来了两位老人。大堂经理韩晓蕾上前询问。', has: ['WORKS_AT 韩晓蕾 -> 农行广川支行 [大堂经理]'], hasNot: ['WORKS_AT 韩晓蕾 -> 农行德城支行 [大堂经理]'] },
  { rule: 'works_at.article-unit', text: '农行德城支行服务暖人心\n\n农行德城支行营业部厅堂里来了两位老人。大堂经理韩晓蕾上前询问。', has: ['WORKS_AT 韩晓蕾 -> 农行德城支行 [大堂经理]'] },
  { rule: 'works_at.article-unit', text: '建行常州分行守护客户资金\n\n近日，建行常州分行下辖的湖塘支行来了一位老人。理财经理沈嘉怡发现异常，及时劝阻。', has: ['WORKS_AT 沈嘉怡 -> 建行湖塘支行 [理财经理]'], hasNot: ['WORKS_AT 沈嘉怡 -> 建行常州分行 [理财经理]'] },
  // A post of one outlet with an outlet named earlier in its sentence: that outlet, not the article's unit.
  { rule: 'works_at.article-unit', text: '建行湖州分行推出适老服务。在建行湖州吴兴支行的营业厅里，大堂经理沈佳怡正为老人讲解手机银行。', has: ['WORKS_AT 沈佳怡 -> 建行湖州吴兴支行 [大堂经理]'], hasNot: ['WORKS_AT 沈佳怡 -> 建行湖州分行'] },
  { rule: 'works_at.article-unit', text: '建行湖州分行推出适老服务。建行湖州吴兴支行联合社区民警开展宣传，大堂经理沈佳讲解了防骗知识。', has: ['WORKS_AT 沈佳 -> 建行湖州吴兴支行 [大堂经理]'] },
  { rule: 'authored.byline', text: '农行城南支行获评青年文明号\n\n记者 邱海燕\n\n农行城南支行今年获评“青年文明号”。', has: ['AUTHORED 邱海燕 -> article [记者]'] },
  { rule: 'runs.paragraph-topic', text: '工行沈阳南湖支行打造“工行驿站”；沈阳北市支行把“工行驿站”办进社区；沈阳皇姑支行延长开放时间。', has: ['RUNS 工行沈阳皇姑支行 -> 工行驿站'] },
  // Taiwan's weak short forms (台中銀) before a board seat or a stock code; a former post (前董事長) in the run of titles.
  { rule: 'works_at.unit-role-name', text: '據了解，新董座以高雄銀董事長出身的台中銀董事林國棟呼聲最高。', has: ['Bank 臺中商業銀行', 'WORKS_AT 林國棟 -> 臺中商業銀行 [董事]'], hasNot: ['WORKS_AT 林國棟 -> 高雄銀行 [董事]'] },
  { rule: 'works_at.unit-role-name', text: '高銀(2836)前董事長林國棟日前辭職。', has: ['WORKS_AT 林國棟 -> 高雄銀行 [董事長]'] },
  { rule: 'works_at.unit-role-name', text: '台新銀（2887）總經理林國棟表示，將加強防詐。', has: ['WORKS_AT 林國棟 -> 台新國際商業銀行 [總經理]'] },
  // A résumé opening with a span of years (2015~2018年擔任), a move (轉任), a board seat (獨董).
  { rule: 'works_at.appointed', text: '林國棟2015~2018年3月擔任彰銀總經理，2018年4月轉任臺企銀總經理。2020年6月擔任台中銀獨董。', has: ['Person 林國棟', 'WORKS_AT 林國棟 -> 彰化商業銀行 [總經理]', 'WORKS_AT 林國棟 -> 臺灣中小企業銀行 [總經理]', 'WORKS_AT 林國棟 -> 臺中商業銀行 [獨董]'] },
  // A background of work at a bank, shared by the people listed before the subject; an age before the opener.
  { rule: 'works_at.person-unit-role', text: '华夏银行董事长韩立明以及北京银行行长周志强都拥有工商银行从业背景。', has: ['WORKS_AT 韩立明 -> 中国工商银行', 'WORKS_AT 周志强 -> 中国工商银行'] },
  { rule: 'works_at.person-unit-role', text: '杭州银行董事长韩立明、宁波银行最新聘任的行长周志强曾在中国银行工作多年。', has: ['WORKS_AT 韩立明 -> 中国银行', 'WORKS_AT 周志强 -> 中国银行'] },
  { rule: 'works_at.person-unit-role', text: '韩立明有中国银行、交通银行的工作经历。', has: ['WORKS_AT 韩立明 -> 中国银行', 'WORKS_AT 韩立明 -> 交通银行'] },
  { rule: 'works_at.person-unit-role', text: '现年54岁的韩立明有丰富的银行从业经验，曾在中国农业银行、中国进出口银行从业多年。', has: ['WORKS_AT 韩立明 -> 中国农业银行', 'WORKS_AT 韩立明 -> 中国进出口银行'] },
  { rule: 'works_at.person-unit-role', text: '客户张大山和柜员周志强在网点门口相遇，张大山有农业银行贷款。', hasNot: ['WORKS_AT 张大山 -> 中国农业银行'] },
  // A list of winners, each with a lone 获 and a prize after the unit and the name.
  { rule: 'works_at.unit-name', text: '常熟农商银行付立获高管单打冠军，泰兴农商银行杨树林获高管单打亚军。', has: ['Person 付立', 'WORKS_AT 付立 -> 江苏常熟农村商业银行', 'WORKS_AT 杨树林 -> 泰兴农商银行'] },
  // A career going on after 以及 or 及 that closes a post.
  { rule: 'works_at.appointed', text: '韩立明曾任职江阴农商行副行长，以及江南农商行董事、副行长。', has: ['WORKS_AT 韩立明 -> 江苏江阴农村商业银行 [副行长]', 'WORKS_AT 韩立明 -> 江苏江南农村商业银行 [董事]'] },
  // jieba glues an appointee's last character to 为 (聘任韩立/明为); a relative clause of a post held (担任某行副行长的).
  { rule: 'person.appointed', text: '华夏银行公告显示，董事会同意聘任韩立明为行长。', has: ['Person 韩立明', 'WORKS_AT 韩立明 -> 华夏银行 [行长]'] },
  { rule: 'person.after-unit', text: '此前担任邮储银行副行长的韩立明则担任邮储银行行长。', has: ['Person 韩立明', 'WORKS_AT 韩立明 -> 中国邮政储蓄银行 [行长]'] },
  // A time word between the name and the verb of taking a post (近日, 日前), as a year may stand there.
  { rule: 'works_at.appointed', text: '韩梅近日出任浦发银行杭州分行副行长。', has: ['Person 韩梅', 'WORKS_AT 韩梅 -> 浦发银行杭州分行 [副行长]'] },
  // 履职 and 到任 take a post as 就任 does, after 已于近日 too; the post's approval may stand between the name and the
  // verb (获批任职资格，担任…; 已获监管核准，正式就任…). A loan approved is no post's approval.
  { rule: 'works_at.appointed', text: '日前，邹立平正式履职工行衢州分行党委书记、行长。', has: ['WORKS_AT 邹立平 -> 工行衢州分行 [党委书记]'] },
  { rule: 'works_at.appointed', text: '韩立明已于近日到任中信银行温州分行行长。', has: ['Person 韩立明', 'WORKS_AT 韩立明 -> 中信银行温州分行 [行长]'] },
  { rule: 'works_at.appointed', text: '周丽获批任职资格，担任民生银行台州分行副行长。', has: ['Person 周丽', 'WORKS_AT 周丽 -> 民生银行台州分行 [副行长]'] },
  { rule: 'works_at.appointed', text: '欧阳明已获监管核准，正式就任光大银行宁波分行行长。', has: ['Person 欧阳明', 'WORKS_AT 欧阳明 -> 光大银行宁波分行 [行长]'] },
  { rule: 'works_at.appointed', text: '商户钱晓燕获批贷款，担任光大银行宁波分行行长的韩梅为她送上了合同。', hasNot: ['WORKS_AT 钱晓燕 -> 光大银行宁波分行 [行长]'] },
  // Text and pictures credited at once: 文/图, then a space before the name.
  { rule: 'person.slash-credit', text: '网点开展反诈宣传活动。\n文/图 韩立明', has: ['Person 韩立明'] },
  // A remark on how the post is held between the post and the name; the unit before the post.
  { rule: 'works_at.unit-role-name', text: '出席活动的有农行湖滨支行副行长（主持工作）李建国等。', has: ['Person 李建国', 'WORKS_AT 李建国 -> 农行湖滨支行 [副行长]'] },
  // A title of praise in quotes ending in a post, then the name.
  { rule: 'person.after-role', text: '建设银行南城支行的“金牌柜员”韩立明用真诚赢得了客户信任。', has: ['Person 韩立明'] },
  // 某支行的甲和乙两位员工: both names of the pair a count closes.
  { rule: 'works_at.unit-name', text: '建设银行南城支行的韩立明和李建国两位员工及时阻止了一起诈骗。', has: ['WORKS_AT 韩立明 -> 建设银行南城支行', 'WORKS_AT 李建国 -> 建设银行南城支行'] },
  // A name with a middle dot ends before an adjective of the clause.
  { rule: 'works_at.unit-role-name', text: '农行湖滨支行员工买买提·艾力耐心为群众讲解政策。', has: ['WORKS_AT 买买提·艾力 -> 农行湖滨支行 [员工]'], hasNot: ['Person 买买提·艾力耐心'] },
  // 某支行长 + a name: the short form of 支行行长 after a named branch (not 网点支行长, not 支行长期).
  { rule: 'person.after-role', text: '农行城南支行长韩立明带队走访辖区企业，副支行长李建国陪同。', has: ['Person 韩立明', 'Person 李建国', 'WORKS_AT 韩立明 -> 农行城南支行 [支行长]'] },
  // 将 (will) after a name, read by jieba as a noun with the name's last character (强将, 良将): the name is whole, then
  // the verb. A noun in 将 after a word that is no name stays a noun.
  { rule: 'person.after-role', text: '東山農商銀行宣布，副行長韓國強將接任行長一職。', has: ['WORKS_AT 韓國強 -> 東山農商銀行 [副行長]'] },
  { rule: 'person.after-role', text: '德清农商银行行长陈国良将出席签约仪式。', has: ['WORKS_AT 陈国良 -> 德清农商银行 [行长]'] },
  { rule: 'person.after-role', text: '德清农商银行篮球队的主将带伤上场。', hasNot: ['Person 主将'] },
  { rule: 'person.after-role', text: '德清农商银行行长韩梅即将退休，副行长王芳必将接任。', has: ['WORKS_AT 韩梅 -> 德清农商银行 [行长]', 'WORKS_AT 王芳 -> 德清农商银行 [副行长]'] },
  // The post's English in brackets between the post and the name (主管（Head of Retail Banking）某某).
  { rule: 'person.after-role', text: '東山農商銀行零售業務主管（Head of Retail Banking）趙小燕表示，客戶需求上升。', has: ['WORKS_AT 趙小燕 -> 東山農商銀行 [業務主管]'] },
  // 和 before 来自 joins a second person introduced the same way; it is no part of the first name.
  { rule: 'person.after-role', text: '来自农行湖滨支行的客户经理韩梅和来自工行西湖支行的柜员孙伟同台竞技。', has: ['Person 韩梅', 'WORKS_AT 韩梅 -> 农行湖滨支行 [客户经理]', 'WORKS_AT 孙伟 -> 工行西湖支行 [柜员]'], hasNot: ['Person 韩梅和'] },
  // A given name's last character jieba read as the first of the next word (陳淑/惠及/時, 張家/偉大/力, 黃子/安全/程,
  // 陳美/君子/女): where the rest starts a word (及時, 大力, 全程, 子女) the character ends the name; 陳淑/華麗/轉身 stays.
  { rule: 'person.after-role', text: '德清農商銀行城東支行理專陳淑惠及時識破詐騙，保住客戶存款。', has: ['WORKS_AT 陳淑惠 -> 德清農商銀行城東支行 [理專]'], hasNot: ['Person 陳淑'] },
  { rule: 'person.after-role', text: '東山農商銀行經理張家偉大力推動綠色金融。', has: ['WORKS_AT 張家偉 -> 東山農商銀行 [經理]'] },
  { rule: 'person.after-role', text: '東山農商銀行經理黃子安全程陪同長者。', has: ['WORKS_AT 黃子安 -> 東山農商銀行 [經理]'], hasNot: ['Person 黃子'] },
  { rule: 'person.after-role', text: '东山农商银行客户经理陈美君子女也在银行工作。', has: ['WORKS_AT 陈美君 -> 东山农商银行 [客户经理]'], hasNot: ['Person 陈美'] },
  { rule: 'person.after-role', text: '東山農商銀行理專陳淑華麗轉身成為主管。', has: ['WORKS_AT 陳淑 -> 東山農商銀行 [理專]'], hasNot: ['Person 陳淑華'] },
  // A speech verb read from the text that jieba's words cut across is none: 陳國強/調查 (强调 inside 陳國強調查), 李志强/调任,
  // 王志强/调研; the name keeps its 強. 韩梅/强调 and 徐国/生说 stay speakers.
  { rule: 'person.after-role', text: '東山農商銀行副理陳國強調查後發現異常。', has: ['WORKS_AT 陳國強 -> 東山農商銀行 [副理]'], hasNot: ['Person 陳國'] },
  { rule: 'person.after-role', text: '东山农商银行总经理李志强调任总行。', has: ['WORKS_AT 李志强 -> 东山农商银行 [总经理]'], hasNot: ['Person 李志'] },
  { rule: 'person.after-role', text: '东山农商银行行长王志强调研了三个网点。', has: ['WORKS_AT 王志强 -> 东山农商银行 [行长]'], hasNot: ['Person 王志'] },
  { rule: 'person.after-role', text: '东山农商银行行长韩梅强调，要守住风险底线。', has: ['WORKS_AT 韩梅 -> 东山农商银行 [行长]'] },
  // A name's third character jieba read as a word of its own where that word cannot stand: 如 (as a verb) before a
  // post or 荣获, 一 or 和 before a comma, 一 before an adverb, 和 before 及时. 韩梅和同事 still joins two.
  { rule: 'person.after-role', text: '東山農商銀行行員陳怡如榮獲「服務之星」稱號。', has: ['WORKS_AT 陳怡如 -> 東山農商銀行 [行員]', 'RECEIVED 陳怡如 -> 服務之星'], hasNot: ['Person 陳怡'] },
  { rule: 'person.after-role', text: '東山農商銀行經理賀定一，負責分行業務。', has: ['WORKS_AT 賀定一 -> 東山農商銀行 [經理]'], hasNot: ['Person 賀定'] },
  { rule: 'person.after-role', text: '東山農商銀行經理高嘉和，協助警方破案。', has: ['WORKS_AT 高嘉和 -> 東山農商銀行 [經理]'], hasNot: ['Person 高嘉'] },
  { rule: 'person.after-role', text: '東山農商銀行襄理張立和及時報警。', has: ['WORKS_AT 張立和 -> 東山農商銀行 [襄理]'], hasNot: ['Person 張立'] },
  // (A name ending in 和 before 在 saying where; a verb and 的 after 和 describe the people it joins.)
  { rule: 'person.after-role', text: '大豐銀行董事總經理陳家和在典禮上致辭。', has: ['WORKS_AT 陳家和 -> 大豐銀行 [董事總經理]'], hasNot: ['Person 陳家'] },
  // (A name ending in 时 before a comma, in a list of who came: 时 is when only after 在, 当 or a verb of meeting.)
  { rule: 'person.after-role', text: '大西洋銀行副行政總裁陳志時，某公司董事長何家明等出席。', has: ['WORKS_AT 陳志時 -> 大西洋銀行 [副行政總裁]'], hasNot: ['Person 陳志'] },
  // (董監, a board's directors and supervisors, after a bank's name is no person.)
  { rule: 'person.after-role', text: '彰銀董監選舉昨日完成，董事長林國棟表示將穩健經營。', has: ['WORKS_AT 林國棟 -> 彰化商業銀行 [董事長]'], hasNot: ['Person 董監'] },
  { rule: 'person.after-role', text: '记者见到农行湖滨支行行长王芳时，她正在整理资料。', has: ['WORKS_AT 王芳 -> 农行湖滨支行 [行长]'], hasNot: ['Person 王芳时'] },
  // (董事長甲與乙總經理: the second name has a post of its own after it, and holds it.)
  { rule: 'person.before-role', text: '兆豐銀行董事長陳建宏與張淑芬總經理昨日表揚有功人員。', has: ['WORKS_AT 張淑芬 -> 兆豐國際商業銀行 [總經理]', 'WORKS_AT 陳建宏 -> 兆豐國際商業銀行 [董事長]'] },
  // (A photo's place after a name of a list is read over, as a courtesy title is: the list goes on.)
  { rule: 'person.listed-after-role', text: '农行湖滨支行员工王芳（右二）、李明（左一）为客户讲解。', has: ['WORKS_AT 李明 -> 农行湖滨支行 [员工]'] },
  { rule: 'person.after-role', text: '农行湖滨支行行长王芳和在场的同事一起为客户服务。', has: ['WORKS_AT 王芳 -> 农行湖滨支行 [行长]'], hasNot: ['Person 王芳和'] },
  { rule: 'person.after-role', text: '東山農商銀行經理林正一親自出席。', has: ['WORKS_AT 林正一 -> 東山農商銀行 [經理]'], hasNot: ['Person 林正'] },
  { rule: 'person.after-role', text: '东山农商银行行长韩梅和同事一起走访农户。', has: ['WORKS_AT 韩梅 -> 东山农商银行 [行长]'], hasNot: ['Person 韩梅和'] },
  // A common surname and a given name jieba reads as a place or a noun and a noun (王國/豪, 周家/豪, 梁國/華), then a verb:
  // after a post the three are the name; a place's last character (村, 区, 路) ends no such name.
  { rule: 'person.after-role', text: '東山農商銀行董事總經理王國豪聯同管理層出席活動。', has: ['WORKS_AT 王國豪 -> 東山農商銀行 [董事總經理]'] },
  { rule: 'person.after-role', text: '東山農商銀行副總經理周家豪偕同同事探訪長者。', has: ['WORKS_AT 周家豪 -> 東山農商銀行 [副總經理]'] },
  { rule: 'person.after-role', text: '東山農商銀行副行長梁國華出席簽約儀式。', has: ['WORKS_AT 梁國華 -> 東山農商銀行 [副行長]'] },
  // Between a unit and a post (Taiwan's order), a three-character name with a common surname whose pieces jieba reads as
  // a place it does not know (林/美惠/ns, 王國/ns 豪), an idiom (黃淑惠/i) or a verb (陳怡/如/v); a district (江北区) stays none.
  { rule: 'person.before-role', text: '東山農商銀行新竹分行林美惠襄理協助客戶辦理。', has: ['WORKS_AT 林美惠 -> 東山農商銀行新竹分行 [襄理]'] },
  { rule: 'person.before-role', text: '東山農商銀行板橋分行黃淑惠經理協助客戶報案。', has: ['WORKS_AT 黃淑惠 -> 東山農商銀行板橋分行 [經理]'] },
  { rule: 'person.before-role', text: '東山農商銀行中山分行陳怡如副理及時攔阻。', has: ['WORKS_AT 陳怡如 -> 東山農商銀行中山分行 [副理]'], hasNot: ['Person 陳怡'] },
  { rule: 'person.before-role', text: '東山農商銀行高雄分行王國豪襄理協助辦理。', has: ['WORKS_AT 王國豪 -> 東山農商銀行高雄分行 [襄理]'] },
  { rule: 'person.before-role', text: '农行湖滨支行江北区行长讲话。', hasNot: ['Person 江北区'] },
  { rule: 'branch.anchored', text: '工行支行长期坚持上门服务。', hasNot: ['Branch 工行支行'] },
  // 副行长甲和乙: the second name may hold no such post, but is a person.
  { rule: 'person.listed-after-role', text: '建行城西支行副行长韩立明和李建国出席仪式。', has: ['Person 李建国', 'WORKS_AT 韩立明 -> 建行城西支行 [副行长]'], hasNot: ['WORKS_AT 李建国 -> 建行城西支行 [副行长]'] },
  // 为某支行授牌“…”: the unit the plaque is presented to received the honour.
  { rule: 'received.subject', text: '会上，市总工会为农行湖滨支行授牌“工人先锋号”。', has: ['RECEIVED 农行湖滨支行 -> 工人先锋号'] },
  // An age before the name, then an adverb and a verb of taking a post.
  { rule: 'person.profile', text: '现年48岁的韩立明此前担任招商银行南京分行副行长。', has: ['Person 韩立明', 'WORKS_AT 韩立明 -> 招商银行南京分行 [副行长]'] },
  // 该行 or 本行 before the unit's own name, after a verb of taking a post.
  { rule: 'works_at.appointed', text: '韩立明此前担任招商银行南京分行副行长，现调任该行合肥分行行长。', has: ['WORKS_AT 韩立明 -> 招商银行合肥分行 [行长]'] },
  { rule: 'person.appointed', text: '李建国曾任本行城东支行行长。', has: ['Person 李建国', 'WORKS_AT 李建国 -> 城东支行 [行长]'] },
  // The unit left in a move (从甲支行调至, 由甲支行副行长调任) is one the person worked at, with the post held there if
  // given; 由 opens the move as 从 does; the unit moved to with no post after it is read too. 由 and 从 of things
  // A list of people, then words that all of them are a unit's staff (（均为某支行员工）, 三名来自某支行的青年员工): each
  // works there; not where they are its customers.
  { rule: 'works_at.list-described', text: '左起：邹帆、钱丽、吴开（均为农行湖滨支行员工）', has: ['WORKS_AT 邹帆 -> 农行湖滨支行', 'WORKS_AT 钱丽 -> 农行湖滨支行', 'WORKS_AT 吴开 -> 农行湖滨支行'] },
  { rule: 'works_at.list-described', text: '邹帆、钱丽、吴开三名来自农行湖滨支行的青年员工组成了宣讲队。', has: ['WORKS_AT 邹帆 -> 农行湖滨支行', 'WORKS_AT 吴开 -> 农行湖滨支行'] },
  { rule: 'works_at.list-described', text: '邹帆、钱丽都是农行湖滨支行的老客户。', hasNot: ['WORKS_AT 邹帆 -> 农行湖滨支行', 'WORKS_AT 钱丽 -> 农行湖滨支行'] },
  // A unit's count of its staff by their post (the count before or after the post), then 分别是 or 分别为 and the
  // people: each holds the post there. Not customers counted (三位客户), nor others counted after the post.
  { rule: 'works_at.list-described', text: '德清农商银行城关支行共有三名员工，分别是邹帆、钱丽和吴开。', has: ['WORKS_AT 邹帆 -> 德清农商银行城关支行 [员工]', 'WORKS_AT 钱丽 -> 德清农商银行城关支行 [员工]', 'WORKS_AT 吴开 -> 德清农商银行城关支行 [员工]'] },
  { rule: 'works_at.list-described', text: '农行湖滨支行的两名“95后”柜员分别为邹帆和钱丽。', has: ['WORKS_AT 邹帆 -> 农行湖滨支行 [柜员]', 'WORKS_AT 钱丽 -> 农行湖滨支行 [柜员]'] },
  { rule: 'works_at.list-described', text: '工行西湖支行共有员工6人，其中客户经理两名，分别是邹帆和钱丽。', has: ['WORKS_AT 邹帆 -> 工行西湖支行 [客户经理]', 'WORKS_AT 钱丽 -> 工行西湖支行 [客户经理]'] },
  { rule: 'works_at.list-described', text: '农行湖滨支行接待了三位客户，分别是邹帆、钱丽和吴开。建行城北支行三名客户经理走访了两户人家，分别是韩梅和孙丽华。', hasNot: ['WORKS_AT 邹帆 -> 农行湖滨支行', 'WORKS_AT 韩梅 -> 建行城北支行 [客户经理]', 'WORKS_AT 孙丽华 -> 建行城北支行 [客户经理]'] },
  { rule: 'works_at.list-described', text: '工行西湖支行的两名客户经理分别为邹帆和钱丽办理了贷款。', hasNot: ['WORKS_AT 邹帆 -> 工行西湖支行 [客户经理]', 'WORKS_AT 钱丽 -> 工行西湖支行 [客户经理]'] },
  // The members listed of a team a unit forms or one of its people heads (成员有甲、乙、丙; 成员包括办公室主任乙), and
  // those a unit's person leads out named as its staff before or after the list (带领党员志愿者甲、乙; 带领甲、乙两名青年
  // 员工), work at the unit; not the members of a team formed with another body, nor customers or villagers led.
  { rule: 'works_at.team-members', text: '德清农商银行乾元支行成立党员先锋队，成员有邹帆、钱丽、吴开等5名青年员工。', has: ['WORKS_AT 邹帆 -> 德清农商银行乾元支行', 'WORKS_AT 钱丽 -> 德清农商银行乾元支行', 'WORKS_AT 吴开 -> 德清农商银行乾元支行'] },
  { rule: 'works_at.team-members', text: '工作组由农行湖州分行副行长韩梅任组长，成员包括办公室主任李建国、风险管理部总经理钱丽。', has: ['WORKS_AT 李建国 -> 农行湖州分行 [主任]', 'WORKS_AT 钱丽 -> 农行湖州分行 [总经理]'] },
  { rule: 'works_at.team-members', text: '农行湖滨支行副行长韩梅带领邹帆、钱丽两名青年员工走访园区企业。', has: ['WORKS_AT 邹帆 -> 农行湖滨支行', 'WORKS_AT 钱丽 -> 农行湖滨支行'] },
  { rule: 'works_at.team-members', text: '农行湖滨支行行长韩梅带领党员志愿者邹帆、钱丽来到敬老院。', has: ['WORKS_AT 钱丽 -> 农行湖滨支行 [志愿者]'] },
  { rule: 'works_at.team-members', text: '农行湖滨支行联合市公安局成立反诈小组，成员有民警邹帆、钱丽。', hasNot: ['WORKS_AT 邹帆 -> 农行湖滨支行', 'WORKS_AT 钱丽 -> 农行湖滨支行'] },
  { rule: 'works_at.team-members', text: '农行湖滨支行客户经理韩梅带领客户邹帆、钱丽参观网点。', hasNot: ['WORKS_AT 邹帆 -> 农行湖滨支行', 'WORKS_AT 钱丽 -> 农行湖滨支行'] },
  // The one a group is led or modelled by, between 以 and 为代表 / 为首 / 为榜样 (以王/x 秀英/nr: jieba glues 以 to the
  // surname); a bank, a place or a word before 为 is none. 老一辈 names no unit (老一辈信用社人 are its people).
  { rule: 'person.exemplar', text: '以王秀英为代表的老一辈信用社人始终坚守初心。', has: ['Person 王秀英'], hasNot: ['Branch 老一辈信用社'] },
  { rule: 'person.exemplar', text: '以工行为代表的国有大行加大投放，以湖州为代表的地区以客户为中心。', hasNot: ['Person 工行', 'Person 湖州', 'Person 客户'] },
  // A practitioner's word ending in 家 right before a name (小提琴家, 经济学家): a member of the public; 农家 is none.
  { rule: 'person.titled', text: '小提琴家陈美玲与著名经济学家林海峰来到德清农商银行。', has: ['Person 陈美玲', 'Person 林海峰'], hasNot: ['WORKS_AT 陈美玲 -> 德清农商银行'] },
  { rule: 'person.titled', text: '福州市农家王明华开办农家乐，员工们舍小家顾大局。', hasNot: ['Person 王明华', 'Person 顾大局'] },
  // No name where 某 withholds it (客户刘某正陷入…), after a count (13位残疾老人: 位 is a classifier) or with a verb of
  // asking glued at its end (王强请大爷落座: 王强 is the name).
  { rule: 'person.titled', text: '柜员得知客户刘某正陷入骗局，该行为13位残疾老人送上门，大堂经理王强请大爷落座。', hasNot: ['Person 刘某正', 'Person 位残疾', 'Person 王强请'] },
  // Names after the verb of leading out and before 等 and the staff word, with no pause before the first (带领甲、乙等员工):
  // the names come from person.name-list, the link from here; 等一行5名 counts them too.
  { rule: 'works_at.team-members', text: '农行湖滨支行行长韩梅带领邹帆、钱丽等员工走访园区企业。', has: ['Person 邹帆', 'WORKS_AT 邹帆 -> 农行湖滨支行', 'WORKS_AT 钱丽 -> 农行湖滨支行'] },
  { rule: 'works_at.team-members', text: '3月2日，农行湖滨支行行长韩梅带领山晓燕、邹帆、钱丽等一行5名青年员工来到敬老院。', has: ['WORKS_AT 山晓燕 -> 农行湖滨支行', 'WORKS_AT 钱丽 -> 农行湖滨支行'] },
  { rule: 'person.name-list', text: '农行湖滨支行组织沈阳、大连等员工参加培训。', hasNot: ['Person 沈阳', 'Person 大连'] },
  { rule: 'works_at.team-members', text: '农行湖滨支行行长韩梅带领邹帆、钱丽等村民参观网点。', hasNot: ['WORKS_AT 邹帆 -> 农行湖滨支行', 'WORKS_AT 钱丽 -> 农行湖滨支行'] },
  // A unit's person and the colleagues named with 同事 (与同事乙, 和她的同事乙, 带领两名同事乙、丙) are its staff too; a
  // customer's colleague is not. (孙丽及时/c 拦下: a word jieba knows that starts with 及 joins no name; 同事李家/nrfg 豪/n:
  // 李家 is no name, 李家豪 is.)
  { rule: 'works_at.team-members', text: '德清农商银行城关支行柜员韩梅与同事孙丽及时拦下了这笔汇款。', has: ['WORKS_AT 孙丽 -> 德清农商银行城关支行'], hasNot: ['Person 时拦下'] },
  { rule: 'works_at.team-members', text: '工行城东支行大堂经理龚晓岚带领两名同事韦华、莫琳赶到现场。', has: ['WORKS_AT 韦华 -> 工行城东支行', 'WORKS_AT 莫琳 -> 工行城东支行'] },
  { rule: 'works_at.team-members', text: '工行城东支行柜员龚晓岚和她的同事孙丽一起为老人办理业务。', has: ['WORKS_AT 孙丽 -> 工行城东支行'] },
  { rule: 'works_at.team-members', text: '東山農商銀行職員何家明與同事張家豪即時報警。', has: ['WORKS_AT 張家豪 -> 東山農商銀行'] },
  { rule: 'works_at.team-members', text: '客户赵强和同事刘军来到工行城东支行办理业务。', hasNot: ['WORKS_AT 刘军 -> 工行城东支行', 'WORKS_AT 赵强 -> 工行城东支行'] },
  // moved name no one.
  { rule: 'works_at.appointed', text: '陈红由农行湖滨支行副行长调任农行湖州分行行长。', has: ['Person 陈红', 'WORKS_AT 陈红 -> 农行湖滨支行 [副行长]', 'WORKS_AT 陈红 -> 农行湖州分行 [行长]'] },
  { rule: 'works_at.appointed', text: '2021年，邹帆从德清农商银行乾元支行调至新市支行任行长。', has: ['WORKS_AT 邹帆 -> 德清农商银行乾元支行', 'WORKS_AT 邹帆 -> 德清农商银行新市支行 [行长]'] },
  { rule: 'works_at.appointed', text: '王芳从农行湖滨支行调至建行南城支行。', has: ['WORKS_AT 王芳 -> 农行湖滨支行', 'WORKS_AT 王芳 -> 建行南城支行'] },
  { rule: 'works_at.appointed', text: '这批设备由农行湖滨支行调往山区网点。', hasNot: ['Person 这批'] },
  // A move told with the unit left first (某某从甲支行调到乙支行担任副行长): the name before 从 is the one moved.
  { rule: 'person.appointed', text: '今年3月，柯建明从农行湖滨支行调到建设银行南城支行担任副行长。', has: ['Person 柯建明', 'WORKS_AT 柯建明 -> 建设银行南城支行 [副行长]'] },
  { rule: 'person.appointed', text: '去年，王晓东从德清农商银行乾元支行调任该行新市支行行长。', has: ['Person 王晓东', 'WORKS_AT 王晓东 -> 德清农商银行新市支行 [行长]'] },
  { rule: 'person.appointed', text: '上午，韩立明从农行湖滨支行取出现金后来到建设银行南城支行办理业务。', hasNot: ['WORKS_AT 韩立明 -> 农行湖滨支行', 'WORKS_AT 韩立明 -> 建设银行南城支行'] },
  // After a regulator's or a board's approval (核准了, 同意) the appointee is named as at a clause's start.
  { rule: 'person.appointed', text: '浙江监管局核准了韩立明担任德清农商银行董事长的任职资格。', has: ['Person 韩立明', 'WORKS_AT 韩立明 -> 德清农商银行 [董事长]'] },
  { rule: 'person.appointed', text: '董事会同意孙丽出任浦发银行杭州分行副行长。', has: ['Person 孙丽', 'WORKS_AT 孙丽 -> 浦发银行杭州分行 [副行长]'] },
  // 由 read by jieba as a preposition (由/p 孙丽/x 担任…) is no surname of the appointee.
  { rule: 'person.appointed', text: '经研究，由孙丽担任农行湖滨支行副行长。', has: ['Person 孙丽', 'WORKS_AT 孙丽 -> 农行湖滨支行 [副行长]'], hasNot: ['Person 由孙丽'] },
  // A top post after an honour's clause: a name jieba's tags suggest inside the honour's quotes (卓越) stands for no one.
  { rule: 'works_at.sentence-unit', text: '华夏银行荣获“卓越服务奖”，董事长韩立明代表领奖。', has: ['WORKS_AT 韩立明 -> 华夏银行 [董事长]', 'RECEIVED 华夏银行 -> 卓越服务奖'] },
  // A post of a bare 分行 opening its clause is at the 分行 the sentence named last (not a 支行 named after it). (Opening an
  // item of a list after 、, or a clause after a comma, the bare 分行 is read as an anaphor for the 分行 the article names.)
  { rule: 'unit.anaphora', text: '湖州市人民政府与建行湖州分行签署合作协议，副市长陈光明、分行行长周志强出席。', has: ['WORKS_AT 周志强 -> 建行湖州分行 [行长]'], hasNot: ['WORKS_AT 陈光明 -> 建行湖州分行 [副市长]'] },
  { rule: 'unit.anaphora', text: '建行嘉兴分行行长周志强到南湖支行调研，分行副行长钱丽陪同。', has: ['WORKS_AT 钱丽 -> 建行嘉兴分行 [副行长]'], hasNot: ['WORKS_AT 钱丽 -> 建行南湖支行 [副行长]'] },
  // Posts with no unit opening the clause after a colleague's post at a named unit (甲主持，党委书记、董事长乙作报告): that unit; not a county's post.
  { rule: 'works_at.sentence-unit', text: '德清农商银行召开年度工作会议。会议由该行党委副书记、行长沈国平主持，党委书记、董事长韩立明作报告。', has: ['WORKS_AT 韩立明 -> 德清农商银行 [董事长]'] },
  { rule: 'works_at.sentence-unit', text: '农行湖滨支行行长李建国主持会议，副县长周立新讲话。', hasNot: ['WORKS_AT 周立新 -> 农行湖滨支行 [副县长]'] },
  // A post of a government or the police names someone who does not work at the bank beside them.
  { rule: 'works_at.unit-role-name', text: '农行行长韩立明和市长李建国出席仪式。', has: ['WORKS_AT 韩立明 -> 中国农业银行 [行长]', 'Person 李建国'], hasNot: ['WORKS_AT 李建国 -> 中国农业银行 [市长]'] },
  // After a unit, a three-character name whose last character jieba glued to the speech verb (徐国/生说).
  { rule: 'person.after-unit', text: '工行沿河支行徐国生说：“我们将继续努力。”', has: ['Person 徐国生', 'WORKS_AT 徐国生 -> 工行沿河支行'] },
  // A profile (name, sex, ethnic group) names a person whose surname the list lacks; a word jieba knows does not.
  { rule: 'person.profile', text: '拓雪峰，男，汉族，现任工行延安分行行长。', has: ['Person 拓雪峰', 'WORKS_AT 拓雪峰 -> 工行延安分行 [行长]'] },
  { rule: 'person.profile', text: '本报讯，男，女都来了。', hasNot: ['Person 本报讯'] },
  // A form of address between the name and the verb of joining or the link to the post.
  { rule: 'works_at.person-unit-role', text: '韩立明先生于1990年加入招商银行，韩梅女士是工行城南支行的大堂经理。', has: ['WORKS_AT 韩立明 -> 招商银行', 'WORKS_AT 韩梅 -> 工行城南支行 [大堂经理]'] },
  // A newspaper's line of reporters' names after a square; a photo credit with a slash; an editor on duty.
  { rule: 'person.credit', text: '□韩立明 李建国\n\n近日，工行城南支行开展反诈宣传。', has: ['Person 韩立明', 'Person 李建国'] },
  { rule: 'person.photo-credit', text: '网点为快递小哥准备了饮水和充电设备。韩梅/摄', has: ['Person 韩梅'] },
  { rule: 'person.byline', text: '作者:韩立明   编辑:李建国 值班主任:王红梅', has: ['Person 王红梅'] },
  // A sentence that opens with a name, a comma and 是, then a unit; a department and a desk before the post.
  { rule: 'person.profile', text: '韩梅，是浦发银行远程银行中心客户服务岗员工。', has: ['Person 韩梅', 'WORKS_AT 韩梅 -> 上海浦东发展银行 [员工]'] },
  // A name, then its post, after a preposition (在某某行长的组织下).
  { rule: 'person.before-role', text: '建行江北支行举办读书分享会。青年员工们在韩立明行长的带领下走进社区书屋。', has: ['WORKS_AT 韩立明 -> 建行江北支行 [行长]'] },
  // After a unit, a name before a noun of action used as a verb (创作的).
  { rule: 'person.after-unit', text: '书法比赛中，宁陵县信用联社韩立明创作的《春和》获得好评。', has: ['WORKS_AT 韩立明 -> 宁陵县信用联社'] },
  // A list of names after a word for who they are (书法名家甲、乙及丙), the last glued by jieba to 及.
  { rule: 'person.titled', text: '迎新春活动上，书法名家韩立明、李建国及王红梅现场为客户写春联。', has: ['Person 韩立明', 'Person 李建国', 'Person 王红梅'] },
  // A foreign name in characters, then in Latin letters in brackets; not a bank's English name.
  { rule: 'person.titled', text: '汇丰宣布，韦思礼(Peter Wells)将接任主席，前主席白恒安(Simon Grant)表示祝贺。', has: ['Person 韦思礼', 'Person 白恒安'] },
  { rule: 'bank.alias', text: '據滙豐銀行(The Hongkong Bank)發言人稱，新分行下月開業。', hasNot: ['Person 滙豐銀行'] },
  // 执董, the short form of 执行董事.
  { rule: 'works_at.unit-role-name', text: '出席者還有大新銀行執董韓立明。', has: ['WORKS_AT 韓立明 -> 大新銀行 [執董]'] },
  // A unit renamed at the end of the clauses about it (某支行迁址至某处，更名为某支行): one unit.
  { rule: 'branch.renamed', text: '去年3月，农行城北支行搬到新建的商务大厦，更名为滨河路支行。', has: ['Branch 农行滨河路支行'], hasNot: ['Branch 农行城北支行'] },
  // 作为“某支行”的新任行长，某某: a quoted unit and a post with 新任 (or 首任) before it.
  { rule: 'works_at.person-unit-role', text: '作为“工行城南支行”的新任行长，韩梅上任第一周就走访了二十家商户。', has: ['WORKS_AT 韩梅 -> 工行城南支行 [行长]'] },
  // A dash sets off the unit and post after a name as a comma does (a profile's apposition); a customer stays out.
  { rule: 'works_at.person-unit-role', text: '任志勇——农行湖滨支行的一名老客户经理，扎根乡镇网点十五年。', has: ['Person 任志勇', 'WORKS_AT 任志勇 -> 农行湖滨支行 [客户经理]'] },
  { rule: 'works_at.person-unit-role', text: '王红梅—德清农商银行乾元支行行长，今年刚满四十岁。', has: ['WORKS_AT 王红梅 -> 德清农商银行乾元支行 [行长]'] },
  { rule: 'works_at.person-unit-role', text: '韩立明——农行湖滨支行的老客户，每月都来存钱。', hasNot: ['WORKS_AT 韩立明 -> 农行湖滨支行'] },
  // A place that starts inside the place jieba read (南阳 of 商南阳光) names no bank; 职工 after a unit is its staff.
  { rule: 'bank.shape', text: '商南阳光村镇银行客户经理韩梅走村入户宣传防诈知识。', has: ['Bank 商南阳光村镇银行', 'WORKS_AT 韩梅 -> 商南阳光村镇银行 [客户经理]'], hasNot: ['Bank 南阳光村镇银行'] },
  { rule: 'works_at.unit-role-name', text: '宁陵县信用联社职工韩梅在窗口为老人办理养老金业务。', has: ['WORKS_AT 韩梅 -> 宁陵县信用联社 [职工]'] },
  // Banks counted in a place are no bank named after it; 高管 is no name.
  { rule: 'bank.shape', text: '论坛邀请十余间香港银行派出高管与会，多家香港银行也派员参加。', hasNot: ['Bank 香港银行', 'Person 高管'] },
  // A county's head who praises the winners received nothing.
  { rule: 'received.subject', text: '縣長韓梅在頒獎典禮上致詞，表揚冬山鄉農會信用部獲得「績優獎」。', hasNot: ['RECEIVED 韓梅 -> 績優獎'] },
  // 主管 in the outlet the story is about.
  { rule: 'works_at.article-unit', text: '上周，建行城南支行帮一位老人保住了养老钱。老人来网点要转账给“网友”，主管韩梅察觉异常，耐心劝阻。', has: ['WORKS_AT 韩梅 -> 建行城南支行 [主管]'] },
  // Every unit of a clause that organises the programme, after it or in the next sentence (此次活动由…).
  // A chain of organisers after 由, before the programme or after it: every unit that organises it runs it; one that
  // only guides it (指导) runs nothing.
  { rule: 'runs.organisers', text: '由工行吴兴支行主办、建行南浔支行承办的“金融杯”象棋比赛在吴兴区举行。', has: ['RUNS 工行吴兴支行 -> “金融杯”象棋比赛', 'RUNS 建行南浔支行 -> “金融杯”象棋比赛'] },
  { rule: 'runs.organisers', text: '“金融夜校”由九江银行庐山支行主办、九江银行浔阳支行协办。', has: ['RUNS 九江银行庐山支行 -> 金融夜校', 'RUNS 九江银行浔阳支行 -> 金融夜校'] },
  // (A line of organisers by their label after the programme, 承办单位：甲行、乙行; not one of who guides it, 指导单位：.)
  { rule: 'runs.organisers', text: '“金融知识进万家”宣传活动\n指导单位：人民银行湖州市中心支行\n承办单位：德清农商银行、农行湖滨支行', has: ['RUNS 德清农商银行 -> 金融知识进万家', 'RUNS 农行湖滨支行 -> 金融知识进万家'], hasNot: ['RUNS 人民银行湖州市中心支行 -> 金融知识进万家'] },
  { rule: 'runs.organisers', text: '由人民银行湖州市中心支行指导、农行湖滨支行主办的“反假币”知识竞赛圆满落幕。', has: ['RUNS 农行湖滨支行 -> 反假币'], hasNot: ['RUNS 人民银行湖州市中心支行 -> 反假币'] },
  { rule: 'runs.organisers', text: '“反诈小课堂”讲座由杭州银行城西支行承办，浙商银行城西支行、南京银行城西支行协办。', has: ['RUNS 杭州银行城西支行 -> 反诈小课堂', 'RUNS 浙商银行城西支行 -> 反诈小课堂', 'RUNS 南京银行城西支行 -> 反诈小课堂'] },
  { rule: 'runs.organisers', text: '“反诈小课堂”讲座于5月20日在杭州银行城西支行启动。此次活动由市公安局主办，浙商银行城西支行、南京银行城西支行协办。', has: ['RUNS 浙商银行城西支行 -> 反诈小课堂', 'RUNS 南京银行城西支行 -> 反诈小课堂'] },
  // An article about one campaign goes on unit by unit (a date, the unit, its staff, 走进…): each takes part; not when
  // the article named two programmes in different sentences (which one is meant is not plain).
  { rule: 'runs.article-programme', text: '近期，农行湖州分行开展“守护钱袋子”宣传活动。\n5月6日，农行湖滨支行工作人员走进城南社区，向居民讲解防骗知识。\n德清支行、长兴支行走进集市，发放宣传资料。', has: ['RUNS 农行湖滨支行 -> 守护钱袋子', 'RUNS 农行德清支行 -> 守护钱袋子', 'RUNS 农行长兴支行 -> 守护钱袋子'] },
  // (活动中，甲行…，乙行…，丙行则…: a word for the campaign's time may open the sentence, and a unit opening a later clause
  // of it takes part as one opening the sentence does.)
  { rule: 'runs.article-programme', text: '湖州市“守护钱袋子”宣传活动启动。活动中，德清农商银行组织员工深入乡村，工行湖州分行走进校园，建行南城支行则在网点开展宣传。', has: ['RUNS 德清农商银行 -> 守护钱袋子', 'RUNS 工行湖州分行 -> 守护钱袋子', 'RUNS 建行南城支行 -> 守护钱袋子'] },
  // (其中，甲行…，乙行…: after a sentence about all the units; a unit that leads the others, 某支行牵头，, takes part too.)
  { rule: 'runs.article-programme', text: '各单位积极响应“守护钱袋子”宣传活动。其中，德清农商银行开展宣传30场，工行湖州分行开展宣传20场。', has: ['RUNS 德清农商银行 -> 守护钱袋子', 'RUNS 工行湖州分行 -> 守护钱袋子'] },
  { rule: 'runs.article-programme', text: '湖州市开展“守护钱袋子”宣传活动。人民银行湖州市中心支行牵头，德清农商银行等8家机构参与。', has: ['RUNS 人民银行湖州市中心支行 -> 守护钱袋子', 'RUNS 德清农商银行 -> 守护钱袋子'] },
  // (作为首批参与单位, 作为试点银行: a word that makes the units the campaign's own bodies.)
  { rule: 'runs.article-programme', text: '湖州市“金融助力乡村振兴”专项行动启动。工行湖州分行、德清农商银行作为首批参与单位，与20个行政村签订合作协议。', has: ['RUNS 工行湖州分行 -> 金融助力乡村振兴', 'RUNS 德清农商银行 -> 金融助力乡村振兴'] },
  // (A unit that sets up the campaign's desk or puts out its material, 在各网点设立宣传专区, takes part too.)
  { rule: 'runs.article-programme', text: '市银行业开展“守护钱袋子”宣传活动。\n工行湖州分行派出志愿者到小区讲解。\n湖州银行在各营业网点设立宣传专区。', has: ['RUNS 湖州银行 -> 守护钱袋子'] },
  { rule: 'runs.article-programme', text: '近期，农行湖州分行开展“守护钱袋子”宣传活动。\n农行湖州分行还推出“暖心驿站”服务品牌。\n5月6日，农行湖滨支行工作人员走进城南社区，向居民讲解防骗知识。', hasNot: ['RUNS 农行湖滨支行 -> 守护钱袋子', 'RUNS 农行湖滨支行 -> 暖心驿站'] },
  // (Or a list that only takes part in the campaign's own event, named in the sentence before: 参加启动仪式, 等12家金融
  // 机构参加开幕式; an insurer closing the list runs nothing. Not a meeting of its own: 参加了座谈会.)
  { rule: 'runs.article-programme', text: '“春风行动”启动仪式在泉州举行。工行泉州分行、农行泉州分行、中行泉州分行、人保财险泉州分公司等12家金融机构参加启动仪式。', has: ['RUNS 工行泉州分行 -> 春风行动', 'RUNS 农行泉州分行 -> 春风行动', 'RUNS 中行泉州分行 -> 春风行动'] },
  { rule: 'runs.article-programme', text: '「智慧金融週」開幕典禮在台北舉行。臺灣銀行、合作金庫銀行、第一銀行等機構參加開幕典禮。', has: ['RUNS 臺灣銀行 -> 智慧金融週', 'RUNS 合作金庫商業銀行 -> 智慧金融週', 'RUNS 第一商業銀行 -> 智慧金融週'] },
  { rule: 'runs.article-programme', text: '“金融惠企大走访”活动近日在漳州启动。建行漳州分行、邮储银行漳州分行参加了座谈会。', hasNot: ['RUNS 邮储银行漳州分行 -> 金融惠企大走访'] },
  { rule: 'runs.article-programme', text: '“数字人民币惠民行动”在嘉兴启动。建行嘉兴分行、中行嘉兴分行、嘉兴银行等6家试点银行参加启动仪式。', has: ['RUNS 中行嘉兴分行 -> 数字人民币惠民行动', 'RUNS 嘉兴银行 -> 数字人民币惠民行动'] },
  { rule: 'runs.subject', text: '工行城南支行开展“反诈小课堂”活动，农行城北支行表示支持。', hasNot: ['RUNS 农行城北支行 -> 反诈小课堂'] },
  // (由甲牵头，乙、丙共同参与的“某某”: the leading unit runs it with the ones it leads; a unit merely before them does not.)
  { rule: 'runs.subject', text: '由工行城南支行牵头，农行城北支行、建行高新支行共同参与的“惠企直通车”项目上线。', has: ['RUNS 工行城南支行 -> 惠企直通车', 'RUNS 农行城北支行 -> 惠企直通车', 'RUNS 建行高新支行 -> 惠企直通车'] },
  { rule: 'runs.subject', text: '由建行東區支行牽頭，中行西區支行、農行南區支行共同參與的「便民驛站」項目上線。', has: ['RUNS 建行東區支行 -> 便民驛站', 'RUNS 中行西區支行 -> 便民驛站'] },
  { rule: 'runs.subject', text: '工行城南支行表示，农行城北支行、建行高新支行共同参与的“惠企直通车”项目上线。', hasNot: ['RUNS 工行城南支行 -> 惠企直通车'] },
  // Taiwan news: 董座, 总座, 副董 as posts, a weak short form before one (台企银董事长), and a name's last character
  // jieba reads as a proper noun (林志/沐).
  { rule: 'works_at.unit-role-name', text: '台企银董事长韩立明已请辞，彰银总经理林志沐也卸下总座职务，董座一职暂时空缺。', has: ['WORKS_AT 韩立明 -> 臺灣中小企業銀行 [董事长]', 'WORKS_AT 林志沐 -> 彰化商業銀行 [总经理]'], hasNot: ['Person 林志', 'Person 董座'] },
  { rule: 'bank.alias', text: '輸銀理事主席韓立明屆退。', has: ['Bank 中國輸出入銀行'] },
  // 选出某某担任某行新任董事长: an appointee after 选出, a verb of taking the post after the name, 新任 before it.
  { rule: 'works_at.appointed', text: '董事们投票选出韩立明担任台企银新任总经理，任期三年。', has: ['Person 韩立明', 'WORKS_AT 韩立明 -> 臺灣中小企業銀行 [总经理]'] },
  // A profile's list of honours after a label, the conferring body cut off, received by the unit heading the profile.
  { rule: 'honour.labelled-list', text: '建行城南支行营业部。\n\n主要荣誉：省金融工会2021年度模范职工小家（基层组织）、服务标杆支行、巾帼文明岗\n\n事迹简介：该营业部坚持上门服务八年。', has: ['Honour 2021年度模范职工小家', 'Honour 服务标杆支行', 'Honour 巾帼文明岗'], hasNot: ['Branch 建行标杆支行'] },
  { rule: 'received.labelled-list', text: '建行城南支行营业部\n\n主要荣誉：省金融工会2021年度模范职工小家、巾帼文明岗\n\n事迹简介：该营业部坚持上门服务八年。', has: ['RECEIVED 建行城南支行营业部 -> 2021年度模范职工小家', 'RECEIVED 建行城南支行营业部 -> 巾帼文明岗'] },
  // A verb of receiving and a word that honours follow, then a colon, in the unit's own sentence (某支行获得以下荣誉：甲、乙;
  // 曾获以下荣誉：, 荣获多项荣誉：, 所获荣誉：, 獲得以下榮譽：): a list of honours, each received by the unit, not only the
  // one a dictionary knows. (A colon list of what else, 活动内容包括：…, names no honour.)
  { rule: 'received.labelled-list', text: '东城支行在全年工作中表现突出，获得以下荣誉：先进集体、优秀组织奖。', has: ['RECEIVED 东城支行 -> 先进集体', 'RECEIVED 东城支行 -> 优秀组织奖'] },
  { rule: 'received.labelled-list', text: '登封支行曾获以下荣誉：文明规范服务示范单位、青年文明号。', has: ['RECEIVED 登封支行 -> 文明规范服务示范单位', 'RECEIVED 登封支行 -> 青年文明号'] },
  { rule: 'received.labelled-list', text: '新郑支行所获荣誉：先进集体、优秀网点。', has: ['RECEIVED 新郑支行 -> 先进集体', 'RECEIVED 新郑支行 -> 优秀网点'] },
  { rule: 'received.labelled-list', text: '員林分行先後獲得以下榮譽：先進集體、優秀組織獎。', has: ['RECEIVED 員林分行 -> 優秀組織獎'] },
  { rule: 'received.labelled-list', text: '新城支行活动内容包括：反诈宣传、金融知识普及、消费者权益保护。', hasNot: ['Honour 反诈宣传', 'RECEIVED 新城支行 -> 反诈宣传'] },
  // Words of praise before 支行 name an honour, not a unit.
  { rule: 'branch.suffix', text: '该行荣获“五星级网点”，成为全市服务标杆支行。', hasNot: ['Branch 服务标杆支行', 'Branch 标杆支行'] },
  // Someone going to a unit (客户某某到支行, 来支行): jieba glues the verb to the name, and no unit's name runs back over it.
  { rule: 'branch.suffix', text: '客户韩立明到支行办理业务。', hasNot: ['Branch 客户韩立明到支行'] },
  { rule: 'branch.suffix', text: '客戶趙小燕來分行辦理業務。', hasNot: ['Branch 客戶趙小燕來分行'] },
  // A district whose last character of the land jieba reads as a verb (圍/v, 環/v, 涌/v) names the unit, after a bank
  // and alone.
  { rule: 'branch.suffix', text: '鰂魚涌分行經理韓立明表示，長者客戶明顯增加。', has: ['WORKS_AT 韓立明 -> 鰂魚涌分行 [經理]'] },
  // (A province's branch named bare belongs to a national bank of its article, the central bank too, never to a city
  // or rural bank, which has none.)
  { rule: 'branch.suffix', text: '首页 > 浙江省分行 > 新闻\n中国人民银行湖州市分行开展反假币知识宣传。\n湖州银行德清支行派员参加。', has: ['PART_OF 中国人民银行浙江省分行 -> 中国人民银行', 'PART_OF 湖州银行德清支行 -> 湖州银行'], hasNot: ['Branch 湖州银行浙江省分行'] },
  // (全台分行, 雙語分行: every branch of a region, or a kind of branch, is no branch's name.)
  { rule: 'branch.suffix', text: '兩家銀行推動全台分行走向雙語服務，華南銀行今日再開三家雙語分行。', hasNot: ['Branch 華南銀行全台分行', 'Branch 全台分行', 'Branch 雙語分行', 'Branch 華南銀行雙語分行'] },
  // 蝉联 before an unquoted prize; 另有12家机构分别斩获…: a clause with a subject of its own (others, counted) gives the
  // article's unit nothing.
  // A list closed by 等N个集体 whose last unit is written with its registered name (…股份有限公司): the company name is
  // the unit's own, not another body that received it; one with a body of its own after (…总行机关) is left alone.
  { rule: 'received.subject', text: '湖滨社区、德清农村商业银行股份有限公司等12个集体获评“巾帼文明岗”。', has: ['RECEIVED 德清农村商业银行 -> 巾帼文明岗'] },
  { rule: 'received.subject', text: '县实验小学、德清农村商业银行股份有限公司总行机关荣获“巾帼文明岗”称号。', hasNot: ['RECEIVED 德清农村商业银行 -> 巾帼文明岗'] },
  // A unit named after an honour is its recipient only when no verb of receiving of its own follows it: in 甲、乙等11个
  // 集体获评“A”，丙支行等17个集体获评“B”, 丙支行 received B, not A.
  { rule: 'received.subject', text: '湖滨社区、县实验小学等9个集体获评“三八红旗集体”，农行湖滨支行等14个集体获评“巾帼文明岗”。', has: ['RECEIVED 农行湖滨支行 -> 巾帼文明岗'], hasNot: ['RECEIVED 农行湖滨支行 -> 三八红旗集体'] },
  // A clause that counts who received the honour (6个网点荣获, 三名职工获得) names members, not the article's own unit.
  { rule: 'received.article-unit', text: '德清农商银行举办业务技能比赛。来自各支行的48名选手参赛，6个网点荣获“团体优胜奖”。', hasNot: ['RECEIVED 德清农商银行 -> 团体优胜奖'] },
  { rule: 'received.article-unit', text: '德清农商银行开展反诈宣传。上月帮客户挽回损失的两名柜员获得“反诈先锋”表彰。', hasNot: ['RECEIVED 德清农商银行 -> 反诈先锋'] },
  // Honours listed one after another, the first naming the body that gives it (共青团某市委员会…): that body is part of
  // the first honour's name, not an actor of the clause, so the article's unit received the second one too.
  { rule: 'received.article-unit', text: '德清农商银行湖滨支行地处城东。建点以来，先后荣获“共青团德清县委员会青年文明号”“全市星级网点”等荣誉。', has: ['RECEIVED 德清农商银行湖滨支行 -> 共青团德清县委员会青年文明号', 'RECEIVED 德清农商银行湖滨支行 -> 全市星级网点'] },
  // A unit right between 被评为 (荣获, 获评) and the honour says whose honour it is (被评为某银行先进工作者): it is no
  // recipient, of that honour or of the next one in the sentence.
  { rule: 'received.pronoun', text: '王红梅是农行湖滨支行柜员。工作中，她多次被评为德清农商银行先进工作者，被县总工会授予“好职工”称号。', has: ['RECEIVED 王红梅 -> 好职工'], hasNot: ['RECEIVED 德清农商银行 -> 好职工'] },
  // Quoted names ending in 道德模范 or 好青年 are honours (市道德模范, 中国好青年), in a run of titles or worn before a name.
  { rule: 'honour.shape', text: '“省金融道德模范”李建国讲述了自己的故事。', has: ['Honour 省金融道德模范', 'RECEIVED 李建国 -> 省金融道德模范'] },
  { rule: 'received.title', text: '交流会上，我行“湖州好青年”王红梅同志介绍了经验。', has: ['Honour 湖州好青年', 'RECEIVED 王红梅 -> 湖州好青年'] },
  // A sentence that says what an honour is (“…”是某会设立的荣誉…) names no recipient: not the article's unit.
  { rule: 'received.article-unit', text: '德清农商银行组织员工学习先进事迹。“全国巾帼文明岗”是全国妇联设立的一项集体荣誉，每年评选一次。', hasNot: ['RECEIVED 德清农商银行 -> 全国巾帼文明岗'] },
  // 她 of a story is one of its people, never the author of its byline: with no one else named before, no recipient.
  // A sentence that opens with 曾获 or 先后荣获 and no subject goes on with the person the sentence before is about;
  // a unit's honour there stays with the article's unit.
  { rule: 'received.pronoun', text: '德清农商银行湖滨支行开展表彰。二十多年来，退休员工韩立明扎根乡村，为农户脱贫出了大力。先后获得“优秀共产党员”“乡村振兴贡献奖”等荣誉。', has: ['RECEIVED 韩立明 -> 优秀共产党员', 'RECEIVED 韩立明 -> 乡村振兴贡献奖'], hasNot: ['RECEIVED 德清农商银行湖滨支行 -> 乡村振兴贡献奖'] },
  { rule: 'received.article-unit', text: '德清农商银行湖滨支行开展表彰。二十多年来，退休员工韩立明扎根乡村，为农户脱贫出了大力。先后获得“青年文明号”“先进集体”等荣誉。', has: ['RECEIVED 德清农商银行湖滨支行 -> 青年文明号'], hasNot: ['RECEIVED 韩立明 -> 青年文明号'] },
  // A unit's word for its customer, a name and the verb (某行客戶王某榮獲): the customer won it, not the unit, whether or
  // not the name is read; a post of the unit's (客户经理) and the customers' praise (客户口碑) leave the unit's own.
  { rule: 'received.article-unit', text: '東山農商銀行客戶王大明榮獲「傑出企業家獎」。', hasNot: ['RECEIVED 東山農商銀行 -> 傑出企業家獎'] },
  { rule: 'received.subject', text: '德清农商银行湖滨支行客户经理韩立明荣获“优秀员工”称号。', has: ['RECEIVED 韩立明 -> 优秀员工'], hasNot: ['RECEIVED 德清农商银行湖滨支行 -> 优秀员工'] },
  { rule: 'received.subject', text: '德清农商银行湖滨支行凭借良好的客户口碑荣获“文明网点”称号。', has: ['RECEIVED 德清农商银行湖滨支行 -> 文明网点'] },
  { rule: 'received.pronoun', text: '文/王红梅\n\n德清农商银行湖滨支行是一家老网点。三十多年里，她先后获得“先进工作者”称号。', hasNot: ['RECEIVED 王红梅 -> 先进工作者'] },
  // A profile opening with the name, then its post at a unit; the next sentence has no subject (曾荣获…): the person's.
  { rule: 'received.pronoun', text: '韩立明，中共党员，德清农商银行城关支行行长。曾荣获“浙江省优秀共产党员”称号。', has: ['RECEIVED 韩立明 -> 浙江省优秀共产党员'] },
  { rule: 'received.pronoun', text: '王红梅，女，1985年出生，现任农行湖滨支行柜员。2019年，先后荣获“最美柜员”“服务明星”等称号。', has: ['RECEIVED 王红梅 -> 最美柜员 (2019)', 'RECEIVED 王红梅 -> 服务明星'] },
  // A unit's honour ranked up with a person's rank word (文明单位标兵) is still a unit's: the unit received it.
  { rule: 'received.subject', text: '德清农商银行2019年被市委、市政府授予“市级文明单位标兵”称号。', has: ['RECEIVED 德清农商银行 -> 市级文明单位标兵 (2019)'] },
  // 作为…唯一代表: one who speaks for others holds a seat, not an honour, however its level is written.
  { rule: 'honour.after-trigger', text: '大会上，王红梅作为全市银行业唯一代表，讲述了坚守乡村网点的经历。', hasNot: ['Honour 全市银行业唯一代表'] },
  // What a unit chose to serve as something (选了一家网点作为示范点) holds no honour; 作为全国文明单位 opening a clause does.
  { rule: 'honour.after-trigger', text: '德清农商银行在南北两个镇各选了一家网点作为助农服务示范点。', hasNot: ['Honour 助农服务示范点', 'RECEIVED 德清农商银行 -> 助农服务示范点'] },
  // 獲選為 (chosen as) before an unquoted title, a person's or a bank's, with the year in front or without it.
  { rule: 'honour.after-trigger', text: '東山農商銀行客戶經理趙小燕獲選為年度傑出員工。', has: ['RECEIVED 趙小燕 -> 年度傑出員工'] },
  { rule: 'honour.after-trigger', text: '德清農商銀行獲選為2023年亞洲最佳普惠金融銀行。', has: ['RECEIVED 德清農商銀行 -> 2023年亞洲最佳普惠金融銀行 (2023)'] },
  // A publication in title marks that confers the award comes right after the verb, before the year or after it
  // (榮獲《某某》雜誌2023年度某某獎, 榮獲2024年《某某》某某獎): the conferrer, no part of the name; capitals opening a
  // name are its field (ESG企業永續獎).
  { rule: 'honour.after-trigger', text: '東山農商銀行榮獲《金融時報》雜誌2023年度最佳普惠金融獎。', has: ['RECEIVED 東山農商銀行 -> 2023年度最佳普惠金融獎 (2023)'] },
  { rule: 'honour.after-trigger', text: '德清農商銀行理財專員林佳慧榮獲2024年《財富周報》最佳理財專員獎。', has: ['RECEIVED 林佳慧 -> 最佳理財專員獎 (2024)'] },
  { rule: 'honour.after-trigger', text: '東山農商銀行榮獲2024年《遠航》雜誌ESG企業永續獎。', has: ['RECEIVED 東山農商銀行 -> ESG企業永續獎 (2024)'] },
  { rule: 'honour.after-trigger', text: '德清農商銀行獲得AAA級信用評級。', hasNot: ['Honour AAA級信用評級'] },
  // 颁发“…”聘书 engages one for a post: no honour, and no one received it.
  { rule: 'honour.context', text: '德清农商银行在湖滨村为该村颁发“金融顾问”聘书，签订合作协议。', hasNot: ['Honour 金融顾问', 'RECEIVED 德清农商银行 -> 金融顾问'] },
  // A unit, then a count of its members (四个郊区支行): the members received what the clause goes on to say, even past
  // a comma; the unit did not.
  { rule: 'received.subject', text: '德清农商银行三个城区支行在去年的服务评比中名列前茅，均荣获“星级网点”称号。', hasNot: ['RECEIVED 德清农商银行 -> 星级网点'] },
  // A unit, its honour quoted, then 揭牌 or 授牌: the plaque of the unit's honour is unveiled, so the unit received it.
  { rule: 'received.title', text: '昨天，德清农商银行湖滨支行“最美职工之家”揭牌仪式在网点举行。', has: ['RECEIVED 德清农商银行湖滨支行 -> 最美职工之家'] },
  // An honour worn as a title before a list of units closed by 等 and a count: every unit of the list holds it.
  { rule: 'received.title', text: '观摩团走访了百佳示范单位德清农商银行湖滨支行、农行城东支行等两家网点。', has: ['RECEIVED 德清农商银行湖滨支行 -> 百佳示范单位', 'RECEIVED 农行城东支行 -> 百佳示范单位'] },
  { rule: 'received.subject', text: '在本届评选中，中国银行城南支行第三次蝉联最佳服务银行大奖；另有12家机构分别斩获科技创新奖、绿色发展奖。', has: ['RECEIVED 中国银行城南支行 -> 最佳服务银行大奖'], hasNot: ['RECEIVED 中国银行城南支行 -> 科技创新奖', 'RECEIVED 中国银行城南支行 -> 绿色发展奖'] },
  // A role written once before a list of names (客户经理甲、乙获评): each name of the list received the honour.
  { rule: 'received.subject', text: '农行湖滨支行客户经理李建国、王红梅获评年度优秀员工。', has: ['RECEIVED 李建国 -> 年度优秀员工', 'RECEIVED 王红梅 -> 年度优秀员工'] },
  // A run of departments, posts and names after one unit, three items and more.
  { rule: 'works_at.unit-role-name', text: '参加座谈的有中国银行总行个人金融部总经理韩立明、信息科技部总经理李建国、审计部总经理王红梅等。', has: ['WORKS_AT 王红梅 -> 中国银行 [总经理]'] },
  // 某行表示，某某(Latin name)将于某日起出任非执行主席: a post with no unit of its own, at the unit the sentence opens with.
  { rule: 'works_at.appointed-post', text: '汇丰在公告中表示，韩立明(Martin Han)将于2026年3月1日起出任非执行主席。', has: ['WORKS_AT 韩立明 -> 香港上海滙豐銀行 [非执行主席]'] },
  // A courtesy title between the appointee and 为 (委任某某先生為…, 任命某某女士为…).
  { rule: 'works_at.appointed-post', text: '東山農商銀行宣布，委任韓立明先生為副行政總裁。', has: ['WORKS_AT 韓立明 -> 東山農商銀行 [副行政總裁]'] },
  // (A courtesy title, a Latin name in brackets, or both in either order, may stand before a verb of taking the post; the
  // date it is taken may be a month from now: 將於下月起出任.)
  { rule: 'works_at.appointed-post', text: '東山農商銀行宣布，委任韓立明女士出任副行政總裁。', has: ['WORKS_AT 韓立明 -> 東山農商銀行 [副行政總裁]'] },
  { rule: 'works_at.appointed-post', text: '東山農商銀行宣布，趙小燕先生（Ken Chiu）將於下月起出任行政總裁。', has: ['WORKS_AT 趙小燕 -> 東山農商銀行 [行政總裁]'] },
  // (The predecessor named after 接替 before the verb: the person before 接替 takes the post.)
  { rule: 'works_at.appointed-post', text: '東山農商銀行宣布，趙小燕女士將接替韓立明先生出任副行政總裁。', has: ['WORKS_AT 趙小燕 -> 東山農商銀行 [副行政總裁]'] },
  { rule: 'works_at.appointed', text: '趙小燕女士將接替韓立明先生出任東山農商銀行副行政總裁。', has: ['WORKS_AT 趙小燕 -> 東山農商銀行 [副行政總裁]'] },
  { rule: 'works_at.appointed-post', text: '德清农商银行宣布，任命赵小燕女士为副行长。', has: ['WORKS_AT 赵小燕 -> 德清农商银行 [副行长]'] },
  // The bank speaking of itself before the post in its announcement (为公司副行长, 为本行行长): the announcing bank's.
  { rule: 'works_at.appointed-post', text: '杭州银行发布公告称，董事会同意聘任孙浩为公司副行长。', has: ['WORKS_AT 孙浩 -> 杭州银行 [副行长]'] },
  { rule: 'works_at.appointed-post', text: '杭州银行近日公告，董事会选举韩立明为本行董事长。', has: ['WORKS_AT 韩立明 -> 杭州银行 [董事长]'] },
  // The appointed person named first, then 获 or 被 and the verb of appointing (某某獲委任為…): a post at the unit opening
  // the sentence; a post of another body after 为 is none of the unit's.
  { rule: 'works_at.appointed-post', text: '東山農商銀行昨日公布，趙小燕獲委任為副行政總裁。', has: ['WORKS_AT 趙小燕 -> 東山農商銀行 [副行政總裁]'] },
  { rule: 'works_at.appointed-post', text: '德清农商银行发布公告，钱丽被聘任为副行长。', has: ['WORKS_AT 钱丽 -> 德清农商银行 [副行长]'] },
  // (A Latin name in brackets may follow the appointee's, as Hong Kong writes it, before a courtesy title or 為:
  // 委任某某（Kenneth Lam）為, 委任某某（Mandy Chiu）女士為.)
  { rule: 'works_at.appointed-post', text: '恒生銀行宣布委任林國強（Kenneth Lam）為副行政總裁，即時生效。', has: ['WORKS_AT 林國強 -> 恒生銀行 [副行政總裁]'] },
  { rule: 'works_at.appointed-post', text: '東山農商銀行宣布委任趙小燕（Mandy Chiu）女士為行政總裁。', has: ['WORKS_AT 趙小燕 -> 東山農商銀行 [行政總裁]'] },
  { rule: 'works_at.appointed-post', text: '東山農商銀行表示，趙小燕獲委任為保險業監管局主席。', hasNot: ['WORKS_AT 趙小燕 -> 東山農商銀行'] },
  // 辭任 (resigned from a post, as Hong Kong and Taiwan write it), maybe after 已: the post was the bank's.
  { rule: 'works_at.appointed-post', text: '東山農商銀行公告指，何家明已辭任非執行董事職務。', has: ['WORKS_AT 何家明 -> 東山農商銀行 [非執行董事]'] },
  { rule: 'works_at.appointed', text: '何家明辭任東山農商銀行獨立非執行董事。', has: ['WORKS_AT 何家明 -> 東山農商銀行 [獨立非執行董事]'] },
  // A regulator's approval naming the person right before the unit (核准某某某行副行长任职资格).
  { rule: 'works_at.person-unit-role', text: '监管部门已核准孙浩杭州银行副行长任职资格。', has: ['Person 孙浩', 'WORKS_AT 孙浩 -> 杭州银行 [副行长]'] },
  // In a bank's own news, a top post in a sentence with no unit nor other body is at that bank; a name whose last
  // character jieba glued to 代 of 代为 is whole. (In a branch's news, no guess.)
  { rule: 'works_at.article-unit', text: '交通银行在官网发出公告。根据董事会决议，在新行长到任前，由董事长韩立明代为主持日常工作。', has: ['WORKS_AT 韩立明 -> 交通银行 [董事长]'], hasNot: ['Person 韩立'] },
  { rule: 'works_at.article-unit', text: '工行城南支行开展活动。会上，董事长韩立明致辞。', hasNot: ['WORKS_AT 韩立明 -> 工行城南支行 [董事长]'] },
  // A post right after another body's name (茶厂负责人, 合作社负责人) is that body's; a bank's front-line post after 公司 is not.
  { rule: 'works_at.article-unit', text: '农行湖滨支行开展活动。客户经理韩梅为青山茶厂负责人赵建军办理了贷款。', has: ['WORKS_AT 韩梅 -> 农行湖滨支行 [客户经理]'], hasNot: ['WORKS_AT 赵建军 -> 农行湖滨支行 [负责人]'] },
  { rule: 'works_at.article-unit', text: '德清农商银行城关支行为青山村合作社送去贷款，合作社负责人王德明十分感激。', hasNot: ['WORKS_AT 王德明 -> 德清农商银行城关支行 [负责人]'] },
  { rule: 'works_at.unit-role-name', text: '建设银行南城支行公司客户经理孙丽走访企业。', has: ['WORKS_AT 孙丽 -> 建设银行南城支行 [客户经理]'] },
  // An unnamed unit under a named one (某银行旗下分行员工某某, 某行下属分行行长某某): the post is at the named unit.
  { rule: 'works_at.unit-role-name', text: '德清农商银行旗下分行员工钱丽成功拦截一起诈骗。', has: ['WORKS_AT 钱丽 -> 德清农商银行 [员工]'] },
  { rule: 'works_at.unit-role-name', text: '德清农商银行下属分行行长韩立明出席会议。', has: ['WORKS_AT 韩立明 -> 德清农商银行 [行长]'] },
  { rule: 'works_at.unit-role-name', text: '東山農商銀行旗下分行職員趙小燕獲得嘉許。', has: ['WORKS_AT 趙小燕 -> 東山農商銀行 [職員]'] },
  // A post of a bare 支行 (支行行长某某) in a 分行's story is at the 支行 named last, in the sentence or before it (read as an
  // anaphor when it opens a clause after a comma).
  { rule: 'unit.anaphora', text: '建行嘉兴分行行长周志强到南湖支行调研，支行行长钱丽汇报了工作。', has: ['WORKS_AT 钱丽 -> 建行南湖支行 [行长]'], hasNot: ['WORKS_AT 钱丽 -> 建行嘉兴分行 [行长]'] },
  { rule: 'works_at.article-unit', text: '建行嘉兴分行行长周志强一行来到南湖支行，慰问一线员工。支行副行长钱丽陪同。', has: ['WORKS_AT 钱丽 -> 建行南湖支行 [副行长]'], hasNot: ['WORKS_AT 钱丽 -> 建行嘉兴分行 [副行长]'] },
  // A post of a bare 分行 in a sentence that names no unit is one at the 分行 the article is about; in a 支行's article
  // it names no one's unit (some 分行 above it), nor does 市分行.
  { rule: 'works_at.article-unit', text: '浦发银行杭州分行召开年度工作会议。分行行长韩梅作工作报告，分行副行长李建国主持。', has: ['WORKS_AT 韩梅 -> 浦发银行杭州分行 [行长]', 'WORKS_AT 李建国 -> 浦发银行杭州分行 [副行长]'] },
  { rule: 'works_at.article-unit', text: '农行湖滨支行开展反诈宣传。分行行长韩梅到场指导。', hasNot: ['WORKS_AT 韩梅 -> 农行湖滨支行 [行长]'] },
  // A unit in a frame of 在…的…下 guides or backs the clause's actor: the actor runs the programme and receives the
  // honour, the guide neither (nor, when the actor is a bank the rules do not know, is the guide the unit named last).
  { rule: 'runs.subject', text: '近日，德清农商银行在人民银行德清县支行的指导下，走进农贸市场开展“金融知识赶大集”宣传活动。', has: ['RUNS 德清农商银行 -> 金融知识赶大集'], hasNot: ['RUNS 人民银行德清县支行 -> 金融知识赶大集'] },
  { rule: 'runs.previous-unit', text: '德清农商银行开展金融宣传。\n\n近日，某某村镇银行在人民银行湖州市中心支行和湖州市总工会的统一部署下，开展“反诈进万家”主题活动。', hasNot: ['RUNS 人民银行湖州市中心支行 -> 反诈进万家'] },
  { rule: 'received.subject', text: '去年，德清农商银行在人民银行德清县支行的关心和大力支持下，荣获“全省金融消保工作先进单位”称号。', has: ['RECEIVED 德清农商银行 -> 全省金融消保工作先进单位'], hasNot: ['RECEIVED 人民银行德清县支行 -> 全省金融消保工作先进单位'] },
  // A common noun jieba knows whole, four characters or more, in quotes after a verb of opening is a figure of speech
  // (开启“绿色通道”), no programme; with a programme's kind after it, it still names one.
  { rule: 'programme.context', text: '得知客户腿脚不便，农行湖滨支行立即开启“绿色通道”，派员上门办理业务。', hasNot: ['Programme 绿色通道', 'RUNS 农行湖滨支行 -> 绿色通道'] },
  { rule: 'programme.context', text: '农行湖滨支行开展“绿色通道”专项活动。', has: ['RUNS 农行湖滨支行 -> 绿色通道'] },
  // A run of quotes right after 分别 and a verb of holding: each quote is one unit's programme, paired in order, whatever
  // the words after the run (“A”“B”和“C”活动 is no list of topics); not with 等 after it (开展“节约用水”“文明出行”等活动).
  { rule: 'programme.context', text: '农行泉州分行、中行漳州分行、厦门银行分别开展了“乡村振兴金融行”“银发守护”和“青春护航”活动。', has: ['RUNS 农行泉州分行 -> 乡村振兴金融行', 'RUNS 中行漳州分行 -> 银发守护', 'RUNS 厦门银行 -> 青春护航'], hasNot: ['RUNS 农行泉州分行 -> 青春护航', 'RUNS 厦门银行 -> 乡村振兴金融行'] },
  { rule: 'programme.context', text: '東亞銀行、大新銀行、創興銀行分別推出「按揭還款假期」、「中小企支援計劃」和「職工理財日」。', has: ['RUNS 東亞銀行 -> 按揭還款假期', 'RUNS 大新銀行 -> 中小企支援計劃', 'RUNS 創興銀行 -> 職工理財日'], hasNot: ['RUNS 東亞銀行 -> 職工理財日'] },
  { rule: 'programme.context', text: '工行厦门分行、建行厦门分行分别开展了“节约用水”“文明出行”等活动。', hasNot: ['Programme 节约用水', 'Programme 文明出行'] },
  // A list of posts after 担任 goes on over a comma, but an item whose post a name follows is that person's own
  // apposition (甲担任分享嘉宾，某行董事长乙…), no post of the subject's; a career of posts still reads on.
  { rule: 'works_at.appointed', text: '湖州市政协委员李建国担任分享嘉宾，德清农商银行董事长王红梅、行长韩立明出席会议。', hasNot: ['WORKS_AT 李建国 -> 德清农商银行 [董事长]'] },
  { rule: 'works_at.appointed', text: '李建国曾任农行德清支行行长，农行湖州分行副行长，德清农商银行董事长等职。', has: ['WORKS_AT 李建国 -> 农行湖州分行 [副行长]', 'WORKS_AT 李建国 -> 德清农商银行 [董事长]'] },
  // The post after a second appointing verb that follows the unit (调任某支行任行长), and 调入 before the unit.
  { rule: 'works_at.appointed', text: '去年秋天，孙海涛调任交通银行滨江支行任行长。', has: ['WORKS_AT 孙海涛 -> 交通银行滨江支行 [行长]'] },
  { rule: 'works_at.appointed', text: '客户经理出身的葛文斌调任德清农商银行乾元支行担任副行长。', has: ['WORKS_AT 葛文斌 -> 德清农商银行乾元支行 [副行长]'] },
  { rule: 'works_at.appointed', text: '2018年，赵小燕调入建设银行南城支行担任行长。', has: ['WORKS_AT 赵小燕 -> 建设银行南城支行 [行长]'] },
  // (继续 before the verb keeps a post held, 兼职 gives a second one: 将继续兼职某行董事长.)
  { rule: 'works_at.appointed', text: '会议决定，周立新将继续担任湖州银行南浔支行行长。', has: ['WORKS_AT 周立新 -> 湖州银行南浔支行 [行长]'] },
  { rule: 'works_at.appointed', text: '集团总经理韩志刚将继续兼职东方农商银行董事长。', has: ['WORKS_AT 韩志刚 -> 东方农商银行 [董事长]'] },
  { rule: 'works_at.appointed', text: '柜员钱晓燕业余时间兼职做湖州银行南浔支行的志愿者。', hasNot: ['WORKS_AT 钱晓燕 -> 湖州银行南浔支行 [志愿者]'] },
  // A quote followed by a word of grade (“优秀”等次, “A”档) is the grade of an appraisal or a rating, no honour.
  { rule: 'honour.context', text: '在年度综合考核中，农行湖滨支行被评为“优秀”等次，员工韩立明被评为“优秀”档次。', hasNot: ['Honour 优秀', 'RECEIVED 农行湖滨支行 -> 优秀', 'RECEIVED 韩立明 -> 优秀'] },
  // Between the verb and the quote, a publication in title marks that confers the honour counts as one word, however
  // long its name (獲選《某某》雜誌「某某」); a quote after a publication and a verb of making is no honour.
  { rule: 'honour.context', text: '德清農商銀行獲選《Fortune Asia》雜誌「新世代最嚮往企業」。', has: ['RECEIVED 德清農商銀行 -> 新世代最嚮往企業'] },
  { rule: 'honour.context', text: '德清農商銀行推出《Money錢》理財月刊「樂活人生」專欄。', hasNot: ['Honour 樂活人生'] },
  // Nor is a two-character alias that opens a longer word jieba knows (人行道, 人行横道) a bank.
  { rule: 'bank.alias', text: '老人走在人行道上，农行湖滨支行员工上前搀扶他走过人行横道。', has: ['Bank 中国农业银行'], hasNot: ['Bank 中国人民银行'] },
  // A placing in a contest or a ranking (荣获第一名, 全市综合考评第一名, 前三名, 第一名殊荣, 全市第一) is where a unit came, no
  // named award, as a bare 一等奖 or 冠军 is none.
  { rule: 'honour.after-trigger', text: '农行湖滨支行在全市业务技能比赛中荣获第一名，湖州银行长兴支行获得全市综合考评第一名。', hasNot: ['Honour 第一名', 'Honour 全市综合考评第一名', 'RECEIVED 农行湖滨支行 -> 第一名'] },
  { rule: 'honour.after-trigger', text: '合作金庫銀行榮獲第一名殊榮，彰化銀行在競賽中榮獲前三名。', hasNot: ['Honour 第一名殊榮', 'Honour 前三名'] },
  { rule: 'honour.after-trigger', text: '工行城东支行荣获全市第三名。湖州银行在考核中荣获全市第一。', hasNot: ['Honour 全市第三名', 'Honour 全市第一'] },
  // Two clauses, each with its own honour: a bank that opens the second is its subject, not the branch of the first
  // (甲支行获“A”，乙农商银行获“B”; a branch or a person before a bank wins only in one clause).
  { rule: 'received.subject', text: '工行青州营业部获“红旗网点”称号，德清农商银行获“优秀组织奖”。', has: ['RECEIVED 工行青州营业部 -> 红旗网点', 'RECEIVED 德清农商银行 -> 优秀组织奖'], hasNot: ['RECEIVED 工行青州营业部 -> 优秀组织奖'] },
  { rule: 'received.subject', text: '東山農商銀行員工韓立明獲頒「傑出理專獎」，德清農商銀行則獲頒「最佳組織獎」。', has: ['RECEIVED 韓立明 -> 傑出理專獎', 'RECEIVED 德清農商銀行 -> 最佳組織獎'], hasNot: ['RECEIVED 韓立明 -> 最佳組織獎'] },
  // A list of units closed by 等 and a vague count (等多家网点, 等十余家单位, 等一批网点) received the honour, as 等5家 does;
  // a unit's own members counted after it (辖内多家网点) did, not the unit.
  { rule: 'received.subject', text: '工行青州营业部、农行湖滨支行等多家网点被评为“文明规范服务示范网点”。', has: ['RECEIVED 工行青州营业部 -> 文明规范服务示范网点', 'RECEIVED 农行湖滨支行 -> 文明规范服务示范网点'] },
  { rule: 'received.subject', text: '工行青州营业部、农行湖滨支行等一批网点入选“千佳示范单位”。', has: ['RECEIVED 工行青州营业部 -> 千佳示范单位', 'RECEIVED 农行湖滨支行 -> 千佳示范单位'] },
  { rule: 'received.subject', text: '東山農商銀行城東分行、德清農商銀行板橋分行等多家分行獲評「績優服務據點」。', has: ['RECEIVED 東山農商銀行城東分行 -> 績優服務據點', 'RECEIVED 德清農商銀行板橋分行 -> 績優服務據點'] },
  { rule: 'received.subject', text: '韩梅、李建国等多名员工被评为“服务明星”。', has: ['RECEIVED 韩梅 -> 服务明星', 'RECEIVED 李建国 -> 服务明星'] },
  { rule: 'received.subject', text: '农行湖滨支行辖内多家网点获评“星级网点”。', hasNot: ['RECEIVED 农行湖滨支行 -> 星级网点'] },
  // Those a body commends, listed right before the title they are commended as (大会表彰了甲、乙等“…”, 对甲、乙等“…”进行
  // 了表彰), received it, and the quote is an honour however it ends; not a list that goes on with another verb.
  { rule: 'received.commended', text: '大会表彰了工行青州营业部、农行湖滨支行等“金融服务先进单位”。', has: ['RECEIVED 工行青州营业部 -> 金融服务先进单位', 'RECEIVED 农行湖滨支行 -> 金融服务先进单位'] },
  { rule: 'received.commended', text: '会议对工行青州营业部、农行湖滨支行等10家“金融服务先进单位”进行了表彰。', has: ['RECEIVED 工行青州营业部 -> 金融服务先进单位', 'RECEIVED 农行湖滨支行 -> 金融服务先进单位'] },
  { rule: 'received.commended', text: '会上表彰了韩梅、李建国等“优秀客户经理”。', has: ['RECEIVED 韩梅 -> 优秀客户经理', 'RECEIVED 李建国 -> 优秀客户经理'] },
  { rule: 'received.commended', text: '大會表揚了東山農商銀行城東分行、德清農商銀行板橋分行等「金融服務績優單位」。', has: ['RECEIVED 東山農商銀行城東分行 -> 金融服務績優單位', 'RECEIVED 德清農商銀行板橋分行 -> 金融服務績優單位'] },
  { rule: 'received.commended', text: '市总工会表彰了先进，工行青州营业部、农行湖滨支行等单位参与了“金融知识万里行”活动。', hasNot: ['RECEIVED 工行青州营业部 -> 金融知识万里行', 'Honour 金融知识万里行'] },
  // Numbered items of a list of winners: under a heading, a line may open with its number (1.甲支行, （一）乙支行); after
  // 称号的单位：, the items the sentence splitter cuts off (；2.乙支行) go on with the list. An item that says more than a
  // name is no item of it.
  { rule: 'received.list-after', text: '获得“金融服务先进单位”称号的单位：1.农行湖滨支行；2.工行青州营业部；3.德清农商银行。', has: ['RECEIVED 农行湖滨支行 -> 金融服务先进单位', 'RECEIVED 工行青州营业部 -> 金融服务先进单位', 'RECEIVED 德清农商银行 -> 金融服务先进单位'] },
  { rule: 'received.list-after', text: '荣获“优秀组织奖”的单位有：（1）农行湖滨支行；（2）工行青州营业部。', has: ['RECEIVED 农行湖滨支行 -> 优秀组织奖', 'RECEIVED 工行青州营业部 -> 优秀组织奖'] },
  { rule: 'received.list-after', text: '荣获“优秀组织奖”的单位有：（1）农行湖滨支行；（2）工行青州营业部开展了多场宣传活动，受到群众好评。', hasNot: ['RECEIVED 工行青州营业部 -> 优秀组织奖'] },
  { rule: 'received.heading-list', text: '先进集体\n1.农行湖滨支行\n2.工行青州营业部', has: ['RECEIVED 农行湖滨支行 -> 先进集体', 'RECEIVED 工行青州营业部 -> 先进集体'] },
  { rule: 'received.heading-list', text: '先进集体\n（一）农行湖滨支行\n（二）工行青州营业部', has: ['RECEIVED 农行湖滨支行 -> 先进集体', 'RECEIVED 工行青州营业部 -> 先进集体'] },
  { rule: 'received.heading-list', text: '先进集体\n1.农行湖滨支行召开动员会\n2.工行青州营业部开展业务培训', hasNot: ['RECEIVED 农行湖滨支行 -> 先进集体', 'RECEIVED 工行青州营业部 -> 先进集体'] },
];

export const SHAPES: Shape[] = [...FIRST, ...SECOND];
