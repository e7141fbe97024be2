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

/** Which entity types each scored relation joins (../shared/eval/README.md): head types, then tail types. */
const RELATION_ENDS: Record<string, readonly [readonly string[], readonly string[]]> = {
  PART_OF: [['Branch'], ['Branch', 'Bank']],
  WORKS_AT: [['Person'], ['Branch', 'Bank']],
  RECEIVED: [['Person', 'Branch', 'Bank'], ['Honour']],
  RUNS: [['Branch', 'Bank'], ['Programme']],
};

export function parseGold(data: unknown): Gold {
  const d = data as { entities?: unknown; relations?: unknown };
  if (!d || !Array.isArray(d.entities) || !Array.isArray(d.relations)) throw new GoldFormatError('expected an object with "entities" and "relations" arrays');
  const ids = new Set<string>();
  const typeOf = new Map<string, string>();
  const entities = (d.entities as Array<Record<string, unknown>>).map((e, i) => {
    if (typeof e['id'] !== 'string' || typeof e['type'] !== 'string' || typeof e['name'] !== 'string') {
      throw new GoldFormatError(`entity #${i}: id, type and name must be strings`);
    }
    if (ids.has(e['id'])) throw new GoldFormatError(`entity ${e['id']}: duplicate id`);
    ids.add(e['id']);
    typeOf.set(e['id'], e['type']);
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
    // (A relation written the wrong way round, 某计划 RUNS 某银行, would be scored as a miss and its finding as wrong.)
    const ends = RELATION_ENDS[r['type']];
    const head = typeOf.get(r['head'])!;
    const tail = typeOf.get(r['tail'])!;
    if (ends && (!ends[0].includes(head) || !ends[1].includes(tail))) {
      const swapped = ends[0].includes(tail) && ends[1].includes(head) ? ' (head and tail swapped?)' : '';
      throw new GoldFormatError(`relation #${i}: ${r['type']} goes from ${ends[0].join(' or ')} to ${ends[1].join(' or ')}, not from ${head} ${r['head']} to ${tail} ${r['tail']}${swapped}`);
    }
    return { head: r['head'], type: r['type'], tail: r['tail'], ...(typeof r['role'] === 'string' ? { role: r['role'] } : {}) };
  });
  return { entities, relations };
}

/** Names compared the way the scorer compares them (white space, quotes and width aside). */
function normalized(s: string): string {
  return s.normalize('NFKC').replace(/[\s"'“”‘’「」『』]/g, '');
}

/**
 * Several gold files read as one set, as when a corpus is annotated one
 * article per file. An entity annotated in two files is one entity when
 * both files give it the same id (bank:中国工商银行 for 工行 in one article
 * and 中国工商银行 in another), or when the type is the same and the name of
 * one is a name or alias of the other (a shared alias alone is not enough:
 * 城南支行 can be a short form in two banks). Other ids are made unique per
 * file; `docs` and aliases are unioned.
 *
 * `sameAs` gives an entity's identity where the names alone cannot: one
 * file annotates 交行 and another 交通银行, neither with the other's form,
 * and the bank gazetteer knows both as one bank. Entities of one type whose
 * names give the same key are one entity, unless one file annotates them
 * as two.
 */
export function mergeGold(golds: Gold[], sameAs?: (type: string, name: string) => string | undefined): Gold {
  const entities: GoldEntity[] = [];
  const relations: GoldRelation[] = [];
  const relationKeys = new Set<string>();
  const ids = new Set<string>();
  // Per type: normalised name or alias → entities carrying it, and normalised own name → entity.
  const byAnyName = new Map<string, GoldEntity[]>();
  const byOwnName = new Map<string, GoldEntity>();
  const byId = new Map<string, GoldEntity>();
  const byKey = new Map<string, GoldEntity>();
  const index = (e: GoldEntity, names: string[]): void => {
    for (const n of names) {
      const k = `${e.type}|${normalized(n)}`;
      const list = byAnyName.get(k);
      if (!list) byAnyName.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  };
  golds.forEach((gold, k) => {
    const idMap = new Map<string, string>();
    // Keys this file gives to more than one entity: the file tells those apart, so the key joins none of them.
    const keyOf = (e: GoldEntity): string | undefined => {
      const k = sameAs ? [e.name, ...e.aliases].map((n) => sameAs(e.type, n)).find((x) => x !== undefined) : undefined;
      return k === undefined ? undefined : `${e.type}|${k}`;
    };
    const keyCount = new Map<string, number>();
    for (const e of gold.entities) {
      const k = keyOf(e);
      if (k !== undefined) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
    }
    for (const e of gold.entities) {
      const names = [e.name, ...e.aliases];
      const sameId = byId.get(e.id);
      const keyed = keyOf(e);
      const sameKey = keyed === undefined || keyCount.get(keyed)! > 1 ? undefined : byKey.get(keyed);
      const partner =
        (sameId?.type === e.type ? sameId : undefined) ??
        byAnyName.get(`${e.type}|${normalized(e.name)}`)?.[0] ??
        names.map((n) => byOwnName.get(`${e.type}|${normalized(n)}`)).find((x) => x !== undefined) ??
        sameKey;
      if (partner) {
        idMap.set(e.id, partner.id);
        for (const a of names) if (a !== partner.name && !partner.aliases.includes(a)) partner.aliases.push(a);
        for (const d of e.docs) if (!partner.docs.includes(d)) partner.docs.push(d);
        // Borderline in one article, plainly named in another: the plain reading wins.
        partner.optional = partner.optional && e.optional;
        index(partner, names);
        continue;
      }
      const id = ids.has(e.id) ? `${k}:${e.id}` : e.id;
      ids.add(id);
      idMap.set(e.id, id);
      const copy: GoldEntity = { ...e, id, aliases: [...e.aliases], docs: [...e.docs] };
      entities.push(copy);
      if (!byId.has(e.id)) byId.set(e.id, copy);
      index(copy, names);
      byOwnName.set(`${e.type}|${normalized(e.name)}`, copy);
      if (keyed !== undefined && keyCount.get(keyed) === 1 && !byKey.has(keyed)) byKey.set(keyed, copy);
    }
    for (const r of gold.relations) {
      const head = idMap.get(r.head)!;
      const tail = idMap.get(r.tail)!;
      const key = `${r.type}|${head}|${tail}`;
      if (relationKeys.has(key)) continue;
      relationKeys.add(key);
      relations.push({ ...r, head, tail });
    }
  });
  return { entities, relations };
}
