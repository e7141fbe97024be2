/**
 * The search box: suggestions over names and aliases as the user types.
 * Matching is by substring on a normalised form (Traditional characters
 * converted to Simplified with OpenCC, case and spaces and quotes ignored),
 * so 向工 finds 工行沈阳向工街支行 and 工商銀行 finds 中国工商银行. The converter's
 * tables are large: the search box (search-box.ts) loads this module when it
 * is first used, not with the page.
 */
import { Converter } from 'opencc-js/t2cn';
import type { DataGraph } from './model.js';
import { nodeLabel } from './model.js';

const toSimplified = Converter({ from: 't', to: 'cn' });

export function normalise(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s"'“”‘’「」『』《》]/g, '');
}

interface Entry {
  key: string;
  label: string;
  kind: string;
  forms: Array<{ text: string; norm: string }>;
}

export interface Suggestion {
  key: string;
  label: string;
  kind: string;
  /** The alias that matched, when it was not the name. */
  via: string | undefined;
}

export class SearchIndex {
  private readonly entries: Entry[] = [];

  constructor(data: DataGraph) {
    data.forEachNode((key, attrs) => {
      const texts = [nodeLabel(attrs), attrs.name, ...(Array.isArray(attrs.aliases) ? attrs.aliases : [])];
      const seen = new Set<string>();
      const forms: Entry['forms'] = [];
      for (const text of texts) {
        if (typeof text !== 'string' || seen.has(text)) continue;
        seen.add(text);
        forms.push({ text, norm: normalise(text) });
      }
      this.entries.push({ key, label: nodeLabel(attrs), kind: attrs.type, forms });
    });
  }

  /** Best matches first: exact, then prefix, then substring; shorter names first within each. */
  find(query: string, limit: number): Suggestion[] {
    const q = normalise(query);
    if (q === '') return [];
    const scored: Array<{ s: Suggestion; rank: number; len: number }> = [];
    for (const e of this.entries) {
      let best: { rank: number; via: string | undefined } | undefined;
      e.forms.forEach((f, i) => {
        const at = f.norm.indexOf(q);
        if (at < 0) return;
        const rank = f.norm === q ? 0 : at === 0 ? 1 : 2;
        if (!best || rank < best.rank) best = { rank, via: i === 0 ? undefined : f.text };
      });
      if (best) scored.push({ s: { key: e.key, label: e.label, kind: e.kind, via: best.via === e.label ? undefined : best.via }, rank: best.rank, len: e.label.length });
    }
    scored.sort((a, b) => a.rank - b.rank || a.len - b.len || (a.s.label < b.s.label ? -1 : 1));
    return scored.slice(0, limit).map((x) => x.s);
  }
}
