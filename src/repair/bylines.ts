/**
 * Bylines and credit lines: 本报讯(通讯员 X Y), 全媒体记者 X, □通讯员 X,
 * X 摄影报道, X 摄, and a trailing author line (潘 玉 本报记者 张学军).
 * A byline names the people who wrote or photographed the article; they
 * become Person nodes with an AUTHORED edge to it.
 */
import type { Lexicon } from '../lexicon/index.js';
import { LIST_NUMBER_SOURCE } from '../text/list-number.js';

export interface BylinePerson {
  name: string;
  /** Offsets of the name inside the block text (the first character and one past the last). */
  start: number;
  end: number;
  /** 记者, 通讯员, 摄影 or 作者. */
  role: string;
}

/**
 * A news lead with its byline in brackets: 本报讯（记者 X）, 深圳新闻网3月5日讯(记者 X 通讯员 Y),
 * 中新网四川新闻7月3日电 (X). Text is read normalised (記者 → 记者).
 */
export const NEWS_LEAD = /^[^。，,；;！？\s（(“”]{0,40}?[讯电]\s*[（(]([^）)]{2,40})[）)]\s*/;
/** A media outlet's name before a role or alone (钱江晚报·小时新闻, 联合报／): not part of the byline's people. */
const MEDIA = /^[\u4e00-\u9fffA-Za-z]{1,16}?(?:报|网|社|台|新闻|客户端|杂志|周刊)[·・/／]?$/;
/**
 * Dates, times and report datelines in a credit line (2024/1/9, 台北即时报导, 湘西报道), and a web page's labels for
 * them (时间 2021年8月19日 来源 : 某银行: the label spaced from its colon is a token of its own): skipped.
 */
const IGNORABLE = /^(?:[\d\-/:.年月日]+|[\u4e00-\u9fff]{0,8}(?:报道|报导|电)|[·・/／|｜]+|来源[:：].*|(?:时间|日期|发布时间|来源|出处|字号|浏览|点击|阅读)[:：]?)$/;
/** The number of a list's item at a line's start (1. 1、 (2) 三、 ①): a byline never has one. */
const LIST_NUMBER = new RegExp(`^\\s*${LIST_NUMBER_SOURCE}`);
/** The unit a byline's people come from (中原银行新乡分行友谊支行 王静伟): the rules read it as a unit. */
const AFFILIATION = /(?:银行|农商行|联社|信用社|分行|支行|营业部|营业室|分理处|储蓄所|营业所|分社)$/;

/** The byline's word lists (dict/cues/byline-*.txt, credit.txt) as patterns, once per lexicon. */
interface BylineCues {
  role: RegExp;
  splitRole: RegExp;
  credit: RegExp;
  trailingCredit: RegExp;
  /** A role of two or more characters anywhere in a token (吴和平胡洁敏记者杨莉). */
  innerRole: RegExp;
  /** Words that are never a person (dict/cues/not-a-person.txt): a line of one such word is a label, no byline. */
  notAPerson: ReadonlySet<string>;
}
const compiled = new WeakMap<Lexicon, BylineCues>();
function bylineCues(lex: Lexicon): BylineCues {
  let c = compiled.get(lex);
  if (!c) {
    const alt = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
    const prefix = `(?:□|■|◎)?(?:${alt(lex.cues['byline-prefix'])})*`;
    // A media outlet may stand before a role of two or more characters (钱江晚报·小时新闻记者, 红网时刻通讯员);
    // never before 文 or 图, which end many names (郑雅文).
    const media = `(?:□|■|◎)?[\\u4e00-\\u9fff·・]{1,12}?(?:${alt(lex.cues['byline-prefix'])})*`;
    const roles = lex.cues['byline-role'];
    const long = alt(roles.filter((r) => r.length > 1 && !r.includes('/')));
    c = {
      role: new RegExp(`^(?:${prefix}(${alt(roles)})|${media}(${long}))[:：/]?$`),
      // Roles glued to a name (通讯员白建平): only whole-word roles, not 文 or 图, which start many names.
      splitRole: new RegExp(`^(${prefix}(?:${long})[:：]?)(.+)$`),
      credit: new RegExp(`^(${alt(lex.cues.credit)})$`),
      trailingCredit: new RegExp(`^(.+?)\\s*(${alt(lex.cues.credit.filter((w) => !w.includes('/')))})$`),
      innerRole: new RegExp(`(?:${long})`, 'g'),
      notAPerson: new Set(lex.cues['not-a-person']),
    };
    compiled.set(lex, c);
  }
  return c;
}

interface Token {
  text: string;
  start: number;
}

/** Space- and slash-separated tokens; a role printed spaced out (记 者) is joined back. */
function tokens(s: string, offset: number, lex: Lexicon): Token[] {
  const out: Token[] = [];
  // (A name, a date and the source run together on web pages: 王某2021-04-14来源:某网 is three tokens.)
  // (文｜某某 图｜某某: a bar, half- or full-width, parts a credit from its name as a slash or a space does.)
  for (const m of s.matchAll(/[^\s\u3000/／|｜]+|[/／|｜]/g)) {
    let at = 0;
    for (const cut of m[0].matchAll(/(?<=[\u4e00-\u9fff])(?=(?:19|20)\d{2}[-/.年])|(?<=\d)(?=来源)/g)) {
      out.push({ text: m[0].slice(at, cut.index), start: offset + m.index + at });
      at = cut.index;
    }
    out.push({ text: m[0].slice(at), start: offset + m.index + at });
  }
  const roles = new Set(lex.cues['byline-role']);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    const bare = a.text.replace(/^[□■◎]/, '');
    if (bare.length === 1 && b.text.length === 1 && roles.has(bare + b.text)) out.splice(i, 2, { text: a.text + b.text, start: a.start });
  }
  return out;
}

/** Splits a name from a credit glued to it: 魏俊(文), 朱炼（图）. */
function splitCredit(t: Token): Token[] {
  const m = /^(.+?)([（(][文图][）)])$/.exec(t.text);
  return m ? [{ text: m[1]!, start: t.start }, { text: m[2]!, start: t.start + m[1]!.length }] : [t];
}

/** Splits a photo credit glued to the name before it (图／李秀梅摄: 李秀梅 took it; not 李秀 and 梅摄). */
function splitGluedPhoto(t: Token, lex: Lexicon): Token[] {
  const m = /^([\u4e00-\u9fff]{2,3})(摄影?)$/.exec(t.text);
  return m && lex.names.looksLikeFullName(m[1]!) ? [{ text: m[1]!, start: t.start }, { text: m[2]!, start: t.start + m[1]!.length }] : [t];
}

/** Splits a token that glues a role to a name (通讯员白建平, 记者张学军). */
function splitRole(t: Token, c: BylineCues): Token[] {
  const m = c.splitRole.exec(t.text);
  if (!m) return [t];
  return [{ text: m[1]!, start: t.start }, { text: m[2]!, start: t.start + m[1]!.length }];
}

/**
 * Reads a byline out of a short block. Returns the people, or undefined when
 * the block is not a byline. `text` is the block's repaired text.
 */
export function parseByline(text: string, lex: Lexicon): BylinePerson[] | undefined {
  const c = bylineCues(lex);
  const lead = NEWS_LEAD.exec(text);
  if (lead) return parseTokens(tokens(lead[1]!, text.indexOf(lead[1]!, lead[0].indexOf(lead[1]!)), lex), true, lex, c);
  if (text.length > 30) return undefined;
  // (1. 王某 某支行, （2）李某: an item of a numbered list, as lists of winners print them, is no byline.)
  if (LIST_NUMBER.test(text)) return undefined;
  // An author in brackets on a line of its own: (刘斌), （童伟文/图）.
  const bracketed = /^\s*[（(]([^（）()]{2,24})[）)]\s*$/.exec(text);
  if (bracketed) return parseTokens(tokens(bracketed[1]!, text.indexOf(bracketed[1]!), lex), false, lex, c);
  const credit = c.trailingCredit.exec(text);
  if (credit && !/\s/.test(credit[1]!.trim()) && lex.names.looksLikeFullName(credit[1]!.trim())) {
    return [{ name: credit[1]!.trim(), start: 0, end: credit[1]!.trim().length, role: '摄影' }];
  }
  return parseTokens(tokens(text, 0, lex), false, lex, c);
}

/** The role a byline gives, in the words the graph uses (文/图 and 文字 are the author; 图 and 摄像 photographs). */
function roleName(r: string): string {
  return r === '文/图' || r === '文' || r === '文字' || r === '撰稿' || r === '采写' ? '作者' : r === '图' || r === '摄像' ? '摄影' : r;
}

/** Splits a token at every role glued inside it (吴和平胡洁敏记者杨莉 → 吴和平胡洁敏, 记者, 杨莉). */
function splitInnerRoles(t: Token, c: BylineCues): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of t.text.matchAll(c.innerRole)) {
    if (m.index > last) out.push({ text: t.text.slice(last, m.index), start: t.start + last });
    out.push({ text: m[0], start: t.start + m.index });
    last = m.index + m[0].length;
  }
  if (last < t.text.length) out.push({ text: t.text.slice(last), start: t.start + last });
  return out;
}

/**
 * Two names printed with nothing between them (通讯员吴和平胡洁敏): split where both halves are full names, when
 * only one place does (吴和平胡洁敏 is 3 + 3; a five-character run that splits both ways is left alone).
 */
function splitGluedNames(t: Token, lex: Lexicon): Token[] {
  const n = t.text.length;
  if (n < 4 || n > 6 || lex.names.looksLikeFullName(t.text)) return [t];
  const cuts = [2, 3].filter((k) => n - k >= 2 && n - k <= 3 && lex.names.looksLikeFullName(t.text.slice(0, k)) && lex.names.looksLikeFullName(t.text.slice(k)));
  if (cuts.length !== 1) return [t];
  const k = cuts[0]!;
  return [{ text: t.text.slice(0, k), start: t.start }, { text: t.text.slice(k), start: t.start + k }];
}

function parseTokens(raw: Token[], inLead: boolean, lex: Lexicon, c: BylineCues): BylinePerson[] | undefined {
  const split = raw
    .flatMap((t) => splitRole(t, c))
    .flatMap((t) => (c.role.test(t.text) ? [t] : splitInnerRoles(t, c)))
    .flatMap(splitCredit)
    .flatMap((t) => splitGluedPhoto(t, lex));
  // Names printed together are split only where a role says this is a byline (由于李某 on a line is a phrase).
  const toks = split.some((t) => c.role.test(t.text)) ? split.flatMap((t) => (c.role.test(t.text) ? [t] : splitGluedNames(t, lex))) : split;
  const people: BylinePerson[] = [];
  let role = inLead ? '通讯员' : '作者';
  let sawRole = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const r = c.role.exec(t.text);
    if (r) {
      role = roleName(r[1] ?? r[2]!);
      sawRole = true;
      continue;
    }
    if (c.credit.test(t.text) || /^[（(][文图][）)]$/.test(t.text) || (t.text === '/' || t.text === '／')) {
      // "X 摄", "X(图)", "X/图": the credit applies to the name before it.
      const credit = toks[i + 1];
      if ((t.text === '/' || t.text === '／') && credit && /^[文图]$/.test(credit.text)) {
        const last = people[people.length - 1];
        if (last) last.role = roleName(credit.text);
        i++;
        continue;
      }
      if (t.text === '/' || t.text === '／') continue;
      const last = people[people.length - 1];
      if (/图/.test(t.text) && last) last.role = '摄影';
      else if (/文/.test(t.text) && last) last.role = '作者';
      else for (const p of people) if (p.role === '作者') p.role = '摄影';
      continue;
    }
    // (王某 某支行: a unit after a name, on a line of no role, is the row of a list, as lists of winners print them;
    // a byline gives its people's unit first, 某支行 王某.)
    const prev = toks[i - 1];
    if (AFFILIATION.test(t.text) && !sawRole && !inLead && prev !== undefined && people[people.length - 1]?.end === prev.start + prev.text.length) return undefined;
    if (MEDIA.test(t.text) || IGNORABLE.test(t.text) || AFFILIATION.test(t.text)) continue;
    // "潘 玉": a name printed with a space inside it.
    const next = toks[i + 1];
    if (t.text.length === 1 && next && next.text.length <= 2 && lex.names.looksLikeFullName(t.text + next.text)) {
      people.push({ name: t.text + next.text, start: t.start, end: next.start + next.text.length, role });
      i++;
      continue;
    }
    if (lex.names.looksLikeFullName(t.text)) {
      people.push({ name: t.text, start: t.start, end: t.start + t.text.length, role });
      continue;
    }
    return undefined;
  }
  if (people.length === 0) return undefined;
  // (关键词 or 商讯 alone on a line: a section's label that looks like a name to the surname list.)
  if (!sawRole && people.every((p) => c.notAPerson.has(p.name))) return undefined;
  // A bare line of one name is only a byline when the caller knows the position fits.
  if (!sawRole && !inLead && people.length > 4) return undefined;
  return people;
}
