/**
 * Branch mentions: a unit suffix (分行, 支行, 营业室, 营业部, 储蓄所, 分理处,
 * 营业所), the name before it, and the bank before that when the text gives
 * it. Chains such as 茌平支行营业室 yield the inner unit with its parent. A
 * mention anchored by a bank name (工行沈阳向工街支行) takes everything
 * between the bank and the suffix as the name; an unanchored one
 * (向工街支行) takes the name-like tokens before the suffix, and resolution
 * later matches it to an anchored full name in the same file.
 */
import type { RuleCtx, SentenceCtx } from '../types.js';
import { isGenericName, isNamey, NAME_BREAK_WORDS, tokenAt } from './common.js';

const SUFFIX = /分行|支行|营业室|营业部|储蓄所|分理处|营业所/g;
/** Levels of units: a name inside a higher unit's name is a unit under it (本溪分行平山支行, 城关支行东街营业所). */
const LEVEL: Record<string, number> = { 分行: 0, 支行: 1, 营业室: 2, 营业部: 2, 储蓄所: 2, 分理处: 2, 营业所: 2 };
/** 东湖支行副行长兼营业部主任: a title between two units means they are not one name. */
const ROLE_IN_GAP = /行长|经理|主任|书记|负责人|员工|董事|总监|主管|兼/;
/** Suffixes that name a sub-unit when they directly follow another unit (支行营业室). */
const SUB_UNIT = new Set(['营业室', '营业部']);
/** Inside an anchored name only a few function words may not appear. */
const ANCHORED_BREAK = /[的在和与及是了等对从把被由将为到于并或其该，。、；：！？,.;:!?\s“”"（）()《》]/;
const MAX_NAME = 14;

interface Span {
  start: number;
  end: number;
  suffix: string;
}

export function extractBranches(s: SentenceCtx, ctx: RuleCtx): void {
  const text = s.text;
  const suffixes: Span[] = [];
  for (const m of text.matchAll(SUFFIX)) suffixes.push({ start: m.index, end: m.index + m[0].length, suffix: m[0] });
  // Group suffixes into chains: X支行营业室 → [支行, 营业室].
  let i = 0;
  while (i < suffixes.length) {
    const chain = [suffixes[i]!];
    for (;;) {
      const nextSuffix = suffixes[i + chain.length];
      const prev = chain[chain.length - 1]!;
      if (!nextSuffix) break;
      const gap = text.slice(prev.end, nextSuffix.start);
      // 支行营业室 (a sub-unit right after its unit) or 本溪分行平山支行 (a unit named inside its parent's name).
      const adjacentSub = gap === '' && SUB_UNIT.has(nextSuffix.suffix);
      const namedChild =
        gap.length >= 2 && gap.length <= 8 && LEVEL[nextSuffix.suffix]! > LEVEL[prev.suffix]! && !ANCHORED_BREAK.test(gap) && !NAME_BREAK_WORDS.test(gap) && !ROLE_IN_GAP.test(gap) && !isGenericName(gap);
      if (!adjacentSub && !namedChild) break;
      chain.push(nextSuffix);
    }
    i += chain.length;
    const head = chain[0]!;
    const left = findName(s, head.start, ctx);
    if (!left) continue;
    const { nameStart, bank, bankSurface, bankStart, rule, confidence } = left;
    let prefixCore = text.slice(nameStart, head.end);
    if (isGenericName(text.slice(nameStart, head.start))) continue;
    const parents: string[] = [];
    for (let k = 0; k < chain.length; k++) {
      const link = chain[k]!;
      const core = k === 0 ? prefixCore : prefixCore + text.slice(chain[k - 1]!.end, link.end);
      const from = bankStart ?? nameStart;
      ctx.add({
        type: 'Branch',
        name: text.slice(from, link.end),
        surface: s.surface.slice(from, link.end),
        sentence: s.index,
        start: from,
        end: link.end,
        rule: k === 0 ? rule : `${rule}.sub-unit`,
        confidence,
        branch: { bank, bankSurface, core, parents: [...parents] },
      });
      parents.push(core);
      prefixCore = core;
    }
  }
  renamed(s, ctx);
}

interface NameStart {
  nameStart: number;
  bank: string;
  bankSurface: string;
  bankStart?: number;
  rule: string;
  confidence: number;
}

function findName(s: SentenceCtx, suffixStart: number, ctx: RuleCtx): NameStart | undefined {
  const text = s.text;
  // Anchored: the nearest bank alias to the left with nothing but name characters in between.
  const windowStart = Math.max(0, suffixStart - MAX_NAME - 8);
  let best: NameStart | undefined;
  for (const alias of ctx.lex.bankAliases) {
    let at = text.lastIndexOf(alias, suffixStart - alias.length);
    while (at >= windowStart) {
      const between = text.slice(at + alias.length, suffixStart);
      if (between.length >= 2 && between.length <= MAX_NAME && !ANCHORED_BREAK.test(between) && !NAME_BREAK_WORDS.test(between) && !new RegExp(SUFFIX.source).test(between) && !ctx.lex.bankByAlias.has(between)) {
        if (!best || at + alias.length > best.nameStart || (at + alias.length === best.nameStart && at < (best.bankStart ?? 0))) {
          best = { nameStart: at + alias.length, bank: ctx.lex.bankByAlias.get(alias)!, bankSurface: alias, bankStart: at, rule: 'branch.anchored', confidence: 0.95 };
        }
        break;
      }
      // lastIndexOf clamps a negative position to 0: stop at the start of the sentence.
      at = at === 0 ? -1 : text.lastIndexOf(alias, at - 1);
    }
  }
  if (best) return best;
  // Unanchored: name-like tokens before the suffix.
  const ti = tokenAt(s.tokens, suffixStart - 1);
  if (ti < 0) return undefined;
  let j = ti;
  let start = suffixStart;
  while (j >= 0) {
    const t = s.tokens[j]!;
    if (t.start + t.word.length > suffixStart) {
      // The token overlaps the suffix (jieba glued them): the name ends inside it.
      start = t.start;
      j--;
      continue;
    }
    // Another unit's suffix ends this name: 向工街支行隶属于辽宁省分行 is two units.
    if (!isNamey(t) || t.tag === 'bank' || t.tag === 'unit' || suffixStart - t.start > MAX_NAME) break;
    start = t.start;
    j--;
  }
  // 七百储蓄所(今雷锋支行): 今/现/原 mark a name's time, not part of it.
  while (/^[今现原]/.test(text.slice(start, suffixStart)) && suffixStart - start > 2) start++;
  if (suffixStart - start < 2) return undefined;
  return { nameStart: start, bank: '', bankSurface: '', rule: 'branch.suffix', confidence: 0.75 };
}

/** 七百储蓄所(今雷锋支行): the first unit is the former name of the second. */
function renamed(s: SentenceCtx, ctx: RuleCtx): void {
  const here = ctx.inSentence(s.index).filter((m) => m.type === 'Branch');
  for (const a of here) {
    for (const b of here) {
      if (a === b || b.start < a.end) continue;
      const between = s.text.slice(a.end, b.start);
      if (/^[（(]\s*(?:今|现|现为|后更名为|现更名为|即今)$/.test(between) || /^[（(]?(?:更名为|改名为|现名|后更名为|现更名为)[“"]?$/.test(between)) {
        a.renamedTo = b.id;
      } else if (/^(?:的前身(?:是|为)?|[（(]\s*(?:原|原名|前身为?|前身是|曾名))[“"]?$/.test(between)) {
        b.renamedTo = a.id;
      }
    }
  }
}
