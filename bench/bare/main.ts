/**
 * The viewer benchmark's reference: the least a page can do to draw a
 * guanxi graph.json with sigma.js 3. It fetches the same api/graph, gives
 * each node the viewer's seeded position, size and label (so sigma draws the
 * same labels at the same places), and creates sigma with its default
 * settings. Sigma draws synchronously when it is created: the time after the
 * constructor returns is when the first frame is drawn, and the time after
 * the browser's next rendering step when it is on screen, measured as the
 * viewer measures them.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { SerializedGuanxiGraph } from '../../src/graph/model.js';
import { nodeLabel } from '../../web/src/model.js';
import { nodeSize } from '../../web/src/appearance.js';
import { seedPosition } from '../../web/src/positions.js';
import { DEFAULT_SETTINGS } from '../../web/src/settings.js';

declare global {
  interface Window {
    bare?: { firstFrame: number; shown: number; nodes: number; edges: number };
  }
}

const data = (await (await fetch('api/graph')).json()) as SerializedGuanxiGraph;
performance.mark('bare:graph-fetched');
const graph = new MultiDirectedGraph<{ x: number; y: number; label: string; size?: number }>();
const order = data.nodes.length;
for (const n of data.nodes) {
  if (n.attributes) graph.addNode(n.key, { ...seedPosition(n.key, order, DEFAULT_SETTINGS.layoutSeed), label: nodeLabel(n.attributes) });
}
for (const e of data.edges) {
  if (e.key !== undefined) graph.addEdgeWithKey(e.key, e.source, e.target);
  else graph.addEdge(e.source, e.target);
}
graph.forEachNode((key) => graph.setNodeAttribute(key, 'size', nodeSize(graph.degree(key), DEFAULT_SETTINGS)));
performance.mark('bare:graph-built');
const container = document.getElementById('graph');
if (!container) throw new Error('no #graph');
new Sigma(graph, container);
const firstFrame = performance.now();
// On screen: after the browser's next rendering step, which waits for the drawing to be done (as the viewer measures it).
requestAnimationFrame(() => setTimeout(() => (window.bare = { firstFrame, shown: performance.now(), nodes: graph.order, edges: graph.size }), 0));
