/**
 * The k shortest paths between two nodes (Yen's algorithm, loopless), over
 * the relations in either direction, leaving out relation types the user
 * avoids. A path is a sequence of relations, so two nodes linked by two
 * relations of different types give two paths (as Neo4j's `SHORTEST k`
 * does; see cypher/queries/k-shortest-paths.cypher).
 *
 * Why not graphology-shortest-path: it has no k-shortest paths, and its
 * breadth-first searches return node sequences (not which of several
 * parallel relations was taken) and take no edge filter, which Yen's
 * algorithm needs for its removed edges and the avoided types (every spur
 * search would have to copy the graph). The search here is a plain
 * breadth-first search over graphology's own adjacency.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

export interface Path {
  /** From the source to the target. */
  nodes: string[];
  /** nodes.length − 1 edges, edges[i] between nodes[i] and nodes[i + 1]. */
  edges: string[];
}

export interface PathOptions {
  /** How many paths at most. */
  k: number;
  /** Whether a search may use `edge` (avoided relation types return false). */
  allowed: (edge: string) => boolean;
}

/** Any graphology graph: only its structure is read. */
type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** Shortest path by breadth-first search, undirected, avoiding blocked nodes and edges. */
function shortest(graph: AnyGraph, source: string, target: string, allowed: (edge: string) => boolean, blockedNodes: Set<string>, blockedEdges: Set<string>): Path | undefined {
  if (source === target) return { nodes: [source], edges: [] };
  const previous = new Map<string, { node: string; edge: string }>();
  const seen = new Set([source]);
  let frontier = [source];
  while (frontier.length > 0 && !seen.has(target)) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, s, t) => {
        const other = s === node ? t : s;
        if (seen.has(other) || blockedNodes.has(other) || blockedEdges.has(edge) || !allowed(edge)) return;
        seen.add(other);
        previous.set(other, { node, edge });
        next.push(other);
      });
      if (seen.has(target)) break;
    }
    frontier = next;
  }
  if (!seen.has(target)) return undefined;
  const nodes = [target];
  const edges: string[] = [];
  for (let at = target; at !== source; ) {
    const step = previous.get(at);
    if (!step) return undefined;
    edges.push(step.edge);
    nodes.push(step.node);
    at = step.node;
  }
  return { nodes: nodes.reverse(), edges: edges.reverse() };
}

const signature = (p: Path): string => p.edges.join('\u0000');

/** Shorter first; among paths of the same length, a fixed order (by their relations' keys), so results never depend on timing. */
function compare(a: Path, b: Path): number {
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  const sa = signature(a);
  const sb = signature(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function kShortestPaths(graph: AnyGraph, source: string, target: string, options: PathOptions): Path[] {
  if (!graph.hasNode(source) || !graph.hasNode(target) || source === target || options.k < 1) return [];
  const first = shortest(graph, source, target, options.allowed, new Set(), new Set());
  if (!first) return [];
  const found: Path[] = [first];
  const known = new Set([signature(first)]);
  const candidates: Path[] = [];
  while (found.length < options.k) {
    const last = found[found.length - 1] as Path;
    for (let i = 0; i < last.edges.length; i++) {
      const spur = last.nodes[i] as string;
      const rootNodes = last.nodes.slice(0, i + 1);
      const rootEdges = last.edges.slice(0, i);
      // Leave the ways the paths found so far went on from this same root.
      const blockedEdges = new Set<string>();
      for (const p of found) {
        if (p.edges.length > i && rootEdges.every((e, j) => p.edges[j] === e)) blockedEdges.add(p.edges[i] as string);
      }
      // Loopless: the spur may not go back through the root.
      const blockedNodes = new Set(rootNodes.slice(0, -1));
      const rest = shortest(graph, spur, target, options.allowed, blockedNodes, blockedEdges);
      if (!rest) continue;
      const path = { nodes: [...rootNodes, ...rest.nodes.slice(1)], edges: [...rootEdges, ...rest.edges] };
      const sig = signature(path);
      if (!known.has(sig)) {
        known.add(sig);
        candidates.push(path);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort(compare);
    found.push(candidates.shift() as Path);
  }
  return found;
}
