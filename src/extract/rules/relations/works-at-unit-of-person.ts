/** 邮储银行某支行的王芳: a person named as the unit's own, with 的 and no post, works there. */
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

/** Between a unit and its person: maybe a department of it, then 的, maybe 一名 and a word of age. */
const OWN_OF = /^(?:[\u4e00-\u9fff]{0,8}?(?:部|办公室|中心|室|处|科))?的(?:一名|一位)?(?:年轻|老)?$/;

/** …but no place near the unit, nor another body's centre there (某支行对面社区服务中心的王芳, 某支行附近卫生院). */
const NOT_OWN_DEPARTMENT = /对面|附近|旁边|隔壁|周边|门口|所在|辖|社区|街道|卫生|医|学|[村镇乡县局院校]/;

export const worksAtUnitOfPerson = defineRelationRule({
  id: 'works_at.unit-of-person',
  description: 'a unit, 的, and a person with no post (邮储银行某支行的王芳)',
  produces: 'WORKS_AT',
  confidence: 0.7,
  run(s, ctx, emit) {
    const { here } = sentenceView(s, ctx);
    for (let i = 1; i < here.length; i++) {
      const p = here[i]!;
      const u = here[i - 1]!;
      // Customers and guests named with a public noun (某支行的客户王芳) are found by person.titled: not staff.
      if (p.type !== 'Person' || p.role || p.rule === 'person.titled' || !isUnit(u)) continue;
      // (某分行个人金融业务部的王芳, 某支行办公室的王芳: or the unit's department, then 的.)
      const gap = s.text.slice(u.end, p.start);
      if (!OWN_OF.test(gap) || NOT_OWN_DEPARTMENT.test(gap)) continue;
      emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(u), sentence: s.index });
    }
  },
});
