/**
 * The sigma renderer and what the user does to it: hover (dim all but the
 * neighbours, show edge types), click (select), double-click (show just the
 * neighbourhood), filters (types, relations, years), colour by type or by
 * community, a highlighted set of paths, centre on a node. The state lives
 * here; the reducers turn it into what sigma draws.
 */
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Communities } from './communities.js';
import { computeVisibility, emptyFilters, type Filters, type Visibility } from './filters.js';
import { LayoutController, type LayoutState } from './layout.js';
import type { DisplayEdge, DisplayGraph, DisplayNode, View } from './model.js';
import type { ViewerSettings } from './settings.js';
import type { TimeIndex } from './time.js';
import type { ColourMode } from './url-state.js';

/** Paths drawn over the graph: their nodes and relations, and the one singled out (if any). */
export interface PathHighlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface ViewState {
  filters: Filters;
  colour: ColourMode;
  hoveredNode: string | undefined;
  /** The hovered node and its neighbours. */
  hoverSet: Set<string> | undefined;
  hoveredEdge: string | undefined;
  selected: string | undefined;
  /** Double-click: only these nodes are shown. */
  focus: { center: string; hops: 1 | 2; nodes: Set<string> } | undefined;
  path: PathHighlight | undefined;
}

export interface ViewerEvents {
  onSelect: (node: string | undefined) => void;
  /** Anything the toolbar and legend show changed (view, filters, focus, colours). */
  onChange: () => void;
  /** The user changed the view on the canvas (click, double-click): a step in the history. */
  onUserAction: () => void;
  onLayout: (state: LayoutState) => void;
  onEdgeHover: (edge: string | undefined, x: number, y: number) => void;
}

/** Labels of more neighbours than this are not forced on hover (a hub would bury the picture in text). */
const MAX_FORCED_LABELS = 60;
/** Edge hover needs an extra picking pass; above this many edges it is left off to keep panning smooth. */
const MAX_EDGES_FOR_EDGE_EVENTS = 10_000;

export class Viewer {
  readonly state: ViewState = {
    filters: emptyFilters(),
    colour: 'type',
    hoveredNode: undefined,
    hoverSet: undefined,
    hoveredEdge: undefined,
    selected: undefined,
    focus: undefined,
    path: undefined,
  };
  private sigma: Sigma<DisplayNode, DisplayEdge> | undefined;
  private current: View | undefined;
  private time: TimeIndex | undefined;
  private visibility: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set() };
  private communityCache: { key: Visibility; value: Communities } | undefined;
  private communityLoader: Promise<typeof import('./communities.js')> | undefined;
  readonly layout: LayoutController;

  constructor(
    private readonly container: HTMLElement,
    private readonly settings: ViewerSettings,
    private readonly events: ViewerEvents,
  ) {
    this.layout = new LayoutController(settings, () => undefined, (s) => events.onLayout(s));
  }

  get view(): View | undefined {
    return this.current;
  }

  get renderer(): Sigma<DisplayNode, DisplayEdge> | undefined {
    return this.sigma;
  }

  /** The communities of what is shown, when colouring by community and they are computed. */
  get communities(): Communities | undefined {
    return this.state.colour === 'community' && this.communityCache?.key === this.visibility ? this.communityCache.value : undefined;
  }

  /**
   * Shows `view` (replacing what was shown). Filters and colouring stay;
   * selection, neighbourhood and paths belong to the graph shown and go.
   * The layout starts when asked (`startLayout`), so that it does not delay
   * the first frame.
   */
  show(view: View): void {
    this.layout.stop();
    this.current = view;
    this.time = undefined;
    this.state.hoveredNode = undefined;
    this.state.hoverSet = undefined;
    this.state.hoveredEdge = undefined;
    this.state.selected = undefined;
    this.state.focus = undefined;
    this.state.path = undefined;
    this.updateVisibility();
    if (!this.sigma) this.sigma = this.createSigma(view.display);
    else {
      this.sigma.setGraph(view.display);
      this.sigma.setSetting('enableEdgeEvents', view.display.size <= MAX_EDGES_FOR_EDGE_EVENTS);
      this.sigma.setSetting('labelRenderedSizeThreshold', this.settings.labelThreshold(view.display.order));
      this.sigma.setSetting('hideEdgesOnMove', view.display.size > this.settings.hideEdgesOnMoveAbove);
      this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    }
    this.events.onSelect(undefined);
    this.events.onChange();
  }

  runLayout(): void {
    if (this.current) this.layout.start(this.current.display);
  }

  /** The years of the shown graph's facts, once its data graph is there (the year filter needs them). */
  setTime(time: TimeIndex | undefined): void {
    this.time = time;
    if (this.state.filters.years) this.filtersChanged();
  }

  setFilters(change: Partial<Filters>): void {
    const f = this.state.filters;
    const sameSet = (a: Set<string> | undefined, b: Set<string>) => a === undefined || (a.size === b.size && [...a].every((x) => b.has(x)));
    const y = change.years;
    const sameYears = !('years' in change) || (y === undefined ? f.years === undefined : f.years !== undefined && y.from === f.years.from && y.to === f.years.to && y.undated === f.years.undated);
    // Redrawing a large graph is slow without a GPU: nothing to do, nothing drawn.
    if (sameSet(change.hiddenTypes, f.hiddenTypes) && sameSet(change.hiddenRelations, f.hiddenRelations) && sameYears) return;
    Object.assign(f, change);
    this.filtersChanged();
  }

  setTypeVisible(kind: string, visible: boolean): void {
    const hidden = new Set(this.state.filters.hiddenTypes);
    if (visible) hidden.delete(kind);
    else hidden.add(kind);
    this.setFilters({ hiddenTypes: hidden });
  }

  setRelationVisible(kind: string, visible: boolean): void {
    const hidden = new Set(this.state.filters.hiddenRelations);
    if (visible) hidden.delete(kind);
    else hidden.add(kind);
    this.setFilters({ hiddenRelations: hidden });
  }

  /** Colour by type or by community; resolves once the colours are drawn (communities load and run first). */
  async setColour(mode: ColourMode): Promise<void> {
    if (mode === this.state.colour && (mode === 'type' || this.communities)) return;
    this.state.colour = mode;
    if (mode === 'community') await this.ensureCommunities();
    this.events.onChange();
    this.refresh(true);
  }

  /** Selects a node (opens its panel); `centre` also moves the camera to it. */
  select(node: string | undefined, options: { centre?: boolean } = {}): void {
    const display = this.current?.display;
    if (node !== undefined && !display?.hasNode(node)) node = undefined;
    // A node chosen explicitly is drawn even if a filter hides it; outside the neighbourhood, the whole graph comes back.
    if (node !== undefined && this.state.focus && !this.state.focus.nodes.has(node)) {
      this.state.focus = undefined;
      this.events.onChange();
    }
    this.state.selected = node;
    this.events.onSelect(node);
    this.refresh();
    if (node !== undefined && options.centre) this.centreOn(node);
  }

  centreOn(node: string, ratio = this.settings.focusRatio, animate = true): void {
    const sigma = this.sigma;
    if (!sigma) return;
    // Display data is in camera (framed) coordinates only once sigma has processed the pending refresh.
    sigma.once('afterRender', () => {
      const data = sigma.getNodeDisplayData(node);
      if (!data) return;
      if (animate) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: 400 });
      else sigma.getCamera().setState({ x: data.x, y: data.y, ratio });
    });
    sigma.scheduleRefresh();
  }

  /** Moves the camera so that `nodes` fill the view. */
  fitNodes(nodes: Iterable<string>): void {
    const sigma = this.sigma;
    if (!sigma) return;
    const keys = [...nodes];
    sigma.once('afterRender', () => {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const key of keys) {
        const d = sigma.getNodeDisplayData(key);
        if (!d) continue;
        minX = Math.min(minX, d.x);
        maxX = Math.max(maxX, d.x);
        minY = Math.min(minY, d.y);
        maxY = Math.max(maxY, d.y);
      }
      if (minX > maxX) return;
      // Display data is in framed coordinates, where the whole graph spans about 1 and ratio 1 shows it all.
      const ratio = Math.min(1.2, Math.max(this.settings.focusRatio / 2, 1.3 * Math.max(maxX - minX, maxY - minY)));
      void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
    });
    sigma.scheduleRefresh();
  }

  /** Shows only `center` and the nodes within `hops` of it. */
  focusOn(center: string, hops: 1 | 2, options: { camera?: boolean } = {}): void {
    const display = this.current?.display;
    if (!display?.hasNode(center)) return;
    const nodes = new Set([center]);
    let frontier = [center];
    for (let h = 0; h < hops; h++) {
      const next: string[] = [];
      for (const n of frontier) {
        display.forEachNeighbor(n, (m) => {
          if (!nodes.has(m)) {
            nodes.add(m);
            next.push(m);
          }
        });
      }
      frontier = next;
    }
    this.state.focus = { center, hops, nodes };
    this.state.selected = center;
    this.events.onSelect(center);
    this.events.onChange();
    this.refresh();
    if (options.camera !== false) this.fitNodes(nodes);
  }

  clearFocus(): void {
    this.state.focus = undefined;
    this.events.onChange();
    this.refresh();
  }

  /** Draws these paths over the graph (undefined: none). */
  setPath(path: PathHighlight | undefined): void {
    if (path === undefined && this.state.path === undefined) return;
    this.state.path = path;
    if (path) this.state.focus = undefined;
    this.events.onChange();
    this.refresh();
  }

  /** Whether `node` is drawn: not hidden by a filter or outside the neighbourhood (the selection and paths always are). */
  isVisible(node: string): boolean {
    const s = this.state;
    if (!this.current?.display.hasNode(node)) return false;
    if (node === s.selected || s.path?.nodes.has(node)) return true;
    if (this.visibility.hiddenNodes.has(node)) return false;
    return !s.focus || s.focus.nodes.has(node);
  }

  /** Keys of the nodes currently drawn. */
  visibleNodes(): string[] {
    return this.current ? this.current.display.filterNodes((n) => this.isVisible(n)) : [];
  }

  /** How many nodes and relations are drawn (counted only when something is hidden: the toolbar asks after every change). */
  visibleCounts(): { nodes: number; edges: number } {
    const display = this.current?.display;
    if (!display) return { nodes: 0, edges: 0 };
    const s = this.state;
    if (!s.focus && this.visibility.hiddenNodes.size === 0 && this.visibility.hiddenEdges.size === 0) return { nodes: display.order, edges: display.size };
    let nodes = 0;
    display.forEachNode((node) => {
      if (this.isVisible(node)) nodes++;
    });
    let edges = 0;
    display.forEachEdge((edge, _a, source, target) => {
      if (this.isEdgeVisible(edge, source, target)) edges++;
    });
    return { nodes, edges };
  }

  /** `light`: only colours and labels changed (hover), so sigma can skip re-indexing positions. */
  refresh(light = false): void {
    this.sigma?.refresh({ skipIndexation: light, schedule: true });
  }

  private filtersChanged(): void {
    this.updateVisibility();
    const s = this.state;
    if (s.selected && !this.isVisible(s.selected)) this.select(undefined);
    this.events.onChange();
    this.refresh();
    if (s.colour === 'community') {
      void this.ensureCommunities().then(() => {
        this.events.onChange();
        this.refresh(true);
      });
    }
  }

  private updateVisibility(): void {
    const display = this.current?.display;
    this.visibility = display ? computeVisibility(display, this.state.filters, this.time) : { hiddenNodes: new Set(), hiddenEdges: new Set() };
  }

  /** Louvain on what the filters leave shown; loaded on first use (it is not needed for the first frame). */
  private async ensureCommunities(): Promise<void> {
    const display = this.current?.display;
    if (!display || this.communityCache?.key === this.visibility) return;
    this.communityLoader ??= import('./communities.js');
    const { detectCommunities } = await this.communityLoader;
    // The filters or the view may have changed while the module loaded.
    if (display !== this.current?.display || this.communityCache?.key === this.visibility) return;
    this.communityCache = { key: this.visibility, value: detectCommunities(display, this.visibility, this.settings) };
  }

  /** Whether `edge` is drawn (its type and years not filtered out, both ends drawn; paths always are). */
  isEdgeShown(edge: string): boolean {
    const display = this.current?.display;
    if (!display?.hasEdge(edge)) return false;
    const [source, target] = display.extremities(edge);
    return this.isEdgeVisible(edge, source, target);
  }

  private isEdgeVisible(edge: string, source: string, target: string): boolean {
    if (this.state.path?.edges.has(edge)) return true;
    return !this.visibility.hiddenEdges.has(edge) && this.isVisible(source) && this.isVisible(target);
  }

  private createSigma(graph: DisplayGraph): Sigma<DisplayNode, DisplayEdge> {
    const sigma = new Sigma<DisplayNode, DisplayEdge>(graph, this.container, {
      labelFont: this.settings.labelFont,
      edgeLabelFont: this.settings.labelFont,
      labelSize: 13,
      labelRenderedSizeThreshold: this.settings.labelThreshold(graph.order),
      renderEdgeLabels: true,
      enableEdgeEvents: graph.size <= MAX_EDGES_FOR_EDGE_EVENTS,
      hideEdgesOnMove: graph.size > this.settings.hideEdgesOnMoveAbove,
      defaultEdgeType: 'arrow',
      zIndex: true,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    // Sigma follows window resizes only; the side panel opening resizes the container too. The observer also
    // reports the size sigma has just drawn at, once, right away: redrawing then would double the first frame's work.
    new ResizeObserver(() => {
      const { width, height } = sigma.getDimensions();
      if (width === this.container.offsetWidth && height === this.container.offsetHeight) return;
      sigma.resize();
      sigma.refresh({ schedule: true });
    }).observe(this.container);
    sigma.on('enterNode', ({ node }) => {
      const display = this.current?.display;
      if (!display) return;
      this.state.hoveredNode = node;
      this.state.hoverSet = new Set([node, ...display.neighbors(node)]);
      this.refresh(true);
    });
    sigma.on('leaveNode', () => {
      this.state.hoveredNode = undefined;
      this.state.hoverSet = undefined;
      this.refresh(true);
    });
    sigma.on('enterEdge', ({ edge, event }) => {
      this.state.hoveredEdge = edge;
      this.events.onEdgeHover(edge, event.x, event.y);
      this.refresh(true);
    });
    sigma.on('leaveEdge', () => {
      this.state.hoveredEdge = undefined;
      this.events.onEdgeHover(undefined, 0, 0);
      this.refresh(true);
    });
    sigma.on('clickNode', ({ node }) => {
      this.select(node);
      this.events.onUserAction();
    });
    sigma.on('clickStage', () => {
      if (this.state.selected === undefined) return;
      this.select(undefined);
      this.events.onUserAction();
    });
    sigma.on('doubleClickNode', (e) => {
      // Sigma would zoom in; a double-click here means "just this neighbourhood".
      e.preventSigmaDefault();
      this.focusOn(e.node, this.settings.neighbourhoodHops);
      this.events.onUserAction();
    });
    return sigma;
  }

  private reduceNode(node: string, data: DisplayNode): Partial<NodeDisplayData> {
    const s = this.state;
    const out: Partial<NodeDisplayData> = { ...data };
    if (!this.isVisible(node)) {
      out.hidden = true;
      return out;
    }
    if (s.colour === 'community') {
      const communities = this.communities;
      const rank = communities?.byNode.get(node);
      if (rank !== undefined) out.color = communities?.list[rank]?.color ?? data.color;
    }
    if (s.hoverSet) {
      if (!s.hoverSet.has(node)) {
        out.color = this.settings.dimColor;
        out.label = '';
        out.zIndex = 0;
      } else {
        out.zIndex = 1;
        if (node === s.hoveredNode || s.hoverSet.size <= MAX_FORCED_LABELS) out.forceLabel = true;
      }
    } else if (s.path) {
      if (s.path.nodes.has(node)) {
        out.forceLabel = true;
        out.zIndex = 1;
      } else {
        out.color = this.settings.dimColor;
        out.label = '';
        out.zIndex = 0;
      }
    }
    if (node === s.selected) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  }

  private reduceEdge(edge: string, data: DisplayEdge): Partial<EdgeDisplayData> {
    const s = this.state;
    const out: Partial<EdgeDisplayData> = { ...data };
    const display = this.current?.display;
    // Nothing hidden, focused, hovered or on a path (the usual case, and every first frame): draw as is.
    if (!display || (this.visibility.hiddenEdges.size === 0 && this.visibility.hiddenNodes.size === 0 && !s.focus && !s.path && s.hoveredNode === undefined && s.hoveredEdge === undefined)) {
      return out;
    }
    const [source, target] = display.extremities(edge);
    if (!this.isEdgeVisible(edge, source, target)) {
      out.hidden = true;
      return out;
    }
    const touchesHovered = s.hoveredNode !== undefined && (source === s.hoveredNode || target === s.hoveredNode);
    if (touchesHovered || edge === s.hoveredEdge) {
      out.color = this.settings.highlightEdgeColor;
      out.label = data.kind;
      out.forceLabel = true;
      out.size = 2;
      out.zIndex = 1;
    } else if (s.hoveredNode !== undefined) {
      out.hidden = true;
    } else if (s.path) {
      if (s.path.edges.has(edge)) {
        out.color = this.settings.pathColor;
        out.size = this.settings.pathEdgeSize;
        out.label = data.kind;
        out.forceLabel = true;
        out.zIndex = 2;
      } else out.hidden = true;
    }
    return out;
  }
}
