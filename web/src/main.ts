/**
 * The viewer's entry point: loads the server's configuration and the built
 * graph, explains in the page whatever goes wrong, and wires the toolbar,
 * legend, search, panel, Cypher box and exports to the renderer.
 */
import './style.css';
import { GraphFormatError, parseGraph } from '../../src/graph/model.js';
import { fetchConfig, fetchGraph, type ServerConfig } from './api.js';
import { buildDisplayGraph, renderLegend } from './appearance.js';
import { setupCypherBox } from './cypher.js';
import { byId, download } from './dom.js';
import { snapshot, toPngBlob, visibleGraphML } from './export.js';
import { loadFontFor } from './fonts.js';
import type { LayoutState } from './layout.js';
import type { DataGraph, View } from './model.js';
import { renderPanel } from './panel.js';
import { SearchBox } from './search.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { showStatus } from './status.js';
import { Viewer } from './viewer.js';

/** What tests and the benchmark read from the page. */
interface PageProbe {
  /** performance.now() (ms since navigation) when sigma first drew the graph. */
  firstFrame: number | undefined;
  /** Frames sigma has drawn. */
  frames: number;
  layout: LayoutState['type'];
  viewer: Viewer;
}

declare global {
  interface Window {
    guanxi?: PageProbe;
  }
}

const settings = DEFAULT_SETTINGS;

const ui = {
  legend: byId('legend'),
  panel: byId('panel'),
  cypher: byId('cypher'),
  stats: byId('stats'),
  neighbourhood: byId('neighbourhood'),
  hops: byId<HTMLSelectElement>('hops'),
  hopsLabel: byId('hops-label'),
  showAll: byId<HTMLButtonElement>('show-all'),
  layoutRun: byId<HTMLButtonElement>('layout-run'),
  layoutStop: byId<HTMLButtonElement>('layout-stop'),
  exportGraphml: byId<HTMLButtonElement>('export-graphml'),
  exportPng: byId<HTMLButtonElement>('export-png'),
  edgeTip: byId('edge-tip'),
};

/** The graph as built, to come back to after a Cypher result. */
let built: View | undefined;
/** Whether the probe counts sigma's frames yet (sigma exists after the first view). */
let hooked = false;

const viewer = new Viewer(byId('graph'), settings, {
  onSelect: (node) => {
    const data = viewer.view?.data;
    if (data) renderPanel(ui.panel, data, node, settings, (other) => viewer.select(other, { centre: true }));
  },
  onChange: () => updateChrome(),
  onLayout: (state) => {
    probe.layout = state.type;
    ui.layoutStop.disabled = state.type !== 'running';
    ui.layoutRun.textContent = state.type === 'running' ? `Layout ${Math.round((100 * state.done) / state.total)}%` : 'Run layout';
    if (state.type === 'error') console.error(`layout failed: ${state.message}`);
  },
  onEdgeHover: (edge, x, y) => {
    const display = viewer.view?.display;
    if (edge === undefined || !display?.hasEdge(edge)) {
      ui.edgeTip.hidden = true;
      return;
    }
    ui.edgeTip.textContent = display.getEdgeAttribute(edge, 'kind');
    ui.edgeTip.style.left = `${x + 12}px`;
    ui.edgeTip.style.top = `${y + 12}px`;
    ui.edgeTip.hidden = false;
  },
});

const probe: PageProbe = { firstFrame: undefined, frames: 0, layout: 'idle', viewer };
window.guanxi = probe;

const search = new SearchBox(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-suggestions'), settings.maxSuggestions, (key) =>
  viewer.select(key, { centre: true }),
);

/** Toolbar and legend after any change of view, filter or focus. */
function updateChrome(): void {
  const view = viewer.view;
  if (!view) return;
  // Enabled once there is something to lay out and export.
  ui.layoutRun.disabled = ui.exportGraphml.disabled = ui.exportPng.disabled = false;
  const visible = viewer.visibleNodes().length;
  ui.stats.textContent =
    `${view.display.order} nodes · ${view.display.size} edges` +
    (visible !== view.display.order ? ` · ${visible} shown` : '') +
    (view.origin.type === 'cypher' ? ' · query result' : '');
  ui.stats.dataset['nodes'] = String(view.display.order);
  ui.stats.dataset['edges'] = String(view.display.size);
  ui.stats.dataset['visible'] = String(visible);
  ui.neighbourhood.hidden = !viewer.state.focus && view.origin.type === 'build';
  ui.hopsLabel.hidden = !viewer.state.focus;
  ui.showAll.textContent = viewer.state.focus ? 'Whole graph' : 'Back to the built graph';
  renderLegend(ui.legend, view.display, viewer.state.hiddenTypes, settings, (kind, shown) => viewer.setTypeVisible(kind, shown));
}

/** Label texts of a graph.json not yet validated (anything that is not a string is skipped). */
function labelsOf(raw: unknown): string[] {
  const nodes = (raw as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return [];
  return nodes.map((n: { attributes?: { name?: unknown; title?: unknown } }) => {
    const a = n?.attributes;
    return `${typeof a?.name === 'string' ? a.name : ''}${typeof a?.title === 'string' ? a.title : ''}`;
  });
}

async function show(data: DataGraph, origin: View['origin'], fontsLoading?: Promise<void>): Promise<View> {
  const display = buildDisplayGraph(data, settings);
  performance.mark('guanxi:display-built');
  // Before sigma draws: labels drawn before their font file arrives stay empty boxes.
  await fontsLoading;
  await loadFontFor(display.mapNodes((_k, a) => a.label));
  performance.mark('guanxi:fonts-loaded');
  const view: View = { data, display, origin };
  viewer.show(view);
  performance.mark('guanxi:drawn');
  // Sigma draws synchronously when it is created or given a graph.
  probe.firstFrame ??= performance.now();
  search.setData(data);
  if (!hooked && viewer.renderer) {
    hooked = true;
    viewer.renderer.on('afterRender', () => probe.frames++);
  }
  return view;
}

function wireToolbar(): void {
  ui.layoutRun.addEventListener('click', () => viewer.runLayout());
  ui.layoutStop.addEventListener('click', () => viewer.layout.stop());
  ui.hops.value = String(settings.neighbourhoodHops);
  ui.hops.addEventListener('change', () => {
    settings.neighbourhoodHops = ui.hops.value === '2' ? 2 : 1;
    const focus = viewer.state.focus;
    if (focus) viewer.focusOn(focus.center, settings.neighbourhoodHops);
  });
  ui.showAll.addEventListener('click', () => {
    if (viewer.state.focus) viewer.clearFocus();
    else if (built && viewer.view !== built) {
      search.setData(built.data);
      viewer.show(built, { layout: false });
    }
  });
  ui.exportGraphml.addEventListener('click', () => {
    const view = viewer.view;
    if (!view) return;
    const xml = visibleGraphML(view.data, viewer.visibleNodes());
    download('guanxi-view.graphml', new Blob([xml], { type: 'application/graphml+xml' }));
  });
  ui.exportPng.addEventListener('click', () => {
    const sigma = viewer.renderer;
    if (!sigma) return;
    void toPngBlob(snapshot(sigma)).then((blob) => download('guanxi-view.png', blob));
  });
}

async function start(): Promise<void> {
  wireToolbar();
  showStatus({ type: 'loading', what: 'the graph' });
  // Both requests at once: the graph is the long one.
  const graphRequest = fetchGraph();
  let config: ServerConfig;
  try {
    config = await fetchConfig();
  } catch (err) {
    showStatus({ type: 'error', title: 'The guanxi server does not answer', message: `${String(err)}. Is guanxi serve still running?` });
    return;
  }
  void setupCypherBox(ui.cypher, config.neo4j, {
    onGraph: (graph, query) => {
      void show(graph.data, { type: 'cypher', query }).then(() => showStatus({ type: 'ready' }));
    },
  });

  const res = await graphRequest;
  performance.mark('guanxi:graph-fetched');
  if (res.type !== 'ok') {
    const title = res.type === 'missing' ? 'No graph to show' : res.type === 'malformed' ? 'The graph file is broken' : 'Cannot load the graph';
    const hint = config.neo4j.type === 'connected' ? ' Neo4j is connected: the Cypher box can still draw what the database holds.' : '';
    showStatus({ type: 'error', title, message: res.message + hint });
    return;
  }
  // The font files download while the graph is parsed and laid out.
  const fonts = loadFontFor(labelsOf(res.data));
  let data: DataGraph;
  try {
    data = parseGraph(res.data);
  } catch (err) {
    if (!(err instanceof GraphFormatError)) throw err;
    showStatus({ type: 'error', title: 'The graph file is broken', message: `${err.message}. Rebuild it with guanxi build.` });
    return;
  }
  performance.mark('guanxi:graph-parsed');
  if (data.order === 0) {
    showStatus({
      type: 'empty',
      message: `${config.dir}/graph.json has no nodes: the build found no entities in its articles. Check the build's report, or build other articles.`,
    });
    return;
  }
  built = await show(data, { type: 'build' }, fonts);
  showStatus({ type: 'ready' });
}

start().catch((err: unknown) => {
  console.error(err);
  showStatus({ type: 'error', title: 'The viewer failed', message: err instanceof Error ? err.message : String(err) });
});
