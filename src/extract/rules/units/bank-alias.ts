/** Bank mentions by name or alias (工行, 中国工商银行, 工商银行总行), also inside a branch's name: the branch belongs to it. */
import { defineMentionRule } from '../../rule.js';
import { cues } from '../../cues.js';
import { bankMatches } from '../../scan/banks.js';
import type { RuleCtx, SentenceCtx } from '../../types.js';

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

/** A foundation named after a bank (文教基金会, 慈善基金会, 公益基金会). */
const FOUNDATION_AFTER = /^[\u4e00-\u9fff]{0,4}基金会/;
const FOUNDATION_JOINED = /^[与和及同跟向为对给、，]/;

export const bankAlias = defineMentionRule({
  id: 'bank.alias',
  description: 'a bank named by a name or alias of the gazetteer',
  produces: 'Bank',
  confidence: 0.95,
  strength: 'certain',
  on: 'both',
  run(s, ctx, emit) {
    const text = s.text;
    const c = cues(ctx.lex);
    const taken: Array<[number, number]> = [];
    // Longest names first, so that 中国工商银行 is taken before the 工商银行 inside it.
    const matches = bankMatches(s, ctx).filter((m) => !m.shape).sort((a, b) => b.word.length - a.word.length || a.start - b.start);
    for (const { word: alias, start: at, end, bank } of matches) {
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      // Latin aliases (ICBC) only as whole words.
      if (/^[A-Za-z]+$/.test(alias) && (/[A-Za-z]/.test(text[at - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? ''))) continue;
      // 工行驿站, “工行杯”: a bank name inside a programme's or honour's name is not a mention of the bank.
      if (insideNamedThing(s, ctx, at, end)) continue;
      // 中国银行业协会, 银行业: the banking trade, not 中国银行. (But 某银行业务部, 某银行业绩: the bank's business or results,
      // as jieba reads them, 业务 and 业绩 whole.)
      if ((text[end] === '业' && !s.tokens.some((t) => t.start === end && /^业[务绩]/.test(t.word))) || text[end] === '界') continue;
      // 某银行文教基金会, 某银行慈善基金会: the bank's foundation is a body of its own, and its officers are not the bank's.
      // (Not another body's foundation after a word that joins or points to it: 某银行与某某基金会, 某银行携手某某基金会,
      // 某银行向某某基金会捐款.)
      const next = s.tokens.find((t) => t.start === end);
      if (FOUNDATION_AFTER.test(text.slice(end)) && !FOUNDATION_JOINED.test(text.slice(end)) && !/^[pcv]/.test(next?.tag ?? '')) continue;
      // 工行人: the bank's people, not the bank.
      if (text[end] === '人' && !/[\u4e00-\u9fff]/.test(text[end + 1] ?? '')) continue;
      const withHq = text.startsWith('总行', end) ? end + 2 : end;
      taken.push([at, withHq]);
      // The bank's legal name (某银行股份有限公司, 中國銀行(香港)有限公司) and its name with its Latin short form in
      // front (OCBC華僑銀行), as the text writes them, are names of the bank too: a reader (and a gold file) may know
      // it by them. The mention itself stays the gazetteer's form, so that what follows it is read as before.
      const form = c.companyForm.exec(text.slice(withHq))?.[0];
      const latin = /([A-Za-z]+)\s?$/.exec(text.slice(0, at));
      const more = [
        ...(form ? [s.surface.slice(at, withHq + form.length)] : []),
        ...(latin && ctx.lex.banks.byAlias.get(latin[1]!) === bank ? [s.surface.slice(latin.index, withHq)] : []),
      ];
      // The form the text uses (normalised) is kept: a branch named without its bank is named after it.
      emit({ type: 'Bank', name: bank, surface: s.surface.slice(at, withHq), sentence: s.index, start: at, end: withHq, aliases: [alias, ...more] });
    }
  },
});
