/** A unit named after its bank (工行沈阳向工街支行). */
import { defineMentionRule } from '../../rule.js';
import { scanBranches } from '../../scan/branches.js';

export const branchAnchored = defineMentionRule({
  id: 'branch.anchored',
  description: 'a unit named after its bank (工行沈阳向工街支行)',
  produces: 'Branch',
  confidence: 0.95,
  strength: 'certain',
  on: 'both',
  run(s, ctx, emit) {
    for (const b of scanBranches(s, ctx)) {
      if (b.finding !== 'anchored' || b.subUnit !== false) continue;
      emit({ type: 'Branch', name: b.name, surface: b.surface, sentence: s.index, start: b.start, end: b.end, branch: { bank: b.bank, bankSurface: b.bankSurface, core: b.core, parents: b.parents } });
    }
  },
});
