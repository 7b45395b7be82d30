/**
 * Kills the saving process at random moments, many times, and checks that the review file
 * is always the old one or the new one — never empty, never half written — and that the
 * backup is whole too.
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
     writeFileAtomic(target, readFileSync(source, 'utf8'), { backup: true }).then(() => process.exit(0));`,
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

function runAndKill(target: string, source: string, delayMs: number): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [runner, target, source], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', () => {
      clearTimeout(timer);
      done();
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
    let current = 0;
    const outcomes = { old: 0, new: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const next = 1 - current;
      await runAndKill(target, sources[next]!, Math.floor(Math.random() * 160));
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
