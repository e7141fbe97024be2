/**
 * Relations: each candidate's ends resolved to nodes (a mention's node, the
 * article's main unit, the unit named last in the paragraph, the article
 * itself), kept when its types fit. Then a programme no unit runs (another
 * organisation's campaign) is dropped, and every branch belongs to its bank.
 */
import { nodeKey } from '../../graph/keys.js';
import type { EdgeType, Evidence, NodeType } from '../../graph/types.js';
import { partOfBank } from '../../extract/resolution-rules.js';
import { CREDIT_RULES, OUTLET_NAME, type Mention, type RelationEnd } from '../../extract/types.js';
import { articleKey, type FileResolution } from './state.js';
import type { Lexicon } from '../../lexicon/index.js';
import { centralBankTest } from './own-units.js';

/** Keeps each relation type between the node types it is defined for. */
function typesFit(type: EdgeType, head: NodeType | undefined, tail: NodeType | undefined): boolean {
  switch (type) {
    case 'WORKS_AT':
      return head === 'Person' && (tail === 'Branch' || tail === 'Bank');
    case 'RECEIVED':
      return (head === 'Branch' || head === 'Bank' || head === 'Person') && tail === 'Honour';
    case 'RUNS':
      return (head === 'Branch' || head === 'Bank') && tail === 'Programme';
    case 'AUTHORED':
      return head === 'Person' && tail === 'Article';
    default:
      return true;
  }
}

/**
 * For every sentence, the node of the last mention before it that `keep` accepts, in its paragraph or its
 * article: the subject carried over to a sentence that names none. One pass for all sentences (walking back
 * from each was quadratic in a long paragraph); of mentions at the same place, the longest (营业室 over its
 * 支行 and bank).
 */
function lastNamedBefore(res: FileResolution, scope: 'paragraph' | 'article', keep: (m: Mention, key: string) => boolean): Array<string | undefined> {
  const { sentences } = res.r;
  const out = new Array<string | undefined>(sentences.length);
  let carried: string | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const cut = scope === 'paragraph' ? sentences[i]!.paragraph !== sentences[i - 1]?.paragraph : res.articleOf(i).index !== (i > 0 ? res.articleOf(i - 1).index : -1);
    if (cut) carried = undefined;
    out[i] = carried;
    let last: Mention | undefined;
    for (const m of res.bySentence.get(i) ?? []) {
      const key = res.keyOf.get(m.id);
      if (key && keep(m, key) && (!last || m.start > last.start || (m.start === last.start && m.end > last.end))) last = m;
    }
    if (last) carried = res.keyOf.get(last.id);
  }
  return out;
}


/**
 * Two branch keys of one chain (德清湖滨路支行 and 湖滨路支行营业部, 城关支行 and 城关支行营业室): their
 * names up to the first 支行 or 分行, one ending the other (a place may stand first in one of them).
 */
function oneChain(a: string, b: string): boolean {
  const head = (key: string): string => {
    const core = key.slice(key.indexOf('|') + 1);
    const m = /^.*?(?:支行|分行)/.exec(core);
    return m ? m[0] : core;
  };
  const [x, y] = [head(a), head(b)];
  return x.endsWith(y) || y.endsWith(x);
}

export function resolveRelations(res: FileResolution, lex: Lexicon, namedThrough: Set<number>): void {
  const { r } = res;
  // The last unit of the paragraph; the last outlet (for a post of one outlet) and the last person (for 他, 她)
  // of the article. (Not a unit named as the article's unit's own, 该行甲支行、乙支行试点。还开展了…: the sentence is still
  // about the unit they belong to; nor a central bank's unit in news of a commercial bank, 人民银行某支行给予指导。还开展了….)
  const isCentral = centralBankTest(res, lex);
  const aboutCentral = (m: Mention): boolean => {
    const main = res.mainUnit.get(res.articleOf(m.sentence).index);
    return main !== undefined && isCentral(main);
  };
  // (Within one sentence cut at a semicolon, 该行甲支行组织…；还开展了…, the unit named as the unit's own is the subject carried.)
  const closesSentence = (m: Mention): boolean => !/[；;]\s*$/.test(r.sentences[m.sentence]?.text ?? '');
  const previous = lastNamedBefore(res, 'paragraph', (m, key) => (m.type === 'Branch' || m.type === 'Bank') && !(namedThrough.has(m.id) && closesSentence(m)) && (!isCentral(key) || aboutCentral(m)));
  const outlet = lastNamedBefore(res, 'article', (m, key) => m.type === 'Branch' && OUTLET_NAME.test(res.nodes.get(key)?.name ?? ''));
  // (Not a byline's or a credit's author: 他, 她 of the story are its people.)
  const person = lastNamedBefore(res, 'article', (m) => m.type === 'Person' && !CREDIT_RULES.has(m.rule));
  const resolveEnd = (e: RelationEnd, sentence: number): string | undefined => {
    const a = res.articleOf(sentence);
    switch (e.kind) {
      case 'mention':
        return res.keyOf.get(e.id);
      case 'article-unit':
        return res.mainUnit.get(a.index);
      case 'article-bank': {
        const main = res.mainUnit.get(a.index);
        return main !== undefined && res.nodes.get(main)?.type === 'Bank' ? main : undefined;
      }
      case 'article-branch': {
        const main = res.mainUnit.get(a.index);
        // (第一銀行上週舉辦講座。分行經理某某表示: in an article about a whole bank, a post of its bare 分行 is the bank's.)
        return main !== undefined && (/分行$/.test(res.nodes.get(main)?.name ?? '') || res.nodes.get(main)?.type === 'Bank') ? main : undefined;
      }
      case 'previous-unit':
        return previous[sentence] ?? res.mainUnit.get(a.index);
      case 'previous-person':
        return person[sentence];
      case 'outlet': {
        // The outlet last named, unless it is in one chain with the article's main unit (a 支行 and its 营业室):
        // then the main unit, whose staff the article is about.
        const main = res.mainUnit.get(a.index);
        const last = outlet[sentence];
        // (Under a 分行 the article is about, a 支行 of it named last is the outlet the story is in: 某分行's
        // article, 老人来到某分行某支行, 理财经理某某.)
        const underBranch = main !== undefined && last !== undefined && /分行$/.test(res.nodes.get(main)?.name ?? '') && /(?<!中心)支行$/.test(res.nodes.get(last)?.name ?? '');
        if (!last || (main && oneChain(main, last) && !underBranch)) return main ?? last;
        return last;
      }
      case 'article':
        return articleKey(r.file, a.index);
    }
  };
  for (const rel of r.relations) {
    const head = resolveEnd(rel.head, rel.sentence);
    const tail = resolveEnd(rel.tail, rel.sentence);
    if (!head || !tail || head === tail) continue;
    if (!typesFit(rel.type, res.nodes.get(head)?.type, res.nodes.get(tail)?.type)) continue;
    // The evidence points at a mention of the relation when it has one, else at its sentence.
    const anchor = rel.head.kind === 'mention' ? r.mentions[rel.head.id] : rel.tail.kind === 'mention' ? r.mentions[rel.tail.id] : undefined;
    const s = r.sentences[rel.sentence]!;
    const ev: Evidence = anchor ? res.evidence(anchor, rel.rule, rel.confidence) : { article: articleKey(r.file, res.articleOf(rel.sentence).index), file: r.file, sentence: s.surface, start: s.start, end: s.end, rule: rel.rule, confidence: rel.confidence };
    res.addEdge(rel.type, head, tail, ev, rel.rule, rel.confidence, rel);
  }
  // A programme is an initiative a bank or branch runs: one with no RUNS edge (another organisation's campaign) is dropped.
  const run = new Set([...res.edges.values()].filter((e) => e.type === 'RUNS').map((e) => e.target));
  const dropped = new Set([...res.nodes.values()].filter((n) => n.type === 'Programme' && !run.has(n.key)).map((n) => n.key));
  for (const k of dropped) res.nodes.delete(k);
  for (const [k, e] of res.edges) if (dropped.has(e.source) || dropped.has(e.target)) res.edges.delete(k);
  // Every branch belongs to its bank.
  for (const n of res.nodes.values()) {
    if (n.type === 'Branch' && n.bank) {
      res.addNode(nodeKey('Bank', n.bank), 'Bank', n.bank, undefined, {}, [...(res.bankForms.get(n.bank) ?? [])]);
      const ev = n.evidence[0];
      res.addEdge('PART_OF', n.key, nodeKey('Bank', n.bank), ev ? { ...ev, rule: partOfBank.id, confidence: partOfBank.confidence } : undefined, partOfBank.id, partOfBank.confidence);
    }
  }
}
