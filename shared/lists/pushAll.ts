/**
 * Appending and measuring lists of any length. `list.push(...items)` and `Math.max(...items)`
 * pass every item as an argument, and V8 overflows its stack at some hundred thousand of
 * them: a document of 125,000 lines or paragraphs is one. The lint forbids the spread forms.
 */

/** Appends `items` to `list`, one at a time; returns `list`. */
export function pushAll<T>(list: T[], items: Iterable<T>): T[] {
  for (const item of items) list.push(item);
  return list;
}

/** The largest of `values`, or `-Infinity` for none (as `Math.max()`). */
export function largest(values: Iterable<number>): number {
  let most = -Infinity;
  for (const value of values) if (value > most) most = value;
  return most;
}

/** The smallest of `values`, or `Infinity` for none (as `Math.min()`). */
export function smallest(values: Iterable<number>): number {
  let least = Infinity;
  for (const value of values) if (value < least) least = value;
  return least;
}

/** Adds `item` to the list `map` holds under `key`, starting one where there is none (never copying a list). */
export function addTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
