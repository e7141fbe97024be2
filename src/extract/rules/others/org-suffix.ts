/** Organisations that are not banks, by their suffix (…公司, …总工会, …大学): the graph is easier to browse with them. */
import { cues } from '../../cues.js';
import { defineMentionRule } from '../../rule.js';
import { isNamey, tokenAt } from '../../scan/tokens.js';

/** A preposition jieba may glue to the word after it (由市, 向县, 与区): never the first character of a name. */
const GLUED_PREPOSITION = /^[由向与被经从对在把将给]$/;

export const orgSuffix = defineMentionRule({
  id: 'org.suffix',
  description: 'an organisation that is not a bank, by its suffix (…公司, …总工会)',
  produces: 'Organization',
  confidence: 0.6,
  strength: 'certain',
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const text = s.text;
    // (A bank's name, as jieba reads it, ends right before `at`, maybe with a closing bracket: 中国银行（香港）.)
    const afterBank = (at: number): boolean => s.tokens.some((t) => t.tag === 'bank' && (t.start + t.word.length === at || (t.start + t.word.length === at - 1 && /[）)]/.test(text[at - 1]!))));
    for (const m of text.matchAll(c.orgSuffixAll)) {
      let at = m.index;
      let ti = tokenAt(s.tokens, m.index - 1);
      while (ti >= 0) {
        const t = s.tokens[ti]!;
        // (某支行客户某某公司: a noun for a member of the public, 客户 or 商户, introduces the name after it.)
        // (湖州银行同业公会, 台湾银行公会: an association of the banks named after them holds their name.)
        if (!isNamey(t, c) || m.index - t.start > 12 || (t.tag === 'bank' && !c.associationSuffix.has(m[0])) || c.publicNoun.has(t.word)) break;
        // (比赛由市/x 金融工会主办: jieba glues a preposition to the one-character place word after it; the name starts
        // after the preposition, and nothing before it belongs to the name.)
        if (t.tag === 'x' && t.word.length === 2 && GLUED_PREPOSITION.test(t.word[0]!)) {
          at = t.start + 1;
          break;
        }
        at = t.start;
        ti--;
      }
      const end = m.index + m[0].length;
      // 某银行股份有限公司: a legal form after a bank is the bank's own name, no other organisation; so is its group's
      // (某银行集团有限公司, 某银行（控股）有限公司: dict/cues/bank-group-word.txt).
      if (m.index - at - (/(?:股份)?(?:有限责任|有限)?$/.exec(text.slice(at, m.index))![0].length) < 2) continue;
      if (afterBank(at) && c.bankGroupFormAtEnd.exec(text.slice(at, end))![0].length === end - at) continue;
      emit({ type: 'Organization', name: text.slice(at, end), surface: s.surface.slice(at, end), sentence: s.index, start: at, end });
    }
  },
});
