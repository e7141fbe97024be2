/**
 * 甲支行、乙支行、丙银行等15家单位派队参赛; 来自甲银行、乙银行的8支队伍参加比赛; 参加本次比赛的有甲银行、乙银行等12支代表队:
 * the units listed as the entrants of a contest took part in it. The contest is the last one named before the list,
 * in its sentence or in the sentences of its article before it (a programme whose name ends as a contest's does).
 */
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView, unitsJoinedBefore } from '../../scan/relations.js';
import { mentionEnd, type Mention } from '../../types.js';
import { contestBefore } from './runs-contest-result.js';

/** A count of entrants (等15家单位的代表队, 等12間銀行, 等21家单位的63名选手, 等14支龙舟队). */
const COUNT = '(?:等|共)?[\\d一二三四五六七八九十百余多]+(?:家|个|支|间|所)[\\u4e00-\\u9fff\\d]{0,12}?';
/** Sending a team, then taking part, ending its clause (派队参赛, 组队参加, 派出代表队参加比赛, 同场竞技). */
const TAKE_PART = '(?:派队|组队|派员|派出代表队|派出队伍|选派选手)?(?:参赛|参加(?:了)?(?:比赛|本次比赛|本届比赛|此次比赛|角逐|竞赛)?|报名参赛|同场竞技|参与角逐|展开角逐)(?=[，,。；;！!]|$)';
/** After the list: a count of entrants or the unit's own team, then taking part (等15家单位派队参赛, 代表队参赛). */
const AFTER_LIST = new RegExp(`^(?:${COUNT}|(?:的)?(?:代表队|参赛队))?${TAKE_PART}`);
/** Who the teams are from (来自甲银行、乙银行的8支队伍参加比赛): 来自 before the list, 的 and its teams after it. */
const FROM_BEFORE = /来自$/;
const FROM_AFTER = new RegExp(`^(?:等[\\u4e00-\\u9fff\\d]{0,8}?)?的[\\u4e00-\\u9fff\\d]{0,12}?${TAKE_PART}`);
/** The entrants named after a word for them (参加本次比赛的有, 参赛单位有, 参赛队伍包括). */
const ENTRANTS_BEFORE = /(?:参加(?:本次|本届|此次)?(?:比赛|竞赛|大赛|赛事)的(?:单位|队伍)?有|参赛(?:单位|队伍|代表队)(?:有|包括|分别为|为)[:：]?)$/;

export const runsContestEntrants = defineRelationRule({
  id: 'runs.contest-entrants',
  description: 'the units listed as the entrants of the contest named before (甲银行、乙银行等15家单位派队参赛)',
  produces: 'RUNS',
  confidence: 0.6,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    const text = s.text;
    const seen = new Set<Mention>();
    for (const last of units) {
      if (seen.has(last)) continue;
      const list = [...unitsJoinedBefore(here, last, text).reverse(), last];
      list.forEach((u) => seen.add(u));
      const first = list[0]!;
      const before = text.slice(0, first.start);
      const after = text.slice(last.end);
      // (A count alone needs a list or the count's word: 甲银行参加 says nothing of a contest.)
      const listed = AFTER_LIST.test(after) && (list.length > 1 || !/^(?:参加|参赛)/.test(after) || /[，,]\s*$/.test(before));
      if (!listed && !(FROM_BEFORE.test(before) && FROM_AFTER.test(after)) && !ENTRANTS_BEFORE.test(before)) continue;
      const contest = contestBefore(s, first.start, ctx);
      if (!contest) continue;
      for (const u of list) if (isUnit(u)) emit({ type: 'RUNS', head: mentionEnd(u), tail: mentionEnd(contest), sentence: s.index });
    }
  },
});
