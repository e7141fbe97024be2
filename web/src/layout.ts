/**
 * ForceAtlas2 in a web worker, from the current positions (seeded at first,
 * see positions.ts), started automatically and from the toolbar, stoppable
 * at any time.
 */
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { FromWorker, ToWorker } from './layout-protocol.js';
import type { DisplayGraph } from './model.js';
import type { ViewerSettings } from './settings.js';

export type LayoutState = { type: 'idle' } | { type: 'running'; done: number; total: number } | { type: 'stopped' } | { type: 'error'; message: string };

export class LayoutController {
  private worker: Worker | undefined;
  private run = 0;
  private index = new Map<string, number>();

  constructor(
    private readonly settings: ViewerSettings,
    private readonly onPositions: () => void,
    private readonly onState: (state: LayoutState) => void,
  ) {}

  /** Runs ForceAtlas2 on `display` from its current positions. */
  start(display: DisplayGraph): void {
    this.stop();
    if (display.order < 2) return;
    this.worker ??= this.createWorker();
    const run = ++this.run;
    const index = new Map<string, number>();
    const keys = display.nodes();
    keys.forEach((k, i) => index.set(k, i));
    this.index = index;
    const positions = new Float32Array(keys.length * 2);
    keys.forEach((k, i) => {
      positions[2 * i] = display.getNodeAttribute(k, 'x');
      positions[2 * i + 1] = display.getNodeAttribute(k, 'y');
    });
    const pairs: number[] = [];
    display.forEachEdge((_e, _a, s, t) => {
      if (s !== t) pairs.push(index.get(s) ?? 0, index.get(t) ?? 0);
    });
    const edges = Uint32Array.from(pairs);
    const total = this.settings.layoutIterations(display.order);
    const msg: ToWorker = {
      type: 'start',
      run,
      order: keys.length,
      edges,
      positions,
      iterations: total,
      chunk: this.settings.layoutChunk,
      settings: { ...inferSettings(display.order), adjustSizes: false },
    };
    this.target = display;
    this.worker.postMessage(msg, [edges.buffer, positions.buffer]);
    this.onState({ type: 'running', done: 0, total });
  }

  stop(): void {
    if (this.worker && this.target) {
      const msg: ToWorker = { type: 'stop', run: this.run };
      this.worker.postMessage(msg);
      this.target = undefined;
      this.onState({ type: 'stopped' });
    }
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.target = undefined;
  }

  private target: DisplayGraph | undefined;

  private createWorker(): Worker {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      if (msg.run !== this.run || !this.target) return;
      if (msg.type === 'error') {
        this.target = undefined;
        this.onState({ type: 'error', message: msg.message });
        return;
      }
      const index = this.index;
      // One batched update: sigma reacts to it once, not once per node.
      this.target.updateEachNodeAttributes(
        (key, attrs) => {
          const i = index.get(key);
          if (i === undefined) return attrs;
          attrs.x = msg.positions[2 * i] ?? attrs.x;
          attrs.y = msg.positions[2 * i + 1] ?? attrs.y;
          return attrs;
        },
        { attributes: ['x', 'y'] },
      );
      this.onPositions();
      if (msg.finished) {
        this.target = undefined;
        this.onState({ type: 'idle' });
      } else this.onState({ type: 'running', done: msg.done, total: msg.total });
    };
    worker.onerror = (event) => {
      this.target = undefined;
      this.onState({ type: 'error', message: event.message || 'the layout worker failed to start' });
    };
    return worker;
  }
}
