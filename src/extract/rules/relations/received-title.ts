/**
 * 全国劳动模范王芳, “百佳示范单位”某某支行: an honour worn as a title, right before the person or the unit it was
 * conferred on, with nothing between but quotes. News writes a winner this way when it names them for something
 * else (a speech, a visit), so no verb of conferring is there for received.subject to find. (And a unit right before
 * its honour's plaque being unveiled, 某支行“…”揭牌仪式.)
 */
import { defineRelationRule } from '../../rule.js';
import { WINNER_PRESENTED } from '../../scan/relations.js';
import { mentionEnd, type Mention } from '../../types.js';

/**
 * Only quotes and spaces between the honour and the name: 、 or a verb would make them two things. (Or 花落, the
 * headline's "goes to": “青年文明号”花落某支行; or 获得者, 得主, maybe with 是: “最美柜员”获得者某某, 得主是某某; or a winner
 * of it, 获奖者, 获奖选手, 获奖代表: “最佳服务奖”获奖选手某某; or 的得主, 得主之一, 得主包括: “…”的得主是某某, “…”得主之一、某某.)
 */
const BETWEEN = /^[\s"“”'‘’「」『』《》]*(?:(?:花落|的?(?:获得者|得主|得奖者|获奖者|获奖选手|获奖代表)(?:之一[、，,]?)?(?:是|为|包括)?)[\s"“”'‘’「」『』]*)?$/;

/** 获得者, 得主 or another word for its winner right after the honour (quotes may close first). */
const WINNER_AFTER = /^[\s"“”'‘’「」『』》]*的?(?:获得者|得主|得奖者|获奖者|获奖选手|获奖代表)/;
/** After the last unit of a list: 等 and how many (等两家示范单位, 等5个网点). */
const LIST_COUNTED = /^等[0-9０-９一二三四五六七八九十两]+(?:家|个)/;
/** Right after an honour, its plaque being unveiled or handed over (揭牌, 授牌, maybe 仪式). */
const UNVEILED_AFTER = /^[\s"“”'‘’「」『』]*(?:揭牌|授牌)/;
/** Before an honour that opens its clause: the sentence's start, a clause's mark, or a time word and a comma (会上，). */
const CLAUSE_OPENS = /(?:^|[，,；;：:。\s])[\s"“「『]*$/;
/** Between the holder and the honour: 是, 为, 系, maybe with 一名 / 一位, a year or an edition (今年, 本届) and quotes. */
const IS_BETWEEN = /^(?:是|为|系)(?:一名|一位|一个)?(?:今年|去年|本届|上届|首届|历届|(?:19|20)\d{2}年度?)?[\s"“”'‘’「」『』《]*$/;

export const receivedTitle = defineRelationRule({
  id: 'received.title',
  description: 'an honour right before a person or a unit, as a title (or before 花落 and them): that person or unit received it',
  produces: 'RECEIVED',
  confidence: 0.75,
  run(s, ctx, emit) {
    const here = ctx.inSentence(s.index);
    for (const honour of here) {
      if (honour.type !== 'Honour') continue;
      // The nearest mention starting after the honour; a longer one first when two start together (a branch over its bank).
      let next = here.filter((m) => m.start >= honour.end).sort((a, b) => a.start - b.start || b.end - a.end)[0];
      if (!next || !(next.type === 'Person' || next.type === 'Bank' || next.type === 'Branch')) continue;
      if (!BETWEEN.test(s.text.slice(honour.end, next.start))) continue;
      // (得主是某支行的某某: the winner is the person of that unit.)
      const unit = next;
      const own = WINNER_AFTER.test(s.text.slice(honour.end)) && unit.type !== 'Person' ? here.find((m) => m.type === 'Person' && m.start >= unit.end && /^的?[\u4e00-\u9fff]{0,4}$/.test(s.text.slice(unit.end, m.start - (m.role?.length ?? 0)))) : undefined;
      if (own) next = own;
      else if (unit.type !== 'Person' && WINNER_AFTER.test(s.text.slice(honour.end)) && /^的[\u4e00-\u9fff]/.test(s.text.slice(unit.end))) continue;
      emit({ type: 'RECEIVED', head: mentionEnd(next), tail: mentionEnd(honour), sentence: s.index });
      // (百佳示范单位甲支行、乙支行等两家示范单位: the units listed with it, when a count closes the list, hold it too.)
      if (next.type === 'Person') continue;
      const listed: Mention[] = [];
      for (let cur: Mention = next; ; ) {
        const after = cur;
        const more = here.filter((m) => (m.type === 'Bank' || m.type === 'Branch') && m.start >= after.end && /^(?:、|和|及|与)$/.test(s.text.slice(after.end, m.start))).sort((a, b) => a.start - b.start || b.end - a.end)[0];
        if (!more) break;
        listed.push(more);
        cur = more;
      }
      const last = listed[listed.length - 1];
      if (last && LIST_COUNTED.test(s.text.slice(last.end))) for (const m of listed) emit({ type: 'RECEIVED', head: mentionEnd(m), tail: mentionEnd(honour), sentence: s.index });
    }
    // 全国劳动模范、某支行行长某某: the honour worn as a title first, then 、 and the person's post at a unit (or the post
    // alone); the title and the post are two descriptions of one person. Only where the honour opens its clause: after
    // a verb of conferring, 、 would list honours (荣获全国劳动模范、…).
    for (const honour of here) {
      if (honour.type !== 'Honour' || s.text[honour.end] !== '、' || !CLAUSE_OPENS.test(s.text.slice(0, honour.start))) continue;
      const person = here.filter((m) => m.type === 'Person' && m.start > honour.end + 1).sort((a, b) => a.start - b.start)[0];
      if (!person?.role) continue;
      const postAt = person.start - person.role.length;
      if (postAt < honour.end + 1 || s.text.slice(postAt, person.start) !== person.role) continue;
      // (Nothing else between: the post right after 、, or a unit that ends where the post starts.)
      const unit = here.find((m) => (m.type === 'Bank' || m.type === 'Branch') && m.start === honour.end + 1 && m.end === postAt);
      if (postAt !== honour.end + 1 && !unit) continue;
      emit({ type: 'RECEIVED', head: mentionEnd(person), tail: mentionEnd(honour), sentence: s.index });
    }
    // 某支行“最美职工之家”揭牌仪式: a plaque unveiled for a unit's honour names the unit right before it.
    for (const honour of here) {
      if (honour.type !== 'Honour' || !UNVEILED_AFTER.test(s.text.slice(honour.end))) continue;
      const prev = here.filter((m) => m.end <= honour.start).sort((a, b) => b.end - a.end || a.start - b.start)[0];
      if (!prev || !(prev.type === 'Bank' || prev.type === 'Branch') || !/^[\s"“「『]*$/.test(s.text.slice(prev.end, honour.start))) continue;
      emit({ type: 'RECEIVED', head: mentionEnd(prev), tail: mentionEnd(honour), sentence: s.index });
    }
    // 某某是青年岗位能手获得者, 某支行系某奖得主: the one named before 是 holds it.
    for (const honour of here) {
      if (honour.type !== 'Honour' || !WINNER_AFTER.test(s.text.slice(honour.end))) continue;
      const prev = here.filter((m) => m.end <= honour.start).sort((a, b) => b.end - a.end || a.start - b.start)[0];
      if (!prev || !(prev.type === 'Person' || prev.type === 'Bank' || prev.type === 'Branch')) continue;
      if (!IS_BETWEEN.test(s.text.slice(prev.end, honour.start))) continue;
      if (WINNER_PRESENTED.test(s.text.slice(honour.end))) continue;
      emit({ type: 'RECEIVED', head: mentionEnd(prev), tail: mentionEnd(honour), sentence: s.index });
    }
  },
});
