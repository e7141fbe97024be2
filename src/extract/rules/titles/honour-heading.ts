/** 一、先进集体（10个）: a line that is only an honour's name heads the list of who received it. */
import { defineMentionRule } from '../../rule.js';
import { honourHeading } from '../../scan/headings.js';

export const honourHeadingRule = defineMentionRule({
  id: 'honour.heading',
  description: "a line that is only an honour's name, maybe numbered and counted, heading a list (一、先进集体（10个）)",
  produces: 'Honour',
  confidence: 0.75,
  strength: 'certain',
  run(s, ctx, emit) {
    const h = honourHeading(s, ctx);
    if (h) emit({ type: 'Honour', name: h.name, surface: s.surface.slice(h.start, h.end), sentence: s.index, start: h.start, end: h.end });
  },
});
