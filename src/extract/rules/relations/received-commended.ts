/**
 * 大会表彰了甲支行、乙支行等“金融服务先进单位”, 对甲、乙等“…”进行了表彰: the units or people a body commends, listed
 * right before the honour they are commended as, received it; the body that commends them (the clause's subject)
 * did not. (A second list after the first honour goes on with the verb: 表彰了甲等“A”和丙等“B”.)
 */
import { defineRelationRule } from '../../rule.js';
import { cues } from '../../cues.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd, type Mention } from '../../types.js';

/** The verb of commending before the list (表彰了, 表揚, 嘉奖). */
const COMMENDED = /(?:表彰|表揚|表扬|嘉奖|嘉獎)了?/g;
/** 对 (對) before the list, when a verb of commending follows the honour (对甲、乙等“…”进行了表彰). */
const TO = /[对對]/g;
const COMMENDED_AFTER = /^[”"」』]?(?:称号|稱號)?(?:集体|集體|个人|個人|单位|單位)?(?:进行了?|進行了?|予以|给予了?|給予了?)(?:通报|通報)?(?:表彰|表揚|表扬|嘉奖|嘉獎)/;
/** What may stand between two items of the list. */
const JOIN = /^(?:、|和|及|与|與|以及)$/;
/** After the last item, before the honour: 等, maybe a count (等10家, 两家, 等一批), maybe an opening quote. */
const LIST_END = /^(?:等)?(?:[0-9０-９一二三四五六七八九十两兩]+(?:余|餘|多)?(?:个|個|家|名|位)|一批|多家|多名|多位|十余家|十餘家)?[“"「『]?$/;

export const receivedCommended = defineRelationRule({
  id: 'received.commended',
  description: 'the units or people a body commends, listed before an honour (表彰了甲、乙等“…先进单位”)',
  produces: 'RECEIVED',
  confidence: 0.75,
  run(s, ctx, emit) {
    const { here } = sentenceView(s, ctx);
    const text = s.text;
    const c = cues(ctx.lex);
    const honours = here.filter((m) => m.type === 'Honour');
    const listFrom = new Map<Mention, number>();
    for (const [k, h] of honours.entries()) {
      // The clause up to the honour (from the last ，；。 before it).
      const before = text.slice(0, h.start);
      const clauseFrom = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1;
      // The list starts after the verb, or after 对 with the verb after the honour, or after the previous honour of a
      // commended list and 和.
      const prev = honours[k - 1];
      const lead = text.slice(clauseFrom, h.start);
      const joined = prev && prev.end > clauseFrom && listFrom.has(prev) ? /^[”"」』]?(?:和|及|与|與|以及|、)/.exec(text.slice(prev.end, h.start)) : null;
      const verb = [...lead.matchAll(COMMENDED)].pop();
      const to = COMMENDED_AFTER.test(text.slice(h.end)) ? [...lead.matchAll(TO)].pop() : undefined;
      const from = joined && prev ? prev.end + joined[0].length : verb ? clauseFrom + verb.index + verb[0].length : to ? clauseFrom + to.index + to[0].length : undefined;
      if (from === undefined) continue;
      const items = here.filter((m) => m.start >= from && m.end <= h.start && (isUnit(m) || m.type === 'Person'));
      if (!items.length) continue;
      // Only the list between them: each item joined to the next, a unit right before its own person (甲支行刘敏) the
      // person's; nothing but 等 and a count after the last.
      if (items[0]!.start !== from) continue;
      if (!LIST_END.test(text.slice(items[items.length - 1]!.end, h.start))) continue;
      const who: Mention[] = [];
      let ok = true;
      for (const [i, m] of items.entries()) {
        const next = items[i + 1];
        if (!next) {
          who.push(m);
          break;
        }
        const gap = text.slice(m.end, next.start);
        if (isUnit(m) && next.type === 'Person' && /^(?:的)?[\u4e00-\u9fff]{0,6}$/.test(gap.slice(0, gap.length - (next.role?.length ?? 0))) && !JOIN.test(gap)) continue;
        if (!JOIN.test(gap)) {
          ok = false;
          break;
        }
        who.push(m);
      }
      if (!ok) continue;
      listFrom.set(h, from);
      // An honour for people goes to people, one for units to units.
      const individual = c.individualHonour.test(h.name);
      for (const m of who) {
        if (individual && m.type !== 'Person') continue;
        emit({ type: 'RECEIVED', head: mentionEnd(m), tail: mentionEnd(h), sentence: s.index });
      }
    }
  },
});
