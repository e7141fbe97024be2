/**
 * 左起：甲、乙、丙（均为某分行员工）, 甲、乙、丙三名来自某分行的青年员工, 甲和乙都是某支行的柜员: a list of people, then
 * words that say all of them are staff of a unit: each works there. So does a unit's count of staff, then 分别是 and
 * the list (某网点有三名员工，分别是甲、乙和丙).
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isRole } from '../../scan/persons.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd, type Mention } from '../../types.js';

/** Between the list's last name and the unit: 均为, 都是 (maybe in brackets), or a count and 来自. */
const ALL_OF = /(?:[（(]?(?:均为|均是|都是|都为|皆为|同为)(?:来自)?|(?:等)?(?:[0-9０-９一二三四五六七八九十两]+(?:名|位))?来自)$/;
/** After the unit: 的 maybe, then a word for its staff (员工, 青年员工, 柜员, 客户经理; not 客户). */
const STAFF_AFTER_UNIT = /^的?(?:[一二三四五六七八九十两]+(?:名|位))?(?:青年|年轻|优秀|业务|一线|老)?(?:员工|职工|柜员|客户经理|理财经理|大堂经理|同事|骨干|志愿者|讲师|工作人员)/;

/** 分别是, 分别为 (maybe after 她们, 他们): the people a count stood for, named in turn. */
const EACH_IS = /(?:[她他]们)?分别(?:是|为)[:：]?$/;
/** A count of people right before the post (三名, 5位, 两名“95后”, 三位年轻的). */
const COUNT_BEFORE = /[0-9０-９一二三四五六七八九十两]+(?:名|位|个)(?:[“"][^”"]{1,8}[”"]|[\u4e00-\u9fff]{1,3}的|青年|年轻|优秀|一线)?$/;
/** A count of people right after the post (员工6人, 客户经理两名). */
const COUNT_AFTER = /^[0-9０-９一二三四五六七八九十两]+(?:名|位|人)/;

/** After the last name of such a list: the clause ends (maybe after 等 or 同志). */
const LIST_CLOSES = /^(?:等|同志)?(?:[，,。；;！!）)]|$)/;

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
    // 某支行共有三名员工，分别是甲、乙和丙; 某支行的两名客户经理分别为甲和乙; 其中客户经理两名，分别是甲和乙: the unit, a count
    // of its staff by their post (the count before or after it), then 分别是 and the people, each holding the post.
    const c = cues(ctx.lex);
    for (let k = 0; k < here.length; k++) {
      const first = here[k]!;
      const each = first.type === 'Person' ? EACH_IS.exec(text.slice(Math.max(0, first.start - 6), first.start)) : null;
      if (!each) continue;
      const at = first.start - each[0].length;
      const u = here.filter((m) => isUnit(m) && m.end <= at).pop();
      if (!u || here.some((m) => m.start >= u.end && m.end <= at && m !== u && (m.type === 'Person' || isUnit(m))) || /[。；;！!？?]/.test(text.slice(u.end, at))) continue;
      // (The post counted is the last before 分别; a customer, 三位客户, is none of the staff.)
      const post = s.tokens.filter((t) => t.start >= u.end && t.start + t.word.length <= at && isRole(t, ctx, c) && !c.publicNoun.has(t.word)).pop();
      if (!post || !(COUNT_BEFORE.test(text.slice(u.end, post.start)) || COUNT_AFTER.test(text.slice(post.start + post.word.length)))) continue;
      // (三名客户经理走访了两位客户，分别是…: others counted after the post are the ones listed.)
      const after = text.slice(post.start + post.word.length, at).replace(COUNT_AFTER, '');
      if (/[0-9０-９一二三四五六七八九十两]+(?:名|位|个|家|户|人)/.test(after) || s.tokens.some((t) => t.start > post.start && t.start < at && c.publicNoun.has(t.word))) continue;
      const people: Mention[] = [first];
      for (let j = k + 1; j < here.length; j++) {
        const q = here[j]!;
        if (q.type !== 'Person' || !/^(?:、|和|及|与|以及)$/.test(text.slice(people[people.length - 1]!.end, q.start))) break;
        people.push(q);
      }
      // (分别为王芳和刘洋办理了贷款: 为 is a preposition there, the people are customers; the list must close the clause.)
      if (people.some((p) => p.rule === 'person.titled') || !LIST_CLOSES.test(text.slice(people[people.length - 1]!.end))) continue;
      for (const p of people) emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(u), sentence: s.index, role: post.word });
    }
  },
});
