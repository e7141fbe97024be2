/**
 * The node panel: type, name, aliases, properties, relations grouped by
 * type (each other end a link that selects it), and the evidence: each
 * sentence with its article's title and the mention marked. All of it is
 * text from articles, so it is set with textContent only.
 */
import type { EdgeAttributes, Evidence, NodeAttributes } from '../../src/graph/types.js';
import { typeColor } from './appearance.js';
import { el } from './dom.js';
import { nodeLabel, type DataGraph } from './model.js';
import type { ViewerSettings } from './settings.js';

/** Evidence sentences shown before "… and N more". */
const MAX_EVIDENCE = 30;
/** Other ends listed per relation group before "… and N more". */
const MAX_RELATED = 50;
/** Attributes shown elsewhere in the panel, not in the property list. */
const SHOWN_APART = new Set(['type', 'name', 'aliases', 'evidence', 'title']);

export function renderPanel(
  container: HTMLElement,
  data: DataGraph,
  node: string | undefined,
  settings: ViewerSettings,
  onFollow: (node: string) => void,
): void {
  container.replaceChildren();
  if (node === undefined || !data.hasNode(node)) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const attrs = data.getNodeAttributes(node);
  const badge = el('span', { className: 'badge', text: attrs.type });
  badge.style.background = typeColor(attrs.type, settings);
  container.append(el('div', { className: 'panel-head' }, badge), el('h2', { className: 'node-name', text: nodeLabel(attrs) }));

  const aliases = Array.isArray(attrs.aliases) ? attrs.aliases : [];
  if (aliases.length > 0) {
    container.append(el('h3', { text: 'Aliases' }), el('ul', { className: 'aliases' }, ...aliases.map((a) => el('li', { text: String(a) }))));
  }

  container.append(el('h3', { text: 'Properties' }), properties(attrs));
  container.append(relations(data, node, onFollow));
  container.append(evidence(data, Array.isArray(attrs.evidence) ? attrs.evidence : []));
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
  for (const ev of items.slice(0, MAX_EVIDENCE)) {
    const article = typeof ev.article === 'string' && data.hasNode(ev.article) ? data.getNodeAttributes(ev.article) : undefined;
    const title = article?.title ?? article?.name ?? ev.file ?? ev.article;
    const sentence = el('blockquote', { className: 'sentence' });
    const text = typeof ev.sentence === 'string' ? ev.sentence : '';
    const m = Array.isArray(ev.mention) ? ev.mention : undefined;
    if (m && m[0] >= 0 && m[1] > m[0] && m[1] <= text.length) {
      sentence.append(text.slice(0, m[0]), el('mark', { text: text.slice(m[0], m[1]) }), text.slice(m[1]));
    } else sentence.append(text);
    const meta = [ev.rule, typeof ev.confidence === 'number' ? ev.confidence.toFixed(2) : undefined].filter(Boolean).join(' · ');
    section.append(el('div', { className: 'evidence-item' }, el('div', { className: 'article-title', text: String(title ?? '') }), sentence, el('div', { className: 'muted', text: meta })));
  }
  if (items.length > MAX_EVIDENCE) section.append(el('p', { className: 'muted', text: `… and ${items.length - MAX_EVIDENCE} more` }));
  if (items.length === 0) section.append(el('p', { className: 'muted', text: 'No evidence recorded.' }));
  return section;
}
