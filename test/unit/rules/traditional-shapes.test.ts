/**
 * Hong Kong, Macau and Taiwan news in Traditional characters, one shape per row (sentences written for the
 * tests, made-up people): posts before and after names, lists of officers, a 行員 (bank clerk), an honour in
 * 「」 and a programme. Each row must give its facts, with names kept in the script they were written in.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from './facts.js';

const ROWS: Array<[string, string[]]> = [
  ['玉山銀行總經理陳志明表示，將持續推動數位轉型。', ['WORKS_AT 陳志明 -> 玉山商業銀行 [總經理]']],
  ['玉山銀行陳志明總經理表示，將持續推動數位轉型。', ['WORKS_AT 陳志明 -> 玉山商業銀行 [總經理]']],
  // (jieba knows 邱淑貞 as a proper noun, nz: after a post it is a person.)
  ['第一銀行董事長邱淑貞、總經理林國華出席典禮。', ['WORKS_AT 邱淑貞 -> 第一商業銀行 [董事長]', 'WORKS_AT 林國華 -> 第一商業銀行 [總經理]']],
  ['土地銀行台中分行經理黃美玲（左三）代表受獎。', ['WORKS_AT 黃美玲 -> 土地銀行台中分行 [經理]']],
  ['恒生銀行行政總裁施穎茵宣布，明年將增聘人手。', ['WORKS_AT 施穎茵 -> 恒生銀行 [行政總裁]']],
  ['中銀香港副總裁歐陽偉文出席活動。', ['WORKS_AT 歐陽偉文 -> 中國銀行(香港) [副總裁]']],
  ['彰化銀行宣布，由副總經理李文雄升任總經理。', ['Person 李文雄']],
  // (分行行員林某: not 行 / 員林, a town.)
  ['臺灣銀行花蓮分行行員林雅婷發現異狀，立即通報警方。', ['WORKS_AT 林雅婷 -> 臺灣銀行花蓮分行 [行員]']],
  ['合作金庫銀行榮獲「最佳社會責任獎」。', ['RECEIVED 合作金庫商業銀行 -> 最佳社會責任獎']],
  ['國泰世華銀行推出「愛心存摺」計畫。', ['RUNS 國泰世華商業銀行 -> 愛心存摺']],
  // A project (專案) is Taiwan's word for a programme, inside the quote or after it; after a verb of receiving it
  // stays an honour's name.
  ['德清農商銀行捐贈500萬元支持「偏鄉助學專案」。', ['RUNS 德清農商銀行 -> 偏鄉助學專案']],
  ['德清農商銀行與地檢署共同簽署「警示帳戶通報」專案合作備忘錄。', ['RUNS 德清農商銀行 -> 警示帳戶通報']],
  ['德清農商銀行榮獲「反詐先鋒專案」防詐獎項。', ['RECEIVED 德清農商銀行 -> 反詐先鋒專案']],
  // The place won, in brackets right after the award (金獎, 銀獎, 一等獎), stays with its name; honours counted first
  // (共獲四個獎項) and named after 包括 are received as a list right after the verb is.
  ['東山農商銀行在年度評選中獲得最佳普惠金融獎(金獎)及最佳數碼銀行獎。', ['RECEIVED 東山農商銀行 -> 最佳普惠金融獎(金獎)', 'RECEIVED 東山農商銀行 -> 最佳數碼銀行獎']],
  ['德清農商銀行理財部主管王紅梅和同事今年共獲四個獎項，包括客戶體驗卓越獎（銀獎）及最佳理財團隊獎。', ['RECEIVED 王紅梅 -> 客戶體驗卓越獎（銀獎）', 'RECEIVED 王紅梅 -> 最佳理財團隊獎']],
  ['澳門大西洋銀行總裁陳玉萍表示，將擴大服務。', ['WORKS_AT 陳玉萍 -> 大西洋銀行 [總裁]']],
  ['兆豐銀行協理王文正指出，詐騙手法不斷翻新。', ['WORKS_AT 王文正 -> 兆豐國際商業銀行 [協理]']],
  // (Taiwan's dates, 今（5）日 and 昨（4）日, right after a name: 黃偉今 is no one.)
  ['臺灣銀行台中分行經理黃偉今（5）日出席記者會。', ['WORKS_AT 黃偉 -> 臺灣銀行台中分行 [經理]']],
  ['第一銀行協理陳明昨（4）日表示，將加強防詐。', ['WORKS_AT 陳明 -> 第一商業銀行 [協理]']],
  // (jieba glues 由 to the surname: 由林/x 美玲.)
  ['永豐銀行日前宣布，由林美玲接任總經理。', ['WORKS_AT 林美玲 -> 永豐商業銀行 [總經理]']],
  // Taiwan's credit co-operatives go by their number, with the city or without it, and in the short form 某二信合作社.
  ['基隆第三信用合作社與第五信用合作社合辦防詐講座。', ['Bank 第五信用合作社']],
  ['新竹四信合作社東門分社經理韓立明表示，將加強長者關懷。', ['PART_OF 新竹四信合作社東門分社 -> 新竹四信合作社', 'WORKS_AT 韓立明 -> 新竹四信合作社東門分社 [經理]']],
  // (周志/堂/及: a name's last character jieba reads as a measure word, inside a list of names.)
  ['德清農商銀行邀請畫家趙立明、韓立明、周志堂及孫小燕剪綵。', ['Person 周志堂']],
  // A married woman's name, her husband's surname before her own (four characters), after a post, in a list of board
  // seats, before a courtesy title; a surname and a verb (陳林/表示) stay a name of two.
  ['恒生銀行副總裁陳林小燕表示，將加強客戶服務。', ['WORKS_AT 陳林小燕 -> 恒生銀行 [副總裁]']],
  ['東亞銀行獨立非執行董事趙立明、韓立明、陳馮美玲出席股東大會。', ['WORKS_AT 陳馮美玲 -> 東亞銀行 [獨立非執行董事]']],
  ['恒生銀行副行政總裁何李淑芬女士主持開幕儀式。', ['Person 何李淑芬']],
  ['恒生銀行行長陳林表示同意。', ['WORKS_AT 陳林 -> 恒生銀行 [行長]']],
  // (A foreign name written for its sounds, between two 、 of the list, does not end it.)
  ['東亞銀行非執行董事趙立明、韓立明、埃德蒙、梅爾森、王紅梅出席股東大會。', ['WORKS_AT 王紅梅 -> 東亞銀行 [非執行董事]']],
  // A run of posts and names at one bank goes on: after a foreign name written for its sounds that ends a list of
  // directors, after 以及, past a post of the group's region of the world (亞太區), and past a name jieba cuts into a
  // verb and more (查/文華).
  ['東亞銀行行政總裁陳志明，非執行董事李建國、周文華、埃德森，財務總監趙小燕出席。', ['WORKS_AT 趙小燕 -> 東亞銀行 [財務總監]']],
  ['東亞銀行行政總裁陳志明，非執行董事李建國，以及財務總監趙小燕出席。', ['WORKS_AT 趙小燕 -> 東亞銀行 [財務總監]']],
  ['東亞銀行行政總裁陳志明，非執行董事李建國，亞太區行政總裁王紅梅出席。', ['WORKS_AT 王紅梅 -> 東亞銀行 [行政總裁]']],
  ['東亞銀行行政總裁陳志明，非執行董事戴立群、查文華，財務總監趙小燕出席。', ['WORKS_AT 趙小燕 -> 東亞銀行 [財務總監]']],
  // Taiwan's officers named …長 after their field (營運長, 風控長, 數位長) and Hong Kong's 首席…總監, whole posts before names.
  ['華南銀行財務長周文華、資訊長韓立明出席法說會。', ['WORKS_AT 周文華 -> 華南商業銀行 [財務長]', 'WORKS_AT 韓立明 -> 華南商業銀行 [資訊長]']],
  ['東亞銀行首席風險總監趙小燕表示，信貸質素穩定。', ['WORKS_AT 趙小燕 -> 東亞銀行 [首席風險總監]']],
  // (銀行職員, a bank clerk, is one word to jieba, and ate the bank's name: 某銀行職員某某.)
  ['東山農商銀行職員周文華協助長者取回存款。', ['WORKS_AT 周文華 -> 東山農商銀行 [職員]']],
  // 拿下, 拿到 and Hong Kong's 攞咗 (拿了) right before an honour: won.
  ['東山農商銀行喺今年嘅頒獎禮攞咗「最佳按揭服務獎」。', ['RECEIVED 東山農商銀行 -> 最佳按揭服務獎']],
  ['德清農商銀行拿下最佳普惠金融獎。', ['RECEIVED 德清農商銀行 -> 最佳普惠金融獎']],
  // (A place that names the bank's own region of the world, 香港區 or 台灣區 as 亞太區, stands between the bank and the post.)
  ['東亞銀行香港區副行政總裁何家明今日出席記者會。', ['WORKS_AT 何家明 -> 東亞銀行 [副行政總裁]']],
  // A short item without any of the commonest Traditional characters (們, 這, 銀…) is still read as Traditional:
  // 獲, 榮, 稱, 號, 賽, 講, 紅, 責 tell it too (before, 邱霞獲 was a person and 姜濤…榮獲 gave nothing).
  ['邱霞獲「2023年度浙江金融好人」稱號。', ['RECEIVED 邱霞 -> 2023年度浙江金融好人']],
  ['姜濤在全市青年金融人才演講比賽中榮獲「最佳風采獎」。', ['RECEIVED 姜濤 -> 最佳風采獎']],
  ['滙豐香港奪得「傑出綠色金融獎」。', ['RECEIVED 香港上海滙豐銀行 -> 傑出綠色金融獎']],
  // The surname 沈 before a given name OpenCC's phrases read as a verb (沈靜 → 沉静, 沈思 → 沉思) stays 沈.
  ['華南銀行信義分行行員沈靜察覺老婦神情緊張，立即通報警方。', ['WORKS_AT 沈靜 -> 華南銀行信義分行 [行員]']],
  ['獲得「先進個人」稱號的有：呂薇（郵儲銀行德州市分行）、沈靜（臨沂農商銀行）。', ['WORKS_AT 沈靜 -> 臨沂農商銀行', 'RECEIVED 沈靜 -> 先進個人']],
  // Taiwan's and Hong Kong's words where the mainland writes another: 高階 for 高级 before a post, 聯絡卡 for 联系卡.
  ['本次活動邀請了李強（中國銀行上海市分行高階經理）作專題講座。', ['WORKS_AT 李強 -> 中國銀行上海市分行 [高階經理]']],
  ['德清農商銀行推出「豐收聯絡卡」。', ['RUNS 德清農商銀行 -> 豐收聯絡卡']],
  // Hong Kong's appointment with an adverb of time before 獲 (某某已獲委任為, 某某先生將獲委任為): the post is at the
  // bank the sentence opens with.
  ['東亞銀行表示，李國華已獲委任為獨立非執行董事。', ['WORKS_AT 李國華 -> 東亞銀行 [獨立非執行董事]']],
  ['東亞銀行宣布，李國華先生將獲委任為行政總裁。', ['WORKS_AT 李國華 -> 東亞銀行 [行政總裁]']],
  // Hong Kong names a post by the line of business it heads (零售銀行業務主管, 香港業務總經理): after an appointment, the
  // line stands between 為 or 出任 and the post.
  ['東亞銀行委任林國偉為零售銀行業務主管。', ['WORKS_AT 林國偉 -> 東亞銀行 [業務主管]']],
  ['東亞銀行委任林國偉出任香港業務總經理。', ['WORKS_AT 林國偉 -> 東亞銀行 [總經理]']],
  ['東亞銀行宣布，林國偉將出任個人銀行業務主管。', ['WORKS_AT 林國偉 -> 東亞銀行 [業務主管]']],
  // …and after a name, the bank and its line of business (零售銀行, 財富管理業務) before the post, in brackets or after 是.
  ['陳家明（恒生銀行零售銀行主管）在研討會上分享經驗。', ['WORKS_AT 陳家明 -> 恒生銀行 [零售銀行主管]']],
  ['陳家明是恒生銀行財富管理業務主管。', ['WORKS_AT 陳家明 -> 恒生銀行 [財富管理業務主管]']],
  // Posts of Taiwan and Hong Kong banks jieba cuts in two: a chief auditor (總稽核), a chief legal officer (法務長), a chief
  // operating officer (營運總裁, after 為 in an appointment), a chief investment officer and an investment strategist.
  ['臺灣銀行副總經理林文賢、總稽核陳美珠出席記者會。', ['WORKS_AT 陳美珠 -> 臺灣銀行 [總稽核]']],
  ['華南銀行法務長周文華指出，將強化法遵。', ['WORKS_AT 周文華 -> 華南商業銀行 [法務長]']],
  ['恒生銀行宣布委任林國強為營運總裁，即時生效。', ['WORKS_AT 林國強 -> 恒生銀行 [營運總裁]']],
  ['東亞銀行首席投資官趙小燕表示，美股估值偏高。', ['WORKS_AT 趙小燕 -> 東亞銀行 [首席投資官]']],
  ['東亞銀行投資策略師趙小燕預期，利率將見頂。', ['WORKS_AT 趙小燕 -> 東亞銀行 [投資策略師]']],
];

describe('Traditional news, one shape per row', () => {
  it.each(ROWS)('%s', (text, want) => {
    const facts = factsOf(text).facts;
    for (const w of want) expect(facts.some((f) => f === w || f.startsWith(`${w} (`)), `${w} in ${facts.join('; ')}`).toBe(true);
  });
});

/**
 * An honour written once with its English in brackets and once bare: one honour, whose node
 * holds both forms (the form without the gloss is kept normalised too, so that it meets the bare one).
 */
const ONE_HONOUR: Array<[string, string]> = [
  ['德清農商銀行獲評「年度最佳零售銀行（Best Retail Bank of the Year）」。該行去年也曾拿下「年度最佳零售銀行」獎項。', '年度最佳零售銀行'],
];

describe('Traditional news: one honour, written two ways in one article', () => {
  it.each(ONE_HONOUR)('%s', (text, bare) => {
    const honours = factsOf(text).facts.filter((f) => f.startsWith('Honour '));
    expect(honours, honours.join('; ')).toHaveLength(1);
    expect(factsOf(text).facts.some((f) => f.startsWith('RECEIVED 德清農商銀行 -> ') && f.includes(bare))).toBe(true);
  });
});

/** Taiwan's news shortens a bank to its name and 銀 (高雄銀, 兆豐銀): each is the bank, before a post too. */
const SHORT_FORMS: Array<[string, string]> = [
  ['高雄銀', '高雄銀行'],
  ['遠東銀', '遠東國際商業銀行'],
  ['京城銀', '京城商業銀行'],
  ['陽信銀', '陽信商業銀行'],
  ['板信銀', '板信商業銀行'],
  ['華泰銀', '華泰商業銀行'],
  ['安泰銀', '安泰商業銀行'],
  ['日盛銀', '日盛國際商業銀行'],
  ['兆豐銀', '兆豐國際商業銀行'],
  ['國泰世華銀', '國泰世華商業銀行'],
  ['台新銀', '台新國際商業銀行'],
  ['永豐銀', '永豐商業銀行'],
];

describe('Taiwan short forms in 銀', () => {
  it.each(SHORT_FORMS)('%s', (short, bank) => {
    const facts = factsOf(`${short}董事長陳志明表示，將持續推動數位轉型。`).facts;
    expect(facts).toContain(`WORKS_AT 陳志明 -> ${bank} [董事長]`);
  });
});

/** 沈 is kept as written (a surname), yet where it is a verb's character (沈悶, 沈重, 沈迷) no person comes of it. */
describe('沈 as a verb is no surname', () => {
  it('氣氛沈悶, 心情沈重, 沈迷於', () => {
    const persons = factsOf('恒生銀行經理陳志明表示，近期市場氣氛沈悶，不少客戶心情沈重，有人更沈迷於炒股。').facts.filter((f) => f.startsWith('Person '));
    expect(persons).toEqual(['Person 陳志明']);
  });
});

/**
 * A unit in a frame of support (在某行的支援下, 的協助下, 的贊助下: Taiwan's and Hong Kong's words for 支持 and 帮助) backs
 * the clause's actor: it neither receives the actor's honour nor runs the actor's event.
 */
const BACKER: Array<[string, string]> = [
  ['在工商銀行大連分行的支援下，東山公司獲評「遼寧省專精特新企業」。', 'RECEIVED 工商銀行大連分行 -> 遼寧省專精特新企業'],
  ['在玉山銀行的協助下，東山國小獲頒「金融教育績優學校」。', 'RECEIVED 玉山商業銀行 -> 金融教育績優學校'],
  ['在恒生銀行的贊助下，東山中學舉辦「理財小達人」比賽。', 'RUNS 恒生銀行 -> 理財小達人'],
];

describe('Traditional news: a unit that backs the actor', () => {
  it.each(BACKER)('%s', (text, not) => {
    const facts = factsOf(text).facts;
    expect(facts.filter((f) => f.startsWith(not)), facts.join('; ')).toEqual([]);
  });
});

/** An appointment to another body's post (a company's board, a council) gives no post at the bank that reports it. */
describe('Traditional news: appointed elsewhere', () => {
  it.each(['東亞銀行發言人表示，李國華已獲委任為東山科技公司董事。', '東亞銀行表示，其客戶李國華早前已被任命為立法會議員。', '東亞銀行表示，客戶林國偉將出任東山公司香港業務總經理。'])('%s', (text) => {
    const facts = factsOf(text).facts;
    expect(facts.filter((f) => f.startsWith('WORKS_AT ') && f.includes('東亞銀行')), facts.join('; ')).toEqual([]);
  });
});
