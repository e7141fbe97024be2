/**
 * The node panel: type, name, actions (neighbourhood, path from or to
 * here), aliases, properties, honours and programmes by year, relations
 * grouped by type (each other end a link that selects it), and the
 * evidence: each sentence with its article's title and the mention marked.
 * All of it is text from articles, so it is set with textContent only.
 */
import type { EdgeAttributes, Evidence, NodeAttributes } from '../../src/graph/types.js';
import { typeColor } from './appearance.js';
import { el } from './dom.js';
import { nodeLabel, type DataGraph } from './model.js';
import type { ViewerSettings } from './settings.js';
import type { TimeIndex } from './time.js';

export interface PanelActions {
  /** A related node's link was followed. */
  onFollow: (node: string) => void;
  onNeighbourhood: (node: string) => void;
  onPathFrom: (node: string) => void;
  onPathTo: (node: string) => void;
}

/** Relation types listed by year: what a unit or person received and runs. */
const BY_YEAR = new Set(['RECEIVED', 'RUNS']);

/** Evidence sentences shown before "… and N more". */
const MAX_EVIDENCE = 30;
/** Other ends listed per relation group before "… and N more". */
const MAX_RELATED = 50;
/** Attributes shown elsewhere in the panel, not in the property list. */
const SHOWN_APART = new Set(['type', 'name', 'aliases', 'evidence', 'title']);

export function renderPanel(
  container: HTMLElement,
  data: DataGraph | undefined,
  node: string | undefined,
  settings: ViewerSettings,
  actions: PanelActions,
  time: TimeIndex | undefined,
  /** The node's label while the data graph is not there yet. */
  pendingLabel?: string,
): void {
  container.replaceChildren();
  if (node === undefined || (data ? !data.hasNode(node) : pendingLabel === undefined)) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  if (!data) {
    container.append(el('h2', { className: 'node-name', text: pendingLabel ?? node }), el('p', { className: 'muted', text: 'Loading its relations and evidence…' }));
    return;
  }
  const attrs = data.getNodeAttributes(node);
  const badge = el('span', { className: 'badge', text: attrs.type });
  badge.style.background = typeColor(attrs.type, settings);
  const heading = el('h2', { className: 'node-name', text: nodeLabel(attrs) });
  // Following a link moves the keyboard focus here, so that the next Tab goes through the new panel.
  heading.tabIndex = -1;
  container.append(el('div', { className: 'panel-head' }, badge), heading, panelActions(node, actions));

  const aliases = Array.isArray(attrs.aliases) ? attrs.aliases : [];
  if (aliases.length > 0) {
    container.append(el('h3', { text: 'Aliases' }), el('ul', { className: 'aliases' }, ...aliases.map((a) => el('li', { text: String(a) }))));
  }

  container.append(el('h3', { text: 'Properties' }), properties(attrs));
  const years = byYear(data, node, time, actions.onFollow);
  if (years) container.append(years);
  container.append(relations(data, node, actions.onFollow));
  container.append(evidence(data, Array.isArray(attrs.evidence) ? attrs.evidence : []));
}

function panelActions(node: string, actions: PanelActions): HTMLElement {
  const button = (text: string, className: string, title: string, run: (node: string) => void) => {
    const b = el('button', { text, className, title });
    b.type = 'button';
    b.addEventListener('click', () => run(node));
    return b;
  };
  return el(
    'div',
    { className: 'panel-actions' },
    button('Neighbourhood', 'action-neighbourhood', 'Show only this node and its neighbours (as a double-click does)', actions.onNeighbourhood),
    button('Path from here', 'action-path-from', 'Start a path search at this node', actions.onPathFrom),
    button('Path to here', 'action-path-to', 'End a path search at this node', actions.onPathTo),
  );
}

/** What the node received and runs (or, for an honour or programme, who received or runs it), by year; undated last. */
function byYear(data: DataGraph, node: string, time: TimeIndex | undefined, onFollow: (node: string) => void): HTMLElement | undefined {
  const groups = new Map<number | undefined, Array<{ other: string; attrs: EdgeAttributes }>>();
  data.forEachEdge(node, (edge, attrs, source, target) => {
    if (!BY_YEAR.has(attrs.type)) return;
    const other = source === node ? target : source;
    for (const y of time?.edgeYears.get(edge) ?? [undefined]) {
      const list = groups.get(y) ?? [];
      list.push({ other, attrs });
      groups.set(y, list);
    }
  });
  if (groups.size === 0) return undefined;
  const years = [...groups.keys()].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : a - b));
  const section = el('section', { className: 'by-year' }, el('h3', { text: 'Honours and programmes by year' }));
  const list = el('dl', { className: 'years' });
  for (const y of years) {
    const items = el('ul');
    for (const { other, attrs } of groups.get(y) ?? []) {
      const link = el('button', { className: 'link', text: nodeLabel(data.getNodeAttributes(other)) });
      link.type = 'button';
      link.dataset['key'] = other;
      link.addEventListener('click', () => onFollow(other));
      const extra = [attrs.type, attrs.conferrer].filter((x) => typeof x === 'string' && x !== '').join(', ');
      items.append(el('li', {}, link, el('span', { className: 'muted', text: ` ${extra}` })));
    }
    const dt = el('dt', { text: y === undefined ? 'year not given' : String(y) });
    if (y !== undefined) dt.dataset['year'] = String(y);
    list.append(dt, el('dd', {}, items));
  }
  section.append(list);
  return section;
}

function properties(attrs: NodeAttributes): HTMLElement {
  const dl = el('dl', { className: 'props' });
  if (attrs.type === 'Article' && attrs.name !== attrs.title) dl.append(el('dt', { text: 'name' }), el('dd', { text: attrs.name }));
  for (const [k, v] of Object.entries(attrs).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (SHOWN_APART.has(k) || v === undefined || v === null) continue;
    dl.append(el('dt', { text: k }), el('dd', { text: typeof v === 'string' ? v : JSON.stringify(v) }));
  }
  return dl;
}

function relations(data: DataGraph, node: string, onFollow: (node: string) => void): HTMLElement {
  const section = el('section', { className: 'relations' }, el('h3', { text: 'Relations' }));
  const groups = new Map<string, Array<{ other: string; attrs: EdgeAttributes }>>();
  const add = (group: string, other: string, attrs: EdgeAttributes) => {
    const list = groups.get(group) ?? [];
    list.push({ other, attrs });
    groups.set(group, list);
  };
  data.forEachOutEdge(node, (_e, attrs, _s, target) => add(`${attrs.type} →`, target, attrs));
  data.forEachInEdge(node, (_e, attrs, source) => add(`← ${attrs.type}`, source, attrs));
  if (groups.size === 0) {
    section.append(el('p', { className: 'muted', text: 'No relations.' }));
    return section;
  }
  for (const [group, items] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ul = el('ul');
    for (const { other, attrs } of items.slice(0, MAX_RELATED)) {
      const link = el('button', { className: 'link', text: nodeLabel(data.getNodeAttributes(other)) });
      link.type = 'button';
      link.dataset['key'] = other;
      link.addEventListener('click', () => onFollow(other));
      const extra = [attrs.role, attrs.conferrer, attrs.year].filter((x) => x !== undefined && x !== null && x !== '').join(', ');
      ul.append(el('li', {}, link, ...(extra ? [el('span', { className: 'muted', text: ` ${extra}` })] : [])));
    }
    if (items.length > MAX_RELATED) ul.append(el('li', { className: 'muted', text: `… and ${items.length - MAX_RELATED} more` }));
    const details = el('details', {}, el('summary', { text: `${group} (${items.length})` }), ul);
    details.open = true;
    section.append(details);
  }
  return section;
}

function evidence(data: DataGraph, items: Evidence[]): HTMLElement {
  const section = el('section', { className: 'evidence' }, el('h3', { text: `Evidence (${items.length})` }));
  for (const ev of items.slice(0, MAX_EVIDENCE)) section.append(evidenceItem(data, ev));
  if (items.length > MAX_EVIDENCE) section.append(el('p', { className: 'muted', text: `… and ${items.length - MAX_EVIDENCE} more` }));
  if (items.length === 0) section.append(el('p', { className: 'muted', text: 'No evidence recorded.' }));
  return section;
}

/** One evidence sentence under its article's title, the mention marked, with the rule and its confidence. */
export function evidenceItem(data: DataGraph, ev: Evidence): HTMLElement {
  const article = typeof ev.article === 'string' && data.hasNode(ev.article) ? data.getNodeAttributes(ev.article) : undefined;
  const title = article?.title ?? article?.name ?? ev.file ?? ev.article;
  const sentence = el('blockquote', { className: 'sentence' });
  const text = typeof ev.sentence === 'string' ? ev.sentence : '';
  const m = Array.isArray(ev.mention) ? ev.mention : undefined;
  if (m && m[0] >= 0 && m[1] > m[0] && m[1] <= text.length) {
    sentence.append(text.slice(0, m[0]), el('mark', { text: text.slice(m[0], m[1]) }), text.slice(m[1]));
  } else sentence.append(text);
  const meta = [ev.rule, typeof ev.confidence === 'number' ? ev.confidence.toFixed(2) : undefined].filter(Boolean).join(' · ');
  return el('div', { className: 'evidence-item' }, el('div', { className: 'article-title', text: String(title ?? '') }), sentence, el('div', { className: 'muted', text: meta }));
}
