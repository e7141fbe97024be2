/**
 * 甲支行获得团体第一名，乙支行、丙支行获团体二等奖; 甲银行代表队获得冠军; 乙银行获得亚军, 丙银行获得优秀组织奖;
 * 甲、乙、丙分获团体前三名; 团体组：第一名甲银行、第二名乙银行:
 * a unit placed in the team results of a contest took part in it. Results follow the contest they are of, so
 * the contest is the last one named before them in the article (a programme whose name ends as a contest's
 * does). A person's placing (甲支行某某获个人第一名) is left out: a unit's staff may enter on their own.
 */
import { defineRelationRule } from '../../rule.js';
import { isUnit, sentenceView, unitsJoinedBefore } from '../../scan/relations.js';
import { CONTEST_NAME, mentionEnd, type Mention, type RuleCtx, type SentenceCtx } from '../../types.js';

const WON = '(?:分别获得|分获|获得|荣获|获|摘得|勇夺|夺得|斩获|取得)了?';
// (Several places at once for a list of units: 分获一二三等奖, 分获一、二、三等奖, 分获冠亚军.)
const PLACE = '(?:第[一二三四五六七八九十\\d]+名|前[一二三四五六七八九十\\d]+名|[一二三特](?:、?[一二三])*等奖|冠亚季军|冠亚军|冠军|亚军|季军|优胜奖|优秀组织奖|金奖|银奖|铜奖)';
/** A placing: 获团体第一名, 获得团体赛冠军, 分获专业组第一名、第二名, 荣获一等奖. */
const PLACING = new RegExp(`${WON}([^，,。；;]{0,8}?)${PLACE}`, 'g');
/** Who placed says a unit entered: a team (团体) or the unit's own team (甲银行代表队). */
const TEAM = /^团体/;
const SQUAD = /(?:代表队|参赛队)$/;
/**
 * Or the unit itself, with nothing but adverbs between it and the verb (甲支行获得冠军, 乙支行获得优秀组织奖), when the
 * placing says no more than a division (男子组冠军): not a single entrant's (个人第二名), nor one of another ranking.
 */
const ITSELF = /^(?:也|还|则|又|均|最终|再次|一举|分别)*$/;
/** What a placing of the unit itself may say of it: nothing, or its division (男子组, 女子团体); not 全市综合考评第一名. */
const DIVISION = /^(?:男子|女子|混合|青年|中年)?(?:组|团体|团体组|甲组|乙组)?$/;
/** A ranked list of teams: 团体组：第一名甲银行、第二名乙银行 (up to the list of single entrants, 个人组). */
const TEAM_LIST = /团体(?:组|赛)?[:：]/;
const RANK_BEFORE = /第[一二三四五六七八九十\d]+名[:：]?$/;

/** The last contest named before `at` in sentence `s`, or in the sentences of its article before it. */
export function contestBefore(s: SentenceCtx, at: number, ctx: RuleCtx): Mention | undefined {
  for (let i = s.index; i >= 0; i--) {
    const t = ctx.sentences[i]!;
    if (t.article !== s.article) return undefined;
    const found = ctx
      .inSentence(i)
      .filter((m) => m.type === 'Programme' && CONTEST_NAME.test(m.name) && (i < s.index || m.end <= at))
      .sort((a, b) => a.start - b.start)
      .pop();
    if (found) return found;
  }
  return undefined;
}

export const runsContestResult = defineRelationRule({
  id: 'runs.contest-result',
  description: 'a unit placed in the team results of the contest named before (甲支行获团体第一名, 甲银行代表队获得冠军)',
  produces: 'RUNS',
  confidence: 0.6,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    if (!units.length) return;
    const text = s.text;
    const entrants: Mention[] = [];
    for (const m of text.matchAll(PLACING)) {
      // The unit nearest before the placing, with no clause break of a list (；) between.
      const unit = units.filter((u) => u.end <= m.index).pop();
      if (!unit || /[。；;]/.test(text.slice(unit.end, m.index))) continue;
      const person = here.some((o) => o.type === 'Person' && o.start >= unit.end && o.end <= m.index);
      const between = text.slice(unit.end, m.index);
      if ((TEAM.test(m[1]!) && !person) || SQUAD.test(between) || (ITSELF.test(between) && DIVISION.test(m[1]!))) entrants.push(unit, ...unitsJoinedBefore(here, unit, text));
    }
    const list = TEAM_LIST.exec(text);
    if (list) {
      const stop = text.slice(list.index).search(/个人(?:组|赛)?[:：]/);
      const end = stop < 0 ? text.length : list.index + stop;
      entrants.push(...units.filter((u) => u.start > list.index && u.end <= end && RANK_BEFORE.test(text.slice(0, u.start))));
    }
    const seen = new Set<Mention>();
    for (const u of entrants) {
      if (seen.has(u) || !isUnit(u)) continue;
      seen.add(u);
      const contest = contestBefore(s, u.start, ctx);
      if (contest) emit({ type: 'RUNS', head: mentionEnd(u), tail: mentionEnd(contest), sentence: s.index });
    }
  },
});
