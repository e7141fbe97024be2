/** 某支行开展“普及金融知识万里行”活动: the nearest unit before a programme (else after it) runs it. */
import { defineRelationRule } from '../../rule.js';
import { respectivePairs, runsSubject, sentenceView, unitsJoinedAfter, unitsJoinedBefore } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

/** Between the leading unit and the units it leads: 牵头 and a comma. */
const LEADS = /^(?:牵头|牽頭)[，,]$/;

export const runsSubjectRule = defineRelationRule({
  id: 'runs.subject',
  description: 'a programme run by the unit named nearest before it, and by the units joined to that one (甲支行、乙支行联合举办)',
  produces: 'RUNS',
  confidence: 0.75,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    const pairs = respectivePairs(s, ctx);
    for (const p of here.filter((m) => m.type === 'Programme')) {
      // (甲支行、乙支行分别推出“A”和“B”: each unit runs its own programme only.)
      const own = pairs.get(p);
      if (own) {
        emit({ type: 'RUNS', head: mentionEnd(own), tail: mentionEnd(p), sentence: s.index });
        continue;
      }
      const subj = runsSubject(p, s, ctx);
      if (!subj) continue;
      emit({ type: 'RUNS', head: mentionEnd(subj), tail: mentionEnd(p), sentence: s.index });
      // 由甲支行、乙支行联合举办的…, 甲支行和乙支行开展…: units joined to the subject run it together.
      // (So do the units listed with the first one after it: 在“某某”活动中，甲支行和乙支行联合走进…; 参加“某某”的有甲支行、乙支行.)
      const joined = subj.end > p.start ? unitsJoinedAfter(units, subj, s.text) : unitsJoinedBefore(units, subj, s.text);
      for (const u of joined) emit({ type: 'RUNS', head: mentionEnd(u), tail: mentionEnd(p), sentence: s.index });
      // 由甲支行牵头，乙支行、丙支行共同参与的“某某”: the unit that leads the ones before the programme runs it with them.
      if (subj.end > p.start) continue;
      const first = [subj, ...joined].sort((a, b) => a.start - b.start)[0]!;
      const lead = units.filter((u) => u.end <= first.start).pop();
      if (lead && LEADS.test(s.text.slice(lead.end, first.start))) emit({ type: 'RUNS', head: mentionEnd(lead), tail: mentionEnd(p), sentence: s.index });
    }
  },
});
