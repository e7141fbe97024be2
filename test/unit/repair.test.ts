import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../src/repair/articles.js';
import { parseByline } from '../../src/repair/bylines.js';
import { undoubleLine } from '../../src/repair/doubled.js';
import { originalSpan } from '../../src/text/mapped.js';
import { isPageHeader, rebuildParagraphs } from '../../src/repair/paragraphs.js';
import { splitSentences } from '../../src/repair/sentences.js';
import { loadLexicon } from '../../src/lexicon/index.js';

const lex = loadLexicon();

/** Hard-wraps a paragraph every `width` characters, its first line indented by two full-width spaces (which take two places). */
const wrapped = (paragraph: string, width: number, indent = '　　'): string[] => {
  const lines = [indent + paragraph.slice(0, width - indent.length)];
  for (let i = width - indent.length; i < paragraph.length; i += width) lines.push(paragraph.slice(i, i + width));
  return lines;
};

const mapped = (text: string) => ({ text, offsets: [...Array(text.length + 1).keys()] });

describe('rebuildParagraphs', () => {
  it('joins lines hard-wrapped in the middle of words and keeps offsets into the original', () => {
    const original = ['去年以来，工行大连分', '行沙河口支行营业部坚', '持把老年客户放在心上，', '每周开设银发课堂两次。', '', '营业部负责人许静介绍，', '课堂已经办了六十多期。'].join('\n');
    const ps = rebuildParagraphs(original, lex);
    expect(ps.map((p) => p.text)).toEqual(['去年以来，工行大连分行沙河口支行营业部坚持把老年客户放在心上，每周开设银发课堂两次。', '营业部负责人许静介绍，课堂已经办了六十多期。']);
    const p = ps[0]!;
    const at = p.text.indexOf('沙河口支行');
    const [start, end] = originalSpan(p, at, at + '沙河口支行'.length);
    // The original has a line break inside 分⏎行: the span covers it.
    expect(original.slice(start, end)).toBe('沙河口支行');
    const [s2, e2] = originalSpan(p, p.text.indexOf('分行'), p.text.indexOf('分行') + 2);
    expect(original.slice(s2, e2)).toBe('分\n行');
  });

  it('ignores the blank line printed after every line, and keeps titles apart', () => {
    const original = ['农行城南支行获评青年文明号', '', '', '本报讯 今年春天，中国农业银', '', '行鞍山分行城南支行被共青', '', '团鞍山市委授予青年文明号', '', '称号，这是该行第二次获评。', ''].join('\n');
    expect(rebuildParagraphs(original, lex).map((p) => p.text)).toEqual(['农行城南支行获评青年文明号', '本报讯 今年春天，中国农业银行鞍山分行城南支行被共青团鞍山市委授予青年文明号称号，这是该行第二次获评。']);
  });

  it('keeps apart the lines of a headline block, each followed by a blank line (kicker, title, —— subtitle, a label)', () => {
    const head = ['2025年湖州金融服务品牌风采', '暖心小站进社区 户外劳动者之家', '——农行湖州分行把暖心小站开进社区为户外劳动者送去清凉与温暖', '编者按'];
    const body = '近年来，农行某分行把志愿服务融入日常经营，在全辖网点设立服务站，为环卫工人、外卖骑手等户外劳动者提供歇脚、饮水和充电服务，受到社会各界好评。';
    const original = ['', '', ...head.flatMap((l) => [l, '']), body, ''].join('\n');
    expect(rebuildParagraphs(original, lex).map((p) => p.text)).toEqual([...head, body]);
  });

  it('keeps a line of names alone under the title it follows', () => {
    expect(rebuildParagraphs('九江农商银行帮老人守住养老钱啦\n柯敏 朱立华\n7月28日，九江农商银行营业部迎来一位老人。', lex).map((p) => p.text)).toEqual(['九江农商银行帮老人守住养老钱啦', '柯敏 朱立华', '7月28日，九江农商银行营业部迎来一位老人。']);
  });

  it('closes up spaced-out characters but not a space between two names', () => {
    expect(rebuildParagraphs('截至六月，分 行 帮 扶 的 农 户 已全部脱贫。', lex).map((p) => p.text)).toEqual(['截至六月，分行帮扶的农户已全部脱贫。']);
    expect(rebuildParagraphs('郭明 谢小燕', lex).map((p) => p.text)).toEqual(['郭明 谢小燕']);
  });

  it.each([
    ['中國(guó)銀行九江分行行長(zhǎng)柯立下月將調(diào)任。', '中國銀行九江分行行長柯立下月將調任。'],
    ['工行九江分行（jiǔ jiāng）开展宣传。', '工行九江分行开展宣传。'],
    // Brackets of anything else stay: Latin words (no tone mark), a reading with nothing before it, Chinese.
    ['推出ATM(自助取款机)和手机银行(mobile banking)。', '推出ATM(自助取款机)和手机银行(mobile banking)。'],
    ['(zhǎng)开头的一行', '(zhǎng)开头的一行'],
  ])('drops the pinyin a copy site prints after characters, keeping offsets: %s', (line, repaired) => {
    const [p] = rebuildParagraphs(line, lex);
    expect(p!.text).toBe(repaired);
    const at = p!.text.indexOf('九江分行');
    if (at >= 0) expect(line.slice(...originalSpan(p!, at, at + 4))).toBe('九江分行');
  });

  it.each([
    ['2026年3月5日 星期四 第3版'],
    ['金融时报 2026年3月5日'],
    ['第3版：要闻'],
    ['A3版 综合新闻 2026年3月5日'],
    ['- 3 -'],
    ['湖州日报 2026-03-05 星期四'],
  ])('drops a page header between two wrapped lines and joins them across it: %s', (header) => {
    const original = ['中国银行嘉兴分行行长周', header, '立新近日带队走访了多家', '小微企业。'].join('\n');
    expect(rebuildParagraphs(original, lex).map((p) => p.text)).toEqual(['中国银行嘉兴分行行长周立新近日带队走访了多家小微企业。']);
  });

  it.each([['2026年3月5日'], ['2024年3月 工行杭州分行'], ['星期四 工行'], ['2026年3月5日，工行开展宣传']])('a date alone or with words of the text is no page header: %s', (line) => {
    expect(isPageHeader(line)).toBe(false);
  });

  it.each([[9], [13], [17]])('joins a paragraph whose first line is indented, at %i columns', (width) => {
    const paragraph = '近日，建设银行湖州分行营业部主任陈海燕带领员工走进社区，为老年人讲解防范电信诈骗知识。';
    expect(rebuildParagraphs(wrapped(paragraph, width).join('\n'), lex).map((p) => p.text)).toEqual([paragraph]);
  });

  it('starts a paragraph at an indented line: a title as wide as the column stays apart from the body below it', () => {
    const body = '营业室主任孙丽娟说，这是全体员工共同努力的结果。';
    const original = ['农行城南支行喜获先进集体', ...wrapped(body, 13)].join('\n');
    expect(rebuildParagraphs(original, lex).map((p) => p.text)).toEqual(['农行城南支行喜获先进集体', body]);
    // Two paragraphs, the first ending at the column's edge without a full stop.
    const first = '今年以来，该行累计发放普惠贷款十二亿元，服务全市小微企业和个体户三千余户';
    expect(rebuildParagraphs([...wrapped(first, 13), ...wrapped(body, 13)].join('\n'), lex).map((p) => p.text)).toEqual([first, body]);
  });

  it('does not take a margin on every line for an indent', () => {
    const paragraph = '近日，建设银行湖州分行营业部主任陈海燕带领员工走进社区，为老年人讲解防范电信诈骗知识。';
    const original = wrapped(paragraph, 13, '')
      .map((l) => '　　' + l)
      .join('\n');
    expect(rebuildParagraphs(original, lex).map((p) => p.text)).toEqual([paragraph]);
  });

  it.each([
    [['江南农商银行荣获202', '3年度全省农村金融服务', '先进单位称号。'], '江南农商银行荣获2023年度全省农村金融服务先进单位称号。'],
    [['该行推出的手机银行APP累计服务客户1', '2万人次。'], '该行推出的手机银行APP累计服务客户12万人次。'],
    // Latin words get the space the wrap ate back, a number after a Latin word too.
    [['该行连续三年入选Asian Banking', 'Awards榜单，并获评年度ESG', '2024优秀案例。'], '该行连续三年入选Asian Banking Awards榜单，并获评年度ESG 2024优秀案例。'],
  ])('joins a number the wrap cut in two without a space: %j', (lines, paragraph) => {
    expect(rebuildParagraphs(lines.join('\n'), lex).map((p) => p.text)).toEqual([paragraph]);
  });

  it.each([
    ['工行吴兴支行营业室荣获“工人先锋号”称号', 17],
    ['九江银行庐山支行：十年坚守 服务三农', 13],
    ['暖心服务获点赞——记工行杭州城西支行柜员马丽', 17],
  ])('keeps a title wider than the column below it apart: %s', (title, width) => {
    const body = '营业室主任孙丽娟说，这是全体员工共同努力的结果，今年以来这样的暖心服务已成常态。';
    const original = [title, ...wrapped(body, width, '')].join('\n');
    expect(rebuildParagraphs(original, lex).map((p) => p.text)).toEqual([title, body]);
  });

  it('joins lines of one column of different widths where digits take half a place', () => {
    // On the page both lines are fourteen characters wide; the first holds eight digits in four places.
    const original = ['该行今年累计发放贷款20240315', '笔，金额再创新高，服务客户超过', '三千户。'].join('\n');
    expect(rebuildParagraphs(original, lex).map((p) => p.text)).toEqual(['该行今年累计发放贷款20240315笔，金额再创新高，服务客户超过三千户。']);
  });

  it.each([
    [['获得“先进个人”称号的有：', '吕薇（邮储银行德州市分行）', '、沈静（临沂农商银行）。'], ['获得“先进个人”称号的有：吕薇（邮储银行德州市分行）、沈静（临沂农商银行）。']],
    [['荣获“全国青年文明', '号”称号的单位有：', '建设银行杭州分行营', '业部、杭州宝石支行', '。'], ['荣获“全国青年文明号”称号的单位有：建设银行杭州分行营业部、杭州宝石支行。']],
    // A colon ending a short line, or before the short lines of a list, ends the paragraph.
    [['获奖名单如下：', '农行南浔支行', '建行红谷滩支行'], ['获奖名单如下：', '农行南浔支行', '建行红谷滩支行']],
    [['近日，记者采访了该行行长。', '记者：', '今年的重点工作是什么？'], ['近日，记者采访了该行行长。', '记者：', '今年的重点工作是什么？']],
  ])('joins across a colon the wrap left at the end of a full line: %j', (lines, paragraphs) => {
    expect(rebuildParagraphs(lines.join('\n'), lex).map((p) => p.text)).toEqual(paragraphs);
  });

  it('undoes text printed twice by bold PDF fonts, keeping true reduplication', () => {
    expect(undoubleLine(mapped('分行行长王立新分行行长王立新（（右右））走访走访企业客户企业客户')).text).toBe('分行行长王立新（右）走访企业客户');
    expect(undoubleLine(mapped('环卫工人下班后在驿站里歇歇脚、喝喝茶、充充电')).text).toBe('环卫工人下班后在驿站里歇歇脚、喝喝茶、充充电');
  });
});

describe('splitSentences', () => {
  it('splits at 。！？； and keeps a closing quote with its sentence', () => {
    expect(splitSentences(mapped('他说：“我们会继续做下去。”支行荣获“辽宁好人”称号！还有吗？')).map((s) => s.text)).toEqual(['他说：“我们会继续做下去。”', '支行荣获“辽宁好人”称号！', '还有吗？']);
  });
});

describe('parseByline', () => {
  it.each([
    ['本报讯(通讯员 孙明 吴一凡) 近日，该行', [['孙明', '通讯员'], ['吴一凡', '通讯员']]],
    ['全媒体记者 林晓东', [['林晓东', '记者']]],
    ['□通讯员 何思远', [['何思远', '通讯员']]],
    ['郑凯 摄影报道', [['郑凯', '摄影']]],
    ['钱 宁 本报记者 周海', [['钱宁', '作者'], ['周海', '记者']]],
    ['记者 鄭雅文 通讯员 陈晓峰'.replace('鄭', '郑'), [['郑雅文', '记者'], ['陈晓峰', '通讯员']]],
    // A name, a date and the source run together on a web page's meta line.
    ['柯敏2021-04-14来源:九江日报网', [['柯敏', '作者']]],
    // Roles glued inside a lead, and two names printed with nothing between them.
    ['通讯员罗文斌柯敏记者杜远', [['罗文斌', '通讯员'], ['柯敏', '通讯员'], ['杜远', '记者']]],
  ])('%s', (line, people) => {
    expect(parseByline(line, lex)?.map((p) => [p.name, p.role])).toEqual(people);
  });

  it.each(['核心提示', '工行驿站 成为公益服务品牌', '营业部现有员工十四名，网点负责人赵雪梅带队。'])('%s is not a byline', (line) => {
    expect(parseByline(line, lex)).toBeUndefined();
  });
});

describe('splitArticles', () => {
  it('finds titles by subtitle, byline and markdown heading, and keeps a continued tail with the first article', () => {
    const text = [
      '……接上文，网点还为老人开通了绿色通道。',
      '',
      '百元存单里的老故事',
      '——工行抚顺雷锋支行续存活动见闻',
      '',
      '全媒体记者 林晓东',
      '',
      '三月五日上午，支行营业厅里排起了长队。',
      '',
      '## 城南支行开展反诈宣传',
      '',
      '本报讯(通讯员 孙明) 近日，农行城南支行走进社区。',
      '',
      '钱 宁 本报记者 周海',
    ].join('\n');
    const articles = splitArticles(text, 'file', lex);
    expect(articles.map((a) => [a.index, a.title, a.subtitle, a.authors.map((p) => p.name)])).toEqual([
      [0, '百元存单里的老故事', '工行抚顺雷锋支行续存活动见闻', ['林晓东']],
      [1, '城南支行开展反诈宣传', undefined, ['孙明', '钱宁', '周海']],
    ]);
    expect(articles[0]!.paragraphs.map((p) => p.text)).toContain('……接上文，网点还为老人开通了绿色通道。');
    expect(text.slice(...articles[1]!.titleSpan)).toBe('## 城南支行开展反诈宣传');
    expect(articles[1]!.paragraphs.map((p) => p.text)).toEqual(['近日，农行城南支行走进社区。']);
  });
});

describe('Traditional bylines', () => {
  it('reads a 本報訊（記者 …） lead and strips it from the body', () => {
    const [a] = splitArticles('農行寶安支行推出新貸款\n\n本報訊（記者 黃志明）農行深圳寶安支行日前推出新貸款。', 'f', lex);
    expect(a!.authors.map((p) => [p.name, p.role])).toEqual([['黄志明', '记者']]);
    expect(a!.paragraphs.map((p) => p.text)).toEqual(['農行深圳寶安支行日前推出新貸款。']);
  });
});
