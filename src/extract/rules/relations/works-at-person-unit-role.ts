/**
 * 王芳是建行某支行的一名大堂经理, 王芳在建行某支行担任客户经理, 王芳，建行某支行行长: a person named right
 * before (是, 在, or a comma) a unit and the post held there.
 */
import { defineRelationRule } from '../../rule.js';
import { cues } from '../../cues.js';
import { isRole, OPENING_CLAUSE_SOURCE } from '../../scan/persons.js';
import { BARE_UNIT_SOURCE, isUnit, MANNER_SOURCE, openingPost, postAt, sentenceView, unitPostAfter } from '../../scan/relations.js';
import { ARTICLE_UNIT, mentionEnd, OUTLET, PREVIOUS_PERSON, type Mention, type RuleCtx, type SentenceCtx } from '../../types.js';

/**
 * Before a name that opens its sentence: nothing, a date (2005年，王芳…), or one short clause that names no one
 * (作为资深银行家，王芳…; the caller checks that no mention stands before the name), maybe an age (现年54岁的王芳).
 */
const OPENS_SENTENCE = new RegExp(`^${OPENING_CLAUSE_SOURCE}[\\s0-9０-９年月日，,]*(?:(?:今年|现年)?[0-9０-９一二三四五六七八九十]{1,3}岁的)?$`);

/** After a name: 是, maybe the unit's bare word (网点, 该行) and 的, 一名, a word of manner, then the post. */
const IS_A_POST_AFTER = new RegExp(`^是(?:${BARE_UNIT_SOURCE}的)?(?:一名|一位)?${MANNER_SOURCE}`);

export const worksAtPersonUnitRole = defineRelationRule({
  id: 'works_at.person-unit-role',
  description: 'a person, then 是 / 在 / a comma, a unit and a post (王芳是某支行的一名大堂经理), or 作为 + unit + post, then the person',
  produces: 'WORKS_AT',
  confidence: 0.8,
  run(s, ctx, emit) {
    const here = sentenceView(s, ctx).here;
    for (const p of here) {
      if (p.type !== 'Person') continue;
      // A role right before the person already tied it to a unit (行长王芳在某支行…): that rule speaks for it.
      if (p.role && /^在/.test(s.text.slice(p.end))) continue;
      // (李志明经理（工商银行城东支行）: a post right after the name, then the unit in brackets; the post is held there.)
      const roleThenBracket = p.role !== undefined && s.text.startsWith(p.role, p.end) && /^[（(]/.test(s.text.slice(p.end + p.role.length));
      const post = roleThenBracket ? withRole(unitPostAfter({ start: p.start, end: p.end + p.role!.length }, s, ctx), p.role!) : unitPostAfter(p, s, ctx);
      // (甲、乙银行行长乙曾在某银行工作多年; 甲以及乙都拥有某行从业背景: the people listed before share it.)
      for (const who of post ? [p, ...listedBefore(p, s, here)] : []) {
        emit({ type: 'WORKS_AT', head: mentionEnd(who), tail: mentionEnd(post!.unit), sentence: s.index, ...(post!.role ? { role: post!.role } : {}) });
        for (const unit of post!.more ?? []) emit({ type: 'WORKS_AT', head: mentionEnd(who), tail: mentionEnd(unit), sentence: s.index });
      }
      // 今年32岁的王芳是网点的大堂经理, 王芳是该行的一名客户经理: a staff post with no unit named is one at the article's
      // unit (an outlet's post at the outlet the story is in), as when the post comes before the name.
      if (!post && !p.role) {
        const c = cues(ctx.lex);
        const isA = IS_A_POST_AFTER.exec(s.text.slice(p.end));
        const role = isA ? s.tokens.find((t) => t.start === p.end + isA[0].length && isRole(t, ctx, c)) : undefined;
        if (role && (c.articleUnitRole.has(role.word) || c.frontLineRole.has(role.word))) {
          emit({ type: 'WORKS_AT', head: mentionEnd(p), tail: c.frontLineRole.has(role.word) ? OUTLET : ARTICLE_UNIT, sentence: s.index, role: role.word });
        }
      }
    }
    // 王芳于1968年出生，曾长期在某银行系统任职; 王芳今年45岁，2005年进入某支行工作: the sentence's opening person is the
    // subject of the clauses after it that name no one else.
    const opener = here.find((m) => m.type === 'Person' && OPENS_SENTENCE.test(s.text.slice(0, m.start)));
    if (opener && !here.some((m) => m.start < opener.start)) {
      for (const comma of s.text.matchAll(/[，,]/g)) {
        const from = comma.index + 1;
        if (from <= opener.end) continue;
        const clauseEnd = s.text.slice(from).search(/[，,；;。]/);
        const to = clauseEnd === -1 ? s.text.length : from + clauseEnd;
        // (A clause that names another person has a subject of its own, and so may the ones after it.)
        if (here.some((m) => m.type === 'Person' && m.start >= from && m.start < to)) break;
        // (王芳，中共党员，某支行客户经理。: in a profile opened by the name and a comma, a clause of a unit and its post
        // alone is the person's.)
        const post = unitPostAfter({ start: from, end: from }, s, ctx) ?? (/^[，,]/.test(s.text.slice(opener.end)) ? bareUnitPost(from, to, s, ctx) : undefined);
        if (!post || post.unit.start >= to) continue;
        emit({ type: 'WORKS_AT', head: mentionEnd(opener), tail: mentionEnd(post.unit), sentence: s.index, ...(post.role ? { role: post.role } : {}) });
        for (const unit of post.more ?? []) emit({ type: 'WORKS_AT', head: mentionEnd(opener), tail: mentionEnd(unit), sentence: s.index });
      }
    }
    // 作为某支行的一名客户经理，王芳…
    const opening = openingPost(s, ctx);
    const named = opening && sentenceView(s, ctx).here.find((m) => m.type === 'Person' && m.start === opening.personStart);
    if (opening && named) emit({ type: 'WORKS_AT', head: mentionEnd(named), tail: mentionEnd(opening.unit), sentence: s.index, role: opening.role });
    // 作为某支行的一名员工，她…: the person named last before the sentence.
    else if (opening && /^[他她](?!们)/.test(s.text.slice(opening.personStart))) emit({ type: 'WORKS_AT', head: PREVIOUS_PERSON, tail: mentionEnd(opening.unit), sentence: s.index, role: opening.role });
  },
});

/** A clause [from, to) that is only a unit and its post (某支行客户经理), a person's profile's item. */
function bareUnitPost(from: number, to: number, s: SentenceCtx, ctx: RuleCtx): { unit: Mention; role: string; more?: Mention[] } | undefined {
  const unit = ctx.inSentence(s.index).filter((u) => isUnit(u) && u.start === from).sort((a, b) => b.end - a.end)[0];
  const role = unit ? postAt(s, ctx, unit.end) : undefined;
  return unit && role && unit.end + role.length === to ? { unit, role } : undefined;
}

/** Between two people of a list: 、, 和, 与, 及 or 以及, then maybe the next one's unit and post, with no pause. */
const LISTED_GAP = /^(?:、|和|与|及|以及)[^，,。；;：:“”"（）()]{0,20}$/;

/**
 * The people listed right before `p` (甲、乙; 某行董事长甲以及某行行长乙), nearest first: where the next one's unit
 * stands between them, it must be that one's own (a unit right before its post). Customers named with a public
 * noun (客户甲) are no staff.
 */
function listedBefore(p: Mention, s: SentenceCtx, here: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let cur = p; ; ) {
    const k = here.indexOf(cur);
    const q = here.slice(0, k).filter((m) => m.type === 'Person').pop();
    if (!q || q.rule === 'person.titled' || cur.rule === 'person.titled' || !LISTED_GAP.test(s.text.slice(q.end, cur.start))) return out;
    const between = here.slice(here.indexOf(q) + 1, k);
    if (between.some((m) => !isUnit(m)) || (between.length && !cur.role)) return out;
    out.push(q);
    cur = q;
  }
}

/** The unit a bracket after a post names, with that post. */
function withRole(post: { unit: Mention; role?: string; more?: Mention[] } | undefined, role: string): { unit: Mention; role?: string; more?: Mention[] } | undefined {
  return post && !post.role ? { ...post, role } : post;
}
