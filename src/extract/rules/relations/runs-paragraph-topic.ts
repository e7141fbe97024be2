/**
 * A paragraph about one programme that goes through units one by one
 * (X支行发挥“工行驿站”特色……；Y支行结合……；Z支行的“工行驿站”……): each unit that
 * opens a clause takes part in it. Only a programme named at least twice in
 * the paragraph, and the only one, is its topic.
 */
import { pushTo } from '../../../base/collections.js';
import { defineParagraphRule } from '../../rule.js';
import { attendsProgramme } from '../../scan/relations.js';
import { mentionEnd, type Mention } from '../../types.js';

export const runsParagraphTopic = defineParagraphRule({
  id: 'runs.paragraph-topic',
  description: "each unit opening a clause of a paragraph about one programme runs it",
  produces: 'RUNS',
  confidence: 0.5,
  run(paragraph, ctx, emit) {
    const mentions = paragraph.flatMap((s) => ctx.inSentence(s.index));
    const counts = new Map<string, Mention[]>();
    for (const m of mentions.filter((x) => x.type === 'Programme')) pushTo(counts, m.name, m);
    const topics = [...counts.values()].filter((ms) => ms.length >= 2).map((ms) => ms[0]!);
    if (topics.length !== 1) return;
    const topic = topics[0]!;
    for (const s of paragraph) {
      for (const m of ctx.inSentence(s.index)) {
        if (m.type !== 'Branch' || m.anaphora) continue;
        const before = s.text.slice(0, m.start);
        if (before !== '' && !/[；;。]\s*$/.test(before)) continue;
        // (乙支行借鉴“某某”的做法，…: a unit that only learns from the topic or visits it, in its own sentence, runs none.)
        const named = ctx.inSentence(s.index).filter((x) => x.type === 'Programme' && x.name === topic.name && x.start >= m.end);
        if (named.length && named.every((x) => attendsProgramme(x, s, m.end))) continue;
        emit({ type: 'RUNS', head: mentionEnd(m), tail: mentionEnd(topic), sentence: s.index });
      }
    }
  },
});
