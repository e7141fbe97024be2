/**
 * 开展安吉反诈宣传月活动, 举办臺銀金融知識宣導月活動, 开展工行3·15消费者权益保护宣传周活动: an awareness month or week
 * written without quotes, launched by a unit. Its name ends as such campaigns' names do (宣传月, 宣传周, 宣导月, 普及月,
 * 服务月: dict/cues/campaign-month-suffix.txt) and a brand opens it: a place (安吉), a bank of its sentence by one of
 * its names (工行, 江苏银行), or the bank's own short name made from its name (泰隆 of 泰隆银行, 臺銀 of 臺灣銀行, 徽行 of
 * 徽商银行). 开展金融知识宣传月活动, 2024年金融知识宣传月, 全市反诈宣传月活动 are generic: no brand opens them.
 * The name is without the 活动 after it; with it, an alias.
 */
import { defineMentionRule } from '../../rule.js';
import { bankMatches } from '../../scan/banks.js';
import type { RuleCtx, SentenceCtx } from '../../types.js';

const compiled = new WeakMap<object, { launched: RegExp; inner: RegExp }>();

function patterns(ctx: RuleCtx): { launched: RegExp; inner: RegExp } {
  let p = compiled.get(ctx.lex);
  if (!p) {
    const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const alt = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map(esc).join('|');
    const verbs = alt(ctx.lex.cues['programme-before']);
    p = {
      launched: new RegExp(`(?:${verbs})了?([\\u4e00-\\u9fff0-9·]{2,24}?(?:${alt(ctx.lex.cues['campaign-month-suffix'])}))(活动)?`, 'g'),
      inner: new RegExp(`(?:${verbs})了?`, 'g'),
    };
    compiled.set(ctx.lex, p);
  }
  return p;
}

/** Words a description has and a name does not (本次宣传月, 各类宣传周, 为期一个月的宣传月). */
const DESCRIPTION = /的|本次|此次|这次|该次|本年度|本届|各类|各项|系列|相关|有关|此类|全[国省市县区港台澳]|本[市县区省]/;

/** Short names a bank's own campaigns open with, made from its name: 泰隆 and 泰银 of 泰隆银行, 徽行 of 徽商银行. */
function ownShortNames(word: string): string[] {
  const stem = word.replace(/(?:农村商业银行|农商银行|商业储蓄银行|商业银行|银行)$/, '');
  if (stem.length < 2 || stem === word) return [];
  return [stem, `${stem[0]}银`, `${stem[0]}行`, `${stem}银`];
}

/** Does a brand open the name: a place, a bank of the sentence, or a bank's own short name? */
function brandFirst(name: string, start: number, s: SentenceCtx, ctx: RuleCtx): boolean {
  const matches = bankMatches(s, ctx);
  if (matches.some((m) => m.start === start && m.word.length >= 2)) return true;
  if (matches.some((m) => ownShortNames(m.word).some((w) => name.startsWith(w)))) return true;
  const here = new Set(matches.map((m) => m.bank));
  for (let k = Math.min(8, name.length - 3); k >= 2; k--) {
    const head = name.slice(0, k);
    const bank = ctx.lex.banks.byAlias.get(head);
    if (bank !== undefined && here.has(bank)) return true;
    if (ctx.lex.places.byName.has(head)) return true;
  }
  return false;
}

export const programmeCampaignMonth = defineMentionRule({
  id: 'programme.campaign-month',
  description: 'an unquoted awareness month or week opened by a brand, launched by a unit (开展安吉反诈宣传月活动)',
  produces: 'Programme',
  confidence: 0.6,
  strength: 'certain',
  run(s, ctx, emit) {
    const { launched, inner } = patterns(ctx);
    for (const m of s.text.matchAll(launched)) {
      let name = m[1]!;
      let start = m.index + m[0].length - name.length - (m[2]?.length ?? 0);
      // 组织开展某某宣传月: the name starts after the last verb of launching inside the match.
      let cut = 0;
      for (const v of name.matchAll(inner)) cut = v.index + v[0].length;
      if (cut > 0) {
        name = name.slice(cut);
        start += cut;
      }
      if (name.length < 5 || DESCRIPTION.test(name) || /^(?:19|20)\d{2}/.test(name) || !brandFirst(name, start, s, ctx)) continue;
      const end = start + name.length;
      const tail = m[2]?.length ?? 0;
      emit({ type: 'Programme', name: s.surface.slice(start, end), surface: s.surface.slice(start, end), sentence: s.index, start, end, ...(tail ? { aliases: [s.surface.slice(start, end + tail)] } : {}) });
    }
  },
});
