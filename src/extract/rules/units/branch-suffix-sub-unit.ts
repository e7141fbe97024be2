/** A unit inside the name of a unit found by its suffix (茌平支行营业室). */
import { defineMentionRule } from '../../rule.js';
import { scanBranches } from '../../scan/branches.js';

export const branchSuffixSubUnit = defineMentionRule({
  id: 'branch.suffix.sub-unit',
  description: 'a unit inside the name of a unit found by its suffix (茌平支行营业室)',
  produces: 'Branch',
  confidence: 0.75,
  strength: 'certain',
  on: 'both',
  run(s, ctx, emit) {
    for (const b of scanBranches(s, ctx)) {
      if (b.finding !== 'suffix' || b.subUnit !== true) continue;
      emit({ type: 'Branch', name: b.name, surface: b.surface, sentence: s.index, start: b.start, end: b.end, branch: { bank: b.bank, bankSurface: b.bankSurface, core: b.core, parents: b.parents } });
    }
  },
});
