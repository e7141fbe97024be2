/**
 * Bylines and credit lines: 本报讯(通讯员 X Y), 全媒体记者 X, □通讯员 X,
 * X 摄影报道, X 摄, and a trailing author line (潘 玉 本报记者 张学军).
 * A byline names the people who wrote or photographed the article; they
 * become Person nodes with an AUTHORED edge to it.
 */
import type { Lexicon } from '../lexicon/index.js';

export interface BylinePerson {
  name: string;
  /** Offsets of the name inside the block text (the first character and one past the last). */
  start: number;
  end: number;
  /** 记者, 通讯员, 摄影 or 作者. */
  role: string;
}

const NEWS_LEAD = /^本报讯\s*[（(]([^）)]{2,40})[）)]/;

/** The byline's word lists (dict/cues/byline-*.txt, credit.txt) as patterns, once per lexicon. */
interface BylineCues {
  role: RegExp;
  splitRole: RegExp;
  credit: RegExp;
  trailingCredit: RegExp;
}
const compiled = new WeakMap<Lexicon, BylineCues>();
function bylineCues(lex: Lexicon): BylineCues {
  let c = compiled.get(lex);
  if (!c) {
    const alt = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
    const prefix = `(?:□|■|◎)?(?:${alt(lex.cues['byline-prefix'])})*`;
    const roles = lex.cues['byline-role'];
    c = {
      role: new RegExp(`^${prefix}(${alt(roles)})[:：/]?$`),
      // Roles glued to a name (通讯员白建平): only whole-word roles, not 文 or 图, which start many names.
      splitRole: new RegExp(`^(${prefix}(?:${alt(roles.filter((r) => r.length > 1 && !r.includes('/')))})[:：]?)(.+)$`),
      credit: new RegExp(`^(${alt(lex.cues.credit)})$`),
      trailingCredit: new RegExp(`^(.+?)\\s*(${alt(lex.cues.credit.filter((w) => !w.includes('/')))})$`),
    };
    compiled.set(lex, c);
  }
  return c;
}

interface Token {
  text: string;
  start: number;
}

function tokens(s: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(/[^\s\u3000]+/g)) out.push({ text: m[0], start: offset + m.index });
  return out;
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
  if (lead) return parseTokens(tokens(lead[1]!, text.indexOf(lead[1]!)), true, lex, c);
  if (text.length > 30) return undefined;
  const credit = c.trailingCredit.exec(text);
  if (credit && !/\s/.test(credit[1]!.trim()) && lex.names.looksLikeFullName(credit[1]!.trim())) {
    return [{ name: credit[1]!.trim(), start: 0, end: credit[1]!.trim().length, role: '摄影' }];
  }
  return parseTokens(tokens(text, 0), false, lex, c);
}

function parseTokens(raw: Token[], inLead: boolean, lex: Lexicon, c: BylineCues): BylinePerson[] | undefined {
  const toks = raw.flatMap((t) => splitRole(t, c));
  const people: BylinePerson[] = [];
  let role = inLead ? '通讯员' : '作者';
  let sawRole = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const r = c.role.exec(t.text);
    if (r) {
      role = r[1] === '文/图' || r[1] === '文' ? '作者' : r[1] === '图' ? '摄影' : r[1]!;
      sawRole = true;
      continue;
    }
    if (c.credit.test(t.text)) {
      // "X 摄": the credit applies to the names before it.
      for (const p of people) if (p.role === '作者') p.role = '摄影';
      continue;
    }
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
  // A bare line of one name is only a byline when the caller knows the position fits.
  if (!sawRole && !inLead && people.length > 4) return undefined;
  return people;
}
