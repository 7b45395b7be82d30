/**
 * Kills the saving process at random moments, many times, and checks that the review file
 * is always the old one or the new one — never empty, never half written — and that the
 * backup is whole too. The moments are measured from when the writer starts writing and
 * spread over the time a whole write takes on this machine, so a slow or busy machine (a
 * CI runner) still sees kills before and after the rename.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROUNDS = 40;
let folder: string;
let runner: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clausemark-crash-'));
  runner = join(folder, 'runner.cjs');
  const entry = join(folder, 'runner.ts');
  await writeFile(
    entry,
    `import { readFileSync } from 'node:fs';
     import { writeFileAtomic } from ${JSON.stringify(resolve(import.meta.dirname, '../../electron/handlers/atomicWrite.ts'))};
     const [target, source] = process.argv.slice(2);
     const text = readFileSync(source, 'utf8');
     process.stdout.write('writing\\n');
     const started = performance.now();
     writeFileAtomic(target, text, { backup: true }).then(() => {
       process.stdout.write('done ' + (performance.now() - started) + '\\n');
       process.exit(0);
     });`,
  );
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: runner, logLevel: 'error' });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A review-sized JSON document (several MB) that names its generation. */
function payload(generation: number): string {
  const clauses = Array.from({ length: 6000 }, (_, index) => ({ id: `c${index}`, text: `Generation ${generation}: clause ${index} `.repeat(12) }));
  return JSON.stringify({ format: 'clausemark', generation, clauses });
}

/**
 * Runs one save and, unless `delayMs` is null, kills it that long after it started
 * writing. Resolves with how long the write took when it finished, else null.
 */
function runAndKill(target: string, source: string, delayMs: number | null): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [runner, target, source], { stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (timer === undefined && delayMs !== null && output.includes('writing')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    // `close`, not `exit`: the child's last line may still be in the pipe when it exits.
    child.on('close', () => {
      clearTimeout(timer);
      const finished = /done ([\d.]+)/.exec(output);
      done(finished ? Number(finished[1]) : null);
    });
  });
}

describe('saving under kill -9', () => {
  it(`leaves the review file whole (old or new) in ${ROUNDS} random interruptions`, async () => {
    const target = join(folder, 'review.clausemark');
    const generations = [payload(0), payload(1)];
    const sources = await Promise.all(
      generations.map(async (text, index) => {
        const path = join(folder, `source-${index}.json`);
        await writeFile(path, text);
        return path;
      }),
    );
    await writeFile(target, generations[0]!);
    // One whole save, not interrupted, tells how long a write takes here.
    const writeMs = await runAndKill(target, sources[1]!, null);
    expect(writeMs).not.toBeNull();
    expect(JSON.parse(await readFile(target, 'utf8')).generation).toBe(1);
    await writeFile(target, generations[0]!);
    let current = 0;
    const outcomes = { old: 0, new: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const next = 1 - current;
      // Spread over the rounds from the first write to well past the rename, with jitter.
      const share = (round + Math.random()) / ROUNDS;
      await runAndKill(target, sources[next]!, share * 2 * writeMs!);
      const text = await readFile(target, 'utf8');
      const generation = JSON.parse(text).generation as number;
      expect(text).toBe(generations[generation]);
      if (generation === next) {
        outcomes.new++;
        current = next;
      } else outcomes.old++;
      const backup = await readFile(`${target}.bak`, 'utf8').catch(() => null);
      if (backup !== null) expect(generations).toContain(backup);
    }
    // Both outcomes happened: the kills really landed before and after the rename.
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
  });
});
