/**
 * The search box: suggestions over names and aliases as the user types.
 * Matching is by substring on a normalised form (Traditional characters
 * converted to Simplified with OpenCC, case and spaces and quotes ignored),
 * so 向工 finds 工行沈阳向工街支行 and 工商銀行 finds 中国工商银行.
 */
import { Converter } from 'opencc-js/t2cn';
import { el } from './dom.js';
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

/** Wires the input and its suggestion list; `onChoose` gets the chosen node key. */
export class SearchBox {
  private data: DataGraph | undefined;
  private index: SearchIndex | undefined;
  private suggestions: Suggestion[] = [];
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly limit: number,
    private readonly onChoose: (key: string) => void,
  ) {
    input.addEventListener('input', () => this.update());
    input.addEventListener('focus', () => this.update());
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (this.suggestions.length === 0) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        this.active = (this.active + step + this.suggestions.length) % this.suggestions.length;
        this.render();
      } else if (e.key === 'Enter') {
        const s = this.suggestions[Math.max(this.active, 0)];
        if (s) this.choose(s);
      } else if (e.key === 'Escape') this.close();
    });
  }

  /** The index is built on first use: on a large graph that keeps it out of the first frame's way. */
  setData(data: DataGraph): void {
    this.data = data;
    this.index = undefined;
    this.input.value = '';
    this.close();
  }

  private update(): void {
    if (!this.index && this.data) this.index = new SearchIndex(this.data);
    this.suggestions = this.index?.find(this.input.value, this.limit) ?? [];
    this.active = -1;
    this.render();
  }

  private choose(s: Suggestion): void {
    this.input.value = s.label;
    this.close();
    this.onChoose(s.key);
  }

  private close(): void {
    this.suggestions = [];
    this.list.hidden = true;
    this.list.replaceChildren();
  }

  private render(): void {
    this.list.replaceChildren();
    if (this.input.value.trim() !== '' && this.suggestions.length === 0) {
      this.list.append(el('li', { className: 'none', text: 'No match' }));
    }
    this.suggestions.forEach((s, i) => {
      const li = el('li', {}, el('span', { className: `badge t-${s.kind}`, text: s.kind }), el('span', { className: 'name', text: s.label }));
      if (s.via) li.append(el('span', { className: 'via', text: `(${s.via})` }));
      li.setAttribute('role', 'option');
      li.dataset['key'] = s.key;
      if (i === this.active) li.setAttribute('aria-selected', 'true');
      // mousedown, not click: the input's blur would close the list first.
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.choose(s);
      });
      this.list.append(li);
    });
    this.list.hidden = this.list.childElementCount === 0;
  }
}
