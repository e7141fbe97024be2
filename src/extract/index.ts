/**
 * Extraction for one file: repair and split into articles, normalise and
 * segment each sentence, run the registry's rules on it, then the paragraph
 * rules and the bylines. Everything returned is local to the file (mention
 * ids, sentence indexes); resolution merges files into one graph. Pure apart
 * from nodejieba, so it runs the same in the main thread and in workers.
 */
import path from 'node:path';
import { pushTo } from '../base/collections.js';
import type { Lexicon } from '../lexicon/index.js';
import { splitArticles, type ArticleText } from '../repair/articles.js';
import { splitSentences } from '../repair/sentences.js';
import { tag } from '../segment/jieba.js';
import { originalSpan, type Mapped } from '../text/mapped.js';
import { looksTraditional, normalizeText } from '../text/normalize.js';
import { createRuleCtx } from './context.js';
import { regluedNameEnds, ungluedAroundNames } from './scan/name-glue.js';
import { MENTION_RULES, PARAGRAPH_RULES, RELATION_RULES } from './registry.js';
import type { BylinePerson } from '../repair/bylines.js';
import type { ArticleInfo, FileExtraction, Mention, RelationCandidate, RelationEnd, SentenceCtx } from './types.js';

/** A sentence as extraction will read it: its repaired text and that text normalised (what jieba tags). */
interface PlannedSentence {
  m: Mapped;
  norm: string;
}

interface PlannedArticle {
  article: ArticleText;
  title?: PlannedSentence;
  paragraphs: Array<{ isSub: boolean; sentences: PlannedSentence[] }>;
  /** Each byline person with the block that names them, a sentence of its own. */
  authors: Array<{ person: BylinePerson; sentence: PlannedSentence }>;
}

/**
 * A file repaired, split into articles and sentences and normalised, before
 * anything is tagged: the strings jieba will be given are known from here
 * (a small build loads only the dictionary words they hold, segment/jieba.ts).
 */
export interface FilePlan {
  file: string;
  chars: number;
  traditional: boolean;
  articles: PlannedArticle[];
}

export function planFile(file: string, text: string, lex: Lexicon): FilePlan {
  // Traditional→Simplified conversion is the costliest step of normalisation: only for documents that need it.
  const traditional = looksTraditional(text);
  const normalize = (s: string): string => normalizeText(s, traditional);
  const plan = (m: Mapped): PlannedSentence => ({ m, norm: normalize(m.text) });
  const fallback = path.basename(file).replace(/\.[^.]+$/, '');
  const articles = splitArticles(text, fallback, lex, normalize).map(
    (a): PlannedArticle => ({
      article: a,
      ...(a.titleBlock ? { title: plan(a.titleBlock) } : {}),
      paragraphs: a.paragraphs.map((p) => ({ isSub: a.subtitle !== undefined && p.text.startsWith('——'), sentences: splitSentences(p).map(plan) })),
      authors: a.authors.map((p) => ({ person: p, sentence: plan(p.block) })),
    }),
  );
  return { file, chars: text.length, traditional, articles };
}

/** Every string extraction of the planned file gives jieba to tag. */
export function textsToTag(plan: FilePlan): string[] {
  const out: string[] = [];
  for (const a of plan.articles) {
    if (a.title) out.push(a.title.norm);
    for (const p of a.paragraphs) for (const s of p.sentences) out.push(s.norm);
    for (const s of a.authors) out.push(s.sentence.norm);
  }
  return out;
}

export function extractFile(file: string, text: string, lex: Lexicon): FileExtraction {
  return extractPlanned(planFile(file, text, lex), lex);
}

export function extractPlanned(plan: FilePlan, lex: Lexicon): FileExtraction {
  const { traditional } = plan;
  const ctx = createRuleCtx(lex, (s) => normalizeText(s, traditional));
  const { sentences } = ctx;
  const relations: RelationCandidate[] = [];
  const articles: ArticleInfo[] = [];
  const reads = (kind: 'text' | 'byline') => (r: { on?: string }): boolean => (r.on ?? 'text') === kind || r.on === 'both';
  const late = (r: { late?: boolean }): boolean => r.late === true;
  // Each rule's emitter is made once per file, not per sentence: it depends on the rule alone.
  const withEmitters = (kind: 'text' | 'byline') => ({
    mention: MENTION_RULES.filter((r) => reads(kind)(r) && !late(r)).map((rule) => ({ rule, emit: ctx.mentionEmitter(rule) })),
    late: MENTION_RULES.filter((r) => reads(kind)(r) && late(r)).map((rule) => ({ rule, emit: ctx.mentionEmitter(rule) })),
    relation: RELATION_RULES.filter(reads(kind)).map((rule) => ({ rule, emit: ctx.relationEmitter(rule, relations) })),
  });
  const onText = withEmitters('text');
  const onByline = withEmitters('byline');
  const paragraphRules = PARAGRAPH_RULES.map((rule) => ({ rule, emit: ctx.relationEmitter(rule, relations) }));
  const findMentions = (s: SentenceCtx, rules: typeof onText): void => {
    for (const { rule, emit } of rules.mention) rule.run(s, ctx, emit);
  };
  const findRelations = (s: SentenceCtx, rules: typeof onText): void => {
    for (const { rule, emit } of rules.relation) rule.run(s, ctx, emit);
  };
  let paragraph = 0;
  for (const { article: a, title, paragraphs: planned, authors } of plan.articles) {
    const first = sentences.length;
    // The title first: it names the article's main unit more reliably than anything else.
    if (title) {
      paragraph++;
      addSentence(title, a.index, true);
    }
    for (const p of planned) {
      paragraph++;
      for (const sen of p.sentences) addSentence(sen, a.index, p.isSub);
    }
    const text = sentences.slice(first);
    // Bylines: each block becomes a sentence of its own so the evidence can show it; each person one mention.
    const bylines = authors.map(({ person, sentence }) => {
      paragraph++;
      return addSentence(sentence, a.index, true, [person]);
    });
    // The article's mentions first, all of them, then its relations: a relation rule reading a sentence knows
    // every person a certain rule names anywhere in the article (a post after the name or 某某表示 further down,
    // a credit at its end). The late mention rules read the text once the others have read all of it.
    for (const s of text) findMentions(s, onText);
    for (const s of bylines) findMentions(s, onByline);
    for (const s of text) for (const { rule, emit } of onText.late) rule.run(s, ctx, emit);
    for (const s of text) findRelations(s, onText);
    const paragraphs = new Map<number, SentenceCtx[]>();
    for (const s of text) pushTo(paragraphs, s.paragraph, s);
    for (const p of paragraphs.values()) for (const { rule, emit } of paragraphRules) rule.run(p, ctx, emit);
    for (const s of bylines) findRelations(s, onByline);
    articles.push({
      index: a.index,
      title: a.title,
      ...(a.subtitle !== undefined ? { subtitle: a.subtitle } : {}),
      titleSpan: a.titleSpan,
      span: a.span,
      sentences: [first, sentences.length],
    });
  }
  return { file: plan.file, sentences, ...canonicalOrder(ctx.mentions, relations), articles, chars: plan.chars, traditional: plan.traditional, found: ctx.found };

  function addSentence({ m, norm }: PlannedSentence, article: number, heading: boolean, byline?: BylinePerson[]): SentenceCtx {
    const [start, end] = originalSpan(m, 0, m.text.length);
    const s: SentenceCtx = { text: norm, surface: m.text, start, end, tokens: regluedNameEnds(ungluedAroundNames(tag(norm), lex.names), norm, lex.names, tag), article, index: sentences.length, paragraph, heading, ...(byline ? { byline } : {}) };
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
  const renumber = (e: RelationEnd): RelationEnd => (e.kind === 'mention' ? { kind: 'mention', id: newId[e.id]! } : e);
  return {
    mentions: sorted.map((m, k) => ({ ...m, id: k, ...(m.renamedTo !== undefined ? { renamedTo: newId[m.renamedTo]! } : {}) })),
    relations: relations.map((r) => ({ ...r, head: renumber(r.head), tail: renumber(r.tail) })),
  };
}
