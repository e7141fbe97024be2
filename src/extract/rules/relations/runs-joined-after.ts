/**
 * 某行组织辖内机构开展“某某”宣传，甲支行、乙支行积极参与: units that open a later clause of the sentence and only
 * take part (参与, 参加, 响应, maybe 其中) join the programme named before them, when the sentence names one.
 */
import { defineRelationRule } from '../../rule.js';
import { sentenceView, unitsJoinedAfter } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

/**
 * After the units: adverbs, maybe who they send (派员, 组队, 组织员工), then a verb of taking part with nothing after
 * it in its clause.
 */
const TAKE_PART = /^(?:也|均|都|亦|纷纷|积极|踊跃|主动|同步|热情)*(?:派员|派人|组队|组织员工|选派(?:员工|选手|代表))?(?:参与|参加|响应|加入)(?:其中|进来|了进来)?(?=[，,。；;！!]|$)/;

export const runsJoinedAfter = defineRelationRule({
  id: 'runs.joined-after',
  description: 'units that open a later clause only to take part (甲支行、乙支行积极参与) join the programme named before them',
  produces: 'RUNS',
  confidence: 0.6,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    for (const u of units) {
      if (!/[，,；;]\s*$/.test(s.text.slice(0, u.start))) continue;
      const before = here.filter((m) => m.type === 'Programme' && m.end <= u.start);
      if (new Set(before.map((m) => m.name)).size !== 1) continue;
      const joined = [u, ...unitsJoinedAfter(units, u, s.text)];
      if (!TAKE_PART.test(s.text.slice(joined[joined.length - 1]!.end))) continue;
      const p = before[before.length - 1]!;
      for (const j of joined) emit({ type: 'RUNS', head: mentionEnd(j), tail: mentionEnd(p), sentence: s.index });
    }
  },
});
