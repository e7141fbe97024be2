/**
 * 王芳是建行某支行的一名大堂经理, 陈建华，邮储银行某分行行长: a name followed by 是 / 在 / a comma, a unit and a
 * post is a person for certain, whatever jieba made of the name (it often leaves names as unknown words).
 */
import { cues } from '../../cues.js';
import { defineMentionRule } from '../../rule.js';
import { isRole, NAME_LENGTHS, notAName } from '../../scan/persons.js';
import type { Lexicon } from '../../../lexicon/index.js';
import { alsoHeldFrom, BARE_UNIT_SOURCE, HELD_LINK, isUnit, JOINED_LEAD_SOURCE, MANNER_SOURCE, openingPost, PLACE_IN_PHOTO_SOURCE, POST_LINK_SOURCE, unitPostAfter } from '../../scan/relations.js';

/** Between the name and the unit: the link the works-at rules read (是, 在, a comma, 现任…; 从 before a post 的任上; 来自; 的 before a post's 职务). */
const LINK = new RegExp(`(?:${PLACE_IN_PHOTO_SOURCE})?(?:${POST_LINK_SOURCE}|从|来自|的)$`);

/** An opening bracket and a post, right before the pause before the unit (王刚（行长，某支行）). */
const POST_FIRST = /[（(]([\u4e00-\u9fff]{2,8})$/;

/**
 * 核准某某某行董事长的任职资格: a regulator's approval names the person right before the unit, with no link (an empty
 * one here; unitPostAfter then wants the post and 任职资格 after the unit).
 */
const APPROVED_THEN_NAME = /(?<=核准了?[\u4e00-\u9fff]{2,4})$/;

/**
 * A verb of joining before the unit (王芳毕业后进入某支行工作, 王芳的职业生涯起步于某信用社, 王芳去年加盟某银行), built
 * once per lexicon from dict/cues/joined-verb.txt; unitPostAfter then checks that the sentence goes on as joining a
 * unit does.
 */
const joinedLinks = new WeakMap<Lexicon, RegExp>();
function joinedLink(lex: Lexicon): RegExp {
  let re = joinedLinks.get(lex);
  if (!re) {
    re = new RegExp(`${JOINED_LEAD_SOURCE}(?:${cues(lex).joinedVerbs.join('|')})了?$`);
    joinedLinks.set(lex, re);
  }
  return re;
}

/** A name opening its clause, 是一名 or 是一位, and maybe a word of manner before the post (普通的, 年轻). */
const IS_A_POST = new RegExp(`(?:^|[，,。；;：:“”\\s]|的)([\\u4e00-\\u9fff]{2,3})是(?:(?:一名|一位)|${BARE_UNIT_SOURCE}的(?:一名|一位)?)${MANNER_SOURCE}$`);

/**
 * 作为网点负责人，王芳…; 身为客户经理的王芳: a post with no unit named, before the name (after a comma, or 的). (With
 * a unit, 作为某支行的一名客户经理，王芳 is read by openingPost.)
 */
const AS_A_POST = new RegExp(`^\\s*(?:作为|身为)(?:一名|一位)?(?:${BARE_UNIT_SOURCE}的?)?(?:一名|一位)?${MANNER_SOURCE}$`);

export const personBeforeUnitPost = defineMentionRule({
  id: 'person.before-unit-post',
  description: 'a name followed by 是 / 在 / a comma, a unit and a post (王芳是某支行的一名大堂经理), by 是一名 and a post (王芳是一名柜员, 王芳是网点的大堂经理), or after 作为 (+ unit) + post or 身为 + post + 的',
  produces: 'Person',
  confidence: 0.8,
  strength: 'certain',
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const names = ctx.lex.names;
    const starts = new Set(s.tokens.map((t) => t.start));
    const joined = joinedLink(ctx.lex);
    for (const u of ctx.inSentence(s.index).filter(isUnit)) {
      const window = s.text.slice(Math.max(0, u.start - 12), u.start);
      // (The longer link first: 起步于 ends in 于, a link of its own.)
      // (张明此前为某集团执行董事兼某银行行长: the link before another body and its post held with the unit's.)
      let linkAt = u.start;
      const joinedAt = joined.exec(window);
      let link = joinedAt ?? LINK.exec(window) ?? APPROVED_THEN_NAME.exec(window);
      if (!link) {
        const before = (at: number): RegExpExecArray | null => LINK.exec(s.text.slice(Math.max(0, at - 12), at)) ?? HELD_LINK.exec(s.text.slice(Math.max(0, at - 12), at));
        const from = alsoHeldFrom(s, ctx, u.start, (at) => before(at) !== null);
        if (from !== undefined) {
          linkAt = from;
          link = before(from);
        }
      }
      if (!link) continue;
      // (王刚（行长，某支行）: the post first in the brackets, then the unit; the link is the bracket before the post.)
      const postFirst = /^[，,、 ]$/.test(link[0]) ? POST_FIRST.exec(s.text.slice(Math.max(0, linkAt - 12), linkAt - 1)) : null;
      const postToken = postFirst ? s.tokens.find((t) => t.start === linkAt - 1 - postFirst[1]!.length && t.word === postFirst[1] && isRole(t, ctx, c)) : undefined;
      // (李明博士（某银行主席）, 陈大文先生, JP（…）: the name ends before its forms of address.)
      const linkStart = postToken ? postToken.start - 1 : linkAt - link[0].length;
      const end = linkStart - (c.honorificAtEnd.exec(s.text.slice(Math.max(0, linkStart - 20), linkStart))?.[0].length ?? 0);
      for (const len of NAME_LENGTHS) {
        const start = end - len;
        const name = s.text.slice(start, end);
        // The name starts the clause, or jieba starts a word there.
        const listed = listedNamesBefore(start);
        const clauseStart = start === 0 || /[，,。；;：:、“”"（）()\s]/.test(s.text[start - 1]!) || /(?:的|核准了?)$/.test(s.text.slice(0, start)) || listed.length > 0;
        if (start < 0 || (!clauseStart && !/^[（(]$/.test(link[0]) && !postToken) || !starts.has(start) || !names.looksLikeFullName(name) || notAName(name, c, names)) continue;
        // (那天，某支行的一位大堂经理…, 年前，…: one word jieba knows as a pronoun or a time opens the sentence, no name.)
        if (s.tokens.some((t) => t.start === start && t.word.length === len && /^(?:r|t)$/.test(t.tag))) continue;
        // (甲（某分行副行长）和孙丽（某支行行长）: 和 that jieba reads as joining, before a name of its own, is no surname.)
        if (s.tokens.some((t) => t.start === start && t.word.length === 1 && /^[和与及跟同]$/.test(t.word) && /^(?:c|p)$/.test(t.tag)) && names.looksLikeFullName(name.slice(1))) continue;
        // (現年六十歲的某某去年加入某銀行的「長者理財會」: who joined something of the unit's is a person too, if none of its.)
        const joinedOwn = link === joinedAt && /加入了?$/.test(link[0]) && /^的/.test(s.text.slice(u.end));
        if (!joinedOwn && !unitPostAfter({ start, end }, s, ctx)) continue;
        emit({ type: 'Person', name, surface: s.surface.slice(start, end), sentence: s.index, start, end });
        for (const n of listed) emit({ type: 'Person', name: n.name, surface: s.surface.slice(n.start, n.end), sentence: s.index, start: n.start, end: n.end });
        break;
      }
    }
    // 王芳是一名柜员, 王芳是一位普通的客户经理: a name, 是一名/一位 and a post with no unit: the person holds the
    // post where the story is (the works-at rules read it as a post with no unit named).
    for (const t of s.tokens) {
      if (!isRole(t, ctx, c)) continue;
      const m = IS_A_POST.exec(s.text.slice(Math.max(0, t.start - 14), t.start));
      if (!m) continue;
      const name = m[1]!;
      const at = s.text.lastIndexOf(name + '是', t.start);
      if (at < 0 || !starts.has(at) || !names.looksLikeFullName(name) || notAName(name, c, names)) continue;
      emit({ type: 'Person', name, surface: s.surface.slice(at, at + name.length), sentence: s.index, start: at, end: at + name.length, role: t.word, unitBefore: at });
    }
    // 甲和乙都是某支行的柜员, 甲、乙与丙是某支行的三名柜员: the names listed before the one the link follows, each
    // joined by 和, 与, 及 or 、, the first opening its clause; none unless the whole list is names.
    function listedNamesBefore(at: number): Array<{ name: string; start: number; end: number }> {
      const out: Array<{ name: string; start: number; end: number }> = [];
      for (let cur = at; /[和与及、]/.test(s.text[cur - 1] ?? ''); ) {
        const end = cur - 1;
        const n = NAME_LENGTHS.map((len) => ({ name: s.text.slice(end - len, end), start: end - len, end })).find((x) => x.start >= 0 && starts.has(x.start) && starts.has(x.end) && names.looksLikeFullName(x.name) && !notAName(x.name, c, names));
        if (!n) return [];
        out.push(n);
        if (n.start === 0 || /[，,。；;：:“”"（）()\s]/.test(s.text[n.start - 1]!)) return out;
        cur = n.start;
      }
      return [];
    }
    // The name opening at `start` (after a comma or 的), as jieba's words allow: three characters, else two.
    const nameOpeningAt = (start: number): { name: string; start: number; end: number } | undefined => {
      for (const len of NAME_LENGTHS) {
        const name = s.text.slice(start, start + len);
        if (!starts.has(start) || !names.looksLikeFullName(name) || notAName(name, c, names)) continue;
        if (start + len < s.text.length && !starts.has(start + len)) continue;
        // 王芳说…, 王芳每天…: the third character starts the verb or an adverb, not the name.
        // (欧阳明说: with a compound surname, the fourth.)
        if (len === names.surnameLength(name) + 2 && (c.speechAfterName.test(s.text.slice(start + len - 1)) || /[在说和等也就是的到把被对向从为带给将与及了着过又都还已每]/.test(name[len - 1]!))) continue;
        return { name, start, end: start + len };
      }
      return undefined;
    };
    // 作为网点负责人，王芳…; 身为客户经理的王芳.
    const asA = s.tokens.find((t) => isRole(t, ctx, c) && AS_A_POST.test(s.text.slice(0, t.start)));
    if (asA) {
      const after = asA.start + asA.word.length;
      const sep = /^(?:[，,]|的)/.exec(s.text.slice(after));
      const n = sep && (sep[0] !== '的' || /^\s*身为/.test(s.text)) ? nameOpeningAt(after + sep[0].length) : undefined;
      if (n) emit({ type: 'Person', name: n.name, surface: s.surface.slice(n.start, n.end), sentence: s.index, start: n.start, end: n.end, role: asA.word, unitBefore: n.start });
    }
    // 作为某支行的一名客户经理，王芳…: the name right after the comma.
    const opening = openingPost(s, ctx);
    const n = opening ? nameOpeningAt(opening.personStart) : undefined;
    if (n) emit({ type: 'Person', name: n.name, surface: s.surface.slice(n.start, n.end), sentence: s.index, start: n.start, end: n.end });
  },
});
