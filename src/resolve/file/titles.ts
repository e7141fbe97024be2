/**
 * Programmes and honours: one node per canonical title, of the type most
 * mentions agree on (weighted by confidence). A short form given as an alias
 * (小巨人 of 专精特新“小巨人”企业) names the same thing, and so does a shorter
 * honour the file also names in full (青年文明号 / 山东省青年文明号), when only
 * one fits.
 */
import { nodeKey } from '../../graph/keys.js';
import type { NodeType } from '../../graph/types.js';
import { canonicalHonour, canonicalTitle } from '../names.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { FileResolution } from './state.js';
import { CONTEST_NAME } from '../../extract/types.js';

/** A level of government before an honour's name (国家级, 省级, 市级, 县级, 区级). */
const LEVEL = /^(?:国家级|省级|市级|县级|区级)/;

export function resolveTitles(res: FileResolution, lex: Lexicon): void {
  const named = res.r.mentions.filter((x) => x.type === 'Programme' || x.type === 'Honour');
  const aliasOf = new Map<string, string>();
  for (const m of named) for (const a of m.aliases ?? []) if (canonicalTitle(a) !== canonicalTitle(m.name)) aliasOf.set(canonicalTitle(a), canonicalTitle(m.name));
  const honourTitles = [...new Set(named.filter((m) => m.type === 'Honour').map((m) => canonicalTitle(m.name)))];
  for (const t of honourTitles) {
    const longer = honourTitles.filter((u) => u !== t && u.endsWith(t));
    if (t.length >= 4 && longer.length === 1 && !aliasOf.has(t)) aliasOf.set(t, longer[0]!);
  }
  // (市级青年文明号十余个、省级青年文明号3个 in a file that also names 青年文明号: the one honour at its levels, which
  // goes by its bare name.)
  const levelled = new Map<string, string>();
  for (const t of honourTitles) {
    const bare = t.replace(LEVEL, '');
    if (bare === t || bare.length < 4 || aliasOf.has(t) || !honourTitles.includes(bare)) continue;
    const into = aliasOf.get(bare) ?? bare;
    aliasOf.set(t, into);
    levelled.set(into, bare);
  }
  // (Likewise a contest named once with its organiser or place in front and once without: 某支行首届技能竞赛 /
  // 首届技能竞赛.)
  const contestTitles = [...new Set(named.filter((m) => m.type === 'Programme' && CONTEST_NAME.test(m.name)).map((m) => canonicalTitle(m.name)))];
  for (const t of contestTitles) {
    const longer = contestTitles.filter((u) => u !== t && u.endsWith(t));
    if (t.length >= 6 && longer.length === 1 && !aliasOf.has(t)) aliasOf.set(t, aliasOf.get(longer[0]!) ?? longer[0]!);
  }
  // (“一杯水”公益活动 and “一杯水公益”项目 in one file: a quoted name that is another programme's name and a word the
  // text adds inside the quotes, dict/cues/programme-name-tail.txt, is that programme.)
  const programmeTitles = [...new Set(named.filter((m) => m.type === 'Programme').map((m) => canonicalTitle(m.name)))];
  const tails = new Set(lex.cues['programme-name-tail']);
  for (const t of programmeTitles) {
    if (aliasOf.has(t)) continue;
    const shorter = programmeTitles.filter((u) => u !== t && u.length >= 2 && t.startsWith(u) && tails.has(t.slice(u.length)));
    if (shorter.length === 1) aliasOf.set(t, aliasOf.get(shorter[0]!) ?? shorter[0]!);
  }
  const titleOf = (name: string): string => aliasOf.get(canonicalTitle(name)) ?? canonicalTitle(name);
  const votes = new Map<string, { Programme: number; Honour: number }>();
  for (const m of named) {
    const k = titleOf(m.name);
    const v = votes.get(k) ?? { Programme: 0, Honour: 0 };
    v[m.type as 'Programme' | 'Honour'] += m.confidence;
    votes.set(k, v);
  }
  for (const m of named) {
    const k = titleOf(m.name);
    const v = votes.get(k)!;
    const type: NodeType = v.Honour > v.Programme ? 'Honour' : 'Programme';
    res.keyOf.set(m.id, res.addNode(nodeKey(type, type === 'Honour' ? canonicalHonour(k) : k), type, m.name, m).key);
  }
  for (const [k, bare] of levelled) {
    const n = res.nodes.get(nodeKey('Honour', canonicalHonour(k)));
    if (!n || n.name === bare) continue;
    n.aliases = [n.name, ...n.aliases.filter((a) => a !== bare && a !== n.name)];
    n.name = bare;
  }
}
