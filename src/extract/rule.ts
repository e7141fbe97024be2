/**
 * Rules as descriptor objects (the shape of Gephi Lite's metrics): what a
 * rule is called, what it produces, how much to trust it, and the function
 * that runs it. Facts carry the rule's id and confidence from here, so no
 * rule writes either inline; resolution asks a mention's `strength`, never
 * which rule made it.
 */
import type { EdgeType, NodeType } from '../graph/types.js';
import type { Mention, RelationCandidate, RuleCtx, SentenceCtx, Strength } from './types.js';

interface RuleBase<Id extends string> {
  id: Id;
  /** One line for `guanxi build --explain`. */
  description: string;
  confidence: number;
}

/** Sentences a sentence rule reads: the article's text (the default), its byline blocks, or both. */
export type SentenceKind = 'text' | 'byline' | 'both';

/** Finds entities in one sentence. */
export interface MentionRule<Id extends string = string> extends RuleBase<Id> {
  stage: 'mention';
  produces: NodeType;
  strength: Strength;
  on?: SentenceKind;
  /**
   * Runs on an article's sentences once every other mention rule has read all of them (a rule that needs what
   * the whole article names, read before the relation rules).
   */
  late?: boolean;
  run(s: SentenceCtx, ctx: RuleCtx, emit: MentionEmitter): void;
}

/** Finds relations between the mentions of one sentence. */
export interface RelationRule<Id extends string = string> extends RuleBase<Id> {
  stage: 'relation';
  produces: EdgeType;
  on?: SentenceKind;
  run(s: SentenceCtx, ctx: RuleCtx, emit: RelationEmitter): void;
}

/** Finds relations across the sentences of one paragraph. */
export interface ParagraphRule<Id extends string = string> extends RuleBase<Id> {
  stage: 'paragraph';
  produces: EdgeType;
  run(paragraph: SentenceCtx[], ctx: RuleCtx, emit: RelationEmitter): void;
}

/**
 * Facts that resolution makes (a branch's parent named in its name, the
 * hierarchy by place, MENTIONS): registered so they carry an id, a
 * confidence and a line in `--explain` like the rest.
 */
export interface ResolutionRule<Id extends string = string> extends RuleBase<Id> {
  stage: 'resolution';
  produces: NodeType | EdgeType;
}

export type Rule<Id extends string = string> = MentionRule<Id> | RelationRule<Id> | ParagraphRule<Id> | ResolutionRule<Id>;

export type MentionInput = Omit<Mention, 'id' | 'rule' | 'confidence' | 'strength'>;
/** Adds a mention made by the rule (its id, confidence and strength come from the descriptor); returns the mention kept. */
export type MentionEmitter = (m: MentionInput) => Mention;
export type RelationInput = Omit<RelationCandidate, 'rule' | 'confidence'>;
export type RelationEmitter = (r: RelationInput) => void;

export const defineMentionRule = <const Id extends string>(r: Omit<MentionRule<Id>, 'stage'>): MentionRule<Id> => ({ stage: 'mention', ...r });
export const defineRelationRule = <const Id extends string>(r: Omit<RelationRule<Id>, 'stage'>): RelationRule<Id> => ({ stage: 'relation', ...r });
export const defineParagraphRule = <const Id extends string>(r: Omit<ParagraphRule<Id>, 'stage'>): ParagraphRule<Id> => ({ stage: 'paragraph', ...r });
export const defineResolutionRule = <const Id extends string>(r: Omit<ResolutionRule<Id>, 'stage'>): ResolutionRule<Id> => ({ stage: 'resolution', ...r });
