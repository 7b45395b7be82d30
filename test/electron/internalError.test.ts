/**
 * An error of Clausemark's own (a bug, a stack overflow) is not the file's fault, and the user
 * must not read that it is: the command line says what happened to which file and where the
 * details went, never a stack, and `check` goes on with its other inputs. The fault is put
 * into the contract reader for one file name, as any internal exception would arise there.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/clausemark';
import { loadBytes } from '../../electron/handlers/readDocument';
import type { parseContract } from '../../shared/parse/parseContract';
import { readTemplate } from '../support/files';

vi.mock('../../shared/parse/parseContract', async (original) => {
  const actual = await original<{ parseContract: typeof parseContract }>();
  return {
    ...actual,
    parseContract: (text: string, options?: Parameters<typeof parseContract>[1]) => {
      if (options?.fileName === 'faulty.txt') throw new RangeError('Maximum call stack size exceeded');
      return actual.parseContract(text, options);
    },
  };
});

let folder: string;
let log: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clausemark-internal-'));
  log = join(folder, 'logs', 'errors.log');
  for (const name of ['first.txt', 'faulty.txt', 'last.txt']) await writeFile(join(folder, name), readTemplate());
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(args: string[], language = 'en_GB.UTF-8') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { LANG: language, CLAUSEMARK_ERROR_LOG: log },
    scriptDir: folder,
  });
  return { code, stdout, stderr };
}

describe('an internal error', () => {
  it('is said as Clausemark’s own, naming the file and the log, with the stack in the log only', async () => {
    const result = await run(['parse', join(folder, 'faulty.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Clausemark could not finish with “faulty.txt” because of an error of its own (RangeError: Maximum call stack size exceeded)');
    expect(result.stderr).toContain(log);
    expect(result.stderr).not.toMatch(/does not look like a text file|\n\s+at /u);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await readFile(log, 'utf8')).toMatch(/open “faulty\.txt”\nRangeError: Maximum call stack size exceeded\n\s+at /u);
  });

  it('leaves `check` checking the other inputs, and names the one that failed', async () => {
    const result = await run(['check', join(folder, 'first.txt'), join(folder, 'faulty.txt'), join(folder, 'last.txt'), '--json']);
    expect(result.code).toBe(1);
    const { contracts } = JSON.parse(result.stdout) as { contracts: { file: string; items?: unknown[]; error?: string }[] };
    expect(contracts.map((contract) => [contract.file.split('/').pop(), contract.items?.length ?? contract.error?.slice(0, 40)])).toEqual([
      ['first.txt', 20],
      ['faulty.txt', 'Clausemark could not finish with “faulty'],
      ['last.txt', 20],
    ]);
  });

  it('reaches the app as an error value, in German too', async () => {
    const loaded = await loadBytes(new TextEncoder().encode(readTemplate()), 'faulty.txt');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error).toMatchObject({ code: 'internal', file: 'faulty.txt', detail: 'RangeError: Maximum call stack size exceeded' });
    const german = await run(['parse', join(folder, 'faulty.txt')], 'de_DE.UTF-8');
    expect(german.stderr).toContain('Clausemark konnte „faulty.txt“ wegen eines eigenen Fehlers nicht fertig bearbeiten');
  });
});
