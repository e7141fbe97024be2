/**
 * One example per entity and relation type, in sentences written for the
 * tests (the style of the real articles, not their text).
 */
import { describe, expect, it } from 'vitest';
import { buildTexts, edges, names, nodeByName } from './helpers.js';

const ARTICLE = [
  '百元存单里的老故事',
  '——工行抚顺雷锋支行“雷锋存折”续存活动见闻',
  '',
  '全媒体记者 林晓东',
  '',
  '三月五日上午，工行抚顺雷锋支行的营业厅里排起了长队。抚顺七百储蓄所（今工行抚顺雷锋支行）曾为雷锋同志办理存款，储蓄员张桂兰在七百储蓄所为他开了户。',
  '',
  '网点负责人陈立新介绍，雷锋支行2019年被中央文明委评为“全国文明单位”，2022年又被总行评为“学雷锋示范网点”。',
  '',
  '今年，中国工商银行辽宁省分行启动“雷锋存折进校园”活动，工行抚顺雷锋支行员工孙浩说，大家都愿意去讲。',
].join('\n');

describe('entities', async () => {
  const g = await buildTexts({ 'a.txt': ARTICLE });

  it('Bank: one node for every form of the name', () => {
    expect(names(g, 'Bank')).toEqual(['中国工商银行']);
    expect(nodeByName(g, 'Bank', '中国工商银行').aliases).toEqual(expect.arrayContaining(['工行']));
  });

  it('Branch: full names, short forms and former names are one unit each', () => {
    expect(names(g, 'Branch')).toEqual(['中国工商银行辽宁省分行', '工行抚顺雷锋支行']);
    expect(nodeByName(g, 'Branch', '工行抚顺雷锋支行').aliases).toEqual(expect.arrayContaining(['雷锋支行', '抚顺七百储蓄所', '七百储蓄所']));
  });

  it('Person: bylines, names after a role, speakers', () => {
    expect(names(g, 'Person')).toEqual(['孙浩', '张桂兰', '林晓东', '陈立新', '雷锋']);
  });

  it('Programme and Honour: quoted names classified by their words and shape', () => {
    expect(names(g, 'Programme')).toEqual(['雷锋存折', '雷锋存折进校园']);
    expect(names(g, 'Honour')).toEqual(['全国文明单位', '学雷锋示范网点']);
  });

  it('Article: one per article, titled', () => {
    expect(names(g, 'Article')).toEqual(['百元存单里的老故事']);
  });

  it('every node carries evidence that points back into the file', () => {
    const branch = nodeByName(g, 'Branch', '工行抚顺雷锋支行');
    const ev = branch.evidence[0]!;
    expect(ARTICLE.slice(ev.start, ev.end).replace(/\n/g, '')).toBe(ev.sentence);
    expect(ev.sentence.slice(...ev.mention!)).toMatch(/雷锋支行|七百储蓄所/);
    expect(ev.confidence).toBeGreaterThan(0);
    expect(ev.rule).toMatch(/^branch\./);
  });
});

describe('relations', async () => {
  const g = await buildTexts({ 'a.txt': ARTICLE });

  it('PART_OF: each branch belongs to its bank', () => {
    expect(edges(g, 'PART_OF')).toEqual(['中国工商银行辽宁省分行 -> 中国工商银行', '工行抚顺雷锋支行 -> 中国工商银行', '工行抚顺雷锋支行 -> 中国工商银行辽宁省分行']);
  });

  it('WORKS_AT with the role the text gives', () => {
    expect(edges(g, 'WORKS_AT')).toEqual(['孙浩 -> 工行抚顺雷锋支行 [员工]', '张桂兰 -> 工行抚顺雷锋支行 [储蓄员]', '陈立新 -> 工行抚顺雷锋支行 [网点负责人]']);
  });

  it('RECEIVED with who conferred it and the year', () => {
    const received = g.filterEdges((_, a) => a.type === 'RECEIVED').map((e) => {
      const a = g.getEdgeAttributes(e);
      return [g.getNodeAttribute(g.source(e), 'name'), g.getNodeAttribute(g.target(e), 'name'), a.conferrer, a.year];
    });
    expect(received.sort()).toEqual([
      ['工行抚顺雷锋支行', '全国文明单位', '中央文明委', 2019],
      ['工行抚顺雷锋支行', '学雷锋示范网点', '总行', 2022],
    ]);
  });

  it('RUNS from the unit that starts or hosts the programme', () => {
    expect(edges(g, 'RUNS')).toEqual(['中国工商银行辽宁省分行 -> 雷锋存折进校园', '工行抚顺雷锋支行 -> 雷锋存折']);
  });

  it('AUTHORED from the byline, MENTIONS from the article', () => {
    expect(edges(g, 'AUTHORED')).toEqual(['林晓东 -> 百元存单里的老故事 [记者]']);
    expect(edges(g, 'MENTIONS')).toEqual(expect.arrayContaining(['百元存单里的老故事 -> 工行抚顺雷锋支行', '百元存单里的老故事 -> 全国文明单位']));
  });
});

describe('quotes that name no programme', () => {
  it('skips slogans, lists of topics and descriptions, keeps a named campaign', async () => {
    const g = await buildTexts({
      'q.txt': [
        '城南支行开展宣传',
        '',
        '记者 周海',
        '',
        '农行城南支行践行“客户至上”理念，开展“文明用餐”“节约用电”等主题活动，为市民打造“身边的银行”。',
        '',
        '同时，农行城南支行启动“金融夜校”活动，并持续推进“党建+服务”。',
      ].join('\n'),
    });
    expect(names(g, 'Programme')).toEqual(['金融夜校']);
    expect(edges(g, 'RUNS')).toEqual(['农行城南支行 -> 金融夜校']);
  });
});

describe('products', () => {
  it('a quoted name followed by 产品 is a Product, not a Programme', async () => {
    const g = await buildTexts({ 'p.txt': '交行推出新产品\n\n记者 吴佩珊\n\n交行上海徐汇支行推出“科创快贷”产品，服务科技型小微企业。' });
    expect(names(g, 'Product')).toEqual(['科创快贷']);
    expect(names(g, 'Programme')).toEqual([]);
  });
});

describe('people in running text', () => {
  it('lists after a role, names cut before a speech verb, members of the public, not kinship words or a role inside a bank name', async () => {
    const g = await buildTexts({
      'p.txt': '建行驿站温暖环卫工人\n\n记者 黄磊\n\n建行长沙芙蓉支行员工刘芳、陈小军、王丽每天早上为环卫工人准备热水。该行行长谢志明说，驿站已经接待了三千多人次。市民张阿姨告诉记者，她每天都来。客户赵建国先生专门送来锦旗。',
    });
    expect(names(g, 'Person')).toEqual(['刘芳', '王丽', '谢志明', '赵建国', '陈小军', '黄磊']);
    expect(edges(g, 'WORKS_AT')).toEqual([
      '刘芳 -> 建行长沙芙蓉支行 [员工]',
      '王丽 -> 建行长沙芙蓉支行 [员工]',
      '谢志明 -> 建行长沙芙蓉支行 [行长]',
      '陈小军 -> 建行长沙芙蓉支行 [员工]',
    ]);
  });
});

describe('a programme is also known by its quoted name with the type word after it', () => {
  // Gold and readers name a programme either way (“某某”竞赛 or 某某); the longer form is kept as an alias.
  const rows: Array<[text: string, name: string, alias: string]> = [
    ['兴业银行在全行开展了“守规合规”竞赛活动。', '守规合规', '守规合规竞赛活动'],
    ['兴业银行举办“青年讲堂”知识竞赛。', '青年讲堂', '青年讲堂知识竞赛'],
    ['建行湖滨支行启动“暖阳”工程。', '暖阳', '暖阳工程'],
    ['农行湖滨支行开展“护苗”专项行动。', '护苗', '护苗专项行动'],
    ['邮储银行湖滨支行举办“金秋杯”比赛。', '金秋杯', '金秋杯比赛'],
  ];
  it.each(rows)('%s', async (text, name, alias) => {
    const g = await buildTexts({ 'a.txt': text });
    expect(nodeByName(g, 'Programme', name).aliases).toContain(alias);
  });
});

describe('a bank is also known by its legal name and by its name with its Latin short form in front', () => {
  // A reader (or a gold file) may name the bank as the text writes it in full; the node keeps the gazetteer's name.
  const rows: Array<[text: string, name: string, alias: string]> = [
    ['中國銀行(香港)有限公司今日公布中期業績。', '中國銀行(香港)', '中國銀行(香港)有限公司'],
    ['招商银行股份有限公司发布年度报告。', '招商银行', '招商银行股份有限公司'],
    ['OCBC華僑銀行推出長者防騙講座。', '華僑銀行', 'OCBC華僑銀行'],
  ];
  it.each(rows)('%s', async (text, name, alias) => {
    const g = await buildTexts({ 'a.txt': text });
    expect(nodeByName(g, 'Bank', name).aliases).toContain(alias);
  });
});

describe('a county bank named after its city is also known without the city', () => {
  // (湖州市德清县农村信用合作联社 is 德清县农村信用合作联社 to a reader; not 湖州市德清农商银行's 德清 without 县, nor a
  // county of another city.)
  const rows: Array<[text: string, name: string, alias: string | undefined]> = [
    ['她在湖州市德清县农村信用合作联社存了一笔钱。', '湖州市德清县农村信用合作联社', '德清县农村信用合作联社'],
    ['她在湖州市德清縣農村信用合作聯社存了一筆錢。', '湖州市德清縣農村信用合作聯社', '德清縣農村信用合作聯社'],
    ['她在嘉兴市德清县农村信用合作联社存了一笔钱。', '嘉兴市德清县农村信用合作联社', undefined],
  ];
  it.each(rows)('%s', async (text, name, alias) => {
    const g = await buildTexts({ 'a.txt': text });
    const aliases = nodeByName(g, 'Bank', name).aliases;
    if (alias) expect(aliases).toContain(alias);
    else expect(aliases.filter((a) => !a.startsWith('嘉兴'))).toEqual([]);
  });
});

describe('one post at two bodies joined by 暨', () => {
  it('the person works at both', async () => {
    const g = await buildTexts({ 'a.txt': '东山农商银行暨西岭村镇银行董事长韩立出席签约仪式。' });
    expect(edges(g, 'WORKS_AT')).toEqual(expect.arrayContaining(['韩立 -> 东山农商银行 [董事长]', '韩立 -> 西岭村镇银行 [董事长]']));
  });
});
