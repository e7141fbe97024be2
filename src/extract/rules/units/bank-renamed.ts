/**
 * 某县农村信用合作联社完成改制，正式更名为某农商银行; 某农商银行前身是有着60年历史的某县联社: a bank's
 * former name, given beside its current one. Rural banks are the credit unions of a county renamed, and news
 * tells it so; resolution makes the two one bank, the former name an alias.
 */
import { defineMentionRule } from '../../rule.js';

/** The first bank became the second (改制, 更名为 …). */
const BECAME = /^[，,]?(?:完成改制|改制|经批准)?[，,]?(?:正式)?(?:更名为|改名为|改制为|变更为|改制成立|改制组建为|改组为)[“"]?$/;
/** The first bank's former name is the second (前身是 …, with a description of it between). */
const FORMERLY = /^[，,]?(?:的)?前身(?:是|为|系)[^，,。；;：:“”"、]{0,20}?$/;
/**
 * The second bank is the short name the text gives the first in brackets (中國信託商業銀行（中信銀行）, 某银行（以下简称
 * “某行”）): in that article the short name means the first bank, even where the gazetteer has it for another.
 */
const SHORT_NAME_OPEN = /^[（(]\s*(?:以下简称|以下称|下称|简称)?[：:]?[“"「]?$/;
const SHORT_NAME_CLOSE = /^[”"」]?[）)]/;

export const bankRenamed = defineMentionRule({
  id: 'bank.renamed',
  description: 'a former name of a bank, given beside its current one (更名为, 改制为, 前身是), or a short name in brackets',
  produces: 'Bank',
  confidence: 0.9,
  strength: 'certain',
  run(s, ctx) {
    // (In the order of the text: rules emit in their own order, shapes longest first.)
    const here = ctx.inSentence(s.index).filter((m) => m.type === 'Bank' || m.type === 'Branch').sort((x, y) => x.start - y.start);
    for (let i = 0; i + 1 < here.length; i++) {
      const a = here[i]!;
      const b = here[i + 1]!;
      if (a.type !== 'Bank' || b.type !== 'Bank' || b.start < a.end || (a.canonical ?? a.name) === (b.canonical ?? b.name)) continue;
      const between = s.text.slice(a.end, b.start);
      if (BECAME.test(between)) a.renamedTo = b.id;
      else if (FORMERLY.test(between)) b.renamedTo = a.id;
      else if (SHORT_NAME_OPEN.test(between) && SHORT_NAME_CLOSE.test(s.text.slice(b.end))) b.renamedTo = a.id;
      else continue;
      ctx.tally(bankRenamed.id);
    }
  },
});
