/** Provinces and cities of the gazetteer, named in the text. */
import { defineMentionRule } from '../../rule.js';

export const placeGazetteer = defineMentionRule({
  id: 'place.gazetteer',
  description: 'a province or city of the gazetteer',
  produces: 'Place',
  confidence: 0.8,
  strength: 'certain',
  run(s, ctx, emit) {
    const places = ctx.lex.places;
    for (const t of s.tokens) {
      const end = t.start + t.word.length;
      const short = t.word.replace(/(?:省|市|自治区|地区)$/, '');
      if ((t.tag === 'ns' || t.tag === 'place') && (places.provinceOfCity.has(short) || places.provinces.has(short))) {
        emit({ type: 'Place', name: short, surface: s.surface.slice(t.start, end), sentence: s.index, start: t.start, end });
      }
    }
  },
});
