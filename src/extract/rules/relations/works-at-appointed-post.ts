/**
 * 某银行董事会选举某某为董事长, 某银行宣布委任某某为行政总裁, 某银行宣布由某某接任董事长: a post with no unit of
 * its own, given by the unit the sentence opens with, is a post at that unit.
 */
import { cues, POST_REASON } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isRole, TAKES_POST } from '../../scan/persons.js';
import { isUnit, opensSentence, POST_ENDS, sentenceView } from '../../scan/relations.js';
import { ARTICLE_UNIT, mentionEnd, type Mention } from '../../types.js';

export const worksAtAppointedPost = defineRelationRule({
  id: 'works_at.appointed-post',
  description: 'someone appointed to a post with no unit of its own (选举某某为董事长): a post at the unit the sentence opens with',
  produces: 'WORKS_AT',
  confidence: 0.7,
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const { here } = sentenceView(s, ctx);
    const first = here[0];
    const opening = first && opensSentence(first, s.text) ? first : undefined;
    for (const p of here) {
      if (p.type !== 'Person') continue;
      if (!opening || p.start < opening.end) {
        appointedWithoutOpeningUnit(p);
        continue;
      }
      // (同志 or a courtesy title may follow the name: 任命某某同志为副行长, 委任某某先生为副行政总裁. Or 由某某接任董事长:
      // who takes the post.)
      const byWhom = s.text[p.start - 1] === '由';
      // (Hong Kong's courtesy titles and Latin name after the name, in either order: 委任某某女士出任…, 某某先生（Kenneth
      // Lam）將於下月起出任…, 某某（Kenneth Lam）博士, JP獲委任為….)
      const afterName = p.end + addressAfter(p.end);
      const after = s.text.slice(afterName);
      // (Or 某行宣布，某某将于某日起出任独立董事: the person, a date and a verb of taking the post, then the post.)
      const takes = byWhom ? null : TAKES_POST_LATER.exec(after);
      // (Or 某行宣布，某某获委任为行政总裁: the person, then 获 or 被 and a verb of appointing before 为 and the post.)
      const appointed = byWhom || takes ? null : c.appointedAfterName.exec(after);
      // (聘任甲、乙为副行长: the names listed together before 为 are appointed together.)
      const [from, to] = listedWith(p);
      if (!byWhom && !takes && !appointed && !LEAVES_POST.test(after) && !c.appointAsBeforeName.test(s.text.slice(first.end, from))) continue;
      // (Or 某某因工作调动原因，辞去副行长等职务: a post left, at the unit the sentence opens with.)
      const left = byWhom || takes || appointed ? null : LEAVES_POST.exec(after);
      // (The post after 为 follows the list's last name, or the name's courtesy titles.)
      const asAt = byWhom || takes || appointed || left || to === p.end ? afterName : to;
      const as = byWhom ? TAKES_POST.exec(after) : (takes ?? appointed ?? left ?? AS_POST.exec(s.text.slice(asAt)));
      const role = as ? (s.tokens.find((t) => t.start === asAt + as[0].length && isRole(t, ctx, c)) ?? postAfterLine(asAt + as[0].length)) : undefined;
      if (!role || !isRole(role, ctx, c)) continue;
      // Nothing else the post could belong to stands between the unit and the name.
      // (某银行行长甲辞任，乙接任行长: the unit's own officer named right after it, before the clause of the name, is
      // none: the post taken is still the unit's.)
      const ownOfficer = (m: Mention): boolean => m.type === 'Person' && m.role !== undefined && s.text.slice(opening.end, m.start) === m.role && /[，,]$/.test(s.text.slice(0, p.start));
      if (here.some((m) => m !== opening && m !== p && m.start >= opening.end && m.start < p.start && (isUnit(m) || m.type === 'Organization' || (m.type === 'Person' && !ownOfficer(m))))) {
        appointedWithoutOpeningUnit(p);
        continue;
      }
      emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: mentionEnd(opening), sentence: s.index, role: role.word });
    }

    /** Where the list of names a person stands in starts and ends, the names joined by 、 or 和 (甲、乙和丙). */
    function listedWith(p: Mention): [number, number] {
      const joins = (at: number): boolean => /^[、和与及]$/.test(s.text[at] ?? '');
      const person = (m: Mention): boolean => m.type === 'Person';
      let from = p.start;
      let to = p.end;
      for (let m = here.find((x) => person(x) && x.end === from - 1); m && joins(from - 1); m = here.find((x) => person(x) && x.end === from - 1)) from = m.start;
      for (let m = here.find((x) => person(x) && x.start === to + 1); m && joins(to); m = here.find((x) => person(x) && x.start === to + 1)) to = m.end;
      return [from, to];
    }

    /** How long the courtesy titles and the Latin name in brackets right after a name are, in either order. */
    function addressAfter(at: number): number {
      const titles = (x: number): number => c.honorificAfterName.exec(s.text.slice(x))?.[0].length ?? 0;
      const first = titles(at);
      const latin = new RegExp(`^${LATIN_NAME}`).exec(s.text.slice(at + first))?.[0].length ?? 0;
      return first + latin + (latin ? titles(at + first + latin) : 0);
    }

    /**
     * 委任某某為零售銀行業務主管, 某某將出任香港業務總經理: Hong Kong names a post by the line of business it heads, a
     * few words ending in 业务 before the post (jieba may join 业务 to it: 业务主管).
     */
    function postAfterLine(at: number): (typeof s.tokens)[number] | undefined {
      const line = BUSINESS_LINE.exec(s.text.slice(at));
      const end = line ? at + line[0].length : -1;
      // (Not another body's line: 出任東山公司香港業務總經理.)
      if (!line || here.some((m) => m.start < end && m.end > at && m.type !== 'Place')) return undefined;
      return s.tokens.find((t) => ((t.start === end && !t.word.startsWith('业务')) || (t.start === end - 2 && t.word.startsWith('业务') && t.word.length > 2)) && isRole(t, ctx, c));
    }

    /**
     * 某行公告：…，董事会决定聘任甲为行长、聘任乙为副行长: with no unit opening the sentence (or other people between
     * it and the name), a verb of appointing right before the name and 为 + a post closing the item give a post at
     * the unit named last before the name, else at the article's own unit; unless another organisation stands
     * between (市政府任命某某为副市长 is no bank's post).
     */
    function appointedWithoutOpeningUnit(p: Mention): void {
      if (!(p.strength === 'certain' || ctx.certainPersons.has(p.name))) return;
      const clauseStart = Math.max(s.text.lastIndexOf('，', p.start - 1), s.text.lastIndexOf(',', p.start - 1), s.text.lastIndexOf('、', p.start - 1), s.text.lastIndexOf('；', p.start - 1)) + 1;
      const [from, to] = listedWith(p);
      const listStart = Math.max(s.text.lastIndexOf('，', from - 1), s.text.lastIndexOf(',', from - 1), s.text.lastIndexOf('；', from - 1)) + 1;
      if (!c.appointAsBeforeName.test(s.text.slice(clauseStart, p.start)) && !(from < p.start && c.appointAsBeforeName.test(s.text.slice(listStart, from)))) return;
      // (After the list's last name, or after the name's courtesy titles and Latin name.)
      const asAt = to === p.end ? p.end + addressAfter(p.end) : to;
      const as = AS_POST.exec(s.text.slice(asAt));
      if (!as) return;
      const role = s.tokens.find((t) => t.start === asAt + as[0].length);
      if (!role || !isRole(role, ctx, c) || !POST_ENDS.test(s.text.slice(role.start + role.word.length))) return;
      const before = here.filter((m) => m.end <= p.start && (isUnit(m) || m.type === 'Organization')).pop();
      if (before?.type === 'Organization') return;
      emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: before ? mentionEnd(before) : ARTICLE_UNIT, sentence: s.index, role: role.word });
    }
  },
});


/** A person's Latin name in brackets after the Chinese one, as Hong Kong and Macau news write it: （Kenneth Lam）. */
const LATIN_NAME = "[（(][A-Za-z][A-Za-z .'-]*[）)]";
/** The line of business a post heads, before the post (零售银行业务, 香港业务, 财富管理及个人银行业务). */
const BUSINESS_LINE = /^[\u4e00-\u9fff]{2,12}?业务/;
/**
 * After the name (and a Latin form in brackets): 将, a date, then a verb of taking a post (将自某日起出任; the date may be
 * a month or a year from now, 將於下月起出任, 明年出任, or today's, 即日起出任; the predecessor may be named first,
 * 將接替某某先生出任).
 */
const TAKES_POST_LATER = /^(?:[（(][A-Za-z .'-]+[）)])?(?:将|已|正式|即将)?(?:于|自|从)?(?:(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|下个?月|本月|明年|今年|即日|同日|当日)(?:起)?(?:接替[\u4e00-\u9fff]{2,4}?(?:先生|女士|小姐|博士)?)?(?:正式)?(?:出任|接任|担任|升任|兼任)/;
/**
 * The unit speaking of itself in its own announcement before the post (聘任某某为本行行长, 辞去该行副行长职务; a listed
 * bank calls itself 公司): the post is the announcing unit's, as with no unit.
 */
const SELF = '(?:本行|该行|本公司|公司)?';
/** After the name: 为, maybe the unit speaking of itself, then the post (任命某某同志为副行长, 聘任某某为公司副行长). */
const AS_POST = new RegExp(`^(?:同志|先生|女士)?(?:${LATIN_NAME})?(?:先生|女士)?为${SELF}`);
/** After the name: a reason, then a verb of leaving a post (因工作调动原因，辞去; 申请辞去本行董事长; 辭任, as Hong Kong writes it). */
const LEAVES_POST = new RegExp(`^(?:同志)?(?:${POST_REASON})?(?:已|已经|将)?(?:申请)?(?:辞去|辞任|卸任|不再担任)${SELF}`);
