/**
 * Extraction for one file: repair and split into articles, normalise and
 * segment each sentence, run the rules in order, then the relation rules.
 * Everything returned is local to the file (mention ids, sentence indexes);
 * resolution merges files into one graph. Pure apart from nodejieba, so it
 * runs the same in the main thread and in worker threads.
 */
import path from 'node:path';
import { splitArticles } from '../repair/articles.js';
import { originalSpan, type Mapped } from '../repair/mapped.js';
import { splitSentences } from '../repair/sentences.js';
import { tag } from '../segment/jieba.js';
import type { Lexicon } from '../segment/lexicon.js';
import { looksTraditional, normalizeText } from '../segment/normalize.js';
import { ARTICLE_NODE, extractRelations, paragraphTopicRuns } from './relations.js';
import { extractBanks } from './rules/banks.js';
import { extractBranches } from './rules/branches.js';
import { extractNamedThings } from './rules/named-things.js';
import { extractOthers } from './rules/others.js';
import { extractPersons } from './rules/persons.js';
import type { FileExtraction, Mention, RelationCandidate, RuleCtx, SentenceCtx } from './types.js';
import { pushTo } from '../util/collections.js';

export interface ArticleInfo {
  index: number;
  title: string;
  subtitle?: string;
  titleSpan: [number, number];
  span: [number, number];
  /** Sentence indexes [from, to) of the article. */
  sentences: [number, number];
}

export interface FileResult extends FileExtraction {
  articles: ArticleInfo[];
  chars: number;
}

/** The extraction rules, in the order they run on each sentence. */
export const RULES = [
  { id: 'banks', run: extractBanks },
  { id: 'branches', run: extractBranches },
  { id: 'persons', run: extractPersons },
  { id: 'programmes-honours', run: extractNamedThings },
  { id: 'others', run: extractOthers },
] as const;

export function extractFile(file: string, text: string, lex: Lexicon): FileResult {
  const sentences: SentenceCtx[] = [];
  const mentions: Mention[] = [];
  const relations: RelationCandidate[] = [];
  const bySentence = new Map<number, Mention[]>();
  const ctx: RuleCtx = {
    lex,
    sentences,
    mentions,
    strongPersons: new Set(),
    inSentence: (i) => bySentence.get(i) ?? [],
    add(m) {
      if (m.type === 'Person' && m.rule !== 'person.pos' && m.rule !== 'person.pos-marked') ctx.strongPersons.add(m.name);
      // Overlapping mentions of one type in one sentence are one mention: keep the longest,
      // remember the shorter form as an alias (学雷锋标兵 inside 朝阳市学雷锋标兵).
      if (m.type !== 'Branch') {
        const clash = ctx.inSentence(m.sentence).find((o) => o.type === m.type && o.start < m.end && m.start < o.end);
        if (clash) {
          if (m.end - m.start > clash.end - clash.start) {
            const shorter = clash.name;
            Object.assign(clash, m, { id: clash.id, aliases: [...(m.aliases ?? []), shorter] });
          } else if (m.name !== clash.name) {
            clash.aliases = [...(clash.aliases ?? []), m.name];
          }
          return clash;
        }
      }
      const full: Mention = { ...m, id: mentions.length };
      mentions.push(full);
      const list = bySentence.get(m.sentence);
      if (list) list.push(full);
      else bySentence.set(m.sentence, [full]);
      return full;
    },
  };
  const articles: ArticleInfo[] = [];
  let paragraph = 0;
  // Traditional→Simplified conversion is the costliest step of normalisation: only for documents that need it.
  const traditional = looksTraditional(text);
  const fallback = path.basename(file).replace(/\.[^.]+$/, '');
  for (const a of splitArticles(text, fallback)) {
    const first = sentences.length;
    // The title first: it names the article's main unit more reliably than anything else.
    if (a.titleBlock) {
      paragraph++;
      addSentence(a.titleBlock, a.index, true);
    }
    for (const p of a.paragraphs) {
      const isSub = a.subtitle !== undefined && p.text.startsWith('——');
      paragraph++;
      for (const sen of splitSentences(p)) addSentence(sen, a.index, isSub);
    }
    for (const s of sentences.slice(first)) {
      for (const rule of RULES) rule.run(s, ctx);
      relations.push(...extractRelations(s, ctx));
    }
    const paragraphs = new Map<number, SentenceCtx[]>();
    for (const s of sentences.slice(first)) pushTo(paragraphs, s.paragraph, s);
    for (const p of paragraphs.values()) relations.push(...paragraphTopicRuns(p, ctx));
    // Bylines: each block becomes a sentence of its own so the evidence can show it.
    for (const p of a.authors) {
      paragraph++;
      const s = addSentence(p.block, a.index, true);
      const m = ctx.add({ type: 'Person', name: normalizeText(p.name, traditional), surface: p.name, sentence: s.index, start: p.start, end: p.end, rule: 'person.byline', confidence: 0.95, role: p.role });
      relations.push({ type: 'AUTHORED', head: m.id, tail: ARTICLE_NODE, sentence: s.index, rule: `authored.byline.${p.role}`, confidence: 0.95, role: p.role });
    }
    articles.push({
      index: a.index,
      title: a.title,
      ...(a.subtitle !== undefined ? { subtitle: a.subtitle } : {}),
      titleSpan: a.titleSpan,
      span: a.span,
      sentences: [first, sentences.length],
    });
  }
  const order = canonicalOrder(mentions, relations);
  return { file, sentences, mentions: order.mentions, relations: order.relations, articles, chars: text.length };

  function addSentence(m: Mapped, article: number, heading: boolean): SentenceCtx {
    const norm = normalizeText(m.text, traditional);
    const [start, end] = originalSpan(m, 0, m.text.length);
    const s: SentenceCtx = { text: norm, surface: m.text, start, end, tokens: tag(norm), article, index: sentences.length, paragraph, heading };
    sentences.push(s);
    return s;
  }
}

/**
 * Mentions in text order (sentence, start, longer first), whatever order the
 * rules found them in, with relation ends renumbered to match: what the
 * graph says about a file does not depend on the order of the rules, so a
 * new rule never reshuffles the output of the others.
 */
function canonicalOrder(mentions: Mention[], relations: RelationCandidate[]): { mentions: Mention[]; relations: RelationCandidate[] } {
  const sorted = mentions.slice().sort((a, b) => a.sentence - b.sentence || a.start - b.start || b.end - a.end || a.id - b.id);
  const newId = new Array<number>(mentions.length);
  sorted.forEach((m, k) => (newId[m.id] = k));
  const renumber = (id: number): number => (id >= 0 ? newId[id]! : id);
  return {
    mentions: sorted.map((m, k) => ({ ...m, id: k, ...(m.renamedTo !== undefined ? { renamedTo: renumber(m.renamedTo) } : {}) })),
    relations: relations.map((r) => ({ ...r, head: renumber(r.head), tail: renumber(r.tail) })),
  };
}
