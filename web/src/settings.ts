/**
 * The viewer's settings and their defaults, in one place: colours, sizes,
 * layout parameters, search limits. Everything else reads them from here.
 */
import type { NodeType } from '../../src/graph/types.js';

export interface ViewerSettings {
  /** Colour of each node type (the legend shows them in this order). */
  typeColors: Record<NodeType, string>;
  /** Colour for labels Neo4j returns that are not guanxi types. */
  otherColor: string;
  /** Colour of nodes and edges pushed to the background while hovering. */
  dimColor: string;
  edgeColor: string;
  highlightEdgeColor: string;
  /** Node size = min(maxSize, minSize + sizePerSqrtDegree·√degree). */
  minSize: number;
  maxSize: number;
  sizePerSqrtDegree: number;
  labelFont: string;
  /** Labels of nodes drawn smaller than this (in pixels) are left out, by graph size. */
  labelThreshold: (order: number) => number;
  /** Edges are left out while the user drags or zooms on graphs with more edges than this (smooth panning without a GPU). */
  hideEdgesOnMoveAbove: number;
  /** Seed of the initial positions: same graph, same picture. */
  layoutSeed: number;
  /** Total ForceAtlas2 iterations of one run, by graph size. */
  layoutIterations: (order: number) => number;
  /** Iterations between two position updates sent by the worker. */
  layoutChunk: number;
  /** Suggestions shown under the search box. */
  maxSuggestions: number;
  /** Hops shown by a double-click (1 or 2); the toolbar can change it. */
  neighbourhoodHops: 1 | 2;
  /** Camera zoom ratio when centring on a found node (smaller is closer). */
  focusRatio: number;
  /** Colour and width of the relations on a path between two entities. */
  pathColor: string;
  pathEdgeSize: number;
  /** Seed of Louvain's random choices: same graph and filters, same communities. */
  communitySeed: number;
  /** Colours of the largest communities, largest first; the others share `otherCommunityColor`. */
  communityColors: string[];
  otherCommunityColor: string;
  /** Communities listed in the legend. */
  legendCommunities: number;
  /** Milliseconds the camera must rest before its position is written into the URL. */
  cameraUrlDelay: number;
}

export const DEFAULT_SETTINGS: ViewerSettings = {
  typeColors: {
    Bank: '#c0392b',
    Branch: '#e67e22',
    Person: '#2980b9',
    Programme: '#27ae60',
    Honour: '#d4ac0d',
    Place: '#8e44ad',
    Organization: '#16a085',
    Product: '#d35400',
    Article: '#7f8c8d',
  },
  otherColor: '#95a5a6',
  dimColor: '#e4e6e8',
  edgeColor: '#c8ccd0',
  highlightEdgeColor: '#555b61',
  minSize: 4,
  maxSize: 18,
  sizePerSqrtDegree: 2,
  labelFont: '"Noto Sans SC", sans-serif',
  labelThreshold: (order) => (order <= 300 ? 0 : 6),
  hideEdgesOnMoveAbove: 20_000,
  layoutSeed: 42,
  layoutIterations: (order) => (order <= 500 ? 600 : order <= 3000 ? 300 : 150),
  layoutChunk: 10,
  maxSuggestions: 12,
  neighbourhoodHops: 1,
  focusRatio: 0.25,
  pathColor: '#cf222e',
  pathEdgeSize: 3,
  communitySeed: 7,
  // Tableau 10: distinct at a glance and for the common colour-vision deficiencies.
  communityColors: ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'],
  otherCommunityColor: '#d5d8dc',
  legendCommunities: 10,
  cameraUrlDelay: 300,
};
