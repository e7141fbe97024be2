/**
 * Gold annotations (../shared/eval/README.md): entities with type, name,
 * aliases, optional; relations between entity ids.
 */
export interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  optional: boolean;
  docs: string[];
}

export interface GoldRelation {
  head: string;
  type: string;
  tail: string;
  role?: string;
}

export interface Gold {
  entities: GoldEntity[];
  relations: GoldRelation[];
}

export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError';
}

export function parseGold(data: unknown): Gold {
  const d = data as { entities?: unknown; relations?: unknown };
  if (!d || !Array.isArray(d.entities) || !Array.isArray(d.relations)) throw new GoldFormatError('expected an object with "entities" and "relations" arrays');
  const ids = new Set<string>();
  const entities = (d.entities as Array<Record<string, unknown>>).map((e, i) => {
    if (typeof e['id'] !== 'string' || typeof e['type'] !== 'string' || typeof e['name'] !== 'string') {
      throw new GoldFormatError(`entity #${i}: id, type and name must be strings`);
    }
    if (ids.has(e['id'])) throw new GoldFormatError(`entity ${e['id']}: duplicate id`);
    ids.add(e['id']);
    return {
      id: e['id'],
      type: e['type'],
      name: e['name'],
      aliases: Array.isArray(e['aliases']) ? (e['aliases'] as unknown[]).map(String) : [],
      optional: e['optional'] === true,
      docs: Array.isArray(e['docs']) ? (e['docs'] as unknown[]).map(String) : [],
    };
  });
  const relations = (d.relations as Array<Record<string, unknown>>).map((r, i) => {
    if (typeof r['head'] !== 'string' || typeof r['tail'] !== 'string' || typeof r['type'] !== 'string') throw new GoldFormatError(`relation #${i}: head, type and tail must be strings`);
    if (!ids.has(r['head']) || !ids.has(r['tail'])) throw new GoldFormatError(`relation #${i}: ${r['head']} -> ${r['tail']} names an unknown entity`);
    return { head: r['head'], type: r['type'], tail: r['tail'], ...(typeof r['role'] === 'string' ? { role: r['role'] } : {}) };
  });
  return { entities, relations };
}
