/**
 * A search input with its list of suggestions, as a combobox: typing lists
 * matches, ArrowDown/ArrowUp move through them (the input keeps the focus
 * and points at the active one with aria-activedescendant), Enter chooses
 * the active one (or the first), Escape closes the list. The toolbar's
 * search and the two ends of a path search are each one of these, sharing
 * one index, which is built (and its module loaded) on first use.
 */
import { el } from './dom.js';
import type { DataGraph } from './model.js';
import type { SearchIndex, Suggestion } from './search.js';

/** One search index per data graph, built when first asked for. */
export class SharedIndex {
  private data: DataGraph | undefined;
  private index: Promise<SearchIndex> | undefined;
  private readonly listeners = new Set<() => void>();

  setData(data: DataGraph | undefined): void {
    this.data = data;
    this.index = undefined;
    for (const l of this.listeners) l();
  }

  /** Called whenever the data changes (boxes clear their suggestions). */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** The index, or undefined while there is no data yet. */
  get(): Promise<SearchIndex> | undefined {
    const data = this.data;
    if (!data) return undefined;
    this.index ??= import('./search.js').then(({ SearchIndex }) => new SearchIndex(data));
    return this.index;
  }
}

let boxes = 0;

export class SearchBox {
  private suggestions: Suggestion[] = [];
  private active = -1;
  private readonly id = `search-${++boxes}`;
  /** Increases with every keystroke, so that a slow index load does not show stale suggestions. */
  private generation = 0;
  /** The search under way, if any: Enter pressed meanwhile waits for it. */
  private updating: Promise<void> | undefined;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly limit: number,
    private readonly shared: SharedIndex,
    private readonly onChoose: (key: string, label: string) => void,
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    if (!list.id) list.id = `${this.id}-list`;
    input.setAttribute('aria-controls', list.id);
    list.setAttribute('role', 'listbox');
    input.addEventListener('input', () => this.search());
    input.addEventListener('focus', () => {
      if (input.value.trim() !== '') this.search();
    });
    // Later, so that a click on a suggestion lands first; not if the input has the focus again by then (its new
    // search would be thrown away).
    input.addEventListener('blur', () =>
      setTimeout(() => {
        if (document.activeElement !== input) this.close();
      }, 150),
    );
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (this.suggestions.length === 0) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        this.active = (this.active + step + this.suggestions.length) % this.suggestions.length;
        this.render();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        const chooseActive = () => {
          const s = this.suggestions[Math.max(this.active, 0)];
          if (s) this.choose(s);
        };
        if (this.updating) void this.updating.then(chooseActive);
        else chooseActive();
      } else if (e.key === 'Escape') {
        if (!this.list.hidden) e.stopPropagation();
        this.close();
      }
    });
    // New data (the built graph's data graph arriving, or a Cypher result): search again what is typed.
    shared.onChange(() => {
      this.close();
      if (document.activeElement === input && input.value.trim() !== '') this.search();
    });
  }

  /** Shows `text` in the input without searching (e.g. the name of a path end chosen elsewhere). */
  setText(text: string): void {
    this.input.value = text;
    this.close();
  }

  private search(): void {
    const run = this.update().finally(() => {
      if (this.updating === run) this.updating = undefined;
    });
    this.updating = run;
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const query = this.input.value;
    const pending = this.shared.get();
    if (!pending) return;
    const index = await pending;
    if (generation !== this.generation) return;
    this.suggestions = index.find(query, this.limit);
    this.active = -1;
    this.render();
  }

  private choose(s: Suggestion): void {
    this.input.value = s.label;
    this.close();
    this.onChoose(s.key, s.label);
  }

  private close(): void {
    this.generation++;
    this.suggestions = [];
    this.active = -1;
    this.list.hidden = true;
    this.list.replaceChildren();
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private render(): void {
    this.list.replaceChildren();
    if (this.input.value.trim() !== '' && this.suggestions.length === 0) {
      this.list.append(el('li', { className: 'none', text: 'No match' }));
    }
    this.suggestions.forEach((s, i) => {
      const li = el('li', {}, el('span', { className: `badge t-${s.kind}`, text: s.kind }), el('span', { className: 'name', text: s.label }));
      if (s.via) li.append(el('span', { className: 'via', text: `(${s.via})` }));
      li.id = `${this.id}-option-${i}`;
      li.setAttribute('role', 'option');
      li.dataset['key'] = s.key;
      li.setAttribute('aria-selected', String(i === this.active));
      // mousedown, not click: the input's blur would close the list first.
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.choose(s);
      });
      this.list.append(li);
    });
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.id}-option-${this.active}`);
      this.list.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
    this.list.hidden = this.list.childElementCount === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
  }
}
