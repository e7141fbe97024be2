/** A unit inside the name of a unit named after its bank (工行茌平支行营业室). */
import { defineMentionRule } from '../../rule.js';
import { scanBranches } from '../../scan/branches.js';

export const branchAnchoredSubUnit = defineMentionRule({
  id: 'branch.anchored.sub-unit',
  description: 'a unit inside the name of a unit named after its bank (工行茌平支行营业室)',
  produces: 'Branch',
  confidence: 0.95,
  strength: 'certain',
  on: 'both',
  run(s, ctx, emit) {
    for (const b of scanBranches(s, ctx)) {
      if (b.finding !== 'anchored' || b.subUnit !== true) continue;
      emit({ type: 'Branch', name: b.name, surface: b.surface, sentence: s.index, start: b.start, end: b.end, branch: { bank: b.bank, bankSurface: b.bankSurface, core: b.core, parents: b.parents } });
    }
  },
});
