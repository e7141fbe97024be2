/**
 * Units an article names as the units of another (该行甲支行、乙支行, 辖内甲支行, 其下辖的乙网点), and the central
 * bank's units. Neither is what the article, or a sentence after them, is about: a unit named through 该行 belongs to
 * the unit 该行 means, and a central bank's unit (人民银行某支行) in news of a commercial bank guides, hosts or takes
 * part. Read by resolution from the lexicon's lists (dict/cues/anaphor.txt, dict/cues/unit-under-word.txt), as
 * extraction reads them.
 */
import type { Lexicon } from '../../lexicon/index.js';
import type { FileResolution } from './state.js';

const throughEnds = new WeakMap<Lexicon, RegExp>();
/** Before a unit, the words that name it as the unit of another: an anaphor, or a word of unit-under-word (的 may follow). */
function namedThroughEnd(lex: Lexicon): RegExp {
  let re = throughEnds.get(lex);
  if (!re) {
    const alt = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(?:${alt(lex.cues.anaphor)}|(?:${alt(lex.cues['unit-under-word'])})的?)$`);
    throughEnds.set(lex, re);
  }
  return re;
}

/** Between two units of one list (甲支行、乙支行, 甲支行和乙支行). */
const LIST_JOIN = /^(?:[、，,和及与]|以及)$/;

/**
 * The ids of the bank and branch mentions named as another unit's: right after 该行 or 辖内 (该行甲支行), or listed
 * after one that is (该行甲支行、乙支行).
 */
export function unitsNamedThrough(res: FileResolution, lex: Lexicon): Set<number> {
  const through = namedThroughEnd(lex);
  const out = new Set<number>();
  for (const [sentence, ms] of res.bySentence) {
    const text = res.r.sentences[sentence]?.text ?? '';
    const units = ms.filter((m) => (m.type === 'Bank' || m.type === 'Branch') && !m.anaphora).sort((x, y) => x.start - y.start || y.end - x.end);
    let last: { end: number; through: boolean } | undefined;
    for (const m of units) {
      // (A bank inside a unit's name, 某银行甲支行, shares the unit's fate.)
      if (last && m.start < last.end) {
        if (last.through) out.add(m.id);
        continue;
      }
      const own = through.test(text.slice(0, m.start)) || (last !== undefined && last.through && LIST_JOIN.test(text.slice(last.end, m.start)));
      if (own) out.add(m.id);
      last = { end: m.end, through: own };
    }
  }
  return out;
}

/** Whether a bank or branch node is a central bank's (中国人民银行, 人民银行某中心支行). */
export function centralBankTest(res: FileResolution, lex: Lexicon): (key: string) => boolean {
  const central = new Set(lex.banks.banks.filter((b) => b.kind === 'central').map((b) => b.name));
  return (key: string): boolean => {
    const node = res.nodes.get(key);
    return node?.type === 'Bank' ? central.has(node.name) : node?.type === 'Branch' && node.bank !== undefined && central.has(node.bank);
  };
}
