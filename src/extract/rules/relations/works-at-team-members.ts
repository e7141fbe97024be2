/**
 * 某支行成立党员先锋队，成员有甲、乙、丙; 工作组由某分行副行长甲任组长，成员包括办公室主任乙: the members listed of a team
 * the unit forms or one of its people heads are its staff. 某支行副行长甲带领乙、丙三名青年员工, 某分行团委组织团员青年乙、丙:
 * those a unit's person (or the unit, or its own league or union) leads out, named as its staff before or after the
 * list, are too; and 某支行柜员甲与同事乙: a unit's person's colleagues named.
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView, worksAt } from '../../scan/relations.js';
import { mentionEnd, type Mention } from '../../types.js';

/** A team's members introduced (成员有, 成员包括：, 队员为). */
const MEMBERS = /(?:成员|队员|组员)(?:主要)?(?:有|包括|为|是)[：:]?/g;
/** Between the unit and the members: no pause that ends the sentence's part, no quote; at most two clauses. */
const UNIT_TO_MEMBERS = /^[^。；;“”"]{0,40}$/;
/** A verb of leading people out, and maybe the word for who they are (带领青年员工, 组织党员志愿者). */
const LEADS = /^(?:带领|率领|带着|组织)(?:了)?((?:青年|年轻|党员|团员|骨干)?(?:员工|同事|志愿者|党员|青年)(?:志愿者)?)?/;
/** After those led: the word for who they are (等3名青年员工, 等一行5名青年员工, 三位同事, 等员工). */
const STAFF_AFTER = /^(?:等)?(?:一行)?(?:[0-9０-９一二三四五六七八九十两]+(?:名|位|个))?(?:青年|年轻|党员|团员|业务)?(?:员工|同事|志愿者|骨干)/;
/**
 * Right after a unit's person, the word for the colleagues named next: joined to the person (和同事, 与她的同事, 联同同事,
 * 带领两名同事) or theirs (的同事).
 */
const COLLEAGUES = /^(?:(?:和|与|及|跟|同|联同|连同|偕同|携同?|带领|率领|带着)(?:[她他]的)?|的)(?:[0-9０-９一二两三四五六七八九十几]+(?:名|位))?同事们?/;
/** A unit's own body that acts for it (某分行团委组织). */
const OWN_BODY = /^(?:团委|工会|党委|党支部|团支部|妇委会)?/;
/** Before the first member: nothing, or a department and 的 (公司部的乙). */
const FIRST_GAP = /^(?:[\u4e00-\u9fff]{1,6}(?:部|室|处|中心)的?)?$/;
/** Between two members: a list's joiner, maybe a department and 的 or the member's own post. */
const MEMBER_GAP = /^(?:、|和|及|与|以及)?(?:[\u4e00-\u9fff]{1,6}(?:部|室|处|中心)的?)?$/;

export const worksAtTeamMembers = defineRelationRule({
  id: 'works_at.team-members',
  description: "the members listed of a unit's team (成员有甲、乙), staff its person leads out (带领甲、乙等员工), or that person's colleagues named (与同事乙)",
  produces: 'WORKS_AT',
  confidence: 0.7,
  run(s, ctx, emit) {
    const { here } = sentenceView(s, ctx);
    const c = cues(ctx.lex);
    const text = s.text;
    // The people listed from `from` on, each after a joiner (and maybe a department or a post of their own).
    // (Colleagues named after 同事 were read as people of the public, as after 客户: `titled` takes them too.)
    const listedFrom = (from: number, titled = false): Mention[] => {
      const out: Mention[] = [];
      let at = from;
      for (const m of here.filter((x) => x.start >= from)) {
        if (m.type !== 'Person' || (m.rule === 'person.titled' && !titled) || (m.role !== undefined && c.otherBodyPost.test(m.role))) break;
        // (The member's own post may stand before the name: 办公室主任乙; a post written once before the list is the first's.)
        const gap = text.slice(at, m.start);
        const fits = (g: string): boolean => (out.length ? MEMBER_GAP.test(g) && g !== '' : FIRST_GAP.test(g));
        if (!(fits(gap) || (m.role !== undefined && gap.endsWith(m.role) && fits(gap.slice(0, gap.length - m.role.length))))) break;
        out.push(m);
        at = m.end;
      }
      return out;
    };
    const emitAll = (people: Mention[], unit: Mention): void => {
      for (const p of people) emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(unit), sentence: s.index, ...(p.role ? { role: p.role } : {}) });
    };
    for (const m of text.matchAll(MEMBERS)) {
      const unit = here.filter((u) => isUnit(u) && u.end <= m.index).pop();
      // (No other body between: 联合市公安局成立小组，成员有民警甲 are the police's.)
      if (!unit || !UNIT_TO_MEMBERS.test(text.slice(unit.end, m.index)) || here.some((o) => o.type === 'Organization' && o.start >= unit.end && o.end <= m.index)) continue;
      emitAll(listedFrom(m.index + m[0].length), unit);
    }
    for (const leader of here) {
      let unit: Mention | undefined;
      let at: number;
      if (leader.type === 'Person' && leader.role) {
        const w = worksAt(leader, s, ctx);
        unit = w.kind === 'unit-role-name' ? w.unit : undefined;
        at = leader.end;
      } else if (isUnit(leader)) {
        unit = leader;
        at = leader.end + OWN_BODY.exec(text.slice(leader.end))![0].length;
      } else continue;
      // 某支行员工甲与同事乙, 某支行柜员甲和同事乙、丙, 某支行柜员甲的同事乙: the person's colleagues named are the unit's staff.
      const colleagues = leader.type === 'Person' ? COLLEAGUES.exec(text.slice(at)) : null;
      if (unit && colleagues) {
        emitAll(listedFrom(at + colleagues[0].length, true), unit);
        continue;
      }
      const lead = LEADS.exec(text.slice(at));
      if (!unit || !lead) continue;
      const people = listedFrom(at + lead[0].length);
      const last = people[people.length - 1];
      // (Only those named as staff: 带领客户甲参观 leads the public.)
      if (last && (lead[1] || STAFF_AFTER.test(text.slice(last.end)))) emitAll(people, unit);
    }
  },
});
