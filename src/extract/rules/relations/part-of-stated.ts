/** 营口市分行所辖的鲅鱼圈区支行 / 某分行组织辖内甲支行、乙支行 / 向工街支行隶属于辽宁省分行: the text states the hierarchy. */
import { defineRelationRule } from '../../rule.js';
import { sentenceView } from '../../scan/relations.js';
import { mentionEnd, type Mention } from '../../types.js';

/** Words that say the units after them are the unit's before them (某分行下设甲支行). */
const UNDER = '(?:所辖|下辖|所属|辖内|辖属|辖下|旗下|下属|下设)';
const RIGHT_AFTER = new RegExp(`^(?:组织|带领|指导|督促|动员|推动)?${UNDER}的?$`);
/** 某支行下设12个网点，其中甲营业所…: units counted under the unit, then one of them picked out. */
const COUNTED_AMONG = /^(?:下设|下辖|辖有|设有)[^，,。；;]{1,12}[，,]其中[，,]?$/;
/**
 * The same words with no unit right before them: after 其 (某分行重视此事，其辖内的甲支行), opening a clause
 * (某分行开展宣传，辖内甲支行、乙支行走进社区), or after a verb of going (某分行行长到辖属甲支行调研). The units are
 * those of the unit the clause is about.
 */
const BACK_REFERENCE = new RegExp(`(?:其|(?:^|[，,；;])|(?:到|赴|前往|走进|深入))${UNDER}的?$`);

/** Two units of banks the text names apart (农行某支行, 建行某分行) are no parent and child. */
function sameBank(a: Mention, b: Mention): boolean {
  return !a.branch?.bank || !b.branch?.bank || a.branch.bank === b.branch.bank;
}

export const partOfStated = defineRelationRule({
  id: 'part_of.stated',
  description: 'a hierarchy the sentence states (所辖, 隶属于)',
  produces: 'PART_OF',
  confidence: 0.9,
  run(s, ctx, emit) {
    const { units } = sentenceView(s, ctx);
    // b and the units listed with it (某分行辖内甲支行、乙支行和丙支行) belong to a.
    const under = (a: Mention, b: Mention): void => {
      emit({ type: 'PART_OF', head: mentionEnd(b), tail: mentionEnd(a), sentence: s.index });
      let prev = b;
      for (const c of units) {
        if (c.start < prev.end) continue;
        if (c.type !== 'Branch' || !/^[、和及与]$/.test(s.text.slice(prev.end, c.start)) || !sameBank(a, c)) break;
        emit({ type: 'PART_OF', head: mentionEnd(c), tail: mentionEnd(a), sentence: s.index });
        prev = c;
      }
    };
    for (const b of units) {
      if (b.type !== 'Branch') continue;
      const back = BACK_REFERENCE.exec(s.text.slice(0, b.start));
      if (!back) continue;
      const at = b.start - back[0].length + (/^[，,；;]/.test(back[0]) ? 1 : 0);
      // The unit nearest before, when it is a branch (a bank's units are its own already) of the same bank.
      const a = units.filter((u) => u.end <= at).sort((x, y) => y.end - x.end)[0];
      if (a && a.type === 'Branch' && sameBank(a, b)) under(a, b);
    }
    for (const a of units) {
      // 湖州农行飞英支行: a unit named after a branch of a place and its bank (branch.place-bank), the bank's short name
      // read as the unit's anchor, is that branch's.
      for (const b of units) {
        if (a.type === 'Branch' && b.type === 'Branch' && b.start > a.start && b.start < a.end && b.branch?.bankSurface && b.start + b.branch.bankSurface.length === a.end && b.end > a.end) emit({ type: 'PART_OF', head: mentionEnd(b), tail: mentionEnd(a), sentence: s.index });
      }
      for (const b of units) {
        if (b.start <= a.end || a.type !== 'Branch' || b.type === 'Person') continue;
        const between = s.text.slice(a.end, b.start);
        if (RIGHT_AFTER.test(between) || (COUNTED_AMONG.test(between) && sameBank(a, b))) under(a, b);
        else if (/^(?:[（(]?(?:隶属于|隶属|属于|归属于?)|是)$/.test(between) || /^(?:隶属于|隶属)[^，。]{0,12}下辖的$/.test(between)) emit({ type: 'PART_OF', head: mentionEnd(a), tail: mentionEnd(b), sentence: s.index });
      }
    }
  },
});
