/**
 * The state the per-file resolution passes share: nodes and edges keyed by
 * their graph keys, which node each mention resolved to, and indexes over
 * the file's mentions so that no pass scans the whole file per mention
 * (a 5 MB file has 10^5 of them).
 */
import { edgeKey, nodeKey } from '../../graph/keys.js';
import type { EdgeType, Evidence, NodeAttributes, NodeType } from '../../graph/types.js';
import type { ArticleInfo, FileExtraction, Mention } from '../../extract/types.js';
import { pushTo } from '../../base/collections.js';

/** Evidence kept per node or edge; the count of mentions is kept in full. */
export const MAX_EVIDENCE = 12;

/** A node as one file sees it: the graph's attributes, plus what the corpus-wide passes need. */
export interface FileNode extends Omit<NodeAttributes, 'id' | 'mentions'> {
  key: string;
  mentions: number;
  /** Branches: canonical core, and whether some mention named the bank. */
  core?: string;
  anchored?: boolean;
}

export interface FileEdge {
  key: string;
  type: EdgeType;
  source: string;
  target: string;
  confidence: number;
  rule: string;
  evidence: Evidence[];
  role?: string;
  conferrer?: string;
  year?: number;
}

export interface FileGraph {
  file: string;
  articles: number;
  chars: number;
  /**
   * Whether the file was read as Traditional: only its sentences were converted for the rules, so only they
   * are converted again when names go back to their written form (pipeline/written.ts).
   */
  traditional: boolean;
  /** Facts each rule made in the file, for `guanxi build --explain`. */
  found: Record<string, number>;
  nodes: FileNode[];
  edges: FileEdge[];
}

export type EdgeExtra = { role?: string; conferrer?: string; year?: number };

export function articleKey(file: string, index: number): string {
  return nodeKey('Article', `${file}#${index}`);
}

export class FileResolution {
  readonly nodes = new Map<string, FileNode>();
  readonly edges = new Map<string, FileEdge>();
  /** Mention id → key of the node it resolved to. */
  readonly keyOf = new Map<number, string>();
  readonly bySentence = new Map<number, Mention[]>();
  readonly byArticle: Mention[][];
  private readonly articleIndex: number[];
  /** Article index → key of the article's main unit (filled by the articles pass). */
  readonly mainUnit = new Map<number, string>();
  /** Bank name → the forms the text writes it in at the start of its branches' names (土銀 of 土銀某某分行). */
  readonly bankForms = new Map<string, Set<string>>();

  constructor(readonly r: FileExtraction) {
    this.articleIndex = new Array<number>(r.sentences.length).fill(0);
    r.articles.forEach((a, k) => this.articleIndex.fill(k, a.sentences[0], a.sentences[1]));
    this.byArticle = r.articles.map((): Mention[] => []);
    for (const m of r.mentions) {
      pushTo(this.bySentence, m.sentence, m);
      this.byArticle[this.articleIndex[m.sentence] ?? 0]?.push(m);
    }
  }

  /** Position of the sentence's article in `r.articles`. */
  articlePosition(sentence: number): number {
    return this.articleIndex[sentence] ?? 0;
  }

  articleOf(sentence: number): ArticleInfo {
    return this.r.articles[this.articlePosition(sentence)] ?? this.r.articles[0]!;
  }

  evidence(m: Mention, rule = m.rule, confidence = m.confidence): Evidence {
    const s = this.r.sentences[m.sentence]!;
    return { article: articleKey(this.r.file, this.articleOf(m.sentence).index), file: this.r.file, sentence: s.surface, start: s.start, end: s.end, mention: [m.start, m.end], rule, confidence };
  }

  addNode(key: string, type: NodeType, name: string, m: Mention | undefined, extra: Partial<FileNode> = {}, aliases: string[] = []): FileNode {
    let n = this.nodes.get(key);
    if (!n) {
      n = { key, type, name, aliases: [], confidence: 0, rule: '', evidence: [], mentions: 0, ...extra };
      this.nodes.set(key, n);
    }
    if (extra.anchored) n.anchored = true;
    // Honours and banks named by their shape go by their fullest form (山东省青年文明号, 浙江龙游农商银行).
    if (m && (type === 'Honour' || (type === 'Bank' && m.canonical)) && m.name.length > n.name.length) {
      n.aliases.push(n.name);
      n.name = m.name;
    }
    if (m) {
      n.mentions++;
      if (n.evidence.length < MAX_EVIDENCE) n.evidence.push(this.evidence(m));
      if (m.confidence > n.confidence) {
        n.confidence = m.confidence;
        n.rule = m.rule;
      }
      aliases.push(m.surface, m.name, ...(m.aliases ?? []));
    }
    for (const a of aliases) if (a && a !== n.name && !n.aliases.includes(a)) n.aliases.push(a);
    return n;
  }

  addEdge(type: EdgeType, source: string, target: string, ev: Evidence | undefined, rule: string, confidence: number, extra?: EdgeExtra): void {
    const key = edgeKey(type, source, target);
    let e = this.edges.get(key);
    if (!e) {
      e = { key, type, source, target, confidence, rule, evidence: [] };
      this.edges.set(key, e);
    }
    if (ev && e.evidence.length < MAX_EVIDENCE && !e.evidence.some((x) => x.start === ev.start && x.rule === ev.rule)) e.evidence.push(ev);
    if (confidence > e.confidence) {
      e.confidence = confidence;
      e.rule = rule;
    }
    if (extra?.role && !e.role) e.role = extra.role;
    if (extra?.conferrer && !e.conferrer) e.conferrer = extra.conferrer;
    if (extra?.year && !e.year) e.year = extra.year;
  }

  /** An edge whose evidence is the sentence of mention `m`. */
  addEdgeFor(type: EdgeType, source: string, target: string, m: Mention, rule: string, confidence: number, extra?: EdgeExtra): void {
    this.addEdge(type, source, target, this.evidence(m, rule, confidence), rule, confidence, extra);
  }

  mentionsOf(type: NodeType): Mention[] {
    return this.r.mentions.filter((m) => m.type === type);
  }

  graph(): FileGraph {
    return { file: this.r.file, articles: this.r.articles.length, chars: this.r.chars, traditional: this.r.traditional, found: this.r.found, nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}
