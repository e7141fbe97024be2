/**
 * 荣获“优秀员工”称号的有：甲支行柜员张三、乙支行李四; “青年文明号”：甲支行、乙支行: an honour, then a colon and the
 * list of who received it, in the honour's own sentence. Each item of the list gives its person, or its unit when
 * it names no person.
 */
import { defineRelationRule } from '../../rule.js';
import { isUnit } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

/**
 * After the honour, up to the colon: its closing quote, 称号, then 的 and 有 / 是 / 名单如下, or nothing. (Or with no colon:
 * 荣获“…”的单位分别是甲和乙; or a count of winners first and the list in a clause of its own, 有3个网点获评“…”，分别是甲、乙和丙;
 * the award's grade may follow the quote, “…”优等奖.)
 */
const TO_THE_LIST = /^[”"」』]?(?:荣誉称号|称号|(?:[一二三特优]等|金|银|铜|优秀)?奖)?(?:(?:的(?:单位|集体|个人|同志|员工|人员)?(?:有|是|为)|(?:(?:评定|评选|获奖|得奖|表彰|公示)?(?:名单|榜单)|评选结果)(?:公布|揭晓|出炉)?(?:如下)?|如下)?[：:]|的(?:单位|集体|个人|同志|员工|人员|网点)分别(?:是|为)|[，,](?:分别|依次)(?:是|为)[：:]?)/;
/** What separates the items of the list. */
const ITEM_BREAK = /[、，,；;]/;

export const receivedListAfter = defineRelationRule({
  id: 'received.list-after',
  description: 'an honour, then a colon and the list of who received it (荣获“…”称号的有：甲、乙; “…”：甲支行、乙支行)',
  produces: 'RECEIVED',
  confidence: 0.75,
  run(s, ctx, emit) {
    const here = ctx.inSentence(s.index);
    for (const honour of here) {
      if (honour.type !== 'Honour') continue;
      const lead = TO_THE_LIST.exec(s.text.slice(honour.end));
      if (!lead) continue;
      // The list runs to the sentence's end, or to the next honour (“甲”：…；“乙”：…).
      const from = honour.end + lead[0].length;
      const nextHonour = here.filter((m) => m.type === 'Honour' && m.start >= from).sort((a, b) => a.start - b.start)[0];
      const to = nextHonour ? nextHonour.start : s.text.length;
      let itemStart = from;
      for (let i = from; i <= to; i++) {
        // (和, 及 or 与 part two items too, outside a name: 甲支行和乙支行.)
        if (i < to && !ITEM_BREAK.test(s.text[i]!) && !(/[和及与]/.test(s.text[i]!) && !here.some((m) => m.start <= i && m.end > i))) continue;
        const inItem = here.filter((m) => m.start >= itemStart && m.end <= i);
        // (Not a "person" inside a unit's name, 邮储银行吴兴区/nr 支行: the unit is the item.)
        const person = inItem.find((m) => m.type === 'Person' && !inItem.some((u) => isUnit(u) && u.start <= m.start && u.end >= m.end));
        const who = person ?? inItem.filter(isUnit).sort((a, b) => a.start - b.start || b.end - a.end)[0];
        if (who) emit({ type: 'RECEIVED', head: mentionEnd(who), tail: mentionEnd(honour), sentence: s.index });
        itemStart = i + 1;
      }
    }
  },
});
