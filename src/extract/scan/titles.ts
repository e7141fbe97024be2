/**
 * The scan for the names of programmes, honours and products in one
 * sentence, shared by their rules. Most are quoted (开展“普及金融知识万里行”
 * 活动, 荣获“辽宁好人”称号); a quote is classified by its shape (…先锋号 is
 * an honour, …驿站 a programme), by the words around it (荣获 before or 称号
 * after → honour; 开展 before or 活动 after → programme) or by the
 * dictionary. Quotes that are neither (slogans, speech) are left alone.
 * Dictionary words are found unquoted too, and honours after 评为 or when
 * their shape is unmistakable (朝阳市学雷锋标兵).
 */
import { cues } from '../cues.js';
import type { RuleCtx, SentenceCtx } from '../types.js';
import { isNamey, tokenAt } from './tokens.js';

export type TitleFinding =
  | 'product.quoted'
  | 'honour.embedded-quote'
  | 'honour.dictionary'
  | 'honour.shape'
  | 'programme.dictionary'
  | 'honour.context'
  | 'programme.context'
  | 'honour.after-trigger'
  | 'honour.shape-unquoted';

export interface TitleCandidate {
  finding: TitleFinding;
  type: 'Honour' | 'Programme' | 'Product';
  name: string;
  start: number;
  end: number;
  aliases?: string[];
}

const QUOTE = /[“"]([^“”"]{2,30}?)[”"]/g;
const UNQUOTED_HONOUR_AFTER_TRIGGER = /(?:被[^，。；]{0,12}?评为|荣获|获评|授予|被评为)([\u4e00-\u9fff]{2,14}?)(?=[，。；、,;]|称号|$)/g;

/** Is the quote [start, end) one of several quotes in a row (“A”“B”, “A”、“B”)? */
function inList(text: string, start: number, end: number): boolean {
  return /[”"]、?$/.test(text.slice(Math.max(0, start - 2), start)) || /^、?[“"]/.test(text.slice(end, end + 2));
}

export function scanTitles(s: SentenceCtx, ctx: RuleCtx): TitleCandidate[] {
  return ctx.memo(s, 'titles', () => scan(s, ctx));
}

function scan(s: SentenceCtx, ctx: RuleCtx): TitleCandidate[] {
  const c = cues(ctx.lex);
  const text = s.text;
  const out: TitleCandidate[] = [];
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTE)) {
    const q = m[1]!.trim();
    if (/[。！？!?]/.test(q) || /^[\d\s.·]+$/.test(q) || /[+＋]/.test(q)) continue; // speech, a number, a formula (党建+, 互联网+政务)
    const compact = q.replace(/\s+/g, '');
    // 推出“科创快贷”产品: a financial product, not an initiative.
    if (ctx.lex.typed.get(compact) === 'product' || c.productAfter.test(text.slice(m.index + m[0].length))) {
      const at = m.index + m[0].indexOf(q);
      out.push({ finding: 'product.quoted', type: 'Product', name: compact, start: at, end: at + q.length });
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 16), start);
    const after = text.slice(end, end + 12);
    const typed = ctx.lex.typed.get(q);
    const qStart = start + m[0].indexOf(q);
    const qEnd = qStart + q.length;
    // 专精特新“小巨人”企业: the quote is the middle of an honour's name.
    const tailWord = c.honourTail.exec(after);
    if (tailWord && /[\u4e00-\u9fff]$/.test(text.slice(0, start))) {
      let at = start;
      let ti = tokenAt(s.tokens, start - 1);
      while (ti >= 0 && isNamey(s.tokens[ti]!, c) && start - s.tokens[ti]!.start <= 8) at = s.tokens[ti--]!.start;
      const end2 = end + tailWord[0].length;
      if (at < start) {
        found.push([at, end2]);
        out.push({ finding: 'honour.embedded-quote', type: 'Honour', name: text.slice(at, end2), start: at, end: end2, aliases: [q, q + tailWord[0]] });
        continue;
      }
    }
    // A quoted principle or promise (践行“只跑一次”承诺, “以人民为中心”的思想) names no programme.
    if (c.sloganAfter.test(after)) continue;
    let finding: TitleFinding | undefined;
    if (typed === 'honour' || (c.honourSuffix.test(q) && !c.programmeAfter.test(after))) finding = typed ? 'honour.dictionary' : 'honour.shape';
    else if (typed === 'programme') finding = 'programme.dictionary';
    else if (c.honourAfter.test(after) || (c.honourBefore.test(before) && !c.programmeAfter.test(after))) finding = 'honour.context';
    else if (c.programmeSuffix.test(q) || (!inList(text, start, end) && (c.programmeAfter.test(after) || (c.programmeBefore.test(before) && !/的/.test(q))))) {
      // A run of quoted topics (开展“文明用餐”“节约用电”等) or a description (打造“身边的银行”) names no programme.
      finding = 'programme.context';
    } else if (c.honourSuffix.test(q)) finding = 'honour.shape';
    if (!finding) continue;
    const type = finding.startsWith('honour') ? 'Honour' : 'Programme';
    const aliases: string[] = [];
    const suffix = c.programmeAliasAfter.exec(after);
    if (type === 'Programme' && suffix) aliases.push(q + suffix[0]);
    found.push([start, end]);
    out.push({ finding, type, name: q.replace(/\s+/g, ' '), start: qStart, end: qEnd, aliases });
  }
  const inQuote = (a: number, b: number): boolean => found.some(([x, y]) => a < y && b > x);
  // Dictionary words written without quotes (工行驿站).
  for (const t of s.tokens) {
    const tag = ctx.lex.typed.get(t.word);
    if ((tag === 'programme' || tag === 'honour') && !inQuote(t.start, t.start + t.word.length)) {
      out.push({ finding: tag === 'honour' ? 'honour.dictionary' : 'programme.dictionary', type: tag === 'honour' ? 'Honour' : 'Programme', name: t.word, start: t.start, end: t.start + t.word.length });
    }
  }
  // Unquoted honours after 评为 / 荣获.
  for (const m of text.matchAll(UNQUOTED_HONOUR_AFTER_TRIGGER)) {
    const name = m[1]!;
    const at = m.index + m[0].length - name.length;
    if (inQuote(at, at + name.length) || /[“”"]/.test(name)) continue;
    out.push({ finding: 'honour.after-trigger', type: 'Honour', name, start: at, end: at + name.length });
    found.push([at, at + name.length]);
  }
  for (const m of text.matchAll(c.honourCoreAll)) {
    const end = m.index + m[0].length;
    const coreStart = m.index + m[0].search(c.honourCore);
    // Extend left over name-like tokens (全国, 朝阳市), never over verbs (创建, 作为) or ordinals (第六届).
    let at = coreStart;
    let ti = tokenAt(s.tokens, coreStart - 1);
    while (ti >= 0) {
      const t = s.tokens[ti]!;
      const qualifier = c.honourQualifier.has(t.word);
      if ((!isNamey(t, c) && !qualifier) || /^第|届$/.test(t.word) || t.tag === 'm' || coreStart - t.start > 8) break;
      at = t.start;
      ti--;
    }
    const name = text.slice(at, end);
    // A bare 文明城市 / 文明单位 is a kind of title, not a named one: it needs a qualifier (全国, 省级最佳, 朝阳市).
    if (name.length < 4 || (at === coreStart && end - coreStart < 5) || inQuote(at, end)) continue;
    out.push({ finding: 'honour.shape-unquoted', type: 'Honour', name, start: at, end });
  }
  return out;
}
