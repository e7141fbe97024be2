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
