/**
 * 王萌入职18年 … 员工王萌表示: a name a certain rule finds further down the article (a post after it, 某某表示, a
 * credit at the end) is the same person where the article wrote it first, where no rule could tell it from other
 * words yet. It runs once the mention rules have read the whole article (`late`), so every mention of a sentence
 * is known: a name inside a longer name of another type (a unit or a programme named after someone) stays part of
 * that name.
 */
import { defineMentionRule } from '../../rule.js';

export const personKnownLater = defineMentionRule({
  id: 'person.known-later',
  description: 'a name a certain rule finds later in the article, written before it',
  produces: 'Person',
  confidence: 0.75,
  strength: 'certain',
  late: true,
  run(s, ctx, emit) {
    const here = ctx.inSentence(s.index);
    // (Not an author's name a credit found: written before the credit, it is in a dateline or a caption.)
    for (const { name, at } of ctx.storyPersons.occurrences(s.text)) {
      const end = at + name.length;
      // (Written here already as a person, maybe as the start of a longer name: person.known's, or that name's.)
      if (here.some((m) => m.start < end && at < m.end && (m.type === 'Person' ? m.start <= at && m.end >= end : true))) continue;
      if (inLongerQuote(s.text, at, end)) continue;
      emit({ type: 'Person', name, surface: s.surface.slice(at, end), sentence: s.index, start: at, end });
    }
  },
});

/**
 * “某某讲金融”课堂: the name is a piece of a short quoted name (a programme, a slogan, a team) that no rule may
 * have read as a mention of its own; a name quoted alone (“某某”) is the person, and so is one inside quoted
 * speech, which runs on past a pause.
 */
function inLongerQuote(text: string, at: number, end: number): boolean {
  const before = /[“「『《"]([^“”「」『』《》"，,。！？!?；;：:、]{0,12})$/.exec(text.slice(Math.max(0, at - 13), at));
  const after = /^([^“”「」『』《》"，,。！？!?；;：:、]{0,12})[”」』》"]/.exec(text.slice(end, end + 13));
  return before !== null && after !== null && before[1]!.length + after[1]!.length > 0;
}
