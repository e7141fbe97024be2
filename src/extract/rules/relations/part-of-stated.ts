/** 营口市分行所辖的鲅鱼圈区支行 / 某分行组织辖内甲支行、乙支行 / 向工街支行隶属于辽宁省分行: the text states the hierarchy. */
import { defineRelationRule } from '../../rule.js';
import { sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const partOfStated = defineRelationRule({
  id: 'part_of.stated',
  description: 'a hierarchy the sentence states (所辖, 隶属于)',
  produces: 'PART_OF',
  confidence: 0.9,
  run(s, ctx, emit) {
    const { units } = sentenceView(s, ctx);
    for (const a of units) {
      for (const b of units) {
        if (b.start <= a.end || a.type !== 'Branch' || b.type === 'Person') continue;
        const between = s.text.slice(a.end, b.start);
        if (/^(?:组织|带领|指导|督促|动员|推动)?(?:所辖|下辖|所属|辖内|旗下|下属)的?$/.test(between)) {
          emit({ type: 'PART_OF', head: mentionEnd(b), tail: mentionEnd(a), sentence: s.index });
          // 某分行辖内甲支行、乙支行和丙支行: the units listed with the first belong to it too.
          let prev = b;
          for (const c of units) {
            if (c.start < prev.end) continue;
            if (c.type !== 'Branch' || !/^[、和及与]$/.test(s.text.slice(prev.end, c.start))) break;
            emit({ type: 'PART_OF', head: mentionEnd(c), tail: mentionEnd(a), sentence: s.index });
            prev = c;
          }
        }
        else if (/^(?:隶属于|隶属|属于|归属于?|是)$/.test(between) || /^(?:隶属于|隶属)[^，。]{0,12}下辖的$/.test(between)) emit({ type: 'PART_OF', head: mentionEnd(a), tail: mentionEnd(b), sentence: s.index });
      }
    }
  },
});
