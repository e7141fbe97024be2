/**
 * 员工王萌 … 王萌入职18年: a name a certain rule found earlier in the file is the same person wherever it is
 * written again, even where jieba does not tag it as a name (it often reads a known name as two words).
 */
import { defineMentionRule } from '../../rule.js';

export const personKnown = defineMentionRule({
  id: 'person.known',
  description: 'a name found earlier in the file by a certain rule, written again',
  produces: 'Person',
  confidence: 0.75,
  strength: 'certain',
  run(s, ctx, emit) {
    for (const { name, at } of ctx.certainPersons.occurrences(s.text)) {
      // Not the start of a longer name of the same surname (王萌 inside 王萌萌 is the longer name's business).
      if (ctx.inSentence(s.index).some((m) => m.type === 'Person' && m.start <= at && m.end >= at + name.length)) continue;
      emit({ type: 'Person', name, surface: s.surface.slice(at, at + name.length), sentence: s.index, start: at, end: at + name.length });
    }
  },
});
