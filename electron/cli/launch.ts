/**
 * What `bin/clausemark.mjs` runs (`dist/cli/launch.mjs`): the command-line bundle with V8's
 * cached code for the command asked for (see `codeCache.ts` and `cacheNames.ts`). The build
 * makes the caches with `prepareCodeCaches` and then `makeCodeCache`, each in a Node of its own.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFileName, cacheNameOf, type CacheName } from './cacheNames';
import { loadWithCodeCache, writeCodeCache, type LoadedBundle } from './codeCache';
import type * as CliBundle from './main';

export { CACHE_NAMES } from './cacheNames';
/** For the build, which stamps the bundle with it. */
export { stampBanner } from './codeCache';

type Bundle = typeof CliBundle;

const folder = fileURLToPath(new URL('.', import.meta.url));
const BUNDLE_FILE = join(folder, 'clausemark.cjs');

/** The bundle, with the cache for `argv` where that is of this build and this V8. */
export function load(argv: readonly string[]): LoadedBundle<Bundle> {
  const name = cacheNameOf(argv);
  return loadWithCodeCache<Bundle>(BUNDLE_FILE, name === null ? null : join(folder, cacheFileName(name)));
}

export function launch(argv: readonly string[]): void {
  load(argv).exports.main(argv, folder);
}

/** Writes the files the warm-ups read into `scratch`. */
export async function prepareCodeCaches(scratch: string): Promise<void> {
  await loadWithCodeCache<Bundle>(BUNDLE_FILE, null).exports.prepareWarmUps(scratch, folder);
}

/** Runs the warm-up of cache `name` on the files in `scratch` and keeps the code it compiled. */
export async function makeCodeCache(name: CacheName, scratch: string): Promise<void> {
  const loaded = loadWithCodeCache<Bundle>(BUNDLE_FILE, null);
  await loaded.exports.warmUp(name, scratch, folder);
  writeCodeCache(loaded, join(folder, cacheFileName(name)));
}
