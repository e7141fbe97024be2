/**
 * What extraction hands to resolution: mentions (a typed surface form in a
 * sentence) and relation candidates between mentions, all local to one file.
 * Resolution turns them into graph nodes and edges.
 */
import type { EdgeType, NodeType } from '../graph/types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { BylinePerson } from '../repair/bylines.js';
import type { Token } from '../segment/jieba.js';
import type { NameSet } from './name-set.js';

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
  /** A byline block (本报讯（记者 X）, 通讯员 Y): the people it names, as the byline parser read them. */
  byline?: BylinePerson[];
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

/**
 * How far a mention can be trusted on its own. Resolution asks this, never a
 * rule's name: `candidate` (a person by part-of-speech tag alone) is kept only
 * when a `certain` rule names the same person in the file; `marked` (such a
 * candidate with a marker such as 同志 after it) also when it recurs.
 */
export type Strength = 'certain' | 'marked' | 'candidate';

export interface Mention {
  /** Unique within the file. */
  id: number;
  type: NodeType;
  /** Normalised name as found. */
  name: string;
  /** The identity of what is named when it differs from the name (a bank named by its shape: 龙游农商银行 for 浙江龙游农商行). */
  canonical?: string;
  /** Surface form as written (differs for Traditional text). */
  surface: string;
  sentence: number;
  /** [start, end) within the sentence. */
  start: number;
  end: number;
  rule: string;
  confidence: number;
  strength: Strength;
  branch?: BranchInfo;
  /** Former name → current name (七百储蓄所(今雷锋支行)): id of the current-name mention. */
  renamedTo?: number;
  /** Extra surface forms that name the same thing (Q活动 for “Q”). */
  aliases?: string[];
  /** Person mentions: the role word right before the name (储蓄员王玉珍). */
  role?: string;
  /** Where the unit the person works at would end, when not right before the role (通讯员 方群、陈小双; 新光银行谢长融总经理). */
  unitBefore?: number;
  /** Anaphora (该行, 分行) to be resolved to the article's main unit. */
  anaphora?: boolean;
  /** With anaphora: the mention is this sub-unit of the unit the anaphor names (营业部 of 分行营业部). */
  subUnit?: string;
}

/**
 * One end of a relation candidate: a mention of the file, or what resolution
 * fills in from context — the article's main unit (该行, a sentence with no
 * subject), the last unit named earlier in the paragraph, the last outlet
 * (支行, 网点, 营业部) named earlier in the article, the last person named
 * earlier in the article (他, 她), or the article node
 * itself (AUTHORED).
 */
export type RelationEnd = { kind: 'mention'; id: number } | { kind: 'article-unit' } | { kind: 'article-bank' } | { kind: 'article-branch' } | { kind: 'previous-unit' } | { kind: 'outlet' } | { kind: 'previous-person' } | { kind: 'article' };

export const ARTICLE_UNIT: RelationEnd = { kind: 'article-unit' };
/** The article's main unit when that is a whole bank (a top post named with no unit in a bank's own news). */
export const ARTICLE_BANK: RelationEnd = { kind: 'article-bank' };
/** The article's main unit when that is a 分行 (分行行长某某 in a 分行's own news, with no unit named in the sentence). */
export const ARTICLE_BRANCH: RelationEnd = { kind: 'article-branch' };
export const PREVIOUS_UNIT: RelationEnd = { kind: 'previous-unit' };
export const OUTLET: RelationEnd = { kind: 'outlet' };

/** After a bank, a verb of setting up another one and 的 (某农商银行发起设立的某村镇银行): the sponsor, not the bank the clause is about. */
export const SPONSOR_AFTER = /^(?:作为主?发起行)?(?:主?发起|控股|出资|投资|全资|独资)(?:设立|成立|组建|筹建|创办)?的/;

/** A branch at the level of one outlet: a 支行 (not a 中心支行, which heads a county's), 网点, 营业部, 信用社. */
/** The rules that name who wrote or photographed a report (bylines, credits): the report's authors, not its people. */
export const CREDIT_RULES: ReadonlySet<string> = new Set(['person.byline', 'person.credit', 'person.photo-credit', 'person.slash-credit', 'person.trailing-author']);
export const OUTLET_NAME = /(?:(?<!中心)支行|营业部|营业室|分理处|储蓄所|网点|分社|信用社|营业所)$/;
export const PREVIOUS_PERSON: RelationEnd = { kind: 'previous-person' };
export const ARTICLE: RelationEnd = { kind: 'article' };
export function mentionEnd(m: Mention): RelationEnd {
  return { kind: 'mention', id: m.id };
}

export interface RelationCandidate {
  type: EdgeType;
  head: RelationEnd;
  tail: RelationEnd;
  sentence: number;
  rule: string;
  confidence: number;
  role?: string;
  conferrer?: string;
  year?: number;
}

export interface ArticleInfo {
  index: number;
  title: string;
  subtitle?: string;
  titleSpan: [number, number];
  span: [number, number];
  /** Sentence indexes [from, to) of the article. */
  sentences: [number, number];
}

export interface FileExtraction {
  /** Facts each rule made, counted as the rule made them (before overlapping mentions merge). */
  found: Record<string, number>;
  file: string;
  sentences: SentenceCtx[];
  mentions: Mention[];
  relations: RelationCandidate[];
  articles: ArticleInfo[];
  chars: number;
  /** Whether the file's text was read as Traditional (converted to Simplified for the rules). */
  traditional: boolean;
}

/** What a rule sees: the lexicon, the file's sentences and mentions so far, and ways to add to them. */
export interface RuleCtx {
  lex: Lexicon;
  sentences: SentenceCtx[];
  mentions: Mention[];
  /** Mentions of one sentence (an index: rules must not scan the whole file per sentence). */
  inSentence(sentence: number): Mention[];
  /** Names of persons found so far by a `certain` rule. */
  certainPersons: NameSet;
  /** The same, less those only credit rules found (CREDIT_RULES: a report's authors, not its people). */
  storyPersons: NameSet;
  /** The file's normalisation (Traditional → Simplified when the file is Traditional). */
  normalize(s: string): string;
  /** Counts a fact a rule made without adding a mention (a former name linked to the current one). */
  tally(ruleId: string): void;
  /**
   * A value computed once per sentence and shared by the rules that need it
   * (the scan for unit names serves four rules): `compute` runs on first use.
   */
  memo<T>(s: SentenceCtx, key: string, compute: () => T): T;
}

/**
 * How a contest's name ends (…技能竞赛, …乒乓球比赛, …运动会, “…”竞赛活动): extraction finds the contest a team
 * result belongs to by it, and resolution joins a contest named with and without its organiser in front.
 */
export const CONTEST_NAME = /(?:赛|运动会)(?:活动)?$/;
