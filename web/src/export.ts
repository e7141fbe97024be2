/**
 * Export of what is on screen: GraphML in the build's own form (the same
 * writer, src/export/graphml.ts) restricted to the visible nodes and the
 * edges drawn between them, and a PNG of the drawing. Loaded when an export
 * is asked for, not with the page.
 */
import { toGraphML } from '../../src/export/graphml.js';
import { createGraph } from '../../src/graph/model.js';
import type { DataGraph } from './model.js';

export function visibleGraphML(data: DataGraph, visible: Iterable<string>, edgeShown: (edge: string) => boolean = () => true): string {
  const keep = new Set(visible);
  const graph = createGraph();
  for (const key of keep) if (data.hasNode(key)) graph.addNode(key, { ...data.getNodeAttributes(key) });
  data.forEachEdge((edge, attrs, source, target) => {
    if (keep.has(source) && keep.has(target) && edgeShown(edge)) graph.addEdgeWithKey(edge, source, target, { ...attrs });
  });
  return toGraphML(graph);
}

/**
 * Draws sigma's layers (WebGL and 2D canvases, in page order) onto one
 * canvas over a white background. Sigma renders synchronously on refresh,
 * and the WebGL buffers are still readable until control returns to the
 * browser, so no `preserveDrawingBuffer` (and its cost) is needed.
 */
/** The part of sigma a snapshot needs (any node and edge attribute types). */
interface Drawable {
  refresh(): unknown;
  getContainer(): HTMLElement;
  getDimensions(): { width: number; height: number };
}

export function snapshot(sigma: Drawable, background = '#ffffff'): HTMLCanvasElement {
  sigma.refresh();
  const container = sigma.getContainer();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a 2D canvas');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  for (const canvas of container.querySelectorAll('canvas')) {
    ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

export function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
