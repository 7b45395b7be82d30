/**
 * The command line's code cache. Node compiles a script's functions from source on every run
 * (Node 20 keeps no compile cache; Node 22's does not reach a script run through `vm`): for
 * `clausemark` a tenth of a large parse, import or export. The build runs the commands once
 * and keeps V8's compiled code beside the bundle (`writeCodeCache`); every run hands it back
 * to V8 (`loadWithCodeCache`), as editors built on Electron do for their own bundles.
 *
 * V8 takes a cache only when the same V8, with the same flags, made it for a source of the
 * same length; a cache it refuses costs nothing but the compiling it would have saved. What
 * V8 cannot tell, a bundle rebuilt to the same length, the build stamp tells: every bundle
 * opens with a comment naming its build, and the cache names the build it was made from.
 * Nothing here writes at run time: a cache that is missing, stale or damaged is left alone.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The comment every bundle opens with (`stampBanner`), naming its build. */
const STAMP = /^\/\* clausemark build ([\w-]+) \*\//u;
/** The cache file's first line: this format, and the build whose code it holds. */
const HEADER = 'clausemark-code-cache 1 ';

/** The banner that opens a bundle of build `id`. */
export function stampBanner(id: string): string {
  return `/* clausemark build ${id} */`;
}

/** What became of the cache: taken by V8, refused by it (another V8 or flags), or not offered (none, stale, unreadable). */
export type CacheOutcome = 'used' | 'rejected' | 'none';

export interface LoadedBundle<T> {
  readonly exports: T;
  readonly cache: CacheOutcome;
  /** Makes V8's code for everything the bundle has compiled so far: after running it, the functions it ran too. */
  readonly createCache: () => Buffer;
  readonly stamp: string | null;
}

/** The cached code for build `stamp`, or null where the file is missing or belongs to another build. */
function readCache(cacheFile: string, stamp: string | null): Buffer | null {
  if (stamp === null) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return null;
  }
  const end = bytes.indexOf(0x0a);
  if (end < 0 || bytes.subarray(0, end).toString('latin1') !== `${HEADER}${stamp}`) return null;
  return bytes.subarray(end + 1);
}

/**
 * Runs a CommonJS bundle as `require` would, with V8's cached code for it where `cacheFile`
 * holds code of the same build (null: compile it afresh, as for making a cache). The
 * bundle's `require` resolves from its own folder.
 */
export function loadWithCodeCache<T>(bundleFile: string, cacheFile: string | null): LoadedBundle<T> {
  const source = readFileSync(bundleFile, 'utf8');
  const stamp = STAMP.exec(source)?.[1] ?? null;
  const cachedData = cacheFile === null ? null : readCache(cacheFile, stamp);
  // The same wrapper every time: V8 matches a cache to the exact source it was made from.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundleFile,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache: CacheOutcome = cachedData === null ? 'none' : script.cachedDataRejected === true ? 'rejected' : 'used';
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (exports: T, require: NodeJS.Require, module: { exports: T }, filename: string, dirname: string) => void;
  wrapper(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  return { exports: module.exports, cache, createCache: () => script.createCachedData(), stamp };
}

/** Writes the code of a bundle loaded (and exercised) by `loadWithCodeCache`: whole or not at all. */
export function writeCodeCache(loaded: LoadedBundle<unknown>, cacheFile: string): void {
  if (loaded.stamp === null) throw new Error('the bundle has no build stamp: a cache for it could not be told from a stale one');
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${HEADER}${loaded.stamp}\n`, 'latin1'), loaded.createCache()]));
    renameSync(temporary, cacheFile);
  } finally {
    rmSync(temporary, { force: true });
  }
}
