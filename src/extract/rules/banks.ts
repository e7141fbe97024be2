/**
 * Bank mentions (工行, 中国工商银行, 农行, 工商银行总行) and the anaphora that
 * refer to an article's own unit (该行, 该支行, 分行 alone). Bank names inside
 * a branch name are mentions of the bank too: the branch belongs to it.
 */
import type { RuleCtx, SentenceCtx } from '../types.js';

function insideNamedThing(s: SentenceCtx, ctx: RuleCtx, start: number, end: number): boolean {
  for (const t of s.tokens) {
    if (t.start <= start && t.start + t.word.length >= end && t.word.length > end - start) {
      const tag = ctx.lex.typed.get(t.word);
      if (tag === 'programme' || tag === 'honour' || tag === 'product') return true;
    }
  }
  const open = s.text.lastIndexOf('“', start);
  const close = s.text.lastIndexOf('”', start);
  const next = s.text.indexOf('”', end);
  // Inside a short quotation that holds more than the bank's name.
  return open > close && next !== -1 && next - open <= 20 && !(open === start - 1 && next === end);
}

const ANAPHORA = /该行|该支行|该分行|该网点|我行|本行|该营业室|该营业部|该营业所|该储蓄所|该分理处|(?<=^|[，,；;：:。])(?:支行|分行|网点|营业部|营业室)(?=[曾于在将还也已先连被获荣是就则均都又再]|20|19|成功|开展|推出|启动|作为)/g;

export function extractBanks(s: SentenceCtx, ctx: RuleCtx): void {
  const text = s.text;
  const taken: Array<[number, number]> = [];
  for (const alias of ctx.lex.bankAliases) {
    for (let at = text.indexOf(alias); at !== -1; at = text.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      // Latin aliases (ICBC) only as whole words.
      if (/^[A-Z]+$/.test(alias) && (/[A-Za-z]/.test(text[at - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? ''))) continue;
      // 工行驿站, “工行杯”: a bank name inside a programme's or honour's name is not a mention of the bank.
      if (insideNamedThing(s, ctx, at, end)) continue;
      // 中国银行业协会, 银行业: the banking trade, not 中国银行.
      if (text[end] === '业' || text[end] === '界') continue;
      // 工行人: the bank's people, not the bank.
      if (text[end] === '人' && !/[\u4e00-\u9fff]/.test(text[end + 1] ?? '')) continue;
      const withHq = text.startsWith('总行', end) ? end + 2 : end;
      taken.push([at, withHq]);
      ctx.add({
        type: 'Bank',
        name: ctx.lex.bankByAlias.get(alias)!,
        surface: s.surface.slice(at, withHq),
        sentence: s.index,
        start: at,
        end: withHq,
        rule: 'bank.alias',
        confidence: 0.95,
      });
    }
  }
  for (const m of text.matchAll(ANAPHORA)) {
    ctx.add({ type: 'Branch', name: m[0], surface: m[0], sentence: s.index, start: m.index, end: m.index + m[0].length, rule: 'unit.anaphora', confidence: 0.6, anaphora: true });
  }
}
