/**
 * The sigma renderer and what the user does to it: hover (dim all but the
 * neighbours, show edge types), click (select), double-click (show just the
 * neighbourhood), hide types, centre on a node. The state lives here; the
 * reducers turn it into what sigma draws.
 */
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { LayoutController, type LayoutState } from './layout.js';
import type { DisplayEdge, DisplayGraph, DisplayNode, View } from './model.js';
import type { ViewerSettings } from './settings.js';

export interface ViewState {
  hiddenTypes: Set<string>;
  hoveredNode: string | undefined;
  /** The hovered node and its neighbours. */
  hoverSet: Set<string> | undefined;
  hoveredEdge: string | undefined;
  selected: string | undefined;
  /** Double-click: only these nodes are shown. */
  focus: { center: string; hops: number; nodes: Set<string> } | undefined;
}

export interface ViewerEvents {
  onSelect: (node: string | undefined) => void;
  onChange: () => void;
  onLayout: (state: LayoutState) => void;
  onEdgeHover: (edge: string | undefined, x: number, y: number) => void;
}

/** Labels of more neighbours than this are not forced on hover (a hub would bury the picture in text). */
const MAX_FORCED_LABELS = 60;
/** Edge hover needs an extra picking pass; above this many edges it is left off to keep panning smooth. */
const MAX_EDGES_FOR_EDGE_EVENTS = 10_000;

export class Viewer {
  readonly state: ViewState = {
    hiddenTypes: new Set(),
    hoveredNode: undefined,
    hoverSet: undefined,
    hoveredEdge: undefined,
    selected: undefined,
    focus: undefined,
  };
  private sigma: Sigma<DisplayNode, DisplayEdge> | undefined;
  private current: View | undefined;
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

  /** Shows `view` (replacing what was shown) and starts its layout. */
  show(view: View, options: { layout?: boolean } = {}): void {
    this.layout.stop();
    this.current = view;
    this.state.hoveredNode = undefined;
    this.state.hoverSet = undefined;
    this.state.hoveredEdge = undefined;
    this.state.selected = undefined;
    this.state.focus = undefined;
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
    if (options.layout !== false) this.layout.start(view.display);
  }

  runLayout(): void {
    if (this.current) this.layout.start(this.current.display);
  }

  setTypeVisible(kind: string, visible: boolean): void {
    if (visible) this.state.hiddenTypes.delete(kind);
    else this.state.hiddenTypes.add(kind);
    if (this.state.selected && !this.isVisible(this.state.selected)) this.select(undefined);
    this.events.onChange();
    this.refresh();
  }

  /** Selects a node (opens its panel); `centre` also moves the camera to it. */
  select(node: string | undefined, options: { centre?: boolean } = {}): void {
    const display = this.current?.display;
    if (node !== undefined && !display?.hasNode(node)) node = undefined;
    if (node !== undefined) {
      // A node chosen explicitly is shown even if its type was hidden or it lies outside the focus.
      const kind = display?.getNodeAttribute(node, 'kind');
      if (kind !== undefined && this.state.hiddenTypes.delete(kind)) this.events.onChange();
      if (this.state.focus && !this.state.focus.nodes.has(node)) this.state.focus = undefined;
    }
    this.state.selected = node;
    this.events.onSelect(node);
    this.refresh();
    if (node !== undefined && options.centre) this.centreOn(node);
  }

  centreOn(node: string, ratio = this.settings.focusRatio): void {
    const sigma = this.sigma;
    if (!sigma) return;
    // Display data is in camera (framed) coordinates only once sigma has processed the pending refresh.
    sigma.once('afterRender', () => {
      const data = sigma.getNodeDisplayData(node);
      if (data) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: 400 });
    });
    sigma.scheduleRefresh();
  }

  /** Shows only `center` and the nodes within `hops` of it. */
  focusOn(center: string, hops: number): void {
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
    this.centreOn(center, 0.6);
  }

  clearFocus(): void {
    this.state.focus = undefined;
    this.events.onChange();
    this.refresh();
  }

  isVisible(node: string): boolean {
    const display = this.current?.display;
    if (!display?.hasNode(node)) return false;
    if (this.state.hiddenTypes.has(display.getNodeAttribute(node, 'kind'))) return false;
    return !this.state.focus || this.state.focus.nodes.has(node);
  }

  /** Keys of the nodes currently drawn. */
  visibleNodes(): string[] {
    return this.current ? this.current.display.filterNodes((n) => this.isVisible(n)) : [];
  }

  /** `light`: only colours and labels changed (hover), so sigma can skip re-indexing positions. */
  refresh(light = false): void {
    this.sigma?.refresh({ skipIndexation: light, schedule: true });
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
    // Sigma follows window resizes only; the side panel opening resizes the container too.
    new ResizeObserver(() => {
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
    sigma.on('clickNode', ({ node }) => this.select(node));
    sigma.on('clickStage', () => this.select(undefined));
    sigma.on('doubleClickNode', (e) => {
      // Sigma would zoom in; a double-click here means "just this neighbourhood".
      e.preventSigmaDefault();
      this.focusOn(e.node, this.settings.neighbourhoodHops);
    });
    return sigma;
  }

  private reduceNode(node: string, data: DisplayNode): Partial<NodeDisplayData> {
    const s = this.state;
    const out: Partial<NodeDisplayData> = { ...data };
    if (s.hiddenTypes.has(data.kind) || (s.focus && !s.focus.nodes.has(node))) {
      out.hidden = true;
      return out;
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
    // Nothing hidden, focused or hovered (the usual case, and every first frame): draw as is.
    if (!display || (s.hiddenTypes.size === 0 && !s.focus && s.hoveredNode === undefined && s.hoveredEdge === undefined)) return out;
    const [source, target] = display.extremities(edge);
    if (!this.isVisible(source) || !this.isVisible(target)) {
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
    }
    return out;
  }
}
