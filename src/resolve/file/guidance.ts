/**
 * Frames of guidance, 在<unit>的…下 (在人民银行某支行的帮助下，): the unit in one guides, leads or backs the clause's
 * actor. Read by resolution from the lexicon's list (dict/cues/guidance-noun.txt), as extraction reads it.
 */
import type { Lexicon } from '../../lexicon/index.js';

/** After the unit, the rest of the frame, up to 下 after a noun of dict/cues/guidance-noun.txt (的统一部署和大力支持下); one per lexicon. */
const frames = new WeakMap<Lexicon, RegExp>();
export function guidanceFrameAfter(lex: Lexicon): RegExp {
  let re = frames.get(lex);
  if (!re) {
    const nouns = lex.cues['guidance-noun'].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`^[^，,。；;]{0,24}?的?[^，,。；;的]{0,8}?(?:${nouns})下`);
    frames.set(lex, re);
  }
  return re;
}


/** The frame closing its clause (在某行的统一部署下，): what comes after it is done by others. One per lexicon. */
const closed = new WeakMap<Lexicon, RegExp>();
export function guidanceClauseAfter(lex: Lexicon): RegExp {
  let re = closed.get(lex);
  if (!re) {
    re = new RegExp(`${guidanceFrameAfter(lex).source}[，,]`);
    closed.set(lex, re);
  }
  return re;
}
