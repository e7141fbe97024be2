/**
 * 主要荣誉：某协会某年度甲称号（某类）、乙称号、丙称号: the items of a list of honours after a label that says what
 * follows are honours, each without the body that conferred it and without a remark in brackets. Shared by the
 * rule that names them (honour.labelled-list), the one that gives them to the unit the list is about
 * (received.labelled-list), and the received scan, which leaves them to that rule whatever other rule also read
 * them there (巾帼文明岗 is in the dictionary too).
 */
import type { RuleCtx, SentenceCtx } from '../types.js';

export interface LabelledHonour {
  name: string;
  start: number;
  end: number;
}

/** The label: 主要荣誉：, 所获荣誉：, 获得荣誉：, 荣誉称号：, 获得以下荣誉：, 获得的荣誉包括：. */
// (Or, anywhere in a sentence, a verb of receiving and a word that the honours follow: 某支行获得以下荣誉：, 曾获以下荣誉：,
// 荣获多项荣誉：, 获得的荣誉包括：.)
const LABEL = /(?:^|[\s。；;])(?:主要|所获|获得|曾获|获奖|近年)?荣誉(?:称号)?[：:]\s*|(?:获得|荣获|获评|曾获|先后获|斩获|荣膺)了?(?:以下|如下|下列|多项|诸多|众多)(?:荣誉|奖项)(?:称号)?[：:]\s*|(?:获得|荣获|所获)的?(?:荣誉|奖项)(?:称号)?(?:有|包括|为)[：:]\s*|所获(?:荣誉|奖项)(?:称号)?[：:]\s*/;
/** An item: characters, maybe a year, no punctuation but a remark in brackets after it. */
// (Repair may have joined the next line's label to the last item: 丙称号 / 事迹简介：….)
const ITEM = /((?:(?!事迹|简介|基本情况|主要成绩|个人简介)[\u4e00-\u9fffA-Za-z0-9]){3,30})(?:[（(][^）)]{1,12}[）)])?/y;
/** A body that confers honours, named before one (某某协会2020年度…). */
const BODY = /^[\u4e00-\u9fff]{2,12}?(?:协会|委员会|总工会|工会|团委|妇联|政府|监管局|分局)(?=[0-9\u4e00-\u9fff])/;
/** Words that make an item a sentence, not a name. */
const NOT_A_NAME = /[的了着在是为被把将和与及等]/;

export function labelledHonours(s: SentenceCtx, ctx: RuleCtx): LabelledHonour[] {
  return ctx.memo(s, 'labelled-honours', () => {
    const out: LabelledHonour[] = [];
    const label = LABEL.exec(s.text);
    if (!label) return out;
    const orgs = ctx.inSentence(s.index).filter((m) => m.type === 'Organization');
    let at = label.index + label[0].length;
    for (;;) {
      ITEM.lastIndex = at;
      const item = ITEM.exec(s.text);
      if (!item) break;
      // (某协会2020年度…: the body that conferred it is not part of its name.)
      const start = orgs.find((o) => o.start === at && o.end < at + item[1]!.length)?.end ?? at + (BODY.exec(item[1]!)?.[0].length ?? 0);
      const end = at + item[1]!.length;
      const name = s.text.slice(start, end);
      if (name.length >= 3 && !NOT_A_NAME.test(name)) out.push({ name, start, end });
      at += item[0].length;
      if (!/^[、，,；;]/.test(s.text.slice(at))) break;
      at++;
    }
    return out;
  });
}

/** Does the mention lie inside an item of a labelled list of honours? */
export function inLabelledList(m: { start: number; end: number }, items: LabelledHonour[]): boolean {
  return items.some((i) => i.start <= m.start && m.end <= i.end);
}
