/**
 * 雷锋支行被评为“全国文明单位”: the nearest unit or person before an honour conferred in its clause received it,
 * and so did the units listed with it (甲支行、乙支行获评).
 */
import { defineRelationRule } from '../../rule.js';
import { receivedHonours } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

export const receivedSubject = defineRelationRule({
  id: 'received.subject',
  description: 'an honour conferred on the unit or person named before it',
  produces: 'RECEIVED',
  confidence: 0.8,
  run(s, ctx, emit) {
    for (const r of receivedHonours(s, ctx)) {
      if (!r.subject) continue;
      for (const who of [r.subject, ...r.listed]) {
        emit({ type: 'RECEIVED', head: mentionEnd(who), tail: mentionEnd(r.honour), sentence: s.index, ...(r.conferrer ? { conferrer: r.conferrer } : {}), ...(r.year ? { year: r.year } : {}) });
      }
    }
  },
});
