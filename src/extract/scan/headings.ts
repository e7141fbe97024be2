/**
 * Honour lists as decisions print them: a line that is only an honour's name, maybe numbered and counted
 * (一、先进集体（10个）：), above the lines that list who received it. Repair joins such a line to the next when it
 * ends with no full stop, so the list may follow in the same sentence (一、先进集体（2个）甲支行、乙支行): a count or a
 * colon then ends the heading.
 */
import { cues } from '../cues.js';
import type { RuleCtx, SentenceCtx } from '../types.js';

const ORDINAL = String.raw`(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])`;
const COUNT = String.raw`[（(]\d+[个名人家位项]?[)）]`;
/** The whole line. */
const HEADING = new RegExp(String.raw`^(\s*${ORDINAL}?\s*[“"]?)([\u4e00-\u9fff]{2,15})[”"]?\s*(?:${COUNT})?\s*(?:名单)?\s*[：:]?\s*$`);
/** A heading and then its list, joined into one sentence. */
const HEADING_THEN_LIST = new RegExp(String.raw`^(\s*${ORDINAL}?\s*[“"]?)([\u4e00-\u9fff]{2,15}?)[”"]?\s*(?:名单)?\s*(?:${COUNT}\s*[：:]?|[：:])\s*`);

export interface HonourHeading {
  name: string;
  start: number;
  end: number;
  /** Where the list begins when it follows in the same sentence; the sentence's end when it does not. */
  listFrom: number;
}

/** The honour a heading names, with its place in the sentence; none when the sentence opens with no heading. */
export function honourHeading(s: SentenceCtx, ctx: RuleCtx): HonourHeading | undefined {
  return ctx.memo(s, 'headings.honour', () => {
    const m = HEADING.exec(s.text) ?? HEADING_THEN_LIST.exec(s.text);
    if (!m) return undefined;
    const c = cues(ctx.lex);
    const name = withoutHolder(m[2]!, s, ctx);
    const start = m[1]!.length;
    const end = start + name.length;
    // (Or opened by a word of merit and ended by who holds it, 优秀网点, 十佳柜员, 優秀員工.)
    if (!(c.honourSuffix.test(name) || c.meritLed.test(name)) || c.notAnHonour.has(name)) return undefined;
    // A name, not a clause (窜出一个男青年, 为获奖人员颁奖): no verb, preposition, number or pronoun in it.
    if (s.tokens.some((t) => t.start >= start && t.start < end && /^(?:v|vd|p|m|q|r|d|c|u|uj|ul)$/.test(t.tag))) return undefined;
    // (Nor a title line that says who got it, 某支行荣获某某: jieba may tag 荣获 as a name, so the verb of conferring is
    // looked for by its word.)
    if (name.search(c.honourTriggerAll) >= 0) return undefined;
    return { name, start, end, listFrom: m[0].length };
  });
}

/**
 * 全省十佳服务标兵某某: a headline may name an honour and then its holder, a full name that the article writes again
 * further down; the name is the holder's (received.title links the two), and the honour is what stands before it.
 */
function withoutHolder(name: string, s: SentenceCtx, ctx: RuleCtx): string {
  const c = cues(ctx.lex);
  for (const len of [3, 2]) {
    const who = name.slice(-len);
    const rest = name.slice(0, -len);
    if (rest.length < 2 || !ctx.lex.names.looksLikeFullName(who) || !(c.honourSuffix.test(rest) || c.meritLed.test(rest))) continue;
    if (ctx.sentences.some((o) => o.article === s.article && o.index > s.index && o.text.includes(who))) return rest;
  }
  return name;
}
