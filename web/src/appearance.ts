/**
 * Turns a data graph into the display graph: colour by type, size by
 * degree, seeded initial positions. Also draws the legend, whose checkboxes
 * hide and show types.
 */
import { MultiDirectedGraph } from 'graphology';
import { NODE_TYPES } from '../../src/graph/types.js';
import { el } from './dom.js';
import { seedPositions } from './layout.js';
import { nodeLabel, type DataGraph, type DisplayEdge, type DisplayGraph, type DisplayNode } from './model.js';
import type { ViewerSettings } from './settings.js';

export function typeColor(kind: string, settings: ViewerSettings): string {
  return (settings.typeColors as Record<string, string>)[kind] ?? settings.otherColor;
}

export function nodeSize(degree: number, settings: ViewerSettings): number {
  return Math.min(settings.maxSize, settings.minSize + settings.sizePerSqrtDegree * Math.sqrt(degree));
}

export function buildDisplayGraph(data: DataGraph, settings: ViewerSettings): DisplayGraph {
  const display: DisplayGraph = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
  data.forEachNode((key, attrs) => {
    display.addNode(key, {
      x: 0,
      y: 0,
      size: nodeSize(data.degree(key), settings),
      color: typeColor(attrs.type, settings),
      label: nodeLabel(attrs),
      kind: attrs.type,
    });
  });
  data.forEachEdge((key, attrs, source, target) => {
    display.addEdgeWithKey(key, source, target, { size: 1, color: settings.edgeColor, kind: attrs.type });
  });
  seedPositions(display, settings.layoutSeed);
  return display;
}

/** Types present in the graph, in the settings' order, with their counts. */
export function typeCounts(display: DisplayGraph): Array<[string, number]> {
  const counts = new Map<string, number>();
  display.forEachNode((_k, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  const order = [...NODE_TYPES, ...[...counts.keys()].filter((k) => !(NODE_TYPES as readonly string[]).includes(k)).sort()];
  return order.filter((k) => counts.has(k)).map((k) => [k, counts.get(k) ?? 0]);
}

/**
 * Fills the legend: one checkbox per type present. `onToggle` gets the type
 * and whether it is now visible.
 */
export function renderLegend(
  container: HTMLElement,
  display: DisplayGraph,
  hidden: ReadonlySet<string>,
  settings: ViewerSettings,
  onToggle: (kind: string, visible: boolean) => void,
): void {
  container.replaceChildren(el('h2', { text: 'Types' }));
  for (const [kind, count] of typeCounts(display)) {
    const box = el('input');
    box.type = 'checkbox';
    box.checked = !hidden.has(kind);
    box.dataset['type'] = kind;
    box.addEventListener('change', () => onToggle(kind, box.checked));
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = typeColor(kind, settings);
    const label = el('label', { className: 'legend-item' }, box, swatch, el('span', { text: kind }), el('span', { className: 'count', text: String(count) }));
    container.append(label);
  }
}
