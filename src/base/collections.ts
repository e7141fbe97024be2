/**
 * Small collection helpers shared by every stage. `pushTo` exists because
 * the obvious `map.set(k, [...(map.get(k) ?? []), v])` copies the list on
 * every insert: quadratic in the size of a group, which a long article with
 * one name repeated 10^5 times turns into minutes.
 */

/** Appends `value` to the list under `key`, creating the list when needed. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds `value` to the set under `key`, creating the set when needed. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
