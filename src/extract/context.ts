/**
 * The state the rules of one file share: the mentions found so far, indexed
 * by sentence, values computed once per sentence, and the one place where a
 * mention is added (with its rule's id, confidence and strength).
 */
import type { Lexicon } from '../lexicon/index.js';
import { cues } from './cues.js';
import { NameSet } from './name-set.js';
import type { MentionEmitter, MentionRule, RelationEmitter, RelationRule, ParagraphRule } from './rule.js';
import { CREDIT_RULES, type Mention, type RelationCandidate, type RuleCtx, type SentenceCtx } from './types.js';

export interface FileRuleCtx extends RuleCtx {
  /** Facts found so far per rule id (a copy, made when read). */
  readonly found: Record<string, number>;
  /** An emitter that adds mentions on behalf of `rule`. */
  mentionEmitter(rule: MentionRule): MentionEmitter;
  relationEmitter(rule: RelationRule | ParagraphRule, into: RelationCandidate[]): RelationEmitter;
}

export function createRuleCtx(lex: Lexicon, normalize: (s: string) => string): FileRuleCtx {
  const sentences: SentenceCtx[] = [];
  const mentions: Mention[] = [];
  const bySentence = new Map<number, Mention[]>();
  const memos = new Map<number, Map<string, unknown>>();
  let memoArticle = -1;
  // Counted in a Map: tally runs for every fact found, and a Map takes rule ids as keys faster than an object does.
  // `found` is a record in the order the rules were first counted, as before.
  const counts = new Map<string, number>();
  const tally = (id: string): void => {
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  // (招商银行研究院院长某某, 某某（人民银行研究局副局长）: a bank's own institute or bureau, right after the bank's name,
  // holds the post, though 院长 and 局长 are other bodies' posts elsewhere.)
  const ownInstitutePost = (r: Omit<RelationCandidate, 'rule' | 'confidence'>): boolean => {
    if (r.tail.kind !== 'mention' || r.role === undefined) return false;
    const bank = mentions[r.tail.id];
    const s = sentences[r.sentence];
    if (bank?.type !== 'Bank' || s === undefined || bank.sentence !== r.sentence) return false;
    const after = s.text.slice(bank.end);
    const role = normalize(r.role);
    const at = after.indexOf(role);
    return at >= 0 && cues(lex).ownInstitute.test(after.slice(0, at) + role);
  };
  const ctx: FileRuleCtx = {
    lex,
    get found(): Record<string, number> {
      return Object.fromEntries(counts);
    },
    tally,
    sentences,
    mentions,
    certainPersons: new NameSet(),
    storyPersons: new NameSet(),
    normalize,
    inSentence: (i) => bySentence.get(i) ?? [],
    memo<T>(s: SentenceCtx, key: string, compute: () => T): T {
      // The relation rules read a sentence after the mention rules have read the whole article
      // (extract/index.ts): the values the mention rules computed are kept for them until the article ends,
      // then dropped, keeping memory to one article's.
      if (s.article !== memoArticle) {
        memos.clear();
        memoArticle = s.article;
      }
      let m = memos.get(s.index);
      if (!m) {
        m = new Map();
        memos.set(s.index, m);
      }
      if (!m.has(key)) m.set(key, compute());
      return m.get(key) as T;
    },
    mentionEmitter: (rule) => (input) => {
      tally(rule.id);
      const m = { ...input, rule: rule.id, confidence: rule.confidence, strength: rule.strength };
      if (m.type === 'Person' && m.strength === 'certain') {
        ctx.certainPersons.add(m.name);
        if (!CREDIT_RULES.has(rule.id)) ctx.storyPersons.add(m.name);
      }
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
          } else if (m.strength === 'certain' && clash.strength !== 'certain') {
            // The same words read again by a certain rule (a name jieba tagged, then found before a unit and a
            // post): the mention is certain now, by that rule.
            Object.assign(clash, { strength: m.strength, rule: m.rule, confidence: m.confidence });
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
    relationEmitter: (rule, into) => (r) => {
      // (农行行长甲和市长乙: whatever rule reads the post, a mayor's is at no bank.)
      if (r.type === 'WORKS_AT' && r.role !== undefined && cues(lex).otherBodyPost.test(r.role) && !ownInstitutePost(r)) return;
      tally(rule.id);
      into.push({ ...r, rule: rule.id, confidence: rule.confidence });
    },
  };
  return ctx;
}
