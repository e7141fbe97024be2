/**
 * Branches: mentions are grouped by their bank and canonical name core; a
 * short form (向工支行) joins the unique longer core it abbreviates, a former
 * name (七百储蓄所（今雷锋支行）) joins the current one, and each group becomes
 * one node named by its fullest anchored form. Units named inside a longer
 * name (茌平支行 in 茌平支行营业室) become parents.
 */
import { nodeKey } from '../../graph/keys.js';
import type { Mention } from '../../extract/types.js';
import { branchParentInName, partOfNameChain } from '../../extract/resolution-rules.js';
import type { Lexicon } from '../../lexicon/index.js';
import { pushTo } from '../../base/collections.js';
import { canonicalCore, isShortFormOf, unitSuffixRun } from '../names.js';
import type { BankOf } from './banks.js';
import type { FileResolution } from './state.js';

/** The identity of a branch: its bank (or '' when unknown) and its canonical core. */
export interface BranchKey {
  bank: string;
  core: string;
}

/** A branch key as a map key; never split back (cores may hold any character). */
export function branchId(k: BranchKey): string {
  return JSON.stringify([k.bank, k.core]);
}

export function branchNodeKey(k: BranchKey): string {
  return nodeKey('Branch', `${k.bank}|${k.core}`);
}

/**
 * A unit named inside its parent's name (某兵团分行72团分理处, 某支行永安分理处) goes by its own name too once the
 * parent is known: articles and readers call it so (the guide's forms without the bank's name). Only a name of
 * its own: the bare sub-unit of 某支行营业室 is no name. As written (a Traditional name stays Traditional).
 */
function ownName(m: Mention, suffixes: RegExp): string[] {
  const { core, parents } = m.branch!;
  const parent = parents[parents.length - 1];
  if (!parent || !core.startsWith(parent)) return [];
  const own = core.slice(parent.length);
  const suffix = suffixes.exec(own)?.[0] ?? '';
  if (own.length - suffix.length < 2) return [];
  const written = m.surface.length === m.name.length && m.name.endsWith(own) ? m.surface.slice(m.surface.length - own.length) : own;
  return written === own ? [own] : [written, own];
}

const PROVINCE_WORD = /^(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)/;

/**
 * 湖南省浏阳支行, 河南省某县某支行: a county or city unit named after its province goes by the name without it
 * too (浏阳支行), as later sentences and readers call it. Only when a place follows the province: 北京西路支行 is
 * a road's, not 北京's.
 */
function withoutProvince(m: Mention, suffixes: RegExp, lex: Lexicon): string[] {
  const { core } = m.branch!;
  let province = '';
  for (const p of lex.places.provinces) if (p.length > province.length && core.startsWith(p)) province = p;
  if (!province) return [];
  const rest = core.slice(province.length + (PROVINCE_WORD.exec(core.slice(province.length))?.[0].length ?? 0));
  const named = rest.length - (suffixes.exec(rest)?.[0].length ?? 0);
  if (named < 2 || ![2, 3].some((n) => n <= named && lex.places.byName.has(rest.slice(0, n)))) return [];
  const written = m.surface.length === m.name.length && m.name.endsWith(core) ? m.surface.slice(m.surface.length - rest.length) : rest;
  return written === rest ? [rest] : [written, rest];
}

export function resolveBranches(res: FileResolution, banks: BankOf, lex: Lexicon): void {
  const suffixes = unitSuffixRun(lex.units);
  const specialities = lex.cues['unit-speciality'];
  // A branch named without its bank is named after the bank's short form (工行), else the form this file uses
  // most for the bank (大丰银行, not the canonical 大豐銀行), else the canonical name.
  const used = new Map<string, Map<string, number>>();
  for (const m of res.mentionsOf('Bank')) {
    // As the text writes it (土地銀行 in a Traditional article), not as the Simplified text the rules read: the
    // matched form opens the mention, and the surface has the normalised text's length.
    const matched = m.aliases?.[0];
    const form = matched && m.surface.length >= matched.length ? m.surface.slice(0, matched.length) : matched;
    if (!form) continue;
    // (Keyed as the bank's node is: a bank read by its shape is named as written, 廣東銀行, and keyed 广东银行.)
    const bank = m.canonical ?? m.name;
    const counts = used.get(bank) ?? new Map<string, number>();
    counts.set(form, (counts.get(form) ?? 0) + 1);
    used.set(bank, counts);
  }
  const usedMost = (bank: string): string | undefined => [...(used.get(bank) ?? [])].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
  // (In a Traditional file, the form the file writes, 郵儲銀行德清支行: the short forms of dict/banks.tsv are Simplified,
  // and 邮储银行長興支行 would mix the scripts.)
  const shortBank = (bank: string): string =>
    (res.r.traditional ? usedMost(bank) : undefined) ?? lex.banks.banks.find((b) => b.name === bank)?.short ?? usedMost(bank) ?? bank;
  const branchMentions = res.r.mentions.filter((m) => m.type === 'Branch' && !m.anaphora && m.branch);
  const keyOfMention = (m: Mention): BranchKey => ({ bank: banks.bankFor(m), core: canonicalCore(m.branch!.core) });
  const groups = new Map<string, { key: BranchKey; mentions: Mention[] }>();
  for (const m of branchMentions) {
    const k = keyOfMention(m);
    const id = branchId(k);
    const g = groups.get(id);
    if (g) g.mentions.push(m);
    else groups.set(id, { key: k, mentions: [m] });
  }
  // Former names (七百储蓄所(今雷锋支行)) join the current name's group.
  const redirect = new Map<string, string>();
  for (const m of branchMentions) {
    if (m.renamedTo !== undefined) {
      const to = res.r.mentions[m.renamedTo];
      if (to?.branch) redirect.set(branchId(keyOfMention(m)), branchId(keyOfMention(to)));
    }
  }
  const all = [...groups.values()];
  // (The cores as written count too: 渠县静边支行 is a short form of 四川达州渠县静边支行, though canonicalCore reads
  // the long one's 县 as an administrative suffix after 四川达州渠 and drops it.)
  const shortOf = (a: { key: BranchKey; mentions: Mention[] }, b: { key: BranchKey; mentions: Mention[] }): boolean =>
    isShortFormOf(a.key.core, b.key.core, suffixes, specialities) || a.mentions.some((m) => b.mentions.some((n) => isShortFormOf(m.branch!.core, n.branch!.core, suffixes, specialities)));
  for (const g of all) {
    const { key } = g;
    const id = branchId(key);
    if (redirect.has(id)) continue;
    const longer = all.filter((h) => h.key.bank === key.bank && h.key.core !== key.core && h.key.core.length > key.core.length && shortOf(g, h));
    // Only when every candidate is itself a form of the longest one: otherwise the short form is ambiguous.
    const longest = longer.sort((a, b) => b.key.core.length - a.key.core.length)[0];
    if (longest && longer.every((h) => h === longest || shortOf(h, longest))) redirect.set(id, branchId(longest.key));
  }
  const finalGroup = (id: string): string => {
    const seen = new Set<string>();
    while (redirect.has(id) && !seen.has(id)) {
      seen.add(id);
      id = redirect.get(id)!;
    }
    return id;
  };
  const keyById = new Map<string, BranchKey>([...groups.values()].map((g) => [branchId(g.key), g.key]));
  // Names: the longest anchored surface of the final group (normalised), else the longest surface.
  const byFinal = new Map<string, Mention[]>();
  for (const m of branchMentions) pushTo(byFinal, finalGroup(branchId(keyOfMention(m))), m);
  for (const [id, ms] of byFinal) {
    const key = keyById.get(id)!;
    const own = ms.filter((m) => branchId(keyOfMention(m)) === id);
    const named = (own.length ? own : ms).slice().sort((a, b) => Number(!!b.branch!.bankSurface) - Number(!!a.branch!.bankSurface) || b.name.length - a.name.length)[0]!;
    const name = named.branch!.bankSurface ? named.name : (key.bank ? shortBank(key.bank) : '') + (named.surface || named.name);
    for (const m of ms) {
      // (The bank as written before the branch's own name is a form of the bank's name too.)
      const bankSurface = m.branch!.bankSurface;
      if (bankSurface && key.bank && m.name.startsWith(bankSurface)) {
        const forms = res.bankForms.get(key.bank) ?? new Set<string>();
        forms.add(m.surface.slice(0, bankSurface.length));
        res.bankForms.set(key.bank, forms);
      }
      const aliases = [m.branch!.core, ...ownName(m, suffixes), ...withoutProvince(m, suffixes, lex)];
      res.keyOf.set(m.id, res.addNode(branchNodeKey(key), 'Branch', name, m, { bank: key.bank, core: key.core, anchored: !!m.branch!.bankSurface }, aliases).key);
    }
  }
  // Parents named inside a chain (茌平支行 in 茌平支行营业室).
  for (const m of branchMentions) {
    const b = m.branch!;
    let child = res.keyOf.get(m.id)!;
    for (const parentCore of [...b.parents].reverse()) {
      const pid = finalGroup(branchId({ bank: banks.bankFor(m), core: canonicalCore(parentCore) }));
      const key = keyById.get(pid) ?? { bank: banks.bankFor(m), core: canonicalCore(parentCore) };
      const existing = res.nodes.get(branchNodeKey(key));
      const pName = existing?.name ?? (b.bankSurface ? b.bankSurface + parentCore : (key.bank ? shortBank(key.bank) : '') + parentCore);
      const parent = res.addNode(branchNodeKey(key), 'Branch', pName, undefined, { bank: key.bank, core: key.core, anchored: !!b.bankSurface }, [parentCore]);
      if (!existing) {
        parent.evidence.push(res.evidence(m, branchParentInName.id, m.confidence));
        parent.confidence = m.confidence;
        parent.rule = branchParentInName.id;
      }
      res.addEdgeFor('PART_OF', child, parent.key, m, partOfNameChain.id, partOfNameChain.confidence);
      child = parent.key;
    }
  }
}
