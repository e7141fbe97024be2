/**
 * Things the scored types stand among: organisations (…公司, …总工会,
 * …基金会, …大学), places from the gazetteer (provinces, cities) and
 * products from the dictionary (社保卡, 融e购). They make the graph useful
 * to browse; the evaluation does not score them.
 */
import type { RuleCtx, SentenceCtx } from '../types.js';
import { isNamey, tokenAt } from './common.js';

const ORG_SUFFIX = /(?:分公司|公司|集团|总工会|工会|基金会|协会|大学|学院|医院|中学|小学|人民政府|政府|委员会|管理局|监管局|监管分局|文明办|发射中心|街道|社区|村委会)/g;

export function extractOthers(s: SentenceCtx, ctx: RuleCtx): void {
  const text = s.text;
  for (const m of text.matchAll(ORG_SUFFIX)) {
    let at = m.index;
    let ti = tokenAt(s.tokens, m.index - 1);
    while (ti >= 0) {
      const t = s.tokens[ti]!;
      if (!isNamey(t) || m.index - t.start > 12 || t.tag === 'bank') break;
      at = t.start;
      ti--;
    }
    const end = m.index + m[0].length;
    if (m.index - at < 2) continue;
    ctx.add({ type: 'Organization', name: text.slice(at, end), surface: s.surface.slice(at, end), sentence: s.index, start: at, end, rule: 'org.suffix', confidence: 0.6 });
  }
  for (const t of s.tokens) {
    const end = t.start + t.word.length;
    const short = t.word.replace(/(?:省|市|自治区|地区)$/, '');
    if ((t.tag === 'ns' || t.tag === 'place') && (ctx.lex.provinceOfCity.has(short) || ctx.lex.provinces.has(short))) {
      ctx.add({ type: 'Place', name: short, surface: s.surface.slice(t.start, end), sentence: s.index, start: t.start, end, rule: 'place.gazetteer', confidence: 0.8 });
    } else if (ctx.lex.typed.get(t.word) === 'product') {
      ctx.add({ type: 'Product', name: t.word, surface: s.surface.slice(t.start, end), sentence: s.index, start: t.start, end, rule: 'product.dictionary', confidence: 0.9 });
    }
  }
}
