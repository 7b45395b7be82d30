/**
 * Each message translated once per language. i18next's `t` copies its whole options object,
 * resolves the key, picks the plural and formats every value on every call; a window that
 * draws a long contract asks for the same few hundred labels thousands of times (every
 * outline item, chip and toolbar button, again on every slice drawn), about a fifth of its
 * drawing. The same key with the same values in the same language gives the same words, so
 * the fixed `t` that `useTranslation` and `useT` get remembers them.
 */
import type { i18n as I18n, TFunction } from 'i18next';

/** Enough for every label and count of a long contract; past it, words are translated as before. */
const MAX_REMEMBERED = 20_000;

/**
 * The call as a string, or null for a call that is not remembered: a key list, a selector, a
 * default value given in place of the options, or a value that is not a string, number or
 * boolean (its words could change while it stays the same object).
 */
function callKey(key: unknown, options: unknown): string | null {
  if (typeof key !== 'string') return null;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return null;
  let id = key;
  for (const [name, value] of Object.entries(options)) {
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return null;
    // The type too: `count: 1` picks a plural, `count: '1'` does not.
    id += `\u0000${name}\u0001${type[0]}${String(value)}`;
  }
  return id;
}

const prepared = new WeakSet<I18n>();

type Translate = (...args: unknown[]) => unknown;

/** Makes the fixed `t` functions of `instance` remember what they translated (see above). */
export function translateOnce(instance: I18n): void {
  if (prepared.has(instance)) return;
  prepared.add(instance);
  const fixedT = instance.getFixedT.bind(instance);
  const remembered = new Map<string, Map<string, string>>();
  let size = 0;
  // Resources added or removed at run time change what a key says.
  const forget = () => {
    remembered.clear();
    size = 0;
  };
  instance.store.on('added', forget);
  instance.store.on('removed', forget);

  instance.getFixedT = ((lng: string | readonly string[] | null, ns?: string | readonly string[] | null, keyPrefix?: unknown, ...more: unknown[]) => {
    const fixed = (fixedT as unknown as (...args: unknown[]) => Translate & Record<'lng' | 'ns' | 'keyPrefix', unknown>)(lng, ns, keyPrefix, ...more);
    if (keyPrefix !== undefined && typeof keyPrefix !== 'string') return fixed;
    const scope = `${JSON.stringify(ns ?? null)}|${keyPrefix ?? ''}`;
    const translate = (key: unknown, options?: unknown, ...rest: unknown[]) => {
      const id = rest.length === 0 ? callKey(key, options) : null;
      if (id === null) return fixed(key, options, ...rest);
      // A `t` fixed to no language speaks the one the UI speaks at the time of the call.
      const language = typeof lng === 'string' ? lng : Array.isArray(lng) ? lng.join(',') : instance.language;
      const bucketKey = `${language}|${scope}`;
      let bucket = remembered.get(bucketKey);
      const known = bucket?.get(id);
      if (known !== undefined) return known;
      const text = fixed(key, options);
      if (typeof text === 'string' && size < MAX_REMEMBERED) {
        if (!bucket) remembered.set(bucketKey, (bucket = new Map()));
        bucket.set(id, text);
        size++;
      }
      return text;
    };
    return Object.assign(translate, { lng: fixed.lng, ns: fixed.ns, keyPrefix: fixed.keyPrefix }) as unknown as TFunction;
  }) as I18n['getFixedT'];
}
