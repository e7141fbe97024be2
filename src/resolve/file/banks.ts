/**
 * Banks: one node per bank named, and the bank of a branch name that does not
 * say it — the bank its article names most (in branch names too), else the
 * file's: a page can carry an 农行 article next to a 建行 one. A central bank
 * is an article's bank only when it names no other (see resolveBanks).
 */
import { pushTo } from '../../base/collections.js';
import { nodeKey } from '../../graph/keys.js';
import type { Mention } from '../../extract/types.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { FileResolution } from './state.js';
import { guidanceClauseAfter } from './guidance.js';


export interface BankOf {
  /** The bank a branch mention belongs to: its own, else its article's, else the file's ('' when none). */
  bankFor(m: Mention): string;
}

/** Kinds of bank with branches for a whole province (dict/banks.tsv). */
const NATIONAL_KINDS = new Set(['central', 'policy', 'state', 'joint-stock']);
/** A province's branch: 某省分行, 某自治区分行, 某区分行 (广西区分行). */
const PROVINCE_BRANCH = /(?:省|自治区|区)分行$/;

/**
 * The bank named most in these mentions, a bank that is not `lesser` before one that is (else ''); only banks
 * `eligible` counts.
 */
function mostNamedBank(ms: Mention[], lesser: (bank: string) => boolean, eligible: (bank: string) => boolean = () => true): string {
  const count = new Map<string, number>();
  for (const m of ms) {
    const b = m.type === 'Bank' ? (m.canonical ?? m.name) : m.branch?.bank;
    if (b && eligible(b)) count.set(b, (count.get(b) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => Number(lesser(a[0])) - Number(lesser(b[0])) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

export function resolveBanks(res: FileResolution, lex: Lexicon): BankOf {
  // A central bank (人民银行) writes its own units with its name (人民银行某中心支行); in news of a commercial bank it
  // is named as the regulator that guides or hosts. So the bank an article names most, for a unit named without
  // one, is the central bank only when the article names no other bank. (Within a sentence the nearest bank still
  // wins, central or not: 人行某中心支行及辖内某县支行.)
  const central = new Set(lex.banks.banks.filter((b) => b.kind === 'central').map((b) => b.name));
  const isCentral = (bank: string): boolean => central.has(bank);
  const fileBank = mostNamedBank(res.r.mentions, isCentral);
  const articleBank = res.byArticle.map((ms) => mostNamedBank(ms, isCentral) || fileBank);
  // A former name (某县联社, renamed 某农商银行) is the current bank's node, the former name an alias of it.
  const current = (m: Mention): Mention => {
    const seen = new Set<number>();
    let at = m;
    while (at.renamedTo !== undefined && !seen.has(at.id)) {
      seen.add(at.id);
      const to = res.r.mentions[at.renamedTo];
      if (!to || to.type !== 'Bank') break;
      at = to;
    }
    return at;
  };
  // (…and so is every other mention of the former or short name in the file: 中國信託商業銀行（中信銀行）… 中信銀行
  // 董事長: the text has said which bank it means by that name, whatever bank the gazetteer gives it.)
  const renamedName = new Map<string, Mention>();
  for (const m of res.mentionsOf('Bank')) if (m.renamedTo !== undefined && current(m) !== m) renamedName.set(m.canonical ?? m.name, current(m));
  for (const m of res.mentionsOf('Bank')) {
    const to = m.renamedTo === undefined ? (renamedName.get(m.canonical ?? m.name) ?? m) : current(m);
    // (The former name, however long, never becomes the node's name: without its canonical form it is only an alias.)
    res.keyOf.set(m.id, res.addNode(nodeKey('Bank', to.canonical ?? to.name), 'Bank', to.name, to === m ? m : { ...m, canonical: undefined }).key);
  }
  // A branch named without its bank belongs to the bank of the nearest unit named before it in its sentence
  // (工行某分行及其下辖的甲支行、乙支行), else to the bank its article names most.
  const bySentence = new Map<number, Mention[]>();
  for (const m of res.r.mentions) if (m.type === 'Bank' || (m.type === 'Branch' && m.branch?.bank)) pushTo(bySentence, m.sentence, m);
  // (在人行某分行的统一部署下，某支行…: a central bank that guides from a clause of its own is not the bank of the unit
  // that acts after it. A commercial bank's unit that guides is mostly the parent, so it stays the nearest.)
  const guidedBy = guidanceClauseAfter(lex);
  const guidingCentral = (o: Mention, m: Mention): boolean =>
    isCentral(o.type === 'Bank' ? (o.canonical ?? o.name) : o.branch!.bank) && guidedBy.test(res.r.sentences[m.sentence]?.text.slice(o.end, m.start) ?? '');
  const nearestBefore = (m: Mention): string | undefined => {
    const before = (bySentence.get(m.sentence) ?? []).filter((o) => o.end <= m.start && !guidingCentral(o, m)).sort((a, b) => a.end - b.end);
    const last = before[before.length - 1];
    return last ? (last.type === 'Bank' ? (last.canonical ?? last.name) : last.branch!.bank) : undefined;
  };
  // A name that holds a bank's own name (某某银行某分行, a bank the gazetteer does not know) is that bank's unit: no
  // bank named near it is its bank. A bank's kind alone (农商银行某分理处: the article's bank by its kind) names none.
  const kindOnly = new Set(lex.banks.shapes.map((x) => x.word));
  const namesOwnBank = (m: Mention): boolean => {
    const head = m.branch ? /^.*?[银銀]行/.exec(m.branch.core)?.[0] : undefined;
    return head !== undefined && !kindOnly.has(head);
  };
  // A unit its article has named with its bank (某农商银行甲支行) is that bank's when named again without it (甲支行),
  // even right after another bank (联合人民银行…，在甲支行门口): an article means one unit by one name. Only when the
  // article gives that name to one bank's unit.
  const namedWithBank = new Map<string, string[]>();
  for (const o of res.mentionsOf('Branch')) {
    if (o.branch?.bank) pushTo(namedWithBank, JSON.stringify([res.articlePosition(o.sentence), o.branch.core]), o.branch.bank);
  }
  const sameNameInArticle = (m: Mention): string | undefined => {
    const banksOf = namedWithBank.get(JSON.stringify([res.articlePosition(m.sentence), m.branch?.core]));
    return banksOf && new Set(banksOf).size === 1 ? [...banksOf][0] : undefined;
  };
  // A province's branch (山东省分行, 广西壮族自治区分行) is a national bank's: a city or rural bank (or one the gazetteer
  // does not know, found by its shape) has none. Named bare, it goes to the bank its article names most of those that
  // have such branches (the central bank counts: its province branches are its own).
  const byKind = new Map(lex.banks.banks.map((b) => [b.name, b.kind]));
  const national = (bank: string): boolean => NATIONAL_KINDS.has(byKind.get(bank) ?? '');
  const fallback = (m: Mention): string => {
    const article = res.articlePosition(m.sentence);
    const bank = articleBank[article] || fileBank;
    if (!bank || national(bank) || !PROVINCE_BRANCH.test(m.branch?.core ?? '')) return bank;
    // (Counted only here, for the rare bare province branch of an article whose bank is a local one.)
    return mostNamedBank(res.byArticle[article] ?? [], isCentral, national) || mostNamedBank(res.r.mentions, isCentral, national) || bank;
  };
  return { bankFor: (m) => m.branch?.bank || (namesOwnBank(m) ? '' : sameNameInArticle(m) || nearestBefore(m) || fallback(m)) };
}
