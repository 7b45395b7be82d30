import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheNameOf, CACHE_NAMES } from '../../electron/cli/cacheNames';
import { stampBanner } from '../../electron/cli/codeCache';
import { runClausemark } from '../support/cli';
import { REPO, TEMPLATE_PATH } from '../support/files';

/** A small CommonJS bundle of build `id` whose greeting is `word` (same length, same source length). */
function writeBundle(folder: string, id: string, word = 'Hello'): string {
  const file = join(folder, 'bundle.cjs');
  const body = `module.exports = { greet: (name) => \`${word}, \${name}!\`, folder: __dirname, joined: require('node:path').join('a', 'b') };`;
  writeFileSync(file, `${stampBanner(id)}\n${body}\n`);
  return file;
}

const freshFolder = () => mkdtempSync(join(tmpdir(), 'clausemark-code-cache-'));

// Each load runs in a Node of its own: within one process V8 keeps what it compiled and would
// take the source again from memory, whatever the cache file held.
const built = join(freshFolder(), 'codeCache.mjs');
beforeAll(async () => {
  await build({ entryPoints: [resolve(REPO, 'electron/cli/codeCache.ts')], outfile: built, bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
});

interface Loaded {
  readonly cache: string;
  readonly greeting: string;
  readonly folder: string;
  readonly joined: string;
  readonly wrote?: string;
}

/** Loads `bundle` with `cacheFile` in a fresh Node, and with `write`, writes its cache afterwards. */
function load(bundle: string, cacheFile: string | null, write = false): Loaded {
  const script = `
    const { loadWithCodeCache, writeCodeCache } = await import(${JSON.stringify(pathToFileURL(built).href)});
    const loaded = loadWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(cacheFile)});
    // Greeted before the cache is made, so that the cache holds the greeting's code too.
    const greeting = loaded.exports.greet('Ada');
    let wrote;
    if (${write}) try { writeCodeCache(loaded, ${JSON.stringify(`${bundle}.cache`)}); wrote = 'written'; } catch (error) { wrote = error.message; }
    console.log(JSON.stringify({ cache: loaded.cache, greeting, folder: loaded.exports.folder, joined: loaded.exports.joined, wrote }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Loaded;
}

describe('the code cache of a bundle', () => {
  it('runs a bundle without a cache, and V8 takes the cache made after running it', () => {
    const folder = freshFolder();
    const bundle = writeBundle(folder, 'build-1');
    const first = load(bundle, `${bundle}.cache`, true);
    expect(first).toEqual({ cache: 'none', greeting: 'Hello, Ada!', folder, joined: join('a', 'b'), wrote: 'written' });
    expect(load(bundle, `${bundle}.cache`)).toMatchObject({ cache: 'used', greeting: 'Hello, Ada!' });
  });

  it('does not offer the cache of another build, even for a source of the same length', () => {
    const folder = freshFolder();
    const bundle = writeBundle(folder, 'build-1');
    load(bundle, null, true);
    // Same length as before: V8 alone would take the old code and greet with the old word.
    writeBundle(folder, 'build-2', 'Howdy');
    expect(load(bundle, `${bundle}.cache`)).toMatchObject({ cache: 'none', greeting: 'Howdy, Ada!' });
  });

  it('runs the bundle when V8 refuses a damaged cache, and leaves the file as it was', () => {
    const folder = freshFolder();
    const bundle = writeBundle(folder, 'build-1');
    const cacheFile = `${bundle}.cache`;
    load(bundle, null, true);
    const bytes = readFileSync(cacheFile);
    const header = bytes.indexOf(0x0a) + 1;
    const damaged = Buffer.concat([bytes.subarray(0, header), Buffer.alloc(bytes.length - header, 0x5a)]);
    writeFileSync(cacheFile, damaged);
    const before = statSync(cacheFile).mtimeMs;

    expect(load(bundle, cacheFile)).toMatchObject({ cache: 'rejected', greeting: 'Hello, Ada!' });
    expect(readFileSync(cacheFile)).toEqual(damaged);
    expect(statSync(cacheFile).mtimeMs).toBe(before);
    expect(readdirSync(folder).sort()).toEqual(['bundle.cjs', 'bundle.cjs.cache']);
  });

  it('makes no cache for a bundle without a build stamp', () => {
    const folder = freshFolder();
    const bundle = join(folder, 'bundle.cjs');
    writeFileSync(bundle, "module.exports = { greet: (name) => `Hi, ${name}!`, folder: __dirname, joined: '' };\n");
    expect(load(bundle, `${bundle}.cache`, true)).toMatchObject({ cache: 'none', greeting: 'Hi, Ada!', wrote: expect.stringMatching(/build stamp/u) });
    expect(readdirSync(folder)).toEqual(['bundle.cjs']);
  });
});

describe('the command line with its code caches', () => {
  it('picks a cache by command, and the one that read a DOCX for parsing a DOCX', () => {
    expect(cacheNameOf(['parse', 'contract.txt', '--json'])).toBe('parse');
    expect(cacheNameOf(['parse', 'Answer.DOCX'])).toBe('parse-docx');
    expect(cacheNameOf(['compare', 'a.txt', 'b.docx'])).toBe('compare');
    expect(cacheNameOf(['import', 'a.docx', '--out', 'a.clausemark'])).toBe('import');
    expect(cacheNameOf(['--help'])).toBeNull();
    expect(cacheNameOf([])).toBeNull();
  });

  it('runs every command with a cache of this build that this Node takes', () => {
    const launch = resolve(REPO, 'dist/cli/launch.mjs');
    const argvOf = { parse: ['parse', 'a.txt'], 'parse-docx': ['parse', 'a.docx'], check: ['check', 'a.txt'], compare: ['compare', 'a', 'b'], export: ['export', 'a', '--out', 'b'], import: ['import', 'a', '--out', 'b'] };
    expect(Object.keys(argvOf).sort()).toEqual([...CACHE_NAMES].sort());
    const script = `const { load } = await import(${JSON.stringify(pathToFileURL(launch).href)}); console.log(JSON.stringify(Object.fromEntries(Object.entries(${JSON.stringify(argvOf)}).map(([name, argv]) => [name, load(argv).cache]))));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(Object.fromEntries(CACHE_NAMES.map((name) => [name, 'used'])));
  });

  it('prints the same contract when its cache is damaged', () => {
    const folder = freshFolder();
    cpSync(resolve(REPO, 'dist/cli'), folder, { recursive: true });
    const cache = join(folder, 'clausemark.parse.cache');
    const bytes = readFileSync(cache);
    writeFileSync(cache, Buffer.concat([bytes.subarray(0, bytes.indexOf(0x0a) + 1), Buffer.alloc(4096, 1)]));
    const launch = pathToFileURL(join(folder, 'launch.mjs')).href;
    const script = `(await import(${JSON.stringify(launch)})).launch(['parse', ${JSON.stringify(TEMPLATE_PATH)}, '--json']);`;
    const damaged = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(damaged.status).toBe(0);
    expect(JSON.parse(damaged.stdout)).toEqual(JSON.parse(runClausemark(['parse', TEMPLATE_PATH, '--json']).stdout));
  });
});
