/**
 * Resolution inside one file: mentions become entities (one per real-world
 * thing), relation candidates become edges between entity keys. Short forms
 * of a unit (向工支行) are resolved to its full name in the same file, the
 * file's bank fills in for branch names that do not say it, and 该行 or a
 * subject-less sentence stand for the article's main unit. What needs the
 * whole corpus (short forms named in no other way, the hierarchy by place)
 * is left to `merge.ts`.
 */
import { edgeKey, nodeKey } from '../graph/keys.js';
import type { EdgeType, Evidence, NodeAttributes, NodeType } from '../graph/types.js';
import type { ArticleInfo, FileResult } from '../extract/file.js';
import { ARTICLE_NODE, ARTICLE_UNIT, PREVIOUS_UNIT } from '../extract/relations.js';
import type { Mention } from '../extract/types.js';
import { canonicalCore, canonicalHonour, canonicalTitle, isShortFormOf } from './names.js';
import { pushTo } from '../util/collections.js';

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
  nodes: FileNode[];
  edges: FileEdge[];
}

export function articleKey(file: string, index: number): string {
  return nodeKey('Article', `${file}#${index}`);
}

export function resolveFile(r: FileResult): FileGraph {
  const nodes = new Map<string, FileNode>();
  const edges = new Map<string, FileEdge>();
  const keyOf = new Map<number, string>();
  // Indexes, so that nothing below scans the whole file once per mention (a 5 MB file has 10^5 of them).
  const articleIndex = new Array<number>(r.sentences.length).fill(0);
  r.articles.forEach((a, k) => articleIndex.fill(k, a.sentences[0], a.sentences[1]));
  const articleOfSentence = (i: number): ArticleInfo => r.articles[articleIndex[i] ?? 0] ?? r.articles[0]!;
  const bySentence = new Map<number, Mention[]>();
  const byArticle = r.articles.map((): Mention[] => []);
  for (const m of r.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
    byArticle[articleIndex[m.sentence] ?? 0]?.push(m);
  }

  const evidence = (m: Mention, rule = m.rule, confidence = m.confidence): Evidence => {
    const s = r.sentences[m.sentence]!;
    return { article: articleKey(r.file, articleOfSentence(m.sentence).index), file: r.file, sentence: s.surface, start: s.start, end: s.end, mention: [m.start, m.end], rule, confidence };
  };

  const addNode = (key: string, type: NodeType, name: string, m: Mention | undefined, extra: Partial<FileNode> = {}, aliases: string[] = []): FileNode => {
    let n = nodes.get(key);
    if (!n) {
      n = { key, type, name, aliases: [], confidence: 0, rule: '', evidence: [], mentions: 0, ...extra };
      nodes.set(key, n);
    }
    if (extra.anchored) n.anchored = true;
    // Honours are named by their fullest form (山东省青年文明号, not 青年文明号).
    if (m && type === 'Honour' && m.name.length > n.name.length) {
      n.aliases.push(n.name);
      n.name = m.name;
    }
    if (m) {
      n.mentions++;
      if (n.evidence.length < MAX_EVIDENCE) n.evidence.push(evidence(m));
      if (m.confidence > n.confidence) {
        n.confidence = m.confidence;
        n.rule = m.rule;
      }
      aliases.push(m.surface, m.name, ...(m.aliases ?? []));
    }
    for (const a of aliases) if (a && a !== n.name && !n.aliases.includes(a)) n.aliases.push(a);
    return n;
  };

  // Banks: a branch name that does not say its bank belongs to the bank its article names most (in branch
  // names too), else the file's: a page can carry an 农行 article next to a 建行 one.
  const mostNamedBank = (ms: Mention[]): string => {
    const count = new Map<string, number>();
    for (const m of ms) {
      const b = m.type === 'Bank' ? m.name : m.branch?.bank;
      if (b) count.set(b, (count.get(b) ?? 0) + 1);
    }
    return [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
  };
  const fileBank = mostNamedBank(r.mentions);
  const articleBank = byArticle.map((ms) => mostNamedBank(ms) || fileBank);
  const bankFor = (m: Mention): string => m.branch?.bank || articleBank[articleIndex[m.sentence] ?? 0] || fileBank;
  for (const m of r.mentions.filter((x) => x.type === 'Bank')) {
    keyOf.set(m.id, addNode(nodeKey('Bank', m.name), 'Bank', m.name, m).key);
  }

  // Branches: group by (bank, canonical core); short forms join the unique longer core that they abbreviate.
  const branchMentions = r.mentions.filter((m) => m.type === 'Branch' && !m.anaphora && m.branch);
  const groupOf = (m: Mention): string => `${bankFor(m)}|${canonicalCore(m.branch!.core)}`;
  const groups = new Map<string, Mention[]>();
  for (const m of branchMentions) {
    const g = groupOf(m);
    pushTo(groups, g, m);
  }
  // Former names (七百储蓄所(今雷锋支行)) join the current name's group.
  const redirect = new Map<string, string>();
  for (const m of branchMentions) {
    if (m.renamedTo !== undefined) {
      const to = r.mentions[m.renamedTo];
      if (to?.branch) redirect.set(groupOf(m), groupOf(to));
    }
  }
  const groupKeys = [...groups.keys()];
  for (const g of groupKeys) {
    if (redirect.has(g)) continue;
    const [bank, core] = g.split('|') as [string, string];
    const longer = groupKeys.filter((h) => h !== g && h.startsWith(`${bank}|`) && isShortFormOf(core, h.slice(bank.length + 1)));
    // Only when every candidate is itself a form of the longest one: otherwise the short form is ambiguous.
    const longest = longer.sort((a, b) => b.length - a.length)[0];
    if (longest && longer.every((h) => h === longest || isShortFormOf(h.slice(bank.length + 1), longest.slice(bank.length + 1)))) {
      redirect.set(g, longest);
    }
  }
  const finalGroup = (g: string): string => {
    const seen = new Set<string>();
    while (redirect.has(g) && !seen.has(g)) {
      seen.add(g);
      g = redirect.get(g)!;
    }
    return g;
  };
  const branchKey = (g: string): string => {
    const [bank, core] = g.split('|') as [string, string];
    return nodeKey('Branch', `${bank}|${core}`);
  };
  // Names: the longest anchored surface of the final group (normalised), else the longest surface.
  const byFinal = new Map<string, Mention[]>();
  for (const m of branchMentions) {
    const f = finalGroup(groupOf(m));
    pushTo(byFinal, f, m);
  }
  for (const [g, ms] of byFinal) {
    const [bank, core] = g.split('|') as [string, string];
    const own = ms.filter((m) => groupOf(m) === g);
    const named = (own.length ? own : ms).slice().sort((a, b) => Number(!!b.branch!.bankSurface) - Number(!!a.branch!.bankSurface) || b.name.length - a.name.length)[0]!;
    const name = named.branch!.bankSurface ? named.name : (bank ? shortBank(bank) : '') + named.name;
    for (const m of ms) {
      const cores = [m.branch!.core];
      keyOf.set(m.id, addNode(branchKey(g), 'Branch', name, m, { bank, core, anchored: !!m.branch!.bankSurface }, cores).key);
    }
  }
  // Parents named inside a chain (茌平支行 in 茌平支行营业室).
  for (const m of branchMentions) {
    const b = m.branch!;
    let child = keyOf.get(m.id)!;
    for (const parentCore of [...b.parents].reverse()) {
      const pg = finalGroup(`${bankFor(m)}|${canonicalCore(parentCore)}`);
      const [bank, core] = pg.split('|') as [string, string];
      const existing = nodes.get(branchKey(pg));
      const pName = existing?.name ?? (b.bankSurface ? b.bankSurface + parentCore : (bank ? shortBank(bank) : '') + parentCore);
      const parent = addNode(branchKey(pg), 'Branch', pName, undefined, { bank, core, anchored: !!b.bankSurface }, [parentCore]);
      if (!existing) {
        parent.evidence.push(evidence(m, 'branch.parent-in-name', m.confidence));
        parent.confidence = m.confidence;
        parent.rule = 'branch.parent-in-name';
      }
      addEdge('PART_OF', child, parent.key, m, 'part_of.name-chain', 0.95);
      child = parent.key;
    }
  }

  // Persons: POS-only candidates must recur, or be confirmed by a stronger rule in the file.
  const personCount = new Map<string, number>();
  const strong = new Set<string>();
  const marked = new Set<string>();
  for (const m of r.mentions.filter((x) => x.type === 'Person')) {
    personCount.set(m.name, (personCount.get(m.name) ?? 0) + 1);
    if (m.rule === 'person.pos-marked') marked.add(m.name);
    else if (m.rule !== 'person.pos') strong.add(m.name);
  }
  for (const m of r.mentions.filter((x) => x.type === 'Person')) {
    const weak = m.rule === 'person.pos' || m.rule === 'person.pos-marked';
    if (weak && !strong.has(m.name) && !(marked.has(m.name) && (personCount.get(m.name) ?? 0) >= 2)) continue;
    keyOf.set(m.id, addNode(nodeKey('Person', m.name), 'Person', m.name, m).key);
  }

  // Programmes and honours: one node per canonical title; the type most mentions agree on.
  // A short form given as an alias (小巨人 of 专精特新“小巨人”企业) names the same thing.
  const named = r.mentions.filter((x) => x.type === 'Programme' || x.type === 'Honour');
  const aliasOf = new Map<string, string>();
  for (const m of named) for (const a of m.aliases ?? []) if (canonicalTitle(a) !== canonicalTitle(m.name)) aliasOf.set(canonicalTitle(a), canonicalTitle(m.name));
  // A shorter honour the file also names in full (青年文明号 / 山东省青年文明号) is that honour, when only one fits.
  const honourTitles = [...new Set(named.filter((m) => m.type === 'Honour').map((m) => canonicalTitle(m.name)))];
  for (const t of honourTitles) {
    const longer = honourTitles.filter((u) => u !== t && u.endsWith(t));
    if (t.length >= 4 && longer.length === 1 && !aliasOf.has(t)) aliasOf.set(t, longer[0]!);
  }
  const titleOf = (m: Mention): string => aliasOf.get(canonicalTitle(m.name)) ?? canonicalTitle(m.name);
  const titleVotes = new Map<string, { Programme: number; Honour: number }>();
  for (const m of named) {
    const k = titleOf(m);
    const v = titleVotes.get(k) ?? { Programme: 0, Honour: 0 };
    v[m.type as 'Programme' | 'Honour'] += m.confidence;
    titleVotes.set(k, v);
  }
  for (const m of named) {
    const k = titleOf(m);
    const v = titleVotes.get(k)!;
    const type: NodeType = v.Honour > v.Programme ? 'Honour' : 'Programme';
    keyOf.set(m.id, addNode(nodeKey(type, type === 'Honour' ? canonicalHonour(k) : k), type, m.name, m).key);
  }
  for (const m of r.mentions.filter((x) => x.type === 'Organization' || x.type === 'Place' || x.type === 'Product')) {
    keyOf.set(m.id, addNode(nodeKey(m.type, m.name), m.type, m.name, m).key);
  }

  // Articles, and each article's main unit: named in its title, else the unit it names most.
  const mainUnit = new Map<number, string>();
  for (const a of r.articles) {
    const key = articleKey(r.file, a.index);
    const s = r.sentences[a.sentences[0]];
    nodes.set(key, {
      key, type: 'Article', name: a.title || `${r.file}#${a.index}`, aliases: [], confidence: 1, rule: 'article.split', mentions: 1, title: a.title, file: r.file, index: a.index,
      evidence: s ? [{ article: key, file: r.file, sentence: a.title, start: a.titleSpan[0], end: a.titleSpan[1], rule: 'article.split', confidence: 1 }] : [],
    });
    const inArticle = (byArticle[r.articles.indexOf(a)] ?? []).filter((m) => keyOf.has(m.id));
    // An article about another organisation (电信, 电力) has that as its main unit, not the file's bank.
    const actors = inArticle.filter((m) => m.type === 'Branch' || m.type === 'Bank' || m.type === 'Organization');
    const inHeading = actors.filter((m) => r.sentences[m.sentence]!.heading).sort((x, y) => rank(x) - rank(y));
    const counts = new Map<string, number>();
    for (const m of actors.filter((x) => x.type === 'Branch')) counts.set(keyOf.get(m.id)!, (counts.get(keyOf.get(m.id)!) ?? 0) + 1);
    const top = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    const bankInArticle = actors.find((m) => m.type === 'Bank');
    // A branch named in the title, else the branch the article names most, else whoever the title names.
    const headingBranch = inHeading.find((m) => m.type === 'Branch');
    const unit = headingBranch ? keyOf.get(headingBranch.id)! : top ?? (inHeading.length ? keyOf.get(inHeading[0]!.id) : bankInArticle ? keyOf.get(bankInArticle.id) : undefined);
    if (unit) mainUnit.set(a.index, unit);
    // MENTIONS: the article names each entity.
    const seen = new Set<string>();
    for (const m of inArticle) {
      const target = keyOf.get(m.id)!;
      if (seen.has(target)) continue;
      seen.add(target);
      addEdge('MENTIONS', key, target, m, 'mentions.article', 1);
    }
  }
  // Anaphora: 该行 is the article's main unit; 支行 / 营业部 is the main unit if it is one, else the unit of that kind the article names most.
  // The counts per article and kind are computed once: per anaphor they made a long article quadratic.
  const UNIT_KIND = /(支行|分行|营业部|营业室|营业所|储蓄所|分理处|网点)$/;
  const topOfKind = new Map<string, string | undefined>();
  const mostNamedOfKind = (article: number, kind: string): string | undefined => {
    const k = `${article}|${kind}`;
    if (!topOfKind.has(k)) {
      const counts = new Map<string, number>();
      for (const x of byArticle[article] ?? []) {
        const key = keyOf.get(x.id);
        if (x.type === 'Branch' && !x.anaphora && key && nodes.get(key)?.core?.endsWith(kind)) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      topOfKind.set(k, [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0]);
    }
    return topOfKind.get(k);
  };
  for (const m of r.mentions.filter((x) => x.anaphora)) {
    const a = articleOfSentence(m.sentence);
    const main = mainUnit.get(a.index);
    const kind = UNIT_KIND.exec(m.name)?.[1];
    let unit = main;
    if (kind && kind !== '网点' && main && !nodes.get(main)?.core?.endsWith(kind)) unit = mostNamedOfKind(articleIndex[m.sentence] ?? 0, kind) ?? main;
    if (unit) keyOf.set(m.id, unit);
  }

  // The last unit named earlier in the same paragraph (the subject carried over to a sentence that names none),
  // for every sentence in one pass: walking back from each sentence was quadratic in a long paragraph.
  const lastUnitBefore: Array<string | undefined> = new Array<string | undefined>(r.sentences.length);
  let carried: string | undefined;
  for (let i = 0; i < r.sentences.length; i++) {
    if (i > 0 && r.sentences[i]!.paragraph !== r.sentences[i - 1]!.paragraph) carried = undefined;
    lastUnitBefore[i] = carried;
    // The last unit of the sentence; of units named at the same place, the longest (营业室 over its 支行 and bank).
    let last: Mention | undefined;
    for (const m of bySentence.get(i) ?? []) {
      if ((m.type === 'Branch' || m.type === 'Bank') && keyOf.has(m.id) && (!last || m.start > last.start || (m.start === last.start && m.end > last.end))) last = m;
    }
    if (last) carried = keyOf.get(last.id);
  }
  const previousUnit = (sentence: number): string | undefined => lastUnitBefore[sentence];
  // Relations.
  for (const rel of r.relations) {
    const a = articleOfSentence(rel.sentence);
    const head = rel.head === ARTICLE_UNIT ? mainUnit.get(a.index) : rel.head === PREVIOUS_UNIT ? previousUnit(rel.sentence) ?? mainUnit.get(a.index) : keyOf.get(rel.head);
    const tail = rel.tail === ARTICLE_NODE ? articleKey(r.file, a.index) : rel.tail === ARTICLE_UNIT ? mainUnit.get(a.index) : keyOf.get(rel.tail);
    if (!head || !tail || head === tail) continue;
    if (!typesFit(rel.type, nodes.get(head)?.type, nodes.get(tail)?.type)) continue;
    const anchor = rel.head >= 0 ? r.mentions[rel.head]! : r.mentions[rel.tail]!;
    addEdge(rel.type, head, tail, anchor, rel.rule, rel.confidence, rel);
  }
  // A programme is an initiative a bank or branch runs: one with no RUNS edge (another organisation's campaign) is dropped.
  const run = new Set([...edges.values()].filter((e) => e.type === 'RUNS').map((e) => e.target));
  const dropped = new Set([...nodes.values()].filter((n) => n.type === 'Programme' && !run.has(n.key)).map((n) => n.key));
  for (const k of dropped) nodes.delete(k);
  for (const [k, e] of edges) if (dropped.has(e.source) || dropped.has(e.target)) edges.delete(k);
  // Every branch belongs to its bank.
  for (const n of nodes.values()) {
    if (n.type === 'Branch' && n.bank) {
      addNode(nodeKey('Bank', n.bank), 'Bank', n.bank, undefined);
      const ev = n.evidence[0];
      addEdgeEv('PART_OF', n.key, nodeKey('Bank', n.bank), ev ? { ...ev, rule: 'part_of.bank', confidence: 0.9 } : undefined, 'part_of.bank', 0.9);
    }
  }
  return { file: r.file, articles: r.articles.length, chars: r.chars, nodes: [...nodes.values()], edges: [...edges.values()] };

  function addEdge(type: EdgeType, source: string, target: string, m: Mention, rule: string, confidence: number, extra?: { role?: string; conferrer?: string; year?: number }): void {
    addEdgeEv(type, source, target, evidence(m, rule, confidence), rule, confidence, extra);
  }
  function addEdgeEv(type: EdgeType, source: string, target: string, ev: Evidence | undefined, rule: string, confidence: number, extra?: { role?: string; conferrer?: string; year?: number }): void {
    const key = edgeKey(type, source, target);
    let e = edges.get(key);
    if (!e) {
      e = { key, type, source, target, confidence, rule, evidence: [] };
      edges.set(key, e);
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
}

/** Title mentions that can be an article's main unit: a branch before a bank before anything else, then by position. */
function rank(m: Mention): number {
  // The most specific unit of a chain (沙河口支行营业部, not 沙河口支行) comes first.
  return (m.type === 'Branch' ? 0 : m.type === 'Organization' ? 1 : 2) * 1_000_000 + m.sentence * 1000 + m.start - (m.end - m.start) / 100;
}

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

/** The short form used to name a branch whose text did not give the bank (工行 + 向工街支行). */
function shortBank(bank: string): string {
  return { 中国工商银行: '工行', 中国农业银行: '农行', 中国建设银行: '建行', 中国银行: '中行', 交通银行: '交行', 中国邮政储蓄银行: '邮储银行' }[bank] ?? bank;
}
