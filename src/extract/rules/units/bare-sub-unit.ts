/**
 * 分行营业部总经理某某, 分行营业部、甲支行、乙支行: a branch's sub-unit named by the two unit words alone, the
 * branch being the one the article is about (华夏银行南湖分行 … 分行营业部). The sub-unit is a unit of its own
 * (PART_OF the branch); resolution finds the branch as it finds 该分行's and names the sub-unit after it.
 */
import { defineMentionRule } from '../../rule.js';
import type { RuleCtx } from '../../types.js';

const compiled = new WeakMap<object, RegExp>();

function pattern(ctx: RuleCtx): RegExp {
  let re = compiled.get(ctx.lex);
  if (!re) {
    const { level, sub } = ctx.lex.units;
    const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    // A parent is a unit word of the two highest levels that is no sub-unit (分行, 支行); a sub-unit follows it.
    const parents = [...level].filter(([w, l]) => l <= 1 && !sub.has(w)).map(([w]) => esc(w));
    const subs = [...sub].map(esc);
    // Nothing of a name before it: a clause's start, or a word that cannot end one (在, 由, 的, 和, 、).
    re = new RegExp(`(?<=^|[，,；;：:。、（(“\\s]|[在由的和与及到])(${parents.join('|')})(${subs.join('|')})(?![\\u4e00-\\u9fff]*?(?:${subs.join('|')}))`, 'g');
    compiled.set(ctx.lex, re);
  }
  return re;
}

export const unitBareSubUnit = defineMentionRule({
  id: 'unit.bare-sub-unit',
  description: "a branch's sub-unit named by its unit words alone (分行营业部), of the branch the article is about",
  produces: 'Branch',
  confidence: 0.6,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const m of s.text.matchAll(pattern(ctx))) {
      emit({ type: 'Branch', name: m[0], surface: s.surface.slice(m.index, m.index + m[0].length), sentence: s.index, start: m.index, end: m.index + m[0].length, anaphora: true, subUnit: m[2]! });
    }
  },
});
