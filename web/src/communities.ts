/**
 * Communities by Louvain (graphology-communities-louvain), seeded so that
 * the same graph and filters always give the same communities and colours.
 * It runs on what the filters leave shown, as an undirected graph whose
 * edge weights count the relations between two nodes: hiding Article and
 * MENTIONS gives the communities of the entity network. The largest
 * communities get their own colour and are named after their member of
 * highest degree.
 */
import { UndirectedGraph } from 'graphology';
import * as louvainModule from 'graphology-communities-louvain';
import type { LouvainOptions } from 'graphology-communities-louvain';
import { mulberry32 } from '../../src/graph/random.js';
import type { Visibility } from './filters.js';
import type { DisplayGraph } from './model.js';
import type { ViewerSettings } from './settings.js';

type Louvain = (graph: UndirectedGraph<Record<string, never>, { weight: number }>, options: LouvainOptions) => Record<string, number>;
// A CommonJS module: its export (the function) is the namespace's default.
const louvain = (louvainModule as unknown as { default: Louvain }).default;

export interface Community {
  /** 0 for the largest, then by size. */
  rank: number;
  size: number;
  /** The member of highest degree (within what is shown), and its label. */
  leader: string;
  name: string;
  /** Its own colour for the largest ones, the shared colour of the rest otherwise. */
  color: string;
}

export interface Communities {
  /** Community rank of every node shown. */
  byNode: Map<string, number>;
  /** Every community, largest first. */
  list: Community[];
}

export function detectCommunities(display: DisplayGraph, visibility: Visibility, settings: Pick<ViewerSettings, 'communitySeed' | 'communityColors' | 'otherCommunityColor'>): Communities {
  const g = new UndirectedGraph<Record<string, never>, { weight: number }>();
  display.forEachNode((node) => {
    if (!visibility.hiddenNodes.has(node)) g.addNode(node);
  });
  display.forEachEdge((edge, _a, s, t) => {
    if (s === t || visibility.hiddenEdges.has(edge) || !g.hasNode(s) || !g.hasNode(t)) return;
    g.updateEdge(s, t, (attrs) => ({ weight: (attrs.weight ?? 0) + 1 }));
  });
  const assignment = louvain(g, { getEdgeWeight: 'weight', rng: mulberry32(settings.communitySeed) });

  const members = new Map<number, string[]>();
  for (const node of g.nodes()) {
    const c = assignment[node] as number;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  }
  const label = (n: string) => display.getNodeAttribute(n, 'label');
  const groups = [...members.values()].map((nodes) => {
    let leader = nodes[0] as string;
    for (const n of nodes) {
      const d = g.degree(n);
      const best = g.degree(leader);
      if (d > best || (d === best && label(n) < label(leader))) leader = n;
    }
    return { nodes, leader };
  });
  groups.sort((a, b) => b.nodes.length - a.nodes.length || (label(a.leader) < label(b.leader) ? -1 : label(a.leader) > label(b.leader) ? 1 : 0));

  const byNode = new Map<string, number>();
  const list: Community[] = groups.map((grp, rank) => {
    for (const n of grp.nodes) byNode.set(n, rank);
    return {
      rank,
      size: grp.nodes.length,
      leader: grp.leader,
      name: label(grp.leader),
      color: settings.communityColors[rank] ?? settings.otherCommunityColor,
    };
  });
  return { byNode, list };
}
