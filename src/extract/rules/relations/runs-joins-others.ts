/**
 * 某支行积极响应人民银行“整治拒收现金”专项行动, 某支行承办人民银行“金融知识普及月”启动仪式: a unit right before the
 * programme names whose it is (that unit runs it); a unit before that one, with only a verb of taking part or
 * organising between (响应, 参加, 参与, 加入, 配合, 承办, 协办), takes part in it too.
 */
import { defineRelationRule } from '../../rule.js';
import { guidesActor, sentenceView } from '../../scan/relations.js';
import { mentionEnd } from '../../types.js';

/** Between the two units: adverbs, then a verb of taking part or organising, and nothing else. */
const JOINS = /^(?:也|均|都|亦|纷纷|积极|踊跃|主动|全力|同步|热情|认真|先后)*(?:响应|参加|参与|加入|配合|承办|协办)了?$/;
/** Between the owner and the programme: nothing, or 的 (maybe after a verb of holding), then the quote. */
const OWNS = /^(?:(?:主办|举办|开展|组织|发起|推出)?的)?[“"「]?$/;

export const runsJoinsOthers = defineRelationRule({
  id: 'runs.joins-others',
  description: 'a unit that takes part in another unit’s programme (甲支行积极响应人民银行“某某”行动) runs it too',
  produces: 'RUNS',
  confidence: 0.6,
  run(s, ctx, emit) {
    const { here, units } = sentenceView(s, ctx);
    for (const p of here.filter((m) => m.type === 'Programme')) {
      const owner = units.filter((m) => m.end <= p.start).pop();
      if (!owner || !OWNS.test(s.text.slice(owner.end, p.start))) continue;
      const joiner = units.filter((m) => m.end <= owner.start).pop();
      if (!joiner || guidesActor(joiner, s, ctx) || !JOINS.test(s.text.slice(joiner.end, owner.start))) continue;
      emit({ type: 'RUNS', head: mentionEnd(joiner), tail: mentionEnd(p), sentence: s.index });
    }
  },
});
