/** A byline that gives the people's unit (中原银行新乡分行友谊支行 王静伟, 龙游农商银行通讯员 方群): they work there. */
import { defineRelationRule } from '../../rule.js';
import { isUnit } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const worksAtByline = defineRelationRule({
  id: 'works_at.byline',
  description: "the people of a byline work at the unit the byline names before them",
  produces: 'WORKS_AT',
  confidence: 0.8,
  on: 'byline',
  run(s, ctx, emit) {
    const here = ctx.inSentence(s.index);
    const persons = here.filter((m) => m.type === 'Person');
    for (const p of persons) {
      // The last unit before the person, with only a role word, spaces and other names of the byline between.
      const unit = here.filter((m) => isUnit(m) && m.end <= p.start && !here.some((o) => o !== m && isUnit(o) && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)).pop();
      if (!unit) continue;
      const between = s.text.slice(unit.end, p.start);
      const others = persons.filter((o) => o.start >= unit.end && o.end <= p.start).reduce((rest, o) => rest.replace(s.text.slice(o.start, o.end), ''), between);
      if (!/^[\s、，,·]*(?:[\u4e00-\u9fff]{0,4}(?:记者|通讯员|作者|撰稿|摄影)[:：]?)?[\s、，,·]*$/.test(others)) continue;
      // 通讯员 is a post in the unit (its correspondent); 作者 or 记者 says nothing of the person's job there.
      emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(unit), sentence: s.index, ...(p.role === '通讯员' ? { role: p.role } : {}) });
    }
  },
});
