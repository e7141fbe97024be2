/**
 * The years of facts, for the year range and the panel's list by year. A
 * fact (an edge) is of the year the text gives it (RECEIVED `year`), else of
 * the dates of the articles its evidence comes from, else, for an article's
 * own edges (MENTIONS, AUTHORED), of that article's date. A node is of the
 * years of its evidence's articles (an Article: its own date).
 */
import type { DataGraph } from './model.js';

export interface TimeIndex {
  /** Years of each edge that has any, ascending. */
  edgeYears: Map<string, readonly number[]>;
  /** Years of each node that has any, ascending. */
  nodeYears: Map<string, readonly number[]>;
  /** The earliest and latest year of any fact or node; undefined when the graph has no dates at all. */
  bounds: { min: number; max: number } | undefined;
}

/** The year of a date written YYYY, YYYY-MM or YYYY-MM-DD (or a number); undefined for anything else. */
export function yearOf(date: unknown): number | undefined {
  if (typeof date === 'number') return Number.isInteger(date) && date > 0 ? date : undefined;
  if (typeof date !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  return m ? Number(m[1]) : undefined;
}

const sorted = (years: Set<number>): readonly number[] => [...years].sort((a, b) => a - b);

export function timeIndex(data: DataGraph): TimeIndex {
  const articleYear = new Map<string, number>();
  data.forEachNode((key, a) => {
    if (a.type !== 'Article') return;
    const y = yearOf(a.date);
    if (y !== undefined) articleYear.set(key, y);
  });
  const evidenceYears = (evidence: unknown): Set<number> => {
    const years = new Set<number>();
    if (Array.isArray(evidence)) {
      for (const ev of evidence as Array<{ article?: unknown }>) {
        const y = typeof ev?.article === 'string' ? articleYear.get(ev.article) : undefined;
        if (y !== undefined) years.add(y);
      }
    }
    return years;
  };

  let min = Infinity;
  let max = -Infinity;
  const note = (years: readonly number[]) => {
    for (const y of years) {
      if (y < min) min = y;
      if (y > max) max = y;
    }
  };

  const edgeYears = new Map<string, readonly number[]>();
  data.forEachEdge((key, a, source, target) => {
    const own = yearOf(a.year);
    let years: Set<number>;
    if (own !== undefined) years = new Set([own]);
    else {
      years = evidenceYears(a.evidence);
      if (years.size === 0) {
        for (const end of [source, target]) {
          const y = articleYear.get(end);
          if (y !== undefined) years.add(y);
        }
      }
    }
    if (years.size > 0) {
      const list = sorted(years);
      edgeYears.set(key, list);
      note(list);
    }
  });

  const nodeYears = new Map<string, readonly number[]>();
  data.forEachNode((key, a) => {
    const own = articleYear.get(key);
    const years = own !== undefined ? new Set([own]) : evidenceYears(a.evidence);
    if (years.size > 0) {
      const list = sorted(years);
      nodeYears.set(key, list);
      note(list);
    }
  });

  return { edgeYears, nodeYears, bounds: min <= max ? { min, max } : undefined };
}

export interface YearRange {
  from: number;
  to: number;
  /** Whether facts and nodes without any year stay shown. */
  undated: boolean;
}

/** Whether something of `years` (undefined: undated) falls in `range`. */
export function inRange(years: readonly number[] | undefined, range: YearRange): boolean {
  if (!years || years.length === 0) return range.undated;
  return years.some((y) => y >= range.from && y <= range.to);
}
