/**
 * Scoring a graph against gold annotations, following the rules of
 * ../shared/eval/README.md: a node matches a gold entity of its type when any
 * of its names equals any of the entity's (ignoring white space, quotation
 * marks and full/half width); each gold entity matches at most one node, so
 * a second node for it is a false positive; optional entities neither reward
 * nor punish. A relation matches when its type and both ends match; for
 * PART_OF the tail may be any gold ancestor of the head.
 */
import { nodeKey } from '../graph/keys.js';
import type { GuanxiGraph } from '../graph/model.js';
import { SCORED_NODE_TYPES } from '../graph/types.js';
import type { Gold, GoldEntity } from './gold.js';
import { withoutPinyin } from '../base/pinyin.js';

export const SCORED_RELATION_TYPES = ['PART_OF', 'WORKS_AT', 'RECEIVED', 'RUNS'] as const;

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Nodes and edges credited to one rule (their `rule` attribute), and how many of them gold confirms. */
export interface RuleScore {
  tp: number;
  fp: number;
  precision: number;
}

export interface Report {
  /** Per rule: precision of the scored nodes and edges the rule is credited with (neither optional nor unscored). */
  byRule: Record<string, RuleScore>;
  entities: PRF;
  relations: PRF;
  entitiesByType: Record<string, PRF>;
  relationsByType: Record<string, PRF>;
  missedEntities: string[];
  spuriousEntities: string[];
  missedRelations: string[];
  spuriousRelations: string[];
}

export function normalizeName(s: string): string {
  // (A pinyin reading a copy site printed inside a name, 中國(guó)銀行, is no part of it.)
  return withoutPinyin(s).normalize('NFKC').replace(/[\s"'“”‘’「」『』]/g, '');
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function score(graph: GuanxiGraph, gold: Gold): Report {
  const scoredTypes = new Set<string>(SCORED_NODE_TYPES);
  const goldNames = new Map<string, Set<string>>();
  for (const e of gold.entities) goldNames.set(e.id, new Set([e.name, ...e.aliases].map(normalizeName)));
  const nodes = graph.filterNodes((_, a) => scoredTypes.has(a.type)).sort();
  const nodeNames = new Map(nodes.map((n) => {
    const a = graph.getNodeAttributes(n);
    return [n, new Set([a.name, ...a.aliases].map(normalizeName))] as const;
  }));
  const matches = (n: string, e: GoldEntity): boolean => {
    if (graph.getNodeAttribute(n, 'type') !== e.type) return false;
    const g = goldNames.get(e.id)!;
    for (const x of nodeNames.get(n)!) if (g.has(x)) return true;
    return false;
  };
  // The gold's hierarchy: each entity's ancestors by PART_OF.
  const parents = new Map<string, string[]>();
  for (const r of gold.relations) if (r.type === 'PART_OF') parents.set(r.head, [...(parents.get(r.head) ?? []), r.tail]);
  const ancestors = (id: string): Set<string> => {
    const out = new Set<string>();
    const stack = [...(parents.get(id) ?? [])];
    while (stack.length) {
      const p = stack.pop()!;
      if (out.has(p)) continue;
      out.add(p);
      stack.push(...(parents.get(p) ?? []));
    }
    return out;
  };
  // Assignment: each gold entity takes one node, preferring a node whose own name is the gold name; banks first, so
  // that a branch known by a bare name (北京分行, which several banks have) then prefers the node of the bank its gold
  // PART_OF names.
  const nodeToGold = new Map<string, string>();
  const goldToNode = new Map<string, string>();
  const goldType = new Map(gold.entities.map((e) => [e.id, e.type]));
  // (By key: a branch's `bank` is the bank's canonical name, which keys the bank's node; the node's name may be the
  // form Traditional news writes, 華僑銀行 for 华侨银行.)
  const bankNodesOf = (id: string): Set<string> => new Set([...ancestors(id)].filter((p) => goldType.get(p) === 'Bank' && goldToNode.has(p)).map((p) => goldToNode.get(p)!));
  for (const e of [...gold.entities.filter((x) => x.type === 'Bank'), ...gold.entities.filter((x) => x.type !== 'Bank')]) {
    const cands = nodes.filter((n) => !nodeToGold.has(n) && matches(n, e));
    const exact = cands.find((n) => goldNames.get(e.id)!.has(normalizeName(graph.getNodeAttribute(n, 'name'))));
    const banks = e.type === 'Branch' && !exact && cands.length > 1 ? bankNodesOf(e.id) : undefined;
    const sameBank = banks?.size ? cands.find((n) => banks.has(nodeKey('Bank', graph.getNodeAttribute(n, 'bank') ?? ''))) : undefined;
    const pick = exact ?? sameBank ?? cands[0];
    if (pick) {
      nodeToGold.set(pick, e.id);
      goldToNode.set(e.id, pick);
    }
  }
  const byId = new Map(gold.entities.map((e) => [e.id, e]));
  const entitiesByType: Record<string, PRF> = {};
  const missedEntities: string[] = [];
  const spuriousEntities: string[] = [];
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const c = (t: string) => counts.get(t) ?? (counts.set(t, { tp: 0, fp: 0, fn: 0 }), counts.get(t)!);
  const byRule = new Map<string, { tp: number; fp: number }>();
  const credit = (rule: string, ok: boolean): void => {
    const x = byRule.get(rule) ?? { tp: 0, fp: 0 };
    if (ok) x.tp++;
    else x.fp++;
    byRule.set(rule, x);
  };
  for (const n of nodes) {
    const type = graph.getNodeAttribute(n, 'type');
    const g = nodeToGold.get(n);
    if (g) {
      if (!byId.get(g)!.optional) {
        c(type).tp++;
        credit(graph.getNodeAttribute(n, 'rule'), true);
      }
    } else if (gold.entities.some((e) => e.optional && matches(n, e))) {
      // Found a borderline entity: neither rewarded nor punished.
    } else {
      c(type).fp++;
      credit(graph.getNodeAttribute(n, 'rule'), false);
      spuriousEntities.push(`${type} ${graph.getNodeAttribute(n, 'name')}`);
    }
  }
  for (const e of gold.entities) {
    if (!e.optional && !goldToNode.has(e.id)) {
      c(e.type).fn++;
      missedEntities.push(`${e.type} ${e.name}`);
    }
  }
  for (const t of SCORED_NODE_TYPES) {
    const x = c(t);
    entitiesByType[t] = prf(x.tp, x.fp, x.fn);
  }
  const et = [...counts.values()].reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });

  // Relations.
  const isOptional = (id: string): boolean => byId.get(id)?.optional ?? false;
  const goldRelOptional = (r: Gold['relations'][number]): boolean => isOptional(r.head) || isOptional(r.tail);
  const relMatches = (type: string, h: string, t: string, r: Gold['relations'][number]): boolean =>
    r.type === type && r.head === h && (type === 'PART_OF' ? ancestors(h).has(t) : r.tail === t);
  const relCounts = new Map<string, { tp: number; fp: number; fn: number }>();
  const rc = (t: string) => relCounts.get(t) ?? (relCounts.set(t, { tp: 0, fp: 0, fn: 0 }), relCounts.get(t)!);
  const matchedGold = new Set<number>();
  const spuriousRelations: string[] = [];
  const scoredRel = new Set<string>(SCORED_RELATION_TYPES);
  graph.forEachEdge((_e, a, s, t) => {
    if (!scoredRel.has(a.type) || !scoredTypes.has(graph.getNodeAttribute(s, 'type')) || !scoredTypes.has(graph.getNodeAttribute(t, 'type'))) return;
    const h = nodeToGold.get(s);
    const tl = nodeToGold.get(t);
    const hit = h && tl ? gold.relations.findIndex((r) => relMatches(a.type, h, tl, r)) : -1;
    if (hit >= 0) {
      for (let i = 0; i < gold.relations.length; i++) if (relMatches(a.type, h!, tl!, gold.relations[i]!)) matchedGold.add(i);
      if (!goldRelOptional(gold.relations[hit]!)) {
        rc(a.type).tp++;
        credit(a.rule, true);
      }
      return;
    }
    // An edge touching a borderline entity is not held against the system.
    if ((h && isOptional(h)) || (tl && isOptional(tl))) return;
    const onOptional = (n: string) => !h && gold.entities.some((e) => e.optional && matches(n, e));
    if (onOptional(s) || (!tl && gold.entities.some((e) => e.optional && matches(t, e)))) return;
    rc(a.type).fp++;
    credit(a.rule, false);
    spuriousRelations.push(`${graph.getNodeAttribute(s, 'name')} -${a.type}-> ${graph.getNodeAttribute(t, 'name')}`);
  });
  const missedRelations: string[] = [];
  gold.relations.forEach((r, i) => {
    if (goldRelOptional(r) || matchedGold.has(i)) return;
    rc(r.type).fn++;
    missedRelations.push(`${byId.get(r.head)!.name} -${r.type}-> ${byId.get(r.tail)!.name}`);
  });
  const relationsByType: Record<string, PRF> = {};
  for (const t of SCORED_RELATION_TYPES) {
    const x = rc(t);
    relationsByType[t] = prf(x.tp, x.fp, x.fn);
  }
  const rt = [...relCounts.values()].reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    byRule: Object.fromEntries([...byRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, x]) => [rule, { ...x, precision: x.tp / (x.tp + x.fp) }])),
    entities: prf(et.tp, et.fp, et.fn),
    relations: prf(rt.tp, rt.fp, rt.fn),
    entitiesByType,
    relationsByType,
    missedEntities,
    spuriousEntities,
    missedRelations,
    spuriousRelations,
  };
}

/** Precision per rule, as a table. */
export function formatByRule(r: Report): string {
  const rows = Object.entries(r.byRule).map(([rule, x]) => `${rule.padEnd(34)} ${x.precision.toFixed(3)}  ${String(x.tp).padStart(5)} ${String(x.fp).padStart(5)}`);
  return `${['By rule (nodes and edges credited to it)', `${''.padEnd(34)} P        TP    FP`, ...rows].join('\n')}\n`;
}

export function formatReport(r: Report, details = true): string {
  const pct = (x: number) => x.toFixed(3);
  const row = (name: string, p: PRF) => `${name.padEnd(12)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}  ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}`;
  const head = `${''.padEnd(12)} P      R      F1       TP   FP   FN`;
  const lines = ['Entities', head, row('all', r.entities), ...Object.entries(r.entitiesByType).map(([t, p]) => row(t, p)), '', 'Relations', head, row('all', r.relations), ...Object.entries(r.relationsByType).map(([t, p]) => row(t, p))];
  if (details) {
    const list = (title: string, xs: string[]) => (xs.length ? ['', `${title} (${xs.length}):`, ...xs.map((x) => `  ${x}`)] : []);
    lines.push(...list('Missed entities', r.missedEntities), ...list('Spurious entities', r.spuriousEntities), ...list('Missed relations', r.missedRelations), ...list('Spurious relations', r.spuriousRelations));
  }
  return `${lines.join('\n')}\n`;
}
