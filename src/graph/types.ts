/**
 * The graph model shared by every stage after extraction: node and edge
 * attribute shapes, the scored and unscored types, and evidence.
 *
 * `graph.json` is graphology's serialisation (`graph.export()`) of a
 * `MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>`;
 * the viewer reads it with `Graph.from()`. GraphML (APOC's form) and Neo4j
 * carry the same attributes, with lists and objects as JSON strings.
 *
 * This module must not import nodejieba, neo4j-driver or anything from the
 * browser: every layer depends on it.
 */

/** Entity types the evaluation scores. */
export const SCORED_NODE_TYPES = ['Bank', 'Branch', 'Person', 'Programme', 'Honour'] as const;
/** Every node type guanxi writes. */
export const NODE_TYPES = [...SCORED_NODE_TYPES, 'Place', 'Organization', 'Product', 'Article'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const EDGE_TYPES = [
  'PART_OF', // Branch -> Branch | Bank
  'WORKS_AT', // Person -> Branch | Bank | Organization, with `role`
  'RECEIVED', // Branch | Bank | Person | Organization -> Honour, with `conferrer`, `year`
  'RUNS', // Bank | Branch -> Programme
  'LOCATED_IN', // Branch | Organization -> Place
  'RENAMED', // Branch (former name) -> Branch (current name); only when both are kept apart
  'AUTHORED', // Person -> Article (from a byline)
  'MENTIONS', // Article -> any entity it names
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/**
 * Where a fact comes from. Offsets are UTF-16 code-unit offsets into the
 * original file's decoded text (what `readFile` + decoding gives), so a
 * viewer can point back at the source even after layout repair.
 */
export interface Evidence {
  /** Node key of the Article the sentence belongs to. */
  article: string;
  /** Path of the source file as given on the command line (relative to cwd when possible). */
  file: string;
  /** The sentence, as repaired text (hard wraps removed). */
  sentence: string;
  /** Offsets of the sentence in the original decoded file text: [start, end). */
  start: number;
  end: number;
  /** Offsets of the mention inside `sentence` ([start, end) in the repaired sentence), when there is one. */
  mention?: [number, number];
  /** The extraction rule that produced the fact, e.g. `branch.suffix`, `received.huode`. */
  rule: string;
  /** 0..1, the rule's confidence. */
  confidence: number;
}

export interface NodeAttributes {
  /** Stable key, equal to the graph node key, e.g. `Branch:中国工商银行辽宁省分行`. */
  id: string;
  type: NodeType;
  /** The fullest form the text supports. */
  name: string;
  /** Other surface forms, including Traditional-character ones. Never contains `name`. */
  aliases: string[];
  /** Highest confidence over its evidence. */
  confidence: number;
  /** Rule of the most confident evidence. */
  rule: string;
  /** Evidence, capped (see `mentions` for the full count). */
  evidence: Evidence[];
  /** How many times the articles name it. */
  mentions?: number;
  /** Branch nodes only: the bank it belongs to and its name without the bank. */
  bank?: string;
  /** Article nodes only. */
  title?: string;
  file?: string;
  /** Article nodes only: index of the article within its file (0-based). */
  index?: number;
  /** Article nodes only: date when the text gives one (YYYY-MM-DD or YYYY). */
  date?: string;
}

export interface EdgeAttributes {
  type: EdgeType;
  /** WORKS_AT: the role the text gives (行长, 储蓄员, 网点负责人). */
  role?: string;
  /** RECEIVED: who conferred it (总行, 全国总工会), when the text says. */
  conferrer?: string;
  /** RECEIVED: the year, when the text says. */
  year?: number;
  /** RENAMED: former → current. */
  confidence: number;
  rule: string;
  evidence: Evidence[];
}

export interface GraphAttributes {
  /** guanxi version that wrote the graph. */
  generator: string;
  /** Number of articles read. */
  articles: number;
  /** Source files read (as given). */
  files: string[];
}
