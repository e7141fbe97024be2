/**
 * What the filters hide: node types, relation types and a year range. The
 * result is computed once per change (not in sigma's reducers, which run for
 * every node and edge on every frame).
 *
 * Under a year range, an edge shows when one of its years is in the range
 * (see time.ts); an Article when its date is; any other node when one of its
 * facts is in the range, or, for a node without facts, when its evidence is.
 */
import type { DisplayGraph } from './model.js';
import { inRange, type TimeIndex, type YearRange } from './time.js';

export interface Filters {
  hiddenTypes: Set<string>;
  hiddenRelations: Set<string>;
  years: YearRange | undefined;
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

export function emptyFilters(): Filters {
  return { hiddenTypes: new Set(), hiddenRelations: new Set(), years: undefined };
}

export function filtersActive(f: Filters): boolean {
  return f.hiddenTypes.size > 0 || f.hiddenRelations.size > 0 || f.years !== undefined;
}

export function computeVisibility(display: DisplayGraph, filters: Filters, time: TimeIndex | undefined): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  if (!filtersActive(filters)) return { hiddenNodes, hiddenEdges };
  const years = time ? filters.years : undefined;

  // Facts out of the range first: they decide which entities are in it.
  const edgeInTime = (edge: string) => !years || inRange(time?.edgeYears.get(edge), years);
  display.forEachNode((node, a) => {
    if (filters.hiddenTypes.has(a.kind)) {
      hiddenNodes.add(node);
      return;
    }
    if (!years) return;
    let inTime: boolean;
    if (a.kind === 'Article' || display.degree(node) === 0) inTime = inRange(time?.nodeYears.get(node), years);
    else inTime = display.someEdge(node, (edge) => edgeInTime(edge));
    if (!inTime) hiddenNodes.add(node);
  });
  display.forEachEdge((edge, a, source, target) => {
    if (filters.hiddenRelations.has(a.kind) || hiddenNodes.has(source) || hiddenNodes.has(target) || !edgeInTime(edge)) hiddenEdges.add(edge);
  });
  return { hiddenNodes, hiddenEdges };
}
