/**
 * What the viewer shows: a display graph (positions, sizes, colours,
 * labels) that sigma draws, and the data graph (guanxi's attributes, as
 * built or as returned by Neo4j) behind the panel, search, paths and time.
 * Keeping them apart means sigma never sees the data's `type` attribute (it
 * would take it for a program name) and exports never see display
 * attributes. Both use the same node and edge keys.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../src/graph/types.js';

export type DataGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  /** Colour by type; the reducer swaps in the community colour when colouring by community. */
  color: string;
  label: string;
  /** The node's type (Bank, Branch, …); `type` is sigma's program name. */
  kind: string;
}

export interface DisplayEdge {
  size: number;
  color: string;
  /** The relationship type (WORKS_AT, …). */
  kind: string;
}

export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

export interface View {
  display: DisplayGraph;
  /**
   * The data graph. The built graph's is made after sigma's first frame (the
   * display graph is all that frame needs), so it is undefined until then.
   */
  data: DataGraph | undefined;
  /** Where the data came from: the built graph, or a Cypher query's result. */
  origin: { type: 'build' } | { type: 'cypher'; query: string };
}

/** Text a node is known by: its name, or an Article's title. */
export function nodeLabel(attrs: Pick<NodeAttributes, 'type' | 'name' | 'title'>): string {
  return attrs.type === 'Article' && attrs.title ? attrs.title : attrs.name;
}
