/**
 * The viewer's entry point: loads the built graph and the server's
 * configuration, explains in the page whatever goes wrong, and wires the
 * toolbar, legend, search, panel, paths, history, Cypher box and exports to
 * the renderer.
 *
 * The first frame comes first: the graph is drawn from the parsed JSON as
 * soon as it arrives, with the fallback font; the layout, the data graph
 * (panel, search, paths, years), the label font, the legend and the view
 * held in the URL follow. Modules only some sessions use (search's
 * converter, communities, Cypher, export) load when first used.
 */
import './style.css';
import { GraphFormatError, parseGraph } from '../../src/graph/model.js';
import { fetchConfig, fetchGraph, type ServerConfig } from './api.js';
import { buildDisplayGraph } from './appearance.js';
import { byId, download } from './dom.js';
import { LabelFonts } from './fonts.js';
import type { LayoutState } from './layout.js';
import { Legend } from './legend.js';
import type { DataGraph, View } from './model.js';
import { Navigation } from './navigation.js';
import { renderPanel } from './panel.js';
import { PathPanel } from './path-panel.js';
import { SearchBox, SharedIndex } from './search-box.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { showStatus } from './status.js';
import { timeIndex, type TimeIndex } from './time.js';
import type { UrlState } from './url-state.js';
import { Viewer } from './viewer.js';

/** What tests and the benchmark read from the page. */
interface PageProbe {
  /** performance.now() (ms since navigation) when sigma first drew the graph (its draw calls made). */
  firstFrame: number | undefined;
  /**
   * When the browser had put that frame on screen: after its next rendering step, which waits for the
   * drawing to be done (with software WebGL, that is where most of a large graph's drawing time goes).
   */
  shown: number | undefined;
  /** Frames sigma has drawn. */
  frames: number;
  layout: LayoutState['type'];
  /** The data graph is there: panel, search, paths and years work. */
  dataReady: boolean;
  /** The font files of every label drawn so far are loaded (and the labels drawn again with them). */
  fontsReady: boolean;
  /** The view held in the URL has been applied (after opening the page, Back or Forward). */
  navigations: number;
  viewer: Viewer;
}

declare global {
  interface Window {
    guanxi?: PageProbe;
  }
}

const settings = DEFAULT_SETTINGS;

const ui = {
  panel: byId('panel'),
  paths: byId('paths'),
  cypher: byId('cypher'),
  stats: byId('stats'),
  neighbourhood: byId('neighbourhood'),
  hops: byId<HTMLSelectElement>('hops'),
  hopsLabel: byId('hops-label'),
  showAll: byId<HTMLButtonElement>('show-all'),
  pathOpen: byId<HTMLButtonElement>('path-open'),
  layoutRun: byId<HTMLButtonElement>('layout-run'),
  layoutStop: byId<HTMLButtonElement>('layout-stop'),
  exportGraphml: byId<HTMLButtonElement>('export-graphml'),
  exportPng: byId<HTMLButtonElement>('export-png'),
  edgeTip: byId('edge-tip'),
  search: byId<HTMLInputElement>('search-input'),
};

/** The graph as built, to come back to after a Cypher result. */
let built: View | undefined;
/** Years of the facts of the graph shown (undefined until its data graph is there). */
let time: TimeIndex | undefined;

const viewer = new Viewer(byId('graph'), settings, {
  onSelect: () => renderSelected(),
  onChange: () => updateChrome(),
  onUserAction: () => nav.push(),
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

const probe: PageProbe = { firstFrame: undefined, shown: undefined, frames: 0, layout: 'idle', dataReady: false, fontsReady: false, navigations: 0, viewer };
window.guanxi = probe;

const fonts = new LabelFonts(() => {
  viewer.refresh(true);
  noteFonts();
});

/** Tells the probe whether the labels drawn so far have their font. */
function noteFonts(): void {
  probe.fontsReady = fonts.ready;
}

/** Selects `node` and centres on it, as a step in the history. */
function visit(node: string): void {
  viewer.select(node, { centre: true });
  nav.push();
}

const index = new SharedIndex();
new SearchBox(ui.search, byId<HTMLUListElement>('search-suggestions'), settings.maxSuggestions, index, (key) => visit(key));

const paths = new PathPanel(ui.paths, index, settings.maxSuggestions, {
  onHighlight: (highlight) => viewer.setPath(highlight),
  onUserChange: () => {
    // Paths the user just asked for are brought into view.
    const path = viewer.state.path;
    if (path) viewer.fitNodes(path.nodes);
    nav.push();
  },
  onFollow: (node) => visit(node),
});

const legend = new Legend(byId('legend'), settings, {
  onColour: (mode) => void viewer.setColour(mode).then(() => nav.push()),
  onType: (kind, visible) => {
    viewer.setTypeVisible(kind, visible);
    nav.push();
  },
  onRelation: (kind, visible) => {
    viewer.setRelationVisible(kind, visible);
    nav.push();
  },
  onYears: (range, final) => {
    viewer.setFilters({ years: range });
    if (final) nav.push();
  },
  onCommunity: (leader) => visit(leader),
});

function renderSelected(): void {
  const view = viewer.view;
  const node = viewer.state.selected;
  const pending = node !== undefined && view?.display.hasNode(node) ? view.display.getNodeAttribute(node, 'label') : undefined;
  renderPanel(
    ui.panel,
    view?.data,
    node,
    settings,
    {
      onFollow: (other) => {
        visit(other);
        // The keyboard follows the link into the new panel.
        ui.panel.querySelector<HTMLElement>('.node-name')?.focus();
      },
      onNeighbourhood: (n) => {
        viewer.focusOn(n, settings.neighbourhoodHops);
        nav.push();
      },
      onPathFrom: (n) => paths.setEnd('from', n),
      onPathTo: (n) => paths.setEnd('to', n),
    },
    time,
    pending,
  );
}

/** Toolbar and legend after any change of view, filter, focus or colouring. */
function updateChrome(): void {
  const view = viewer.view;
  if (!view) return;
  // Enabled once there is something to lay out and export.
  ui.layoutRun.disabled = ui.exportPng.disabled = false;
  ui.exportGraphml.disabled = view.data === undefined;
  ui.pathOpen.disabled = view.data === undefined;
  const { nodes: visible, edges } = viewer.visibleCounts();
  ui.stats.textContent =
    `${view.display.order} nodes · ${view.display.size} edges` +
    (visible !== view.display.order || edges !== view.display.size ? ` · ${visible} and ${edges} shown` : '') +
    (view.origin.type === 'cypher' ? ' · query result' : '');
  ui.stats.dataset['nodes'] = String(view.display.order);
  ui.stats.dataset['edges'] = String(view.display.size);
  ui.stats.dataset['visible'] = String(visible);
  ui.stats.dataset['visibleEdges'] = String(edges);
  ui.neighbourhood.hidden = !viewer.state.focus && view.origin.type === 'build';
  ui.hopsLabel.hidden = !viewer.state.focus;
  ui.hops.value = String(viewer.state.focus?.hops ?? settings.neighbourhoodHops);
  ui.showAll.textContent = viewer.state.focus ? 'Whole graph' : 'Back to the built graph';
  legend.update(viewer.state.filters, viewer.state.colour, viewer.communities);
}

/** The view as the URL holds it. */
function snapshot(): UrlState {
  const s = viewer.state;
  const camera = viewer.renderer?.getCamera().getState();
  const state: UrlState = {
    node: s.selected,
    focus: s.focus ? { center: s.focus.center, hops: s.focus.hops } : undefined,
    path: paths.urlState,
    hiddenTypes: [...s.filters.hiddenTypes],
    hiddenRelations: [...s.filters.hiddenRelations],
    colour: s.colour,
    years: s.filters.years,
    // The whole graph, as a page opens, needs no camera in the URL.
    camera: camera && (Math.abs(camera.x - 0.5) > 1e-4 || Math.abs(camera.y - 0.5) > 1e-4 || Math.abs(camera.ratio - 1) > 1e-4) ? { x: camera.x, y: camera.y, ratio: camera.ratio } : undefined,
  };
  return state;
}

let applying = 0;
/** Makes the view what the URL says (opening the page, Back, Forward). */
async function apply(state: UrlState): Promise<void> {
  const run = ++applying;
  const display = viewer.view?.display;
  if (!display) return;
  viewer.setFilters({
    hiddenTypes: new Set(state.hiddenTypes ?? []),
    hiddenRelations: new Set(state.hiddenRelations ?? []),
    // A year range only means something where there are years.
    years: time?.bounds ? state.years : undefined,
  });
  await viewer.setColour(state.colour ?? 'type');
  if (run !== applying) return;
  paths.set(state.path);
  if (state.focus && display.hasNode(state.focus.center)) viewer.focusOn(state.focus.center, state.focus.hops, { camera: !state.camera });
  else if (viewer.state.focus) viewer.clearFocus();
  const node = state.node !== undefined && display.hasNode(state.node) ? state.node : undefined;
  if (node !== viewer.state.selected) viewer.select(node, { centre: node !== undefined && !state.camera && !state.focus });
  if (state.camera) viewer.renderer?.getCamera().setState(state.camera);
  probe.navigations++;
}

const nav = new Navigation(snapshot, apply, settings.cameraUrlDelay);

/** Draws the labels' characters with the shipped font once they are loaded (see fonts.ts). */
function requestLabelFonts(): Promise<void> {
  const sigma = viewer.renderer;
  const display = viewer.view?.display;
  if (!sigma || !display) return Promise.resolve();
  const labels: string[] = [];
  for (const node of sigma.getNodeDisplayedLabels()) if (display.hasNode(node)) labels.push(display.getNodeAttribute(node, 'label'));
  const hovered = viewer.state.hoveredNode;
  if (hovered !== undefined && display.hasNode(hovered)) labels.push(display.getNodeAttribute(hovered, 'label'));
  const loaded = fonts.request(labels);
  noteFonts();
  return loaded;
}

let hooked = false;
function hookRenderer(): void {
  const sigma = viewer.renderer;
  if (hooked || !sigma) return;
  hooked = true;
  sigma.on('afterRender', () => {
    probe.frames++;
    void requestLabelFonts();
  });
  sigma.getCamera().on('updated', () => nav.cameraMoved());
}

/** What needs the data graph: panel, search, paths, years, legend. */
function useData(view: View, data: DataGraph): void {
  view.data = data;
  time = timeIndex(data);
  viewer.setTime(time);
  legend.setGraph(view.display, time);
  index.setData(data);
  paths.setData(data);
  renderSelected();
  updateChrome();
}

/** Shows a graph whose data graph is already there (a Cypher result, or the built graph again). */
function showView(view: View, layout: boolean): void {
  time = undefined;
  viewer.show(view);
  hookRenderer();
  if (view.data) useData(view, view.data);
  if (layout) viewer.runLayout();
}

/** Resolves after the browser's next rendering step (a task queued from requestAnimationFrame runs after it); bench/bare does the same. */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function wireToolbar(): void {
  ui.layoutRun.addEventListener('click', () => viewer.runLayout());
  ui.layoutStop.addEventListener('click', () => viewer.layout.stop());
  ui.hops.value = String(settings.neighbourhoodHops);
  ui.hops.addEventListener('change', () => {
    settings.neighbourhoodHops = ui.hops.value === '2' ? 2 : 1;
    const focus = viewer.state.focus;
    if (focus) {
      viewer.focusOn(focus.center, settings.neighbourhoodHops);
      nav.push();
    }
  });
  ui.showAll.addEventListener('click', () => {
    if (viewer.state.focus) viewer.clearFocus();
    else if (built && viewer.view !== built) showView(built, false);
    nav.push();
  });
  ui.pathOpen.addEventListener('click', () => {
    paths.open();
    nav.push();
  });
  ui.exportGraphml.addEventListener('click', () => {
    const view = viewer.view;
    const data = view?.data;
    if (!data) return;
    void import('./export.js').then(({ visibleGraphML }) => {
      const xml = visibleGraphML(data, viewer.visibleNodes(), (edge) => viewer.isEdgeShown(edge));
      download('guanxi-view.graphml', new Blob([xml], { type: 'application/graphml+xml' }));
    });
  });
  ui.exportPng.addEventListener('click', () => {
    const sigma = viewer.renderer;
    if (!sigma) return;
    void import('./export.js').then(({ snapshot: draw, toPngBlob }) => toPngBlob(draw(sigma))).then((blob) => download('guanxi-view.png', blob));
  });
  // "/" puts the keyboard in the search box; Escape (outside a text field) lets go of the selection.
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '/') {
      e.preventDefault();
      ui.search.focus();
    } else if (e.key === 'Escape' && viewer.state.selected !== undefined) {
      viewer.select(undefined);
      nav.push();
    }
  });
}

async function setupCypher(config: ServerConfig): Promise<void> {
  if (config.neo4j.type === 'off') return;
  const { setupCypherBox } = await import('./cypher.js');
  await setupCypherBox(ui.cypher, config.neo4j, {
    onGraph: (graph, query) => {
      const display = buildDisplayGraph(graph.data.export(), settings);
      showView({ display, data: graph.data, origin: { type: 'cypher', query } }, true);
      showStatus({ type: 'ready' });
      nav.push();
    },
  });
}

async function start(): Promise<void> {
  wireToolbar();
  showStatus({ type: 'loading', what: 'the graph' });
  // Both requests at once: the graph is the long one.
  const graphRequest = fetchGraph();
  const configRequest = fetchConfig().then(
    (config) => ({ type: 'ok' as const, config }),
    (err: unknown) => ({ type: 'error' as const, message: String(err) }),
  );

  const res = await graphRequest;
  performance.mark('guanxi:graph-fetched');
  const configured = async (): Promise<ServerConfig | undefined> => {
    const c = await configRequest;
    if (c.type === 'ok') return c.config;
    showStatus({ type: 'error', title: 'The guanxi server does not answer', message: `${c.message}. Is guanxi serve still running?` });
    return undefined;
  };
  if (res.type !== 'ok') {
    const config = await configured();
    if (!config) return;
    void setupCypher(config);
    const title = res.type === 'missing' ? 'No graph to show' : res.type === 'malformed' ? 'The graph file is broken' : 'Cannot load the graph';
    const hint = config.neo4j.type === 'connected' ? ' Neo4j is connected: the Cypher box can still draw what the database holds.' : '';
    showStatus({ type: 'error', title, message: res.message + hint });
    return;
  }
  const broken = (err: unknown) => {
    if (!(err instanceof GraphFormatError)) throw err;
    showStatus({ type: 'error', title: 'The graph file is broken', message: `${err.message}. Rebuild it with guanxi build.` });
  };

  let view: View;
  try {
    view = { display: buildDisplayGraph(res.data, settings), data: undefined, origin: { type: 'build' } };
  } catch (err) {
    broken(err);
    return;
  }
  performance.mark('guanxi:display-built');
  if (view.display.order === 0) {
    const config = await configured();
    if (!config) return;
    showStatus({
      type: 'empty',
      message: `${config.dir}/graph.json has no nodes: the build found no entities in its articles. Check the build's report, or build other articles.`,
    });
    void setupCypher(config);
    return;
  }
  built = view;
  // Sigma draws synchronously when it is created.
  showView(view, false);
  probe.firstFrame = performance.now();
  performance.mark('guanxi:drawn');
  showStatus({ type: 'drawn' });
  // That frame was drawn inside sigma's constructor, before the hook on its frames: ask for its labels' font here.
  const firstLabels = requestLabelFonts().then(() => performance.mark('guanxi:fonts-ready'));

  // The data graph next (panel, search and paths need it), once the first frame is on screen; then the layout,
  // which would otherwise compete with it for the processor.
  await afterNextFrame();
  probe.shown = performance.now();
  performance.mark('guanxi:shown');
  // Types and relations can be filtered at once; the years come with the data graph.
  legend.setGraph(view.display, undefined);
  updateChrome();
  let data: DataGraph;
  try {
    data = parseGraph(res.data);
  } catch (err) {
    broken(err);
    return;
  }
  useData(view, data);
  probe.dataReady = true;
  performance.mark('guanxi:data-ready');
  await nav.start();
  // The layout redraws the graph continually: on a large graph it would hold back the first labels' font files.
  await firstLabels;
  viewer.runLayout();
  const config = await configured();
  if (!config) return;
  showStatus({ type: 'ready' });
  void setupCypher(config);
}

start().catch((err: unknown) => {
  console.error(err);
  showStatus({ type: 'error', title: 'The viewer failed', message: err instanceof Error ? err.message : String(err) });
});
