/**
 * Paths between two entities: the two ends (each a search box, or filled
 * from a node's panel), how many paths at most, and the relation types the
 * search leaves out (MENTIONS by default, so that paths go through facts,
 * not through "the same article names both"). The result lists each path
 * hop by hop, with the relation's type and direction and its evidence, and
 * the paths are drawn over the graph; a path's title singles it out.
 */
import { EDGE_TYPES } from '../../src/graph/types.js';
import { el } from './dom.js';
import { nodeLabel, type DataGraph } from './model.js';
import { evidenceItem } from './panel.js';
import { kShortestPaths, type Path } from './paths.js';
import { SearchBox, type SharedIndex } from './search-box.js';
import { DEFAULT_AVOID, DEFAULT_K, MAX_K, type UrlState } from './url-state.js';
import type { PathHighlight } from './viewer.js';

export type PathState = NonNullable<UrlState['path']>;

export interface PathPanelEvents {
  /** The paths to draw (undefined: none). */
  onHighlight: (highlight: PathHighlight | undefined) => void;
  /** The search changed by the user's hand: a step in the history. */
  onUserChange: () => void;
  onFollow: (node: string) => void;
}

const order = (kind: string): number => {
  const i = (EDGE_TYPES as readonly string[]).indexOf(kind);
  return i < 0 ? EDGE_TYPES.length : i;
};

/** Evidence sentences shown per hop. */
const HOP_EVIDENCE = 2;

export class PathPanel {
  private data: DataGraph | undefined;
  private state: PathState | undefined;
  private paths: Path[] = [];
  /** The path singled out, if any. */
  private single: number | undefined;
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly fromInput = el('input');
  private readonly toInput = el('input');
  private readonly k = el('select');
  private readonly avoid = el('fieldset', { className: 'path-avoid' });
  private readonly result = el('div', { className: 'path-result' });

  constructor(
    private readonly container: HTMLElement,
    shared: SharedIndex,
    limit: number,
    private readonly events: PathPanelEvents,
  ) {
    const close = el('button', { className: 'close', text: '×', title: 'Close the path search' });
    close.type = 'button';
    close.id = 'path-close';
    close.setAttribute('aria-label', 'Close the path search');
    close.addEventListener('click', () => {
      this.set(undefined);
      this.events.onUserChange();
    });
    const end = (input: HTMLInputElement, id: string, text: string) => {
      input.id = id;
      input.type = 'search';
      input.autocomplete = 'off';
      input.placeholder = 'Search names and aliases…';
      const list = el('ul', { className: 'suggestions' });
      list.id = `${id}-suggestions`;
      list.hidden = true;
      const label = el('label', { text });
      label.htmlFor = id;
      return { row: el('div', { className: 'path-end search' }, label, input, list), list };
    };
    const from = end(this.fromInput, 'path-from', 'From');
    const to = end(this.toInput, 'path-to', 'To');
    this.fromBox = new SearchBox(this.fromInput, from.list, limit, shared, (key) => this.setEnd('from', key));
    this.toBox = new SearchBox(this.toInput, to.list, limit, shared, (key) => this.setEnd('to', key));
    const swap = el('button', { text: '⇅ swap', className: 'small', title: 'Swap the two ends' });
    swap.type = 'button';
    swap.id = 'path-swap';
    swap.addEventListener('click', () => {
      if (!this.state) return;
      this.set({ ...this.state, from: this.state.to, to: this.state.from });
      this.events.onUserChange();
    });
    this.k.id = 'path-k';
    for (let i = 1; i <= MAX_K; i++) this.k.append(new Option(String(i), String(i)));
    this.k.addEventListener('change', () => {
      this.set({ ...this.current(), k: Number(this.k.value) });
      this.events.onUserChange();
    });
    const kLabel = el('label', { className: 'path-k' }, el('span', { text: 'At most ' }), this.k, el('span', { text: ' paths' }));
    this.result.id = 'path-result';
    this.result.setAttribute('aria-live', 'polite');
    container.replaceChildren(el('div', { className: 'section-head' }, el('h2', { text: 'Paths' }), close), from.row, to.row, el('div', { className: 'row' }, swap, kLabel), this.avoid, this.result);
    container.hidden = true;
    this.renderAvoid();
  }

  /** The search as the URL holds it (undefined when closed). */
  get urlState(): PathState | undefined {
    return this.state ? { ...this.state, avoid: [...this.state.avoid] } : undefined;
  }

  /** The data graph the search runs on (undefined: not there yet). */
  setData(data: DataGraph | undefined): void {
    this.data = data;
    this.renderAvoid();
    this.update();
  }

  /** Opens the section (empty or as it was) and puts the keyboard in the first empty end. */
  open(): void {
    if (!this.state) this.set(this.current());
    (this.state?.from && !this.state.to ? this.toInput : this.fromInput).focus();
  }

  /** Sets one end (from a node's panel or a search box) and searches when both are set. */
  setEnd(which: 'from' | 'to', node: string): void {
    this.set({ ...this.current(), [which]: node });
    this.events.onUserChange();
    if (which === 'from' && !this.state?.to) this.toInput.focus();
  }

  /** Replaces the whole search (from the URL or history); undefined closes it. */
  set(state: PathState | undefined): void {
    // Relation types in the model's order, so that the URL and the messages do not depend on the order of clicks.
    const avoid = (kinds: string[]) => [...new Set(kinds)].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
    this.state = state ? { ...state, k: Math.min(Math.max(1, state.k), MAX_K), avoid: avoid(state.avoid) } : undefined;
    this.single = undefined;
    this.container.hidden = this.state === undefined;
    this.update();
  }

  private current(): PathState {
    return this.state ?? { k: DEFAULT_K, avoid: [...DEFAULT_AVOID] };
  }

  private label(node: string | undefined): string {
    return node !== undefined && this.data?.hasNode(node) ? nodeLabel(this.data.getNodeAttributes(node)) : '';
  }

  private update(): void {
    const s = this.state;
    this.paths = [];
    if (!s) {
      this.result.replaceChildren();
      this.events.onHighlight(undefined);
      return;
    }
    // An end not chosen yet keeps what the user may be typing there.
    if (s.from !== undefined || document.activeElement !== this.fromInput) this.fromBox.setText(this.label(s.from));
    if (s.to !== undefined || document.activeElement !== this.toInput) this.toBox.setText(this.label(s.to));
    this.k.value = String(s.k);
    for (const box of this.avoid.querySelectorAll<HTMLInputElement>('input[data-relation]')) box.checked = s.avoid.includes(box.dataset['relation'] ?? '');
    const data = this.data;
    if (!data) {
      this.result.replaceChildren(el('p', { className: 'muted', text: 'Loading the graph…' }));
      this.events.onHighlight(undefined);
      return;
    }
    const from = s.from !== undefined && data.hasNode(s.from) ? s.from : undefined;
    const to = s.to !== undefined && data.hasNode(s.to) ? s.to : undefined;
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? 'where the paths start' : 'where they end';
      this.result.replaceChildren(el('p', { className: 'muted', text: `Choose ${missing}: search above, or "Path ${from === undefined ? 'from' : 'to'} here" in a node's panel.` }));
      this.events.onHighlight(undefined);
      return;
    }
    if (from === to) {
      this.result.replaceChildren(el('p', { className: 'muted', text: 'The two ends are the same node.' }));
      this.events.onHighlight(undefined);
      return;
    }
    const avoid = new Set(s.avoid);
    this.paths = kShortestPaths(data, from, to, { k: s.k, allowed: (edge) => !avoid.has(data.getEdgeAttribute(edge, 'type')) });
    this.render();
  }

  private render(): void {
    const data = this.data;
    const s = this.state;
    if (!data || !s) return;
    if (this.paths.length === 0) {
      const left = s.avoid.length > 0 ? ` without ${s.avoid.join(', ')}` : '';
      this.result.replaceChildren(el('p', { className: 'path-summary', text: `No path between ${this.label(s.from)} and ${this.label(s.to)}${left}.` }));
      this.events.onHighlight(undefined);
      return;
    }
    const hops = this.paths.map((p) => p.edges.length);
    const min = Math.min(...hops);
    const max = Math.max(...hops);
    const summary = el('p', {
      className: 'path-summary',
      text: `${this.paths.length} shortest path${this.paths.length === 1 ? '' : 's'}, ${min === max ? min : `${min} to ${max}`} hop${max === 1 ? '' : 's'}`,
    });
    summary.dataset['paths'] = String(this.paths.length);
    const list = el('ol', { className: 'path-list' });
    this.paths.forEach((path, i) => {
      const title = el('button', { className: 'path-title', text: `Path ${i + 1} · ${path.edges.length} hop${path.edges.length === 1 ? '' : 's'}`, title: 'Draw only this path (again: all of them)' });
      title.type = 'button';
      title.setAttribute('aria-pressed', String(this.single === i));
      title.addEventListener('click', () => {
        this.single = this.single === i ? undefined : i;
        this.render();
      });
      const steps = el('ol', { className: 'hops' });
      path.edges.forEach((edge, h) => steps.append(this.hop(data, path.nodes[h] as string, path.nodes[h + 1] as string, edge)));
      const item = el('li', { className: 'path' }, title, steps);
      item.dataset['hops'] = String(path.edges.length);
      if (this.single !== undefined && this.single !== i) item.classList.add('dimmed');
      list.append(item);
    });
    this.result.replaceChildren(summary, list);
    const shown = this.single === undefined ? this.paths : [this.paths[this.single] as Path];
    this.events.onHighlight({ nodes: new Set(shown.flatMap((p) => p.nodes)), edges: new Set(shown.flatMap((p) => p.edges)) });
  }

  private hop(data: DataGraph, a: string, b: string, edge: string): HTMLElement {
    const attrs = data.getEdgeAttributes(edge);
    const forward = data.source(edge) === a;
    const link = (node: string) => {
      const button = el('button', { className: 'link', text: this.label(node) });
      button.type = 'button';
      button.dataset['key'] = node;
      button.addEventListener('click', () => this.events.onFollow(node));
      return button;
    };
    const extra = [attrs.role, attrs.conferrer, attrs.year].filter((x) => x !== undefined && x !== null && x !== '').join(', ');
    const relation = el('span', { className: 'relation', text: forward ? ` —${attrs.type}→ ` : ` ←${attrs.type}— ` });
    const item = el('li', { className: 'hop' }, el('div', { className: 'hop-line' }, link(a), relation, link(b), ...(extra ? [el('span', { className: 'muted', text: ` (${extra})` })] : [])));
    item.dataset['type'] = attrs.type;
    const evidence = Array.isArray(attrs.evidence) ? attrs.evidence : [];
    for (const ev of evidence.slice(0, HOP_EVIDENCE)) item.append(evidenceItem(data, ev));
    if (evidence.length > HOP_EVIDENCE) item.append(el('p', { className: 'muted', text: `… and ${evidence.length - HOP_EVIDENCE} more sentences` }));
    if (evidence.length === 0) item.append(el('p', { className: 'muted', text: 'No evidence recorded.' }));
    return item;
  }

  private renderAvoid(): void {
    const present = new Set<string>();
    this.data?.forEachEdge((_e, a) => present.add(a.type));
    const kinds = [...EDGE_TYPES].filter((t) => present.size === 0 || present.has(t));
    this.avoid.replaceChildren(el('legend', { text: 'Leave out' }));
    for (const kind of kinds) {
      const box = el('input');
      box.type = 'checkbox';
      box.dataset['relation'] = kind;
      box.checked = this.current().avoid.includes(kind);
      box.addEventListener('change', () => {
        const avoid = new Set(this.current().avoid);
        if (box.checked) avoid.add(kind);
        else avoid.delete(kind);
        this.set({ ...this.current(), avoid: [...avoid] });
        this.events.onUserChange();
      });
      this.avoid.append(el('label', { className: 'legend-item' }, box, el('span', { text: kind })));
    }
  }
}
