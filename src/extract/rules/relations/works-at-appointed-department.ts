/**
 * 今年以来，某银行多个部门负责人调整：甲任零售金融总部总经理，乙任公司业务部副总经理: a post in a department
 * with no unit named after the verb is one at the unit the sentence names before the person (else the article's
 * own unit).
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isRole } from '../../scan/persons.js';
import { isUnit, POST_ENDS, sentenceView } from '../../scan/relations.js';
import { ARTICLE_UNIT, mentionEnd } from '../../types.js';

/** After the person: the verb of the appointment (拟任, 出任, 调任 …). */
const APPOINTED = /^(?:同志)?(?:拟|将|已|现)?(?:任|出任|升任|调任|提任|担任|接任|兼任|转任)/;
/** A department's name up to its kind (零售金融总部, 公司业务部, 运营管理中心, 办公室). */
const DEPARTMENT = /^[\u4e00-\u9fff]{1,12}?(?:总部|部|中心|办公室|处|室)/;

export const worksAtAppointedDepartment = defineRelationRule({
  id: 'works_at.appointed-department',
  description: "a person appointed to a department's post with no unit named after the verb: the unit named before the person, else the article's own unit",
  produces: 'WORKS_AT',
  confidence: 0.6,
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const { here, units } = sentenceView(s, ctx);
    const text = s.text;
    const tokenAt = new Map(s.tokens.map((t) => [t.start, t]));
    for (const p of here) {
      if (p.type !== 'Person' || !(p.strength === 'certain' || ctx.certainPersons.has(p.name))) continue;
      const verb = APPOINTED.exec(text.slice(p.end));
      if (!verb) continue;
      const at = p.end + verb[0].length;
      const dept = DEPARTMENT.exec(text.slice(at));
      if (!dept) continue;
      const roleAt = at + dept[0].length;
      const role = tokenAt.get(roleAt);
      if (!role || !isRole(role, ctx, c) || !POST_ENDS.test(text.slice(roleAt + role.word.length))) continue;
      // A unit named after the verb (任某分行零售部总经理) is works_at.appointed's.
      if (here.some((m) => isUnit(m) && m.start >= p.end && m.start < roleAt)) continue;
      const before = units.filter((u) => u.end <= p.start).pop();
      emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: before ? mentionEnd(before) : ARTICLE_UNIT, sentence: s.index, role: role.word });
    }
  },
});
