/**
 * Splits a file's paragraphs into articles. An article starts at a title: a
 * markdown heading, a short line above a —— subtitle, or a short line above a
 * byline. Text before the first title (the tail of an article continued from
 * another page) is kept with the first article. Bylines are read where they
 * stand: after the title, as a 本报讯 lead, or as the article's last line.
 */
import { NEWS_LEAD, parseByline, type BylinePerson } from './bylines.js';
import { originalSpan, slice, type Mapped } from '../text/mapped.js';
import { rebuildParagraphs } from './paragraphs.js';
import { normalizeText } from '../text/normalize.js';
import type { Lexicon } from '../lexicon/index.js';

export interface ArticleText {
  /** 0-based index of the article within its file. */
  index: number;
  title: string;
  /** Original offsets of the title. */
  titleSpan: [number, number];
  /** The title as a block of repaired text (markdown marks removed), when the article has one. */
  titleBlock?: Mapped;
  /** Body paragraphs (title, subtitle and byline lines excluded). */
  paragraphs: Mapped[];
  /** Subtitle without its dash, when there is one. */
  subtitle?: string;
  authors: Array<BylinePerson & { block: Mapped }>;
  /** Original [start, end) of the whole article. */
  span: [number, number];
}

const MAX_TITLE = 60;
const HEADING = /^#{1,6}\s*/;

function isTitleLike(t: string): boolean {
  return t.length > 0 && t.length <= MAX_TITLE && !/[。！？；]$/.test(t) && !/^——/.test(t);
}

export function splitArticles(text: string, fallbackTitle: string, lex: Lexicon, normalize: (s: string) => string = (s) => normalizeText(s)): ArticleText[] {
  const blocks = rebuildParagraphs(text, lex, normalize);
  const n = blocks.length;
  const isHeading = blocks.map((b) => HEADING.test(b.text));
  const isSubtitle = blocks.map((b) => /^——/.test(b.text));
  // Bylines are read in Simplified form (記者 → 记者); normalisation keeps offsets.
  const normalized = blocks.map((b) => (b.text.length <= 30 || /[讯訊電电]/.test(b.text.slice(0, 44)) ? normalize(b.text) : ''));
  const bylineAt = blocks.map((b, i) => (b.text.length <= 30 || NEWS_LEAD.test(normalized[i]!) ? parseByline(normalized[i]!, lex) : undefined));
  // A byline that names a role (not a bare line of names): a title stands above it.
  const roleByline = blocks.map((_, i) => bylineAt[i] !== undefined && (/(记者|通讯员|摄|报道|作者|编|审核|校对|文字|撰稿|实习生|[（(])/.test(normalized[i]!.replace(/\s+/g, '')) || NEWS_LEAD.test(normalized[i]!)));

  // Title positions.
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = blocks[i]!.text;
    if (isHeading[i]) {
      // A heading directly followed by another heading is a section label (## 广西).
      if (i + 1 < n && isHeading[i + 1]) continue;
      starts.push(i);
    } else if (i + 1 < n && isSubtitle[i + 1] && isTitleLike(t)) {
      starts.push(i);
    } else if (i + 1 < n && roleByline[i + 1] && isTitleLike(t) && !bylineAt[i] && !isSubtitle[i]) {
      starts.push(i);
    }
  }
  const unique = [...new Set(starts)].sort((a, b) => a - b);
  if (unique.length === 0 || unique[0] !== 0) {
    // Leading text: the file's only article, or the continued tail of the first one.
    if (unique.length === 0) unique.push(0);
  }
  const articles: ArticleText[] = [];
  unique.forEach((start, k) => {
    const from = k === 0 ? 0 : start;
    const to = k + 1 < unique.length ? unique[k + 1]! : n;
    const titleBlock = blocks[start]!;
    // A file that opens with a byline (记者 某某, 某网通讯员 某某 某地报道) has lost its title: the byline is none.
    const hasTitle = k > 0 || isHeading[start] || (isTitleLike(titleBlock.text.replace(HEADING, '')) && !(start === 0 && roleByline[0]));
    const title = hasTitle ? titleBlock.text.replace(HEADING, '').trim() : fallbackTitle;
    const headerEnd = start + 1;
    const paragraphs: Mapped[] = [];
    const authors: ArticleText['authors'] = [];
    let subtitle: string | undefined;
    for (let i = from; i < to; i++) {
      const b = blocks[i]!;
      if (i === start && hasTitle) continue;
      if (isSubtitle[i] && i === headerEnd) {
        subtitle = b.text.replace(/^——\s*/, '');
        paragraphs.push(b); // the subtitle often names the unit: keep it for extraction
        continue;
      }
      const people = bylineAt[i];
      const nearHeader = i <= headerEnd + 1 && i > start;
      const last = i === to - 1 || (i === to - 2 && (blocks[to - 1]!.text.length < 20));
      if (people && (roleByline[i] || nearHeader || last)) {
        people.forEach((p) => authors.push({ ...p, block: b }));
        const lead = NEWS_LEAD.exec(normalized[i]!);
        if (lead && lead[0].length < b.text.length) paragraphs.push(slice(b, lead[0].length, b.text.length));
        continue;
      }
      paragraphs.push(b);
    }
    const first = blocks[from]!;
    const lastBlock = blocks[to - 1]!;
    articles.push({
      index: k,
      title,
      titleSpan: hasTitle ? originalSpan(titleBlock, 0, titleBlock.text.length) : [0, 0],
      ...(hasTitle ? { titleBlock: stripHeading(titleBlock) } : {}),
      paragraphs,
      ...(subtitle !== undefined ? { subtitle } : {}),
      authors,
      span: [first.offsets[0]!, lastBlock.offsets[lastBlock.offsets.length - 1]!],
    });
  });
  return articles;
}

function stripHeading(b: Mapped): Mapped {
  const lead = HEADING.exec(b.text)?.[0].length ?? 0;
  return lead ? slice(b, lead, b.text.length) : b;
}
