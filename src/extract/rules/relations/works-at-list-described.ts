/**
 * 左起：甲、乙、丙（均为某分行员工）, 甲、乙、丙三名来自某分行的青年员工, 甲和乙都是某支行的柜员: a list of people, then
 * words that say all of them are staff of a unit: each works there.
 */
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd, type Mention } from '../../types.js';

/** Between the list's last name and the unit: 均为, 都是 (maybe in brackets), or a count and 来自. */
const ALL_OF = /(?:[（(]?(?:均为|均是|都是|都为|皆为|同为)(?:来自)?|(?:等)?(?:[0-9０-９一二三四五六七八九十两]+(?:名|位))?来自)$/;
/** After the unit: 的 maybe, then a word for its staff (员工, 青年员工, 柜员, 客户经理; not 客户). */
const STAFF_AFTER_UNIT = /^的?(?:[一二三四五六七八九十两]+(?:名|位))?(?:青年|年轻|优秀|业务|一线|老)?(?:员工|职工|柜员|客户经理|理财经理|大堂经理|同事|骨干|志愿者|讲师|工作人员)/;

export const worksAtListDescribed = defineRelationRule({
  id: 'works_at.list-described',
  description: 'a list of people, then words that all of them are staff of a unit (甲、乙（均为某分行员工）, 甲、乙三名来自某分行的员工)',
  produces: 'WORKS_AT',
  confidence: 0.75,
  run(s, ctx, emit) {
    const { here } = sentenceView(s, ctx);
    const text = s.text;
    for (const u of here.filter(isUnit)) {
      const all = ALL_OF.exec(text.slice(Math.max(0, u.start - 8), u.start));
      if (!all || !STAFF_AFTER_UNIT.test(text.slice(u.end))) continue;
      const k = here.findIndex((m) => m.type === 'Person' && m.end === u.start - all[0].length);
      if (k === -1) continue;
      // Walk back over the list (甲、乙和丙); a customer named with a public noun is none of the staff.
      const people: Mention[] = [here[k]!];
      for (let j = k - 1; j >= 0; j--) {
        const q = here[j]!;
        if (q.type !== 'Person' || !/^(?:、|和|及|与|以及)$/.test(text.slice(q.end, people[0]!.start))) break;
        people.unshift(q);
      }
      // (With 来自 alone the list must have two: 王芳来自某支行 is read by works_at.person-unit-role.)
      if (people.some((p) => p.rule === 'person.titled') || (!/[均都皆同]/.test(all[0]) && people.length < 2)) continue;
      for (const p of people) emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(u), sentence: s.index });
    }
  },
});
