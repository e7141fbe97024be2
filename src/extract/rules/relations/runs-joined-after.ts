/**
 * 某行组织辖内机构开展“某某”宣传，甲支行、乙支行积极参与: units that open a later clause of the sentence and only
 * take part (参与, 参加, 响应, maybe 其中) join the programme named before them, when the sentence names one. So do
 * units that go out or set up its desk there, when no programme of their own follows (某市开展“某某”活动，甲行、乙行
 * 分别在景区设立服务点) and it is no event a group of people holds for themselves.
 */
import { defineRelationRule } from '../../rule.js';
import { CAMPAIGN_ACTS, launchedByOtherBody, sentenceView, takesPartAfter, unitsJoinedAfter } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

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
      const p = before[before.length - 1]!;
      // (After the units: adverbs, maybe who they send (派员, 组队), then a verb of taking part, with no object or
      // the programme's own event: 参加了活动, 参加招聘会 after “某某”招聘会.)
      const after = s.text.slice(joined[joined.length - 1]!.end);
      // (Not people's own event the units only serve at: 家长们组织“趣味亲子跑”，某支行现场发放反诈手册.)
      if (!takesPartAfter(after, [p], ctx) && !(CAMPAIGN_ACTS.test(after) && !here.some((m) => m.type === 'Programme' && m.start >= u.end) && !launchedByOtherBody(p, s, true))) continue;
      for (const j of joined) emit({ type: 'RUNS', head: mentionEnd(j), tail: mentionEnd(p), sentence: s.index });
    }
  },
});
