import { describe, expect, it } from 'vitest';
import { buildTexts, edges, names, nodeByName } from './helpers.js';
import { articleDate } from '../../src/resolve/file/articles.js';

describe('entity resolution', () => {
  it('merges 工行 / 工商银行 / 中国工商银行 and the forms of one branch across articles', async () => {
    const g = await buildTexts({
      'one.txt': '辽宁分行推进驿站建设\n\n记者 周海\n\n中国工商银行辽宁省分行今年新建驿站三十个。工行辽宁省分行相关负责人表示，辽宁省分行还将继续推进。',
      'two.txt': '沈阳分行一线见闻\n\n记者 周海\n\n工行沈阳向工街支行地处老城区。工商银行沈阳分行辖内，向工支行的服务最受好评。',
    });
    expect(names(g, 'Bank')).toEqual(['中国工商银行']);
    expect(nodeByName(g, 'Bank', '中国工商银行').aliases).toEqual(expect.arrayContaining(['工行', '工商银行']));
    expect(names(g, 'Branch')).toEqual(['中国工商银行辽宁省分行', '工商银行沈阳分行', '工行沈阳向工街支行']);
    expect(nodeByName(g, 'Branch', '中国工商银行辽宁省分行').aliases).toEqual(expect.arrayContaining(['工行辽宁省分行', '辽宁省分行']));
    expect(nodeByName(g, 'Branch', '工行沈阳向工街支行').aliases).toEqual(expect.arrayContaining(['向工支行']));
    // The same reporter in two articles is one person.
    expect(names(g, 'Person')).toEqual(['周海']);
  });

  // A branch goes by the shorter forms later sentences and readers use: its own name inside its parent's, and the
  // name without its province when a place follows it. Not the part after a road named after a city.
  it.each([
    ['own name inside the parent\'s', '李可是农行新疆伊犁兵团分行72团分理处负责人。', '农行新疆伊犁兵团分行72团分理处', '72团分理处'],
    ['own name, Traditional as written', '陳方是玉山銀行臺中分行大雅分社經理。', '玉山銀行臺中分行大雅分社', '大雅分社'],
    ['without the province', '王平是中国农业银行湖南省浏阳支行的柜员。', '中国农业银行湖南省浏阳支行', '浏阳支行'],
    ['both, on a sub-unit', '王平是中国农业银行湖南省浏阳支行永安分理处的储蓄员。', '中国农业银行湖南省浏阳支行永安分理处', '浏阳支行永安分理处'],
  ])('a branch\'s shorter form: %s', async (_shape, text, branch, alias) => {
    const g = await buildTexts({ 'a.txt': `标题\n\n${text}` });
    expect(nodeByName(g, 'Branch', branch).aliases).toContain(alias);
  });

  // A bank named only at the start of its branches' names goes by that form too (the guide's surface forms).
  it.each([
    ['Traditional, in quotes', '「中國信託鳳山分行」行員韓立明協助客戶識破騙局。', '中國信託商業銀行', '中國信託'],
    ['a short form', '王平是中行南湖支行的柜员。', '中国银行', '中行'],
  ])('a bank named inside a branch\'s name: %s', async (_shape, text, bank, alias) => {
    const g = await buildTexts({ 'a.txt': `标题\n\n${text}` });
    expect(nodeByName(g, 'Bank', bank).aliases).toContain(alias);
  });

  it.each([
    ['a bare sub-unit is no name', '王平在建行南京分行营业部工作。', '建行南京分行营业部', '营业部'],
    ['a road named after a city', '王平在工行北京西路支行工作。', '工行北京西路支行', '西路支行'],
  ])('no shorter form: %s', async (_shape, text, branch, alias) => {
    const g = await buildTexts({ 'a.txt': `标题\n\n${text}` });
    expect(nodeByName(g, 'Branch', branch).aliases).not.toContain(alias);
  });

  it('places a unit under the branches of its city and province, as far as the text names them', async () => {
    const g = await buildTexts({
      'a.txt': '工行沈阳向工街支行恢复营业\n\n记者 周海\n\n工行沈阳向工街支行今天恢复营业。工行沈阳分行和中国工商银行辽宁省分行派人支援。',
      'b.txt': '工行大连沙河口支行开课\n\n记者 周海\n\n工行大连沙河口支行开设银发课堂。',
    });
    expect(edges(g, 'PART_OF')).toEqual([
      '中国工商银行辽宁省分行 -> 中国工商银行',
      '工行大连沙河口支行 -> 中国工商银行',
      '工行沈阳分行 -> 中国工商银行',
      '工行沈阳分行 -> 中国工商银行辽宁省分行',
      '工行沈阳向工街支行 -> 中国工商银行',
      '工行沈阳向工街支行 -> 工行沈阳分行',
    ]);
    // 大连 is in 辽宁, but no text names 大连 together with the province branch: no edge is invented.
    expect(edges(g, 'LOCATED_IN')).toEqual(expect.arrayContaining(['工行大连沙河口支行 -> 大连', '工行沈阳向工街支行 -> 沈阳']));
  });

  it('a unit whose name gives its branch stays under that branch only, not under the province branch as well', async () => {
    const g = await buildTexts({
      'a.txt': '工行兰州东岗支行营业室开业\n\n记者 周海\n\n工行兰州东岗支行营业室今天开业，工行甘肃省分行派人祝贺。',
    });
    expect(edges(g, 'PART_OF')).toContain('工行兰州东岗支行营业室 -> 工行兰州东岗支行');
    expect(edges(g, 'PART_OF')).not.toContain('工行兰州东岗支行营业室 -> 工行甘肃省分行');
  });

  // A feature story names its subject in full and by the given name, in either order: one person. Two full names that
  // end alike leave the given name alone (which of them is meant is not said).
  it.each([
    ['full name first', '标题\n\n韩佟江是农行海宁支行的柜员。下班后，佟江常去看望独居老人。“这是应该的。”佟江说。', ['韩佟江'], '韩佟江', '佟江'],
    ['given name first', '标题\n\n“佟江常来陪我说话。”老人说。韩佟江是农行海宁支行的柜员。“这是应该的。”佟江说。', ['韩佟江'], '韩佟江', '佟江'],
    ['two full names end alike', '标题\n\n韩佟江和周佟江都是农行海宁支行的柜员。“这是应该的。”佟江说。', ['佟江', '周佟江', '韩佟江'], undefined, undefined],
  ])('a given name alone is the full name of its article: %s', async (_shape, text, people, full, alias) => {
    const g = await buildTexts({ 'a.txt': text });
    expect(names(g, 'Person')).toEqual(people);
    if (full) expect(nodeByName(g, 'Person', full).aliases).toContain(alias);
  });

  it('keeps the same short name in two banks apart', async () => {
    const g = await buildTexts({
      'icbc.txt': '工商银行鞍山城南支行走进社区\n\n记者 周海\n\n工商银行鞍山城南支行开展反诈宣传，城南支行网点负责人高志伟告诉记者，今年已办了十场。',
      'abc.txt': '农行城南支行获评青年文明号\n\n记者 周海\n\n中国农业银行鞍山分行城南支行荣获“青年文明号”。城南支行行长许可说，这是全体员工的荣誉。',
    });
    expect(names(g, 'Bank')).toEqual(['中国农业银行', '中国工商银行']);
    expect(names(g, 'Branch')).toEqual(['中国农业银行鞍山分行', '中国农业银行鞍山分行城南支行', '工商银行鞍山城南支行']);
    expect(edges(g, 'WORKS_AT')).toEqual(['许可 -> 中国农业银行鞍山分行城南支行 [行长]', '高志伟 -> 工商银行鞍山城南支行 [网点负责人]']);
    expect(edges(g, 'RECEIVED')).toEqual(['中国农业银行鞍山分行城南支行 -> 青年文明号']);
  });

  it('reads Traditional characters and names nodes as the text writes them, with the Simplified forms as aliases', async () => {
    const g = await buildTexts({ 't.txt': '建行平山支行獲獎\n\n記者 鄭雅文\n\n中國建設銀行本溪分行平山支行2022年被全國婦聯授予「全國巾幗文明崗」稱號。' });
    expect(names(g, 'Branch')).toEqual(['中國建設銀行本溪分行', '中國建設銀行本溪分行平山支行']);
    expect(nodeByName(g, 'Branch', '中國建設銀行本溪分行平山支行').aliases).toEqual(expect.arrayContaining(['中国建设银行本溪分行平山支行']));
    expect(names(g, 'Person')).toEqual(['鄭雅文']);
    expect(edges(g, 'RECEIVED')).toEqual(['中國建設銀行本溪分行平山支行 -> 全國巾幗文明崗']);
    expect(nodeByName(g, 'Honour', '全國巾幗文明崗').aliases).toEqual(expect.arrayContaining(['全国巾帼文明岗']));
  });

  it('names a branch written without its bank, in a Traditional article, in Traditional too (the bank as the article writes it)', async () => {
    const g = await buildTexts({ 't.txt': '陽信商銀新據點\n\n記者 鄭雅文\n\n陽信商銀在彰化縣設立員林分行，今日開幕。' });
    expect(names(g, 'Bank')).toEqual(['陽信商業銀行']);
    expect(names(g, 'Branch')).toEqual(['陽信商銀員林分行']);
  });

  it('keeps the Simplified name of a node that a Simplified article also names', async () => {
    const g = await buildTexts({
      'a.txt': '建行平山支行獲獎\n\n記者 鄭雅文\n\n中國建設銀行本溪分行平山支行獲評「青年文明號」。',
      'b.txt': '建行平山支行获奖\n\n记者 郑雅文\n\n中国建设银行本溪分行平山支行获评“青年文明号”。',
    });
    expect(names(g, 'Person')).toEqual(['郑雅文']);
    expect(names(g, 'Honour')).toEqual(['青年文明号']);
  });
  // A unit named after a county or a district, in an article that names its city's branch of the same bank, is
  // that branch's; not where the county is another city's, nor where the name only starts like a district's.
  it.each([
    ['a county-level city', '工行唐山分行开展技能比武。迁安支行柜员韩立明获得第一名。', ['工行迁安支行 -> 工行唐山分行']],
    ['a district, its full name', '邮储银行临沂市分行召开年度会议，罗庄区支行获得表扬。', ['邮储银行罗庄区支行 -> 邮储银行临沂市分行']],
    ['a county of another city', '工行唐山分行开展技能比武。德清支行柜员韩立明获得第一名。', []],
    ['a road, not the district', '工行石家庄分行开展技能比武。新华路支行柜员韩立明获得第一名。', []],
  ])('a county\'s unit under its city\'s branch: %s', async (_shape, text, expected) => {
    const g = await buildTexts({ 'a.txt': `标题\n\n${text}` });
    expect(edges(g, 'PART_OF').filter((e) => !/-> (?:中国工商银行|中国邮政储蓄银行)$/.test(e))).toEqual(expected);
  });
});

describe('units inside units, and short honour names', () => {
  it('reads 分行 › 支行 › 营业所 from one full name, resolves 该营业所, and merges 青年文明号 into its full title', async () => {
    const g = await buildTexts({
      'p.txt': '邮储网点获评青年文明号\n\n本报讯（通讯员 韩雪）近日，中国邮政储蓄银行临沂市分行沂南县支行城关营业所被共青团山东省委授予“山东省青年文明号”称号。该营业所负责人王海燕介绍，营业所现有员工8名。',
    });
    expect(edges(g, 'PART_OF')).toEqual(expect.arrayContaining([
      '中国邮政储蓄银行临沂市分行沂南县支行 -> 中国邮政储蓄银行临沂市分行',
      '中国邮政储蓄银行临沂市分行沂南县支行城关营业所 -> 中国邮政储蓄银行临沂市分行沂南县支行',
    ]));
    expect(edges(g, 'WORKS_AT')).toEqual(['王海燕 -> 中国邮政储蓄银行临沂市分行沂南县支行城关营业所 [负责人]']);
    expect(names(g, 'Honour')).toEqual(['山东省青年文明号']);
    expect(nodeByName(g, 'Honour', '山东省青年文明号').aliases).toEqual(['青年文明号']);
  });

  it("names an honour with a year in front, or a variant in brackets after, by its name without them too, as the article writes it", async () => {
    const g = await buildTexts({
      's.txt': '团委获表彰\n\n近日，邮储银行临沂市分行团委获得“2021年度临沂市五四红旗团委”荣誉称号。',
      't.txt': '團委獲表彰\n\n近日，郵儲銀行臺南分行團委獲得“2022年度臺南市五四紅旗團委”榮譽稱號。',
      'u.txt': '网点获表彰\n\n近日，邮储银行临沂市分行营业部获得“2023年度临沂市青年文明号（集体）”称号。',
    });
    expect(nodeByName(g, 'Honour', '2021年度临沂市五四红旗团委').aliases).toEqual(expect.arrayContaining(['临沂市五四红旗团委']));
    expect(nodeByName(g, 'Honour', '2022年度臺南市五四紅旗團委').aliases).toEqual(expect.arrayContaining(['臺南市五四紅旗團委']));
    expect(nodeByName(g, 'Honour', '2023年度临沂市青年文明号（集体）').aliases).toEqual(expect.arrayContaining(['临沂市青年文明号（集体）', '临沂市青年文明号']));
  });

  // One honour in two articles, in one by a full name that is also called by a shorter form, in the other by that
  // form: one node. A form shared by two honours joins neither.
  it('merges an honour named in one article by a form another article gives its full name', async () => {
    const g = await buildTexts({
      'a.txt': '支行获表彰\n\n近日，农行湖滨支行获得“德清县巾帼文明岗”称号。该行表示，巾帼文明岗是对全体女员工的肯定。',
      'b.txt': '网点风采\n\n德清农商银行城关支行曾获“巾帼文明岗”称号。',
      'c.txt': '表彰\n\n农行湖滨支行获得“湖州市先进集体”称号。该行表示，先进集体是对全行的肯定。',
      'd.txt': '表彰\n\n德清农商银行获得“德清县先进集体”称号。该行表示，先进集体是对全行的肯定。',
      'e.txt': '表彰\n\n德清农商银行城关支行获得“先进集体”称号。',
    });
    expect(names(g, 'Honour').filter((n) => n.includes('巾帼'))).toEqual(['德清县巾帼文明岗']);
    expect(edges(g, 'RECEIVED')).toEqual(expect.arrayContaining(['德清农商银行城关支行 -> 德清县巾帼文明岗']));
    expect(names(g, 'Honour').filter((n) => n.includes('先进集体')).sort()).toEqual(['先进集体', '德清县先进集体', '湖州市先进集体']);
  });

  // The same pass for programmes: one article's year-prefixed campaign is also called by its name without the year,
  // which another article uses as its own name.
  it('merges a programme named in one article by a form another article gives its full name', async () => {
    const g = await buildTexts({
      'a.txt': '宣传月\n\n邮储银行德清县支行承办“2025年湖州市反假货币宣传月”活动。',
      'b.txt': '宣传月\n\n德清农商银行城关支行开展“湖州市反假货币宣传月”活动。',
    });
    expect(names(g, 'Programme')).toEqual(['2025年湖州市反假货币宣传月']);
    expect(edges(g, 'RUNS').sort()).toEqual(['德清农商银行城关支行 -> 2025年湖州市反假货币宣传月', '邮储银行德清县支行 -> 2025年湖州市反假货币宣传月']);
  });

  // A bare form that several honours go by joins the one whose own name is that form with 集体 or 称号 after it or a
  // year or a level in front, not one with a place in front; and a name with the body that confers it in front is
  // the same honour as the name without it elsewhere.
  const provincial = '支行获表彰\n\n近日，德清农商银行城关支行获得“2022年度浙江省青年文明号”称号。该行表示，青年文明号是对全体青年员工的肯定。';
  const collective = '网点风采\n\n今年春天，农行湖滨支行获评青年文明号集体，全行员工深受鼓舞。';
  it.each([
    ['a bare form two honours go by', { 'c.txt': '表彰\n\n邮储银行德清县支行荣获“青年文明号”称号。' }, ['邮储银行德清县支行']],
    ['a conferring body in front', { 'd.txt': '表彰\n\n德清农商银行营业部被授予“共青团湖州市委员会青年文明号”称号。' }, ['德清农商银行营业部']],
    // (The honour the conferring body's name joined goes by that fuller name; the bare form read after it still finds it.)
    ['both, the bare form read last', { 'c.txt': '表彰\n\n德清农商银行营业部被授予“共青团湖州市委员会青年文明号”称号。', 'd.txt': '表彰\n\n邮储银行德清县支行荣获“青年文明号”称号。' }, ['德清农商银行营业部', '邮储银行德清县支行']],
  ])('merges an honour across articles: %s', async (_shape, more: Record<string, string>, units: string[]) => {
    const g = await buildTexts({ 'a.txt': provincial, 'b.txt': collective, ...more });
    const received = edges(g, 'RECEIVED');
    const honour = (u: string): string | undefined => received.map((e) => e.split(' -> ')).find(([h, t]) => h === u && t!.includes('青年文明号'))?.[1];
    for (const unit of units) {
      expect(honour(unit)).toBeDefined();
      expect(honour(unit)).toBe(honour('农行湖滨支行'));
    }
    expect(honour('德清农商银行城关支行')).toBe('2022年度浙江省青年文明号');
    expect(names(g, 'Honour')).toHaveLength(2);
  });

  // A file that tallies an honour at its levels names it by its bare name, one node with the same honour elsewhere.
  it('merges an honour tallied at its levels with the bare honour of another article', async () => {
    const g = await buildTexts({
      'a.txt': '支行获表彰\n\n德清农商银行城关支行被授予“青年文明号”称号。全行创建工作成效明显，现拥有市级青年文明号12家、省级青年文明号4家和国家级青年文明号1家。',
      'b.txt': '网点风采\n\n农行湖滨支行荣获“青年文明号”称号。',
    });
    expect(names(g, 'Honour')).toEqual(['青年文明号']);
    expect(edges(g, 'RECEIVED').sort()).toEqual(['农行湖滨支行 -> 青年文明号', '德清农商银行城关支行 -> 青年文明号']);
  });
});

describe('titles between two units', () => {
  it('东湖支行副行长兼营业部主任 is a branch and a title, not a unit named 副行长兼营业部', async () => {
    const g = await buildTexts({ 'r.txt': '农行走进校园\n\n记者 黄磊\n\n农行南昌东湖支行副行长兼营业部主任刘晓燕带队走进校园。' });
    expect(names(g, 'Branch')).toEqual(['农行南昌东湖支行']);
  });
});

describe('two banks on one page', () => {
  it('a short branch name belongs to the bank of its own article', async () => {
    const g = await buildTexts({
      'page.txt': [
        '农行城南支行开展反诈宣传', '', '记者 周海', '',
        '中国农业银行鞍山分行城南支行走进社区开展反诈宣传。城南支行行长许可说，今年已经办了十场。城南支行还开展了“金融夜校”活动。', '',
        '建行站前支行获评青年文明号', '', '记者 周海', '',
        '近日，中国建设银行营口分行站前支行获评“青年文明号”。站前支行行长李娜表示，这是全体员工的荣誉。',
      ].join('\n'),
    });
    expect(edges(g, 'WORKS_AT')).toEqual(['李娜 -> 中国建设银行营口分行站前支行 [行长]', '许可 -> 中国农业银行鞍山分行城南支行 [行长]']);
    expect(names(g, 'Branch')).toEqual(['中国农业银行鞍山分行', '中国农业银行鞍山分行城南支行', '中国建设银行营口分行', '中国建设银行营口分行站前支行']);
  });
});

describe('article dates', () => {
  it.each([
    ['发布时间：2023-10-07 09:12', '2023-10-07'],
    ['2019年7月3日 来源：本报', '2019-07-03'],
    ['日期 2021/12/30', '2021-12-30'],
    ['2020.1.5', '2020-01-05'],
    ['2023年13月40日', undefined],
    ['3月26日，某行召开会议', undefined],
    ['编号 120230101567', undefined],
  ])('%s → %s', (text, date) => {
    expect(articleDate([text])).toBe(date);
  });

  it('an article gets the first full date of its title, byline and lead; one without keeps none', async () => {
    const g = await buildTexts({
      'a.txt': '工行大连沙河口支行开课\n\n2024年3月8日 记者 周海\n\n工行大连沙河口支行开设银发课堂。',
      'b.txt': '工行大连沙河口支行开课\n\n记者 周海\n\n工行大连沙河口支行开设银发课堂。',
    });
    const dates = g.filterNodes((_, a) => a.type === 'Article').map((n) => [g.getNodeAttribute(n, 'file')?.split('/').pop(), g.getNodeAttribute(n, 'date')]);
    expect(dates.sort()).toEqual([['a.txt', '2024-03-08'], ['b.txt', undefined]]);
  });
});
