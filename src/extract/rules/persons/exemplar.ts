/**
 * 以王秀英为代表的老一辈信用社人, 以李明为榜样: the one a group is led or modelled by, named between 以 and 为代表/为首/为
 * 榜样/为原型. The frame says a person stands there, so a name jieba glues to 以 (以王/x 秀英/nr) is still found.
 */
import { cues } from '../../cues.js';
import { defineMentionRule } from '../../rule.js';
import { notAName } from '../../scan/persons.js';

const EXEMPLAR = /以([\u4e00-\u9fff]{2,3}?)(?:同志|等同志|等)?为(?:代表|首|榜样|原型|楷模)/g;

export const personExemplar = defineMentionRule({
  id: 'person.exemplar',
  description: 'the one a group is led or modelled by, between 以 and 为代表 / 为首 / 为榜样 (以王秀英为代表的老一辈信用社人)',
  produces: 'Person',
  confidence: 0.7,
  strength: 'certain',
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const names = ctx.lex.names;
    const others = ctx.inSentence(s.index);
    for (const m of s.text.matchAll(EXEMPLAR)) {
      const name = m[1]!;
      const start = m.index + 1;
      const end = start + name.length;
      if (!names.looksLikeFullName(name) || notAName(name, c, names)) continue;
      // (Over no other mention: 以工行为代表 names a bank, 以湖州为代表 a place.)
      if (others.some((o) => o.start < end && start < o.end && o.type !== 'Person')) continue;
      // (Nor over a word jieba knows as anything but a name: 以党建为引领 is no person, nor 以客户为中心.)
      if (s.tokens.some((t) => t.start >= start && t.start + t.word.length <= end && t.word.length >= 2 && !/^(?:nr|nrfg|nrt|x)$/.test(t.tag))) continue;
      emit({ type: 'Person', name, surface: s.surface.slice(start, end), sentence: s.index, start, end });
    }
  },
});
