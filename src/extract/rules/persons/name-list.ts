/**
 * 张建国、李红梅、王小川 / 张建国 李红梅 王小川: three or more names in a row, as honour lists and guest lists
 * write them (two after 包括, before 等 or 同志, or alone on a line; the last may be joined by 和). Every item must look like a full name and none may be a word jieba knows as something else
 * (沈阳、大连、鞍山 are places, 沈 a surname notwithstanding).
 */
import { cues } from '../../cues.js';
import { defineMentionRule } from '../../rule.js';
import { honourHeading } from '../../scan/headings.js';
import { notAName } from '../../scan/persons.js';

// The last item may be joined by 和/及/与, and the list may end with 等 or 同志 (甲、乙和丙等3名员工).
const LIST = /(^|[^\u4e00-\u9fff]|包括|分别是|分别为|(?:成员|队员|组员)(?:有|为|是))((?:[\u4e00-\u9fff]{2,3}(?:、|，|,|\s+)){1,}[\u4e00-\u9fff]{2,3}?)(?:([和及与])([\u4e00-\u9fff]{2,3}?))?(?=(等|同志)|[^\u4e00-\u9fff]|$)/g;
const NAME_TAGS = /^(?:nr|nrfg|nrt|x)$/;
/**
 * 甲、乙两位老师, 甲、乙、丙三名员工: names before a count of people that is their number, wherever the list starts
 * (邀请了甲、乙两位…). The count is the list's own proof, so two names suffice.
 */
const COUNTED_LIST = /((?:[\u4e00-\u9fff]{2,3}、)+)([\u4e00-\u9fff]{2,3}?)([两二三四五六七八九])[位名](?=[\u4e00-\u9fff])/g;
/**
 * 带领甲、乙等5名员工, 组织甲、乙等一行5名青年员工: names after a verb of leading people out and before 等 and the word
 * for who they are. The verb opens the list and the staff word closes it, so two names suffice (the general list
 * above wants a pause before its first item, and the verb is none).
 */
const LED_LIST = /(?:带领|率领|带着|组织|召集|选派|抽调)了?((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)(?=等(?:一行)?(?:[0-9０-９一二三四五六七八九十两]+(?:名|位|个|人))?(?:青年|年轻|党员|团员|业务)?(?:员工|同事|志愿者|骨干|工作人员))/g;
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export const personNameList = defineMentionRule({
  id: 'person.name-list',
  description: 'three or more names in a row, separated by 、 or spaces (张建国、李红梅、王小川), or a heading that is one name',
  produces: 'Person',
  confidence: 0.7,
  strength: 'certain',
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const names = ctx.lex.names;
    const others = ctx.inSentence(s.index).filter((m) => m.type !== 'Person');
    const listed = new Set<number>();
    // An item is a name: a full name, over no other mention, and no token jieba knows as anything but a name (沈阳/ns,
    // 王牌/n).
    const isName = ({ name, start }: { name: string; start: number }): boolean => {
      if (!names.looksLikeFullName(name) || notAName(name, c, names)) return false;
      if (others.some((o) => o.start < start + name.length && start < o.end)) return false;
      const whole = s.tokens.find((t) => t.start === start && t.word.length === name.length);
      return !whole || NAME_TAGS.test(whole.tag);
    };
    // A list's items from `from` on, one after each 、.
    const itemsFrom = (from: number, parts: string[]): Array<{ name: string; start: number }> => {
      let at = from;
      return parts.map((name) => {
        const item = { name, start: at };
        at += name.length + 1;
        return item;
      });
    };
    // (An item starts a token, or sits inside a word jieba did not know: 承人王/x 红梅/nr of 传承人王红梅.)
    const itemOk = (item: { name: string; start: number }): boolean => {
      const across = s.tokens.find((t) => t.start <= item.start && item.start < t.start + t.word.length);
      return across !== undefined && (across.start === item.start || across.tag === 'x') && isName(item);
    };
    const person = ({ name, start }: { name: string; start: number }): void => {
      listed.add(start);
      emit({ type: 'Person', name, surface: s.surface.slice(start, start + name.length), sentence: s.index, start, end: start + name.length });
    };
    for (const m of s.text.matchAll(LIST)) {
      const from = m.index + m[1]!.length;
      const items: Array<{ name: string; start: number }> = [];
      for (const it of m[2]!.matchAll(/[\u4e00-\u9fff]{2,3}/g)) items.push({ name: it[0], start: from + it.index });
      // (和/及/与 joins only when it is a word of its own: 及时报警, 和平路, 与会 are no joiner and no name.)
      const joinerAt = from + m[2]!.length;
      if (m[4] && s.tokens.some((t) => t.start === joinerAt && t.word.length === 1)) items.push({ name: m[4], start: joinerAt + 1 });
      // Two names are a list only with a word that says so (包括甲、乙; 甲、乙等); otherwise three or more.
      // (So are two that fill a line of their own, as a list under a heading prints them.)
      // (or after a heading's count or colon: 先进个人（2名）：甲、乙).
      const wholeLine = /(?:^|[）)：:]\s*)$/.test(s.text.slice(0, from)) && /^[\s。]*$/.test(s.text.slice(m.index + m[0].length));
      if (items.length < (/[包分员]/.test(m[1]!) || m[5] || wholeLine ? 2 : 3)) continue;
      const ok = items.every(isName);
      if (!ok) continue;
      items.forEach(person);
    }
    for (const m of s.text.matchAll(COUNTED_LIST)) {
      const items = itemsFrom(m.index, [...m[1]!.split('、').filter(Boolean), m[2]!]);
      // (The first item may have taken the word before the list: 了李明 of 邀请了李明、王芳两位.)
      const first = items[0]!;
      if (first.name.length === 3 && !itemOk(first)) items[0] = { name: first.name.slice(1), start: first.start + 1 };
      if (COUNT[m[3]!] !== items.length || items.some(({ start }) => listed.has(start)) || !items.every(itemOk)) continue;
      items.forEach(person);
    }
    for (const m of s.text.matchAll(LED_LIST)) {
      const items = itemsFrom(m.index + m[0].length - m[1]!.length, m[1]!.split('、'));
      // (The general list may have taken the items after the first already: 、乙、丙等 has its pause.)
      if (!items.every((item) => listed.has(item.start) || itemOk(item))) continue;
      items.filter((item) => !listed.has(item.start)).forEach(person);
    }
    // One name alone after a heading of an honour for a person and its colon (先进个人：杨光, 二、优秀员工：吴刚): the
    // list of one who received it.
    const h = honourHeading(s, ctx);
    const one = h && h.listFrom < s.text.length && c.individualHonour.test(h.name) ? /^\s*([\u4e00-\u9fff]{2,3})[\s。；;]*$/.exec(s.text.slice(h.listFrom)) : null;
    if (one) {
      const start = h!.listFrom + s.text.slice(h!.listFrom).indexOf(one[1]!);
      if (!listed.has(start) && isName({ name: one[1]!, start })) emit({ type: 'Person', name: one[1]!, surface: s.surface.slice(start, start + one[1]!.length), sentence: s.index, start, end: start + one[1]!.length });
    }
    // A heading that is one full name and nothing else (a profile's headline, or the author's line that a copied
    // page opens with): a person, when jieba reads it as a name or in pieces, never as a word of another kind.
    const lone = /^\s*([\u4e00-\u9fff]{2,3})\s*$/.exec(s.text);
    if (s.heading && lone) {
      const name = lone[1]!;
      const start = s.text.indexOf(name);
      const whole = s.tokens.find((t) => t.start === start && t.word.length === name.length);
      if (names.looksLikeFullName(name) && !notAName(name, c, names) && !others.length && (whole ? NAME_TAGS.test(whole.tag) : s.tokens.every((t) => t.start < start || t.start >= start + name.length || /^(?:nr|nrfg|nrt|x|ng|nz|zg|tg|ag|a|n|g)$/.test(t.tag)))) {
        emit({ type: 'Person', name, surface: s.surface.slice(start, start + name.length), sentence: s.index, start, end: start + name.length });
      }
    }
  },
});
