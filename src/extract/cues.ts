/**
 * The lexicon's cue lists compiled into the regular expressions the rules
 * test, once per lexicon. Alternatives keep the order of their list, which
 * is the order they are tried in where the matched word is used.
 */
import type { CueList, Lexicon } from '../lexicon/index.js';

const HAN_1_4 = '[\\u4e00-\\u9fff]{1,4}';
const HAN_ANY = '[\\u4e00-\\u9fff]*';

/** A list word as a regular expression: "…" is one to four Chinese characters, "*" any number of them. */
function wordPattern(w: string): string {
  return w
    .split(/(…|\*)/)
    .map((part) => (part === '…' ? HAN_1_4 : part === '*' ? HAN_ANY : part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('');
}

/**
 * The unit suffixes as one pattern to find them all, where a suffix that ends with the start of another one is no
 * suffix when that other one goes on after it: 扬中支行 is the 支行 of 扬中, not the 中支 (a 中心支行) of 扬 with 行
 * left over; 人行衢州中支副行长 keeps its 中支.
 */
function unitsNotOverlapping(suffixes: readonly string[]): string {
  const one = (w: string): string => {
    const rests = suffixes.flatMap((t) => (t === w ? [] : Array.from({ length: Math.min(w.length, t.length) - 1 }, (_, k) => k + 1).filter((k) => w.endsWith(t.slice(0, k))).map((k) => t.slice(k))));
    return wordPattern(w) + (rests.length > 0 ? `(?!${rests.map(wordPattern).join('|')})` : '');
  };
  return `(?:${suffixes.map(one).join('|')})`;
}

export interface Cues {
  honourSuffix: RegExp;
  programmeSuffix: RegExp;
  honourBefore: RegExp;
  honourAfter: RegExp;
  programmeBefore: RegExp;
  programmeAfter: RegExp;
  programmeAliasAfter: RegExp;
  honourCore: RegExp;
  honourCoreAll: RegExp;
  honourQualifier: Set<string>;
  /** A trigger before an unquoted honour (荣获, 被…评为), strong or weak, with the end of the match at the name. */
  honourTriggerAll: RegExp;
  honourWeakTrigger: Set<string>;
  honourLoneTrigger: Set<string>;
  notAnHonour: Set<string>;
  /** After an award's name given in editions (第N届…), words of its event: 评选, 颁奖, 各奖项. */
  awardEventAfter: RegExp;
  /** A word of merit ending an honour for a unit before its unit word (优秀支行, 标杆网点). */
  honourUnitQuality: RegExp;
  /** A quote that opens with a word of merit and ends with who holds it (优秀网点, 十佳柜员, 模范员工). */
  meritLed: RegExp;
  /** The honour endings that are words (先锋号), without the patterns (最美…). */
  honourSuffixWord: RegExp;
  honourTail: RegExp;
  programmeTail: RegExp;
  programmeKind: Set<string>;
  productAfter: RegExp;
  productSuffix: RegExp;
  sloganAfter: RegExp;
  quoteModifies: RegExp;
  scamAfter: RegExp;
  receivedTrigger: RegExp;
  honourAim: RegExp;
  honourList: RegExp;
  madeTheList: RegExp;
  orgSuffixAll: RegExp;
  /** The word of an association of banks (association-suffix.txt: 公会, 学会), as a whole suffix. */
  associationSuffix: Set<string>;
  /** A topic of awareness work (generic-topic.txt: 反诈, 反假币): quoted alone, it names no programme. */
  genericTopic: Set<string>;
  /** Right after a bank's name, an association's word, 同业 first or not (银行同业公会): the name is no bank's. */
  associationAfter: RegExp;
  /** A country or region in brackets after a bank's name: its subsidiary there (大新銀行（中國）), or itself. */
  subsidiaryPlace: Set<string>;
  /** The words of a bank's group or holding company after its name (集团, 控股). */
  bankGroupWord: Set<string>;
  /** The same, then maybe a company form, ending a text (某银行|集团有限公司). */
  bankGroupFormAtEnd: RegExp;
  roleSuffix: RegExp;
  articleUnitRole: Set<string>;
  topPost: Set<string>;
  /** A post of a government, school, court, police or village (副市长, 社区民警): held at no bank. */
  otherBodyPost: RegExp;
  /** The end of another body's name right before a post (某茶厂负责人): the post is that body's. */
  otherBodyWord: RegExp;
  /** A bank's own research body between its name and a post (招商银行研究院院长): the post is at the bank. */
  ownInstitute: RegExp;
  /** Words that qualify a post right before it (常务副行长, 高级经理): no name before a post. */
  postQualifier: Set<string>;
  /** Posts of one outlet (柜员, 大堂经理): with no unit named, the outlet the story is in. */
  frontLineRole: Set<string>;
  /** A unit's own posts (党委书记, 经理, 协理) that, opening a sentence, are at the unit the sentence before named. */
  unitOwnPost: Set<string>;
  /** A word of another body anywhere (某村, 某公司): after a unit, the sentence goes on to that body. */
  otherBodyWordIn: RegExp;
  /** A newspaper's role right before a name (记者 某某): who is credited with the report. */
  reporterBefore: RegExp;
  roleInNameGap: RegExp;
  rolePhraseVerb: Set<string>;
  /** Longest first, so that 出任 is read before 任. */
  appointedVerbs: string[];
  /** 任命某某为…: a verb, the person, then 为 before the unit and the post. */
  appointAs: RegExp;
  /** Text that ends with a verb of appointing, right before the name of the one appointed (董事会选举|某某为董事长). */
  appointAsBeforeName: RegExp;
  /** After a name: a verb of receiving an honour or of speech (王某获得了, 王某说). */
  honouredOrSpoken: RegExp;
  /** An appointing verb right before the appointee's name (任命|聘任…), anywhere in a sentence. */
  appointeeAll: RegExp;
  /** After an appointee's name: (同志)被任命为 and the like. */
  appointedAfterName: RegExp;
  /** After a name: a date maybe, then a verb of taking a post of two characters or more (调任, 2019年起担任). */
  postVerbAfterName: RegExp;
  /** Verbs of joining a unit (加入, 考入, 进入…工作), and which of them need 工作 after the unit. */
  joinedVerbs: string[];
  /** Right after a unit, a verb of sending one of its people out (选派, 委派), maybe after an adverb. */
  sentVerbAfterUnit: RegExp;
  /**
   * After a list of units: maybe more items, 等 and a count (等12家金融机构), who they send, adverbs, then a verb of
   * taking part (参加, 参与) and maybe its object (group 1: 活动, 启动仪式, 招聘会), up to the clause's end or 并.
   */
  takePartAfterUnits: RegExp;
  /** Words for an event of any campaign (活动, 启动仪式, 开幕式). */
  attendedEvent: Set<string>;
  joinedNeedsWork: Set<string>;
  surnameAlsoWord: Set<string>;
  honouredAfterName: RegExp;
  /** Other names joined by 、, then what honouredAfterName matches. */
  honouredAfterList: RegExp;
  /** Where or why first, then what honouredAfterName matches (在…比赛中荣获, 凭借…荣获, 因…被评为). */
  honouredAfterPhrase: RegExp;
  individualHonour: RegExp;
  collectiveHonour: RegExp;
  /** A unit's honour with a person's rank after it (文明单位标兵, 先进集体标兵): still a unit's. */
  rankedCollectiveHonour: RegExp;
  notAnHonourEnding: RegExp;
  notAProgrammeEnding: RegExp;
  /** How an unquoted volunteer team's name ends (志愿服务队, 义工队), every match in a text. */
  programmeTeamHeadAll: RegExp;
  /** A volunteer team's head ending a name (“某某志愿服务队”). */
  programmeTeamHeadEnd: RegExp;
  /** Words in 家 that are no practitioner before a name (农家, 国家, 两家). */
  notOccupationJia: RegExp;
  /** A verb that sets up a team (成立, 组建), the whole word. */
  teamBuildVerb: RegExp;
  /** Words that only say who is in a team or what it does (党员, 青年, 金融): no brand of its own. */
  genericTeamWord: Set<string>;
  personAfter: RegExp;
  notGivenName: Set<string>;
  /** Parts of names written without a surname (扎西, 次仁, 古丽), longest first; 江 and 汗 only end one. */
  namePartsWithoutSurname: { parts: string[]; endings: Set<string> };
  notAPerson: Set<string>;
  publicNoun: Set<string>;
  /** The nouns for a member of the public anywhere in a text, the longest first. */
  publicNounAll: RegExp;
  /** Words for an elder after a name (王秀英老人, 李德顺大爷), anywhere in a text. */
  elderAfterNameAll: RegExp;
  speechAfterName: RegExp;
  speechVerb: RegExp;
  /** Words of manner or time that stand between a post and a speech verb (行长郑重表示): no name, whatever jieba's tag. */
  mannerBeforeSpeech: Set<string>;
  anaphorAll: RegExp;
  nameBreak: RegExp;
  /** A word that ends names at the start of a token (所辖爱山, jieba's glue of 所辖 and a name). */
  nameBreakAtStart: RegExp;
  /** A company form right after a bank's name (股份有限公司): the bank's legal name, no part of its unit's. */
  companyForm: RegExp;
  notInName: Set<string>;
  genericUnitName: Set<string>;
  /** A word for a unit's kind that ends a unit's name before its suffix, after the name proper (某某社区支行). */
  unitKindWord: Set<string>;
  /** A word of another body inside a unit's name (证券, 街道, 公司): the unit is no bank's. */
  notABankUnit: RegExp;
  /** After a unit set after 在, the rest of a frame of guidance up to 下 (的统一部署下, 的关心和大力支持下). */
  guidanceFrameAfter: RegExp;
  /** Right after a unit, a verb of guiding only (guide-verb.txt: 指导, 督导). */
  guideVerbAfter: RegExp;
  /** A suffix's last character and the next one as a word (社区, 所得): the suffix is cut out of it. */
  unitCutWord: Set<string>;
  placeFinal: Set<string>;
  /** Characters that are no half of a place jieba cuts into two words of one (的, 到, 该): see placePairBefore. */
  notInPlacePair: Set<string>;
  /** Verbs of making a unit (建设, 创建): before a word for a unit's kind, a clause (建设党建支行). */
  unitBuildVerb: RegExp;
  unitSuffix: RegExp;
  /** A unit's suffix ending a word (林分行: a surname before a unit's suffix is no one's name). */
  unitSuffixAtEnd: RegExp;
  unitSuffixAll: RegExp;
  /**
   * The forms of address and honours after a name (先生, 博士, 太平绅士, JP), one or several, maybe after commas
   * (博士, SBS, 太平绅士): a pattern to build others with, unanchored.
   */
  honorificRun: string;
  /** The same at the start of the text (after a name). */
  honorificAfterName: RegExp;
  /** The same at the end of the text (before a link to a unit and post). */
  honorificAtEnd: RegExp;
}

const compiled = new WeakMap<Lexicon, Cues>();

/** Adverbs between a name and the verb of receiving an honour (同时获颁, 均荣获, 分别获得). */
/** 等 and a count of people closing a list of names (等12人, 等5名同志), optional. */
const COUNTED_WITH = '(?:等[0-9０-９一二三四五六七八九十两多]+(?:名|位|人)(?:同志|员工|职工|选手)?)?';
/** 被记个人三等功, 记三等功一次: 记 records a merit only right before one (被记者 is a reporter). */
const MERIT_RECORDED = '被?记(?=(?:个人|集体)?[一二三]等功)';
const HONOURED_ADVERB = '(?:同时|均|都|分别|一同|共同|也|还|又|再次|先后|多次|曾经|曾|连续|屡次)?';

export function cues(lex: Lexicon): Cues {
  let c = compiled.get(lex);
  if (!c) {
    c = compile(lex);
    compiled.set(lex, c);
  }
  return c;
}

/** A reason between a name and a verb of taking or leaving a post (因工作调整辞去, 因年龄原因卸任). */
export const POST_REASON = '因[\\u4e00-\\u9fff]{1,6}?(?:原因|调整|调动|变动|需要)[，,]?';

/**
 * The approval of a post between a name and the verb that gives it (王某获批任职资格，担任…; 马某已获监管核准，正式就任…;
 * 马某的任职资格已获核准，将出任…).
 */
const POST_APPROVED = '(?:的任职资格)?(?:已|已经)?(?:获批|(?:获|经|获得)(?:监管|监管部门|监管机构)?(?:核准|批准))(?:任职资格)?[，,]?(?:[他她]将?)?';

/** Verbs of launching or joining that may follow a quote: what comes after them is no kind the quote names. */
const LAUNCH_AFTER_QUOTE = '开展|举办|组织|参加|参与|启动|推出|进行';

function compile(lex: Lexicon): Cues {
  const alt = (list: CueList): string => `(?:${lex.cues[list].map(wordPattern).join('|')})`;
  const set = (list: CueList): Set<string> => new Set(lex.cues[list]);
  const units = `(?:${lex.units.suffixes.map(wordPattern).join('|')})`;
  // (A letter right after the list's letters is no post-nominal: JPM.)
  const honorifics = `(?:(?:[，,]\\s*|\\s*)${alt('honorific')}(?![A-Za-z]))+`;
  // 荣获…, and 被某市总工会评为… (the conferrer between 被 and the verb).
  // (获某市总工会表彰，被授予…: praised by a body, then the honour; 获悉, 获得 and 获取 are other verbs.)
  const honoured = `(?:${HONOURED_ADVERB}(?:${alt('honoured-after-name')}|${MERIT_RECORDED})|被[\\u4e00-\\u9fff、]{2,14}?(?:评为|评选为|授予|命名为)|获(?![悉得取批知益准赠])[\\u4e00-\\u9fff、]{2,12}?(?:表彰|嘉奖|通报表扬))`;
  // 表彰了甲支行、乙支行等“…”, 表揚陳某、林某等「…」: those a body commends, then 等 and maybe their count, right before
  // the title they are commended as.
  const COMMENDED_LIST = '(?:表彰|表揚|表扬|嘉奖|嘉獎)了?[^，,。；;“”"「」『』]{2,28}?等(?:[0-9０-９一二三四五六七八九十两兩]+(?:余|餘|多)?(?:个|個|家|名|位)|一批|多家|多名|多位)?';
  return {
    honourSuffix: new RegExp(`${alt('honour-suffix')}$`),
    programmeSuffix: new RegExp(`${alt('programme-suffix')}$`),
    // 荣获…“X”, or a list of honours announced (奖项，包括“X”、“Y”). (Between the verb and the quote, a publication in
    // title marks that confers it counts as one word, however long its name: 獲選《Cheers》雜誌「某某」.)
    // (被某州委州政府命名为“…”: a body that confers between 被 and 命名为 or 认定为, as the list's 被命名为 says; not 被村民命名为.)
    honourBefore: new RegExp(`(?:${alt('honour-before')}(?:[^，。；]{0,8}|[^，。；《》]{0,6}《[^《》“”"，。；]{1,16}》[^，。；《》“”"]{0,6})|被[\\u4e00-\\u9fff、]{1,12}?(?:委|政府|会|联|部|厅|局|办|院|中央|总行|分行)(?:联合|共同)?(?:命名为|认定为)|(?:奖项|荣誉|称号|殊荣|大奖)[，,]?(?:包括|有|为|如)[：:]?|${COMMENDED_LIST})$`),
    honourAfter: new RegExp(`^${alt('honour-after')}`),
    // (…or a count of sessions, maybe with a few words of praise and 的: 开展了一场别开生面的“某某”; or the year of
    // this round: 启动2024年“某某”工作.)
    programmeBefore: new RegExp(`${alt('programme-before')}了?(?:(?:(?:19|20)\\d{2}年度?)?第[一二三四五六七八九十百\\d]+[届期季次]|(?:19|20)\\d{2}年度?|(?:一|首|多|两|几)[场次期届轮](?:[\\u4e00-\\u9fff]{2,6}的)?)?$`),
    // “A”“B”等服务工程, “X”公益行动: a few words may qualify the kind of programme, never a clause (的).
    // (Nor a verb of launching: “某某”开展志愿服务 says what the quoted thing does, not which service it names.)
    programmeAfter: new RegExp(`^等?(?:(?![的在是为和与]|${LAUNCH_AFTER_QUOTE})[\\u4e00-\\u9fff]){0,4}?${alt('programme-after')}`),
    programmeAliasAfter: new RegExp(`^${alt('programme-alias-after')}`),
    honourCore: new RegExp(alt('honour-core')),
    honourCoreAll: new RegExp(alt('honour-core'), 'g'),
    honourQualifier: set('honour-qualifier'),
    honourTriggerAll: new RegExp(`(?:被[^，。；]{0,12}?(?:评为|评选为|授予|命名为|认定为)|${MERIT_RECORDED}|${alt('honour-before')}|${alt('honour-weak-trigger')})了?`, 'g'),
    honourWeakTrigger: set('honour-weak-trigger'),
    honourLoneTrigger: set('honour-lone-trigger'),
    notAnHonour: set('not-an-honour'),
    awardEventAfter: new RegExp(`^${alt('award-event-after')}`),
    honourUnitQuality: new RegExp(`${alt('honour-unit-quality')}$`),
    meritLed: new RegExp(`^${alt('honour-unit-quality')}[\\u4e00-\\u9fff]{0,6}?(?:网点|支行|分行|营业部|营业室|员工|职工|柜员|个人|集体|单位|客户经理|党员|工作者|之星|明星|标兵|能手|团队|班组|青年|志愿者|奖)$`),
    honourSuffixWord: new RegExp(`(?:${lex.cues['honour-suffix'].filter((w) => !/[…*]/.test(w)).map(wordPattern).join('|')})$`),
    honourTail: new RegExp(`^${alt('honour-tail')}`),
    // 集中宣讲活动, 社区金融开放日活动: words of a programme's own up to its kind, never across a clause.
    programmeTail: new RegExp(`^(?:(?![的在是为和与及等])[\\u4e00-\\u9fff]){1,10}?${alt('programme-after')}(?![\\u4e00-\\u9fff])`),
    programmeKind: set('programme-after'),
    productAfter: new RegExp(`^(?:系列)?${alt('product-after')}`),
    productSuffix: new RegExp(`[\\u4e00-\\u9fffA-Za-z]${alt('product-suffix')}$`),
    sloganAfter: new RegExp(`^${alt('slogan-after')}`),
    // 举办“某某”合作协议签约仪式: the words after a quote, up to the clause's end, end in a thing it qualifies.
    quoteModifies: new RegExp(`^(?=[\\u4e00-\\u9fff])[^，,。；;！？!?“”"]{0,16}?${alt('quote-modifies')}(?=[，,。；;！？!?]|$)`),
    // “保本高息”投资, “刷单返利”类诈骗: the lure a scam offers.
    scamAfter: new RegExp(`^(?:类|式|型)?${alt('scam-after')}`),
    receivedTrigger: new RegExp(`${alt('received-trigger')}|${MERIT_RECORDED}`),
    // 争创“…”, 申报“…”: aimed at, not (yet) received, unless a word of receiving follows the aim (争创…并荣获).
    honourAim: new RegExp(`(?<!成功)${alt('honour-aim')}(?![^，,。；;]*?(?:荣获|获得|获评|评为|授予|荣膺|获颁|喜获|摘得|当选|创成|成功))[^，,。；;]*$`),
    // “千佳示范单位”名单 / 称号获奖名单: a few words may stand between the honour and its list.
    honourList: new RegExp(`^[”"」』]?(?:称号|奖项|荣誉)?(?:的)?(?:[\\u4e00-\\u9fff]{0,4}?)${alt('honour-list')}`),
    madeTheList: new RegExp(alt('made-the-list')),
    orgSuffixAll: new RegExp(alt('org-suffix'), 'g'),
    associationSuffix: set('association-suffix'),
    genericTopic: set('generic-topic'),
    associationAfter: new RegExp(`^(?:同业)?${alt('association-suffix')}`),
    subsidiaryPlace: set('subsidiary-place'),
    bankGroupWord: set('bank-group-word'),
    bankGroupFormAtEnd: new RegExp(`(?:[（(]?${alt('bank-group-word')}[）)]?)?${alt('company-form')}?$`),
    roleSuffix: new RegExp(`${alt('role-suffix')}$`),
    articleUnitRole: set('article-unit-role'),
    topPost: set('top-post'),
    otherBodyPost: new RegExp(`${alt('other-body-post')}$`),
    otherBodyWord: new RegExp(`${alt('other-body-word')}$`),
    // (A few words may name the field first, 城市金融研究所; not a school's, 某大学研究院, nor another body after 与.)
    postQualifier: set('post-qualifier'),
    ownInstitute: new RegExp(`^(?:(?!大学|学院)[^\\s，,。、；;与和及同（(）)]){0,6}?(?:${alt('own-institute')})`),
    frontLineRole: set('front-line-role'),
    unitOwnPost: set('unit-own-post'),
    otherBodyWordIn: new RegExp(alt('other-body-word')),
    reporterBefore: new RegExp(`${alt('reporter-role')}[\\s:：]*$`),
    roleInNameGap: new RegExp(alt('role-in-name-gap')),
    rolePhraseVerb: set('role-phrase-verb'),
    appointedVerbs: [...lex.cues['appointed-verb']].sort((a, b) => b.length - a.length),
    appointAs: new RegExp(`(?:${alt('appoint-as-verb')})[^，,。；;：:]{0,12}为$`),
    // (An adverb may stand first: 甲、乙同时获颁, 均荣获, 分别获得.)
    honouredOrSpoken: new RegExp(`^(?:${HONOURED_ADVERB}(?:${alt('honoured-after-name')})|${alt('speech-after-name')})`),
    appointeeAll: new RegExp(`(?:${alt('appoint-as-verb')})`, 'g'),
    appointAsBeforeName: new RegExp(`(?:${alt('appoint-as-verb')})$`),
    // (获 as 被: 某某获委任为, 獲聘為.)
    // (An adverb of time may stand before 获 or 被: 某某已獲委任為, 某某将被任命为, as Hong Kong news writes it.)
    appointedAfterName: new RegExp(`^(?:同志|先生|女士)?${alt('post-adverb')}{0,2}[被获](?:${alt('appoint-as-verb')})为`),
    // (A date may stand between: 2019年起担任, 自2015年担任, 从2010年起任, 自2003年10月至2016年1月，先后担任;
    // an adverb too: 就进入, 已调任; a reason: 因工作调整辞去, 因年龄原因卸任; a predecessor: 接替某某出任.)
    postVerbAfterName: new RegExp(`^(?:同志|先生|女士)?(?:[于自从]?(?:19|20)\\d{2}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:(?:至|到|—|-)(?:19|20)\\d{2}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?[，,]?)?(?:起|开始|以来)?)?(?:${POST_REASON})?(?:${POST_APPROVED})?(?:接替[\\u4e00-\\u9fff]{2,3}(?=出任|担任|任))?(?:${alt('post-adverb')}{0,2}(?:${[...lex.cues['appointed-verb'], ...lex.cues['joined-verb']].filter((v) => v.length > 1).map(wordPattern).join('|')})|${alt('post-adverb')}任)[了过]?`),
    joinedVerbs: [...lex.cues['joined-verb']].sort((a, b) => b.length - a.length),
    sentVerbAfterUnit: new RegExp(`^(?:又|还|先后|专门|特别|积极|新|再次|首批)?${alt('sent-verb')}`),
    // (More items the rules may not know, an insurer's 分公司, may close the list: 、某某人寿分公司等12家金融机构; so may
    // the kind of unit they were, 等6家试点银行.)
    takePartAfterUnits: new RegExp(
      `^(?:[、和及与][^，,。；;、“”"「」]{2,20}?)*(?:等(?:[0-9０-９一二三四五六七八九十两百多余]+(?:家|个))?(?:(?:试点|合作|成员|会员|驻[\\u4e00-\\u9fff]{1,2})?(?:金融机构|银行机构|银行业机构|银行|金融单位|单位|机构))?)?(?:的)?(?:负责人|相关负责人|代表|工作人员|员工|青年员工|志愿者)?(?:也|均|都|亦|纷纷|积极|踊跃|主动|同步|热情|一同|共同|先后)*(?:派员|派人|组队|组织员工|选派(?:员工|选手|代表))?${alt('take-part-verb')}(?:其中|进来|了进来|了?(?:此次|本次|这次|该次?|当天的?|上述)?([\\u4e00-\\u9fff]{2,6}?))?(?=[，,。；;！!]|并|$)`,
    ),
    attendedEvent: set('attended-event'),
    joinedNeedsWork: set('joined-needs-work'),
    surnameAlsoWord: set('surname-also-word'),
    // (甲等12人获评, 甲、乙等20人被授予: a count closing the list may stand before the verb.)
    honouredAfterName: new RegExp(`^${COUNTED_WITH}${honoured}`),
    // (甲、乙、丙分别获得, 甲、乙和丙分别获得: the first names of a list the verb follows.)
    honouredAfterList: new RegExp(`^(?:、[\\u4e00-\\u9fff]{2,3}){0,6}(?:[、和与及][\\u4e00-\\u9fff]{2,3})${COUNTED_WITH}${honoured}`),
    // (甲在全省技能比赛中摘得, 甲凭借扎实的功底荣获, 甲同志因表现突出被评为: a phrase of where or why, within the clause.)
    honouredAfterPhrase: new RegExp(`^(?:同志)?(?:在[^，,。；;：:“”「」]{2,24}?中|凭借?[^，,。；;：:“”「」]{2,16}?|因[^，,。；;：:“”「」]{2,12}?)${honoured}`),
    // (个人 anywhere names an honour for a person: 个人风采奖, 个人一等奖.)
    individualHonour: new RegExp(`${alt('individual-honour-suffix')}$|个人`),
    collectiveHonour: new RegExp(alt('collective-honour-word')),
    rankedCollectiveHonour: new RegExp(`${alt('collective-honour-word')}(?:标兵|能手|模范|之星|明星)$`),
    notAnHonourEnding: new RegExp(`${alt('not-an-honour-ending')}$`),
    notAProgrammeEnding: new RegExp(`${alt('not-a-programme-ending')}$`),
    programmeTeamHeadAll: new RegExp(alt('programme-team-head'), 'g'),
    programmeTeamHeadEnd: new RegExp(`${alt('programme-team-head')}$`),
    notOccupationJia: new RegExp(`${alt('not-occupation-jia')}$`),
    teamBuildVerb: new RegExp(`^${alt('team-build-verb')}$`),
    genericTeamWord: set('generic-team-word'),
    personAfter: new RegExp(`^${alt('person-after')}`),
    notGivenName: set('not-given-name'),
    namePartsWithoutSurname: {
      parts: lex.cues['name-part-without-surname'].filter((w) => w.length > 1).sort((a, b) => b.length - a.length),
      endings: new Set(lex.cues['name-part-without-surname'].filter((w) => w.length === 1)),
    },
    notAPerson: set('not-a-person'),
    publicNoun: set('public-noun'),
    elderAfterNameAll: new RegExp(alt('elder-after-name'), 'g'),
    publicNounAll: new RegExp(`(?:${[...lex.cues['public-noun']].sort((a, b) => b.length - a.length).map(wordPattern).join('|')})`, 'g'),
    speechAfterName: new RegExp(`^${alt('speech-after-name')}`),
    speechVerb: new RegExp(`^${alt('speech-verb')}`),
    mannerBeforeSpeech: set('manner-before-speech'),
    anaphorAll: new RegExp(
      // The listed anaphors anywhere; a bare unit word only as a clause's subject (支行曾…, 分行2019年…).
      `${alt('anaphor')}|(?<=^|[，,；;：:。])(?:支行|分行|网点|营业部|营业室)(?=[曾于在将还也已先连被获荣是就则均都又再]|20|19|成功|开展|推出|启动|作为|${alt('sent-verb')})`
      // (联社理事长甲、支行副行长乙参加, 支行行长甲、联社理事长乙签约: a bare 支行 or 分行 opening an item of a list of posts or
      // a clause, before a post of its head, is the unit of that kind the article names, not the unit of the item before.)
      + `|(?<=[、，,；;])(?:支行|分行)(?=(?:党委|党组|党支部)?(?:副?行长|书记|副书记))`
      // 总行 (the head office) of a bank named before, as a clause opens or after a verb of moving (调任总行).
      + `|(?<=^|[，,；;：:。、（(“\\s]|[任到至入在由与和及的])总行(?![长级])`
      // 省联社 with no province before it: the province's union of rural credit co-operatives the article names.
      + `|(?<=^|[，,；;：:。、（(“\\s]|[任到至入在由与和及的向为])省联社`
      // 该社, and a bare 联社 or 信用社 opening a clause before one of its posts (联社理事长某某, 信用社主任某某): the
      // credit union or co-operative the article names.
      // (本社 too, but not a newspaper's own: 本社记者, 本社讯.)
      + `|该社|本社(?!记者|通讯员|讯|电|编辑|评论员|特约)|(?<=^|[，,；;：:。、（(“\\s])(?:联社|信用社)(?=${alt('credit-union-post')})`,
      'g',
    ),
    nameBreak: new RegExp(alt('name-break')),
    nameBreakAtStart: new RegExp(`^${alt('name-break')}`),
    companyForm: new RegExp(`^${alt('company-form')}`),
    notInName: set('not-in-name'),
    genericUnitName: set('generic-unit-name'),
    unitKindWord: set('unit-kind-word'),
    // (An organisation's ending ends the name: 某公司营业部; inside it, 大学城支行, it is a place's word.)
    notABankUnit: new RegExp(`${alt('not-a-bank-unit')}|(?:${alt('org-suffix')})$`),
    // (Other bodies of the list, 的, and a few words of manner may come first: 和某局的正确领导下, 的关心和大力支持下.)
    guideVerbAfter: new RegExp(`^(?:负责)?${alt('guide-verb')}`),
    guidanceFrameAfter: new RegExp(`^[^，,。；;]{0,24}?的?[^，,。；;的]{0,8}?${alt('guidance-noun')}下`),
    unitCutWord: set('unit-cut-word'),
    placeFinal: set('place-final'),
    notInPlacePair: set('not-in-place-pair'),
    unitBuildVerb: new RegExp(`^${alt('unit-build-verb')}`),
    unitSuffix: new RegExp(units),
    unitSuffixAtEnd: new RegExp(`${units}$`),
    unitSuffixAll: new RegExp(unitsNotOverlapping(lex.units.suffixes), 'g'),
    honorificRun: honorifics,
    honorificAfterName: new RegExp(`^${honorifics}`),
    honorificAtEnd: new RegExp(`${honorifics}$`),
  };
}
