/** Organisations, places and products: one node per name. */
import { nodeKey } from '../../graph/keys.js';
import type { FileResolution } from './state.js';

export function resolveOthers(res: FileResolution): void {
  for (const m of res.r.mentions) {
    if (m.type === 'Organization' || m.type === 'Place' || m.type === 'Product') res.keyOf.set(m.id, res.addNode(nodeKey(m.type, m.name), m.type, m.name, m).key);
  }
}
