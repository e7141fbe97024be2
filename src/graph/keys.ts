/**
 * Node and edge keys. Keys are derived from content, not from insertion
 * order, so that two builds of the same articles give the same keys and a
 * later build merges into an earlier one in Neo4j.
 */
import type { EdgeType, NodeType } from './types.js';

/** `Branch:中国工商银行辽宁省分行`. */
export function nodeKey(type: NodeType, name: string): string {
  return `${type}:${name}`;
}

/** One edge per (type, source, target): repeated statements add evidence to it. */
export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
