/**
 * What the viewer shows: a data graph (guanxi's attributes, as built or as
 * returned by Neo4j) paired with a display graph (positions, sizes, colours,
 * labels) that sigma draws. Keeping them apart means sigma never sees the
 * data's `type` attribute (it would take it for a program name) and exports
 * never see display attributes.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../src/graph/types.js';

export type DataGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
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
  data: DataGraph;
  display: DisplayGraph;
  /** Where the data came from: the built graph, or a Cypher query's result. */
  origin: { type: 'build' } | { type: 'cypher'; query: string };
}

/** Text a node is known by: its name, or an Article's title. */
export function nodeLabel(attrs: NodeAttributes): string {
  return attrs.type === 'Article' && attrs.title ? attrs.title : attrs.name;
}
