/**
 * 主要荣誉：某协会2013年度特色服务示范单位（特殊群体服务）、服务标杆支行、青年文明号集体: after a label that
 * says what follows are honours, each item of the list is one, without the body that conferred it and without a
 * remark in brackets.
 */
import { defineMentionRule } from '../../rule.js';

/** The label: 主要荣誉：, 所获荣誉：, 获得荣誉：, 荣誉称号：. */
const LABEL = /(?:^|[\s。；;])(?:主要|所获|获得|曾获|获奖|近年)?荣誉(?:称号)?[：:]\s*/;
/** An item: characters, maybe a year, no punctuation but a remark in brackets after it. */
// (Repair may have joined the next line's label to the last item: 青年文明号集体 / 事迹简介：….)
const ITEM = /((?:(?!事迹|简介|基本情况|主要成绩|个人简介)[\u4e00-\u9fffA-Za-z0-9]){3,30})(?:[（(][^）)]{1,12}[）)])?/y;
/** A body that confers honours, named before one (某市银行业协会2013年度…). */
const BODY = /^[\u4e00-\u9fff]{2,12}?(?:协会|委员会|总工会|工会|团委|妇联|政府|监管局|分局)(?=[0-9\u4e00-\u9fff])/;
/** Words that make an item a sentence, not a name. */
const NOT_A_NAME = /[的了着在是为被把将和与及等]/;

export const honourLabelledList = defineMentionRule({
  id: 'honour.labelled-list',
  description: 'the items of a list after a label of honours (主要荣誉：甲、乙、丙)',
  produces: 'Honour',
  confidence: 0.7,
  strength: 'certain',
  run(s, ctx, emit) {
    const label = LABEL.exec(s.text);
    if (!label) return;
    const orgs = ctx.inSentence(s.index).filter((m) => m.type === 'Organization');
    let at = label.index + label[0].length;
    for (;;) {
      ITEM.lastIndex = at;
      const item = ITEM.exec(s.text);
      if (!item) break;
      // (某协会2013年度…: the body that conferred it is not part of its name.)
      const body = orgs.find((o) => o.start === at && o.end < at + item[1]!.length)?.end ?? (at + (BODY.exec(item[1]!)?.[0].length ?? 0));
      const start = body;
      const end = at + item[1]!.length;
      const name = s.text.slice(start, end);
      if (name.length >= 3 && !NOT_A_NAME.test(name)) emit({ type: 'Honour', name, surface: s.surface.slice(start, end), sentence: s.index, start, end });
      at += item[0].length;
      if (!/^[、，,；;]/.test(s.text.slice(at))) break;
      at++;
    }
  },
});
