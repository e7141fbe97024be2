/**
 * A branch named by its place and its bank's short name, the way news says
 * it (温州工行, 山东省农行, 青州农行营业部): a province's or a city's branch
 * (分行) or a county's (支行), and a sub-unit of it when a unit word follows.
 * It is the same branch as 工行温州分行 named elsewhere.
 */
import { cues } from '../../cues.js';
import { defineMentionRule } from '../../rule.js';
import { bankMatches } from '../../scan/banks.js';
import { placeMatches } from '../../scan/places.js';
import type { Lexicon } from '../../../lexicon/index.js';

const subUnitPatterns = new WeakMap<Lexicon['units'], RegExp>();

/** A unit word inside a branch (营业部, or any unit of level 2 and up) at the start of a text; compiled once per lexicon. */
function subUnitAtStart(units: Lexicon['units']): RegExp {
  let re = subUnitPatterns.get(units);
  if (!re) {
    re = new RegExp(`^(?:${units.suffixes.filter((u) => units.sub.has(u) || units.level.get(u)! >= 2).join('|')})`);
    subUnitPatterns.set(units, re);
  }
  return re;
}

export const branchPlaceBank = defineMentionRule({
  id: 'branch.place-bank',
  description: 'a branch named by its place and its bank (温州工行, 青州农行营业部)',
  produces: 'Branch',
  confidence: 0.8,
  strength: 'certain',
  on: 'both',
  run(s, ctx, emit) {
    const { places } = ctx.lex;
    const text = s.text;
    const banksHere = ctx.inSentence(s.index).filter((m) => m.type === 'Bank');
    for (const b of bankMatches(s, ctx)) {
      // Only a bank the bank rule took (not a 工行 inside 工行驿站), named by a short form, not by a shape.
      if (b.shape || !banksHere.some((m) => m.start === b.start && m.end === b.end)) continue;
      const place = placeMatches(s, ctx).filter((p) => p.end === b.start).sort((x, y) => y.word.length - x.word.length)[0];
      if (!place) continue;
      // The place starts a name: nothing name-like glued before it (中国工商银行 is no place and a bank).
      // (A verb jieba reads as one before it ends a clause's word, not a name: 来到/v 某地农行, 通知/v 某地工行.)
      const verbBefore = s.tokens.some((t) => t.start + t.word.length === place.start && t.word.length >= 2 && /^(?:v|vn)$/.test(t.tag));
      if (place.start > 0 && /[\u4e00-\u9fff]/.test(text[place.start - 1]!) && !/[在被由对向为将与和及、的是从于]/.test(text[place.start - 1]!) && !verbBefore) continue;
      // 澳门大丰银行, 台州台州银行: the place of the bank's home (its name's place, or Hong Kong, Macau, Taiwan for the
      // banks there) names the bank itself, not a branch of it.
      if (isHome(place.word, b.bank, ctx.lex.banks.banks)) continue;
      const levels = places.byName.get(place.word)!;
      const county = levels.every((p) => p.level === 'county');
      const short = levels.find((p) => p.level !== 'county')?.name ?? levels[0]!.name;
      const core = `${short}${county ? '支行' : '分行'}`;
      const bank = { bank: b.bank, bankSurface: b.word };
      // 青州农行营业部: a unit word right after names a unit inside the place's branch.
      const sub = subUnitAtStart(ctx.lex.units).exec(text.slice(b.end));
      emit({ type: 'Branch', name: text.slice(place.start, b.end), surface: s.surface.slice(place.start, b.end), sentence: s.index, start: place.start, end: b.end, branch: { ...bank, core, parents: [] } });
      if (sub && !cues(ctx.lex).unitSuffix.test(text.slice(b.end + sub[0].length, b.end + sub[0].length + 1))) {
        const end = b.end + sub[0].length;
        emit({ type: 'Branch', name: text.slice(place.start, end), surface: s.surface.slice(place.start, end), sentence: s.index, start: place.start, end, branch: { ...bank, core: core + sub[0], parents: [core] } });
      }
    }
  },
});

const HOME: Record<string, RegExp> = { hk: /^(?:香港|中国香港)$/, macau: /^(?:澳门|澳門|中国澳门)$/, taiwan: /^(?:台湾|臺灣|台灣)$/ };

function isHome(place: string, bank: string, banks: Lexicon['banks']['banks']): boolean {
  const b = banks.find((x) => x.name === bank);
  const short = place.replace(/[省市县区]$/, '');
  return (b !== undefined && HOME[b.kind]?.test(place) === true) || (short.length >= 2 && bank.includes(short));
}
