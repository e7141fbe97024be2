/**
 * What extraction hands to resolution: mentions (a typed surface form in a
 * sentence) and relation candidates between mentions, all local to one file.
 * Resolution turns them into graph nodes and edges.
 */
import type { EdgeType, NodeType } from '../graph/types.js';
import type { Token } from '../segment/jieba.js';
import type { Lexicon } from '../segment/lexicon.js';

/** A sentence ready for the rules. */
export interface SentenceCtx {
  /** Normalised text (Simplified, half-width Latin); same length as `surface`. */
  text: string;
  /** Repaired text as written (maybe Traditional). */
  surface: string;
  /** Original offsets of the sentence in the file. */
  start: number;
  end: number;
  tokens: Token[];
  /** Index of the article in the file, and of the sentence in the file. */
  article: number;
  index: number;
  /** Index of the paragraph in the file (sentences of one paragraph share it). */
  paragraph: number;
  /** The sentence is the article's title or subtitle. */
  heading: boolean;
}

export interface BranchInfo {
  /** Canonical bank name, or '' when the text gives no bank. */
  bank: string;
  /** The bank's surface prefix in this mention ('' when unanchored). */
  bankSurface: string;
  /** Name part plus suffixes, e.g. 沈阳向工街支行, 茌平支行营业室. */
  core: string;
  /** Cores of the enclosing units named in the same mention, outermost first (茌平支行 for 茌平支行营业室). */
  parents: string[];
}

export interface Mention {
  /** Unique within the file. */
  id: number;
  type: NodeType;
  /** Normalised name as found. */
  name: string;
  /** Surface form as written (differs for Traditional text). */
  surface: string;
  sentence: number;
  /** [start, end) within the sentence. */
  start: number;
  end: number;
  rule: string;
  confidence: number;
  branch?: BranchInfo;
  /** Former name → current name (七百储蓄所(今雷锋支行)): id of the current-name mention. */
  renamedTo?: number;
  /** Extra surface forms that name the same thing (Q活动 for “Q”). */
  aliases?: string[];
  /** Person mentions: the role word right before the name (储蓄员王玉珍). */
  role?: string;
  /** Anaphora (该行, 分行) to be resolved to the article's main unit. */
  anaphora?: boolean;
}

export interface RelationCandidate {
  type: EdgeType;
  head: number;
  tail: number;
  sentence: number;
  rule: string;
  confidence: number;
  role?: string;
  conferrer?: string;
  year?: number;
}

export interface FileExtraction {
  file: string;
  sentences: SentenceCtx[];
  mentions: Mention[];
  relations: RelationCandidate[];
}

export interface RuleCtx {
  lex: Lexicon;
  sentences: SentenceCtx[];
  mentions: Mention[];
  /** Adds a mention and returns it. */
  add(m: Omit<Mention, 'id'>): Mention;
  /** Mentions of one sentence (an index: rules must not scan the whole file per sentence). */
  inSentence(sentence: number): Mention[];
  /** Names of persons found so far by a rule stronger than a POS tag. */
  strongPersons: Set<string>;
}
