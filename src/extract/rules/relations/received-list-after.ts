/**
 * 荣获“优秀员工”称号的有：甲支行柜员张三、乙支行李四; “青年文明号”：甲支行、乙支行: an honour, then a colon and the
 * list of who received it, in the honour's own sentence. Each item of the list gives its person, or its unit when
 * it names no person.
 */
import { defineRelationRule } from '../../rule.js';
import { isUnit } from '../../scan/relations.js';
import { mentionEnd, type Mention, type SentenceCtx } from '../../types.js';
import { ITEM_NUMBER } from './received-heading-list.js';

/**
 * After the honour, up to the colon: its closing quote, 称号, then 的 and 有 / 是 / 名单如下, or nothing. (Or with no colon:
 * 荣获“…”的单位分别是甲和乙; or a count of winners first and the list in a clause of its own, 有3个网点获评“…”，分别是甲、乙和丙;
 * the award's grade may follow the quote, “…”优等奖.)
 */
const TO_THE_LIST = /^[”"」』]?(?:荣誉称号|称号|(?:[一二三特优]等|金|银|铜|优秀)?奖)?(?:(?:的(?:单位|集体|个人|同志|员工|人员)?(?:有|是|为)|的(?:单位|集体|个人|网点|單位|集體|個人|網點)(?:名单|名單)?|(?:(?:评定|评选|获奖|得奖|表彰|公示)?(?:名单|榜单)|评选结果)(?:公布|揭晓|出炉)?(?:如下)?|如下)?[：:]|的(?:单位|集体|个人|同志|员工|人员|网点)分别(?:是|为)|[，,](?:分别|依次)(?:是|为)[：:]?)/;
/** What separates the items of the list. */
const ITEM_BREAK = /[、，,；;]/;
/** A sentence that ends an item of a list going on in the next sentence. */
const ITEM_END = /[；;]\s*$/;
/** Between the units and people of a sentence that is only items of a list: separators, counts, numbers of items. */
const ITEM_FILLER = /^[\s、，,；;。和及与等（）()0-9０-９.．个名人家位]*$/;

/** The sentence names units or people and nothing else. */
function onlyItems(text: string, items: Mention[]): boolean {
  const who = items.filter((m) => isUnit(m) || m.type === 'Person');
  const outer = who.filter((m) => !who.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)).sort((a, b) => a.start - b.start);
  if (!outer.length) return false;
  let at = 0;
  for (const m of outer) {
    if (m.start < at || !ITEM_FILLER.test(text.slice(at, m.start))) return false;
    at = m.end;
  }
  return ITEM_FILLER.test(text.slice(at));
}

/** How many numbered items back the honour's sentence may stand. */
const MAX_ITEMS = 40;

/** The one a numbered item names (1.甲支行；, （2）柜员某某), when the sentence is that item alone. */
function numberedItem(s: SentenceCtx, here: Mention[]): Mention | undefined {
  const n = ITEM_NUMBER.exec(s.text);
  if (!n || s.text.length > n[0].length + 30) return undefined;
  const inItem = here.filter((m) => m.start >= n[0].length);
  const person = inItem.find((m) => m.type === 'Person' && !inItem.some((u) => isUnit(u) && u.start <= m.start && u.end >= m.end));
  const who = person ?? inItem.filter(isUnit).sort((a, b) => a.start - b.start || b.end - a.end)[0];
  // (Only names in it: 1.甲支行；, not 1.甲支行开展了宣传。)
  const last = inItem.filter((m) => m.type === 'Person' || isUnit(m)).sort((a, b) => b.end - a.end)[0];
  if (!who || !last || !/^[\s、，,（）()]*$/.test(s.text.slice(n[0].length, inItem.filter((m) => m.type === 'Person' || isUnit(m)).sort((a, b) => a.start - b.start)[0]!.start)) || !/^[\s）)]*[；;。.、，,]?\s*$/.test(s.text.slice(last.end))) return undefined;
  return who;
}

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
      const give = (t: SentenceCtx, items: Mention[], start: number, end: number): void => {
        let itemStart = start;
        for (let i = start; i <= end; i++) {
          // (和, 及 or 与 part two items too, outside a name: 甲支行和乙支行.)
          if (i < end && !ITEM_BREAK.test(t.text[i]!) && !(/[和及与]/.test(t.text[i]!) && !items.some((m) => m.start <= i && m.end > i))) continue;
          const inItem = items.filter((m) => m.start >= itemStart && m.end <= i);
          // (Not a "person" inside a unit's name, 邮储银行吴兴区/nr 支行: the unit is the item.)
          const person = inItem.find((m) => m.type === 'Person' && !inItem.some((u) => isUnit(u) && u.start <= m.start && u.end >= m.end));
          const first = inItem.filter(isUnit).sort((a, b) => a.start - b.start || b.end - a.end)[0];
          // (A bank written right before its branch, 華南銀行|永和分行, is the branch's name: the branch is the item.)
          const unit = first?.type === 'Bank' ? (inItem.find((m) => m.type === 'Branch' && m.start === first.end) ?? first) : first;
          const who = person ?? unit;
          if (who) emit({ type: 'RECEIVED', head: mentionEnd(who), tail: mentionEnd(honour), sentence: t.index });
          itemStart = i + 1;
        }
      };
      give(s, here, from, to);
      // 名单如下：甲支行；乙支行；丙支行。: a list whose items end in semicolons goes on in the sentences after it, each of
      // them only an item (units or people and nothing else), up to the one that ends otherwise.
      if (nextHonour || !ITEM_END.test(s.text)) continue;
      for (let k = s.index + 1; k < ctx.sentences.length; k++) {
        const t = ctx.sentences[k]!;
        if (t.article !== s.article || t.paragraph !== s.paragraph) break;
        const items = ctx.inSentence(k);
        if (!onlyItems(t.text, items)) break;
        give(t, items, 0, t.text.length);
        if (!ITEM_END.test(t.text)) break;
      }
    }
    // 获得“…”称号的单位：1.甲支行；/ 2.乙支行；: a numbered item the sentence splitter cut off, after the items before
    // it, goes on with the list of the sentence that opened it.
    const item = numberedItem(s, here);
    if (!item) return;
    for (let k = s.index - 1; k >= 0 && s.index - k <= MAX_ITEMS; k--) {
      const prev = ctx.sentences[k]!;
      if (prev.article !== s.article) return;
      const there = ctx.inSentence(k);
      const honours = there.filter((m) => m.type === 'Honour');
      const last = honours.sort((a, b) => b.start - a.start)[0];
      const lead = last ? TO_THE_LIST.exec(prev.text.slice(last.end)) : null;
      if (last && lead) {
        // (The list opened there, its first item numbered right after the colon: 称号的单位：1.甲支行；.)
        if (ITEM_NUMBER.test(prev.text.slice(last.end + lead[0].length))) emit({ type: 'RECEIVED', head: mentionEnd(item), tail: mentionEnd(last), sentence: s.index });
        return;
      }
      if (!numberedItem(prev, there)) return;
    }
  },
});
