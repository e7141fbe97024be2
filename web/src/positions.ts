/**
 * Seeded initial positions: each node at a point derived from its key alone,
 * so the same graph gives the same picture on every visit, whatever the load
 * order. Kept apart from the layout (ForceAtlas2) so that the benchmark's
 * bare sigma page can place nodes exactly as the viewer does.
 */
import { mulberry32 } from '../../src/graph/random.js';

/** FNV-1a over the key's UTF-16 units, mixed with the seed. */
function hashKey(key: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The position of `key` in a graph of `order` nodes: inside a disc that grows with the graph. */
export function seedPosition(key: string, order: number, seed: number): { x: number; y: number } {
  const radius = 10 * Math.sqrt(Math.max(order, 1));
  const r = mulberry32(hashKey(key, seed));
  const angle = 2 * Math.PI * r();
  const dist = radius * Math.sqrt(r());
  return { x: dist * Math.cos(angle), y: dist * Math.sin(angle) };
}
