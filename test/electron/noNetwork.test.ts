/**
 * Clausemark never touches the network. The host's handlers run a whole session here with
 * every way out of the process watched; the command line runs with the same watch loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editText } from '../../shared/review/operations';
import { testHost, whole } from '../support/handlers';

const SPY = resolve(import.meta.dirname, '../support/netSpy.cjs');
let folder: string;
let log: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clausemark-net-'));
  log = join(folder, 'net.log');
  await writeFile(log, '');
  process.env['CLAUSEMARK_NET_LOG'] = log;
  createRequire(import.meta.url)(SPY);
});

afterAll(async () => {
  delete process.env['CLAUSEMARK_NET_LOG'];
  await rm(folder, { recursive: true, force: true });
});

describe('no network', () => {
  it('in a whole session of the host’s handlers: open, edit, save, autosave, recover, reopen, compare, export', async () => {
    const host = await testHost();
    try {
      const opened = await whole(host, await host.handlers.openTemplate());
      if (opened.status !== 'opened') throw new Error('no template');
      const edited = editText(opened.document.review, { kind: 'clause', id: 's1-c1' }, 'Neu.', { author: 'A', now: '2026-11-26T00:00:00Z', newId: () => 'x1' });
      await host.handlers.autosave(edited);
      await host.handlers.checkRecovery();
      await whole(host, await host.handlers.recover());
      host.dialogs.saveAnswers.push(join(host.workDir, 'r'));
      await host.handlers.saveReview(edited);
      await host.handlers.openRecent(join(host.workDir, 'r.clausemark'));
      await host.handlers.setPreferences({ language: 'de' });
      await host.handlers.listRecent();
      // Export as a redline and as a clean copy, then read the redline back to compare with it.
      const choices = { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: true, author: 'A', title: '' } as const;
      host.dialogs.saveAnswers.push(join(host.workDir, 'redline.docx'), join(host.workDir, 'clean.docx'));
      expect(await host.handlers.exportDocx({ contract: edited.contract, choices, suggestedName: 'AVV' })).toMatchObject({ status: 'saved' });
      expect(await host.handlers.exportDocx({ contract: edited.contract, choices: { ...choices, mode: 'clean' }, suggestedName: 'AVV' })).toMatchObject({ status: 'saved' });
      host.dialogs.openAnswers.push(join(host.workDir, 'redline.docx'), join(host.workDir, 'r.clausemark'));
      expect(await host.handlers.openForComparison()).toMatchObject({ status: 'opened' });
      expect(await host.handlers.openForComparison()).toMatchObject({ status: 'opened' });
      host.dialogs.openAnswers.push(join(host.workDir, 'redline.docx'));
      expect(await whole(host, await host.handlers.openFile())).toMatchObject({ status: 'opened' });
    } finally {
      await host.cleanup();
    }
    expect(await readFile(log, 'utf8')).toBe('');
  });

  // In this order: import reads what export wrote, check what import wrote.
  it.each([
    ['parse', ['parse', 'template', '--json']],
    ['export', ['export', 'template', '--out', '{dir}/cli.docx', '--cover']],
    ['import', ['import', '{dir}/cli.docx', '--out', '{dir}/cli.clausemark']],
    ['compare', ['compare', 'template', '{dir}/cli.docx', '--out', '{dir}/compared.docx']],
    ['check', ['check', '{dir}/cli.clausemark', '--json']],
  ])('in the command line: %s', (_name, args) => {
    const cliLog = join(folder, 'cli.log');
    const result = spawnSync(process.execPath, ['--require', SPY, resolve(import.meta.dirname, '../../bin/clausemark.mjs'), ...args.map((arg) => arg.replace('{dir}', folder))], {
      env: { PATH: process.env['PATH'] ?? '', CLAUSEMARK_NET_LOG: cliLog },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // A process that died of a signal or never started says so, not just 'null'.
    expect(result.status, `signal ${result.signal ?? 'none'}, ${result.error?.message ?? 'started'}\n${result.stderr}`).toBe(0);
    expect(existsSync(cliLog) ? readFileSync(cliLog, 'utf8') : '').toBe('');
  });
});
