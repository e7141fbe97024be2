/** A unit found by its suffix and the name-like words before it (向工街支行). */
import { defineMentionRule } from '../../rule.js';
import { scanBranches } from '../../scan/branches.js';

export const branchSuffix = defineMentionRule({
  id: 'branch.suffix',
  description: 'a unit found by its suffix and the name-like words before it (向工街支行)',
  produces: 'Branch',
  confidence: 0.75,
  strength: 'certain',
  on: 'both',
  run(s, ctx, emit) {
    for (const b of scanBranches(s, ctx)) {
      if (b.finding !== 'suffix' || b.subUnit !== false) continue;
      emit({ type: 'Branch', name: b.name, surface: b.surface, sentence: s.index, start: b.start, end: b.end, branch: { bank: b.bank, bankSurface: b.bankSurface, core: b.core, parents: b.parents } });
    }
  },
});
