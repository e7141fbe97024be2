/**
 * ForceAtlas2 off the main thread, so the page never freezes. Runs a fixed
 * number of iterations in chunks and posts positions after each one; the
 * same input gives the same positions (no randomness, fixed iteration
 * count), which keeps the picture stable between visits.
 */
import { UndirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import * as fa2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { FromWorker, LayoutStart, ToWorker } from './layout-protocol.js';

type Assign = (graph: UndirectedGraph, params: { iterations: number; settings: ForceAtlas2Settings }) => void;
// A CommonJS module: its export (a function carrying `.assign`) is the namespace's default.
const forceAtlas2 = (fa2Module as unknown as { default: { assign: Assign } }).default;

let current = 0;

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'stop') {
    if (msg.run === current) current = 0;
    return;
  }
  current = msg.run;
  void run(msg).catch((err: unknown) => post({ type: 'error', run: msg.run, message: String(err) }));
};

async function run(msg: LayoutStart): Promise<void> {
  const graph = new UndirectedGraph<Attributes>({ multi: false, allowSelfLoops: false });
  for (let i = 0; i < msg.order; i++) graph.addNode(i, { x: msg.positions[2 * i], y: msg.positions[2 * i + 1] });
  for (let e = 0; e < msg.edges.length; e += 2) graph.mergeEdge(msg.edges[e], msg.edges[e + 1]);
  let done = 0;
  while (done < msg.iterations && current === msg.run) {
    const n = Math.min(msg.chunk, msg.iterations - done);
    forceAtlas2.assign(graph, { iterations: n, settings: msg.settings });
    done += n;
    const positions = new Float32Array(msg.order * 2);
    graph.forEachNode((key: string, a: Attributes) => {
      const i = Number(key);
      positions[2 * i] = a['x'] as number;
      positions[2 * i + 1] = a['y'] as number;
    });
    post({ type: 'progress', run: msg.run, positions, done, total: msg.iterations, finished: done >= msg.iterations }, [positions.buffer]);
    // Let a `stop` message in between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function post(message: FromWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}
