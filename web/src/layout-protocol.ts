/** Messages between the page and the ForceAtlas2 worker. */
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface LayoutStart {
  type: 'start';
  run: number;
  order: number;
  /** Pairs of node indices, one per edge (self-loops left out). */
  edges: Uint32Array;
  /** x0, y0, x1, y1, … */
  positions: Float32Array;
  iterations: number;
  chunk: number;
  settings: ForceAtlas2Settings;
}

export interface LayoutStop {
  type: 'stop';
  run: number;
}

export interface LayoutProgress {
  type: 'progress';
  run: number;
  positions: Float32Array;
  done: number;
  total: number;
  finished: boolean;
}

export type ToWorker = LayoutStart | LayoutStop;
export type FromWorker = LayoutProgress | { type: 'error'; run: number; message: string };
