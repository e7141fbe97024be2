/**
 * 石文红从睡梦中醒来, 陈坤耀、曾宪博: a three-character word jieba does not know (tagged x, found by its
 * hidden Markov model) that starts with a common surname is a name far more often than not, with no cue
 * around it. Read last, so that any rule with a cue speaks first. Not where the last character ends a
 * place, an organisation or a thing (徐庄镇, 信合社, 单存机) or is a word jieba glues to a name (刘金则, 王萌入),
 * before a building's word (于君悦酒店), nor after a number (4800万骗款). A two-character word of that kind
 * counts only in a pair joined by 和 or 、 (倪峰和祝翔连忙上前).
 */
import { defineMentionRule } from '../../rule.js';
import { FUNCTION_CHARS, GLUED_AFTER_NAME, GLUED_VERB_AFTER_NAME, notAName, withoutAdverb } from '../../scan/persons.js';
import { cues } from '../../cues.js';

/** Last characters of places, organisations and things, and words jieba glues to a name besides GLUED_AFTER_NAME. */
const NOT_A_NAME_END = /[村镇乡庄路街巷道院社组卷股监人会局所区县市省厅处科站港湾机卡款费率额证则有因入新中凭随跟替让请杯盃]$/;
/** Words after the name of a building or a place (于君悦酒店, 某某大厦). */
const PLACE_AFTER = /^(?:酒店|饭店|宾馆|大厦|大楼|广场|公园|会堂|剧院|中心|小区|花园|商场)/;

export const personUnknownWord = defineMentionRule({
  id: 'person.unknown-word',
  description: 'a three-character word jieba does not know (x) that starts with a common surname, or two such two-character words joined by 和',
  produces: 'Person',
  confidence: 0.55,
  strength: 'certain',
  run(s, ctx, emit) {
    const names = ctx.lex.names;
    const c = cues(ctx.lex);
    const taken = ctx.inSentence(s.index);
    const toks = s.tokens;
    // A two-character word of that kind is a name only in a pair of them joined by 和 or 、 (倪磊和张翔笑着拒绝了):
    // alone, many are words jieba happens not to know (向员, 林定).
    const unknownName = (i: number, len: number): boolean => {
      const t = toks[i];
      return t !== undefined && t.tag === 'x' && t.word.length === len && names.looksLikeFullName(t.word) && names.commonSurname(t.word) && names.surnameLength(t.word) === 1;
    };
    const paired = (i: number): boolean => {
      const joined = (j: number): boolean => /^[和、与]$/.test(toks[j]?.word ?? '');
      return (joined(i + 1) && (unknownName(i + 2, 2) || unknownName(i + 2, 3))) || (joined(i - 1) && (unknownName(i - 2, 2) || unknownName(i - 2, 3)));
    };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const name = t.word;
      if (!unknownName(i, 3) && !(unknownName(i, 2) && paired(i))) continue;
      if (FUNCTION_CHARS.test(name.slice(1)) || NOT_A_NAME_END.test(name) || GLUED_AFTER_NAME.test(name[name.length - 1]!) || notAName(name, c, names)) continue;
      if (/[0-9０-９]$/.test(s.text.slice(0, t.start))) continue;
      // (于君悦酒店: the name of a building or a place, not a person.)
      if (PLACE_AFTER.test(s.text.slice(t.start + name.length))) continue;
      // (推出金燕快贷: a loan product's name ends in 贷; a person who borrows, 某某贷款, is read with 款.)
      if (/^贷(?!款)/.test(s.text.slice(t.start + name.length))) continue;
      // (王芳作/x 报告: an adverb or a light verb glued to a two-character name is cut off.)
      // (孙伟上/x 了: a verb glued to a two-character name, an aspect particle after it, is cut off as well.)
      const gluedVerb = name.length === 3 && GLUED_VERB_AFTER_NAME.test(name[2]!) && /^(?:uz|ul|ug)$/.test(toks[i + 1]?.tag ?? '') && names.looksLikeFullName(name.slice(0, 2));
      const n = gluedVerb ? { name: name.slice(0, 2), start: t.start, end: t.start + 2 } : withoutAdverb(s.text, { name, start: t.start, end: t.start + name.length }, names);
      if (taken.some((m) => m.start < n.end && n.start < m.end)) continue;
      emit({ type: 'Person', name: n.name, surface: s.surface.slice(n.start, n.end), sentence: s.index, start: n.start, end: n.end });
    }
  },
});
