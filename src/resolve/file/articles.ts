/**
 * Articles: one node each, its main unit (named in its title, else the
 * branch it names most, else whoever its title names), and a MENTIONS edge
 * to every entity it names.
 */
import type { Mention } from '../../extract/types.js';
import { articleSplit, mentionsArticle } from '../../extract/resolution-rules.js';
import { articleKey, type FileResolution } from './state.js';
import type { Lexicon } from '../../lexicon/index.js';
import { centralBankTest } from './own-units.js';

/** Title mentions that can be an article's main unit: a branch before a bank before anything else, then by position. */
function rank(m: Mention): number {
  // The most specific unit of a chain (沙河口支行营业部, not 沙河口支行) comes first.
  return (m.type === 'Branch' ? 0 : m.type === 'Organization' ? 1 : 2) * 1_000_000 + m.sentence * 1000 + m.start - (m.end - m.start) / 100;
}

/** How far into an article its date is looked for: the title, the byline and the lead. */
const DATE_SENTENCES = 6;
const FULL_DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;

/**
 * The article's date, from the first full date (2023-10-07, 2023年10月7日, 2023/10/7) in its first sentences,
 * where bylines and leads give it, as YYYY-MM-DD; the viewer's time range reads it.
 */
export function articleDate(texts: string[]): string | undefined {
  for (const t of texts) {
    const m = FULL_DATE.exec(t);
    if (!m) continue;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

export function resolveArticles(res: FileResolution, lex: Lexicon, namedThrough: Set<number>): void {
  const { r } = res;
  const isCentralKey = centralBankTest(res, lex);
  r.articles.forEach((a, pos) => {
    const key = articleKey(r.file, a.index);
    const s = r.sentences[a.sentences[0]];
    const date = articleDate(r.sentences.slice(a.sentences[0], Math.min(a.sentences[1], a.sentences[0] + DATE_SENTENCES)).map((x) => x.text));
    res.nodes.set(key, {
      key, type: 'Article', name: a.title || `${r.file}#${a.index}`, aliases: [], confidence: articleSplit.confidence, rule: articleSplit.id, mentions: 1, title: a.title, file: r.file, index: a.index,
      ...(date ? { date } : {}),
      evidence: s ? [{ article: key, file: r.file, sentence: a.title, start: a.titleSpan[0], end: a.titleSpan[1], rule: articleSplit.id, confidence: articleSplit.confidence }] : [],
    });
    const inArticle = (res.byArticle[pos] ?? []).filter((m) => res.keyOf.has(m.id));
    // An article about another organisation (电信, 电力) has that as its main unit, not the file's bank.
    const actors = inArticle.filter((m) => m.type === 'Branch' || m.type === 'Bank' || m.type === 'Organization');
    const inHeading = actors.filter((m) => r.sentences[m.sentence]!.heading).sort((x, y) => rank(x) - rank(y));
    // A central bank's unit (人民银行某支行) that guides, hosts or praises is not what news of a commercial bank is
    // about, however often it is named: the branch named most is one of another bank where the title names no
    // central bank first and the article names another bank's unit.
    const isCentral = (m: Mention): boolean => isCentralKey(res.keyOf.get(m.id) ?? '');
    const aboutOther = !(inHeading[0] && isCentral(inHeading[0])) && actors.some((m) => m.type !== 'Organization' && !isCentral(m));
    // (A branch named as the unit's own, 该行甲支行, 辖内乙支行, is not what the article is about: the unit it belongs to is.)
    // (…unless the article names nothing else: a unit the rules do not know, 某县农商银行, leaves its branches.)
    const mostNamed = (branches: Mention[]): string | undefined => {
      const counts = new Map<string, number>();
      for (const m of branches) counts.set(res.keyOf.get(m.id)!, (counts.get(res.keyOf.get(m.id)!) ?? 0) + 1);
      return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    };
    const branches = actors.filter((x) => x.type === 'Branch' && !(aboutOther && isCentral(x)));
    const top = mostNamed(branches.filter((x) => !namedThrough.has(x.id)));
    const bankInArticle = actors.find((m) => m.type === 'Bank');
    const headingBranch = inHeading.find((m) => m.type === 'Branch');
    const unit = headingBranch ? res.keyOf.get(headingBranch.id)! : top ?? (inHeading.length ? res.keyOf.get(inHeading[0]!.id) : bankInArticle ? res.keyOf.get(bankInArticle.id) : mostNamed(branches));
    if (unit) res.mainUnit.set(a.index, unit);
    const seen = new Set<string>();
    for (const m of inArticle) {
      const target = res.keyOf.get(m.id)!;
      if (seen.has(target)) continue;
      seen.add(target);
      res.addEdgeFor('MENTIONS', key, target, m, mentionsArticle.id, mentionsArticle.confidence);
    }
  });
}
