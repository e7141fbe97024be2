/**
 * 湖滨储蓄所（今德清路支行）: the first unit is the former name of the second; resolution makes them one unit. So is a
 * short name given for a unit (某支行（以下简称“某支行”）).
 */
import { defineMentionRule } from '../../rule.js';

/**
 * 某支行（以下简称“某支行”）: the name the text goes on to use for the unit before it, however much it drops (an
 * abbreviation need not keep the full name's characters in order). Joined like a former name.
 */
const SHORT_NAME_GIVEN = /^[（(]\s*(?:以下简称|以下称|下称|简称)[：:]?[“"]?$/;

export const branchRenamed = defineMentionRule({
  id: 'branch.renamed',
  description: 'a former name of a unit, given beside its current one (今, 原, 更名为)',
  produces: 'Branch',
  confidence: 0.9,
  strength: 'certain',
  run(s, ctx) {
    const here = ctx.inSentence(s.index).filter((m) => m.type === 'Branch');
    for (const a of here) {
      for (const b of here) {
        if (a === b || b.start < a.end) continue;
        const between = s.text.slice(a.end, b.start);
        // (某支行迁址至某处，更名为某支行: the unit the clauses are about, renamed at their end, when no other unit
        // is named between.)
        const renamedLater = /^[^。；;！？]{0,30}[，,](?:并|正式|后)?(?:更名为|改名为)[“"]?$/.test(between) && !ctx.inSentence(s.index).some((m) => (m.type === 'Branch' || m.type === 'Bank') && m.start >= a.end && m.end <= b.start);
        if (/^[（(]\s*(?:今|现|现为|后更名为|现更名为|即今)$/.test(between) || /^[（(]?(?:更名为|改名为|现名|后更名为|现更名为)[“"]?$/.test(between) || renamedLater) {
          a.renamedTo = b.id;
          ctx.tally(branchRenamed.id);
        } else if (/^(?:的前身(?:是|为)?|[（(]\s*(?:原|原名|前身为?|前身是|曾名))[“"]?$/.test(between) || SHORT_NAME_GIVEN.test(between)) {
          b.renamedTo = a.id;
          ctx.tally(branchRenamed.id);
        }
      }
    }
  },
});
