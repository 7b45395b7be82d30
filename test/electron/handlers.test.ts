import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../electron/handlers/createHandlers';
import { readDocument } from '../../electron/handlers/readDocument';
import { contractFromParts, OPENING_PART_SIZE } from '../../shared/contract/parts';
import { largeContract } from '../bench/generate';
import { ASSETS_DIR, testHost, type TestHost, whole } from '../support/handlers';

let host: TestHost;
beforeEach(async () => {
  host = await testHost();
});
afterEach(async () => {
  await host.cleanup();
});

describe('opening contracts', () => {
  it('opens the built-in template without remembering it as a recent file', async () => {
    const outcome = await whole(host, await host.handlers.openTemplate());
    expect(outcome.status).toBe('opened');
    if (outcome.status !== 'opened') return;
    expect(outcome.document).toMatchObject({ kind: 'template', path: null, name: 'avv-template.txt' });
    expect(outcome.document.review.contract.sections).toHaveLength(11);
    expect(outcome.document.review.contract.toms).toHaveLength(67);
    expect(await host.handlers.listRecent()).toEqual([]);
  });

  it('sends a long contract to the window in parts of a few hundred clauses or measures, a later opening replacing them', async () => {
    const path = join(host.workDir, 'long.txt');
    await writeFile(path, largeContract(await readFile(join(ASSETS_DIR, 'avv-template.txt'), 'utf8'), 1000));
    host.dialogs.openAnswers.push(path);
    const outcome = await host.handlers.openFile();
    if (outcome.status !== 'opened') throw new Error('not opened');
    const { parts, review } = outcome.document;
    // What crosses in one message holds no section and no measure: they come in parts.
    expect(review.contract.sections).toEqual([]);
    expect(review.contract.toms).toEqual([]);
    expect(parts!.count).toBeGreaterThan(4);
    const taken = [];
    for (let index = 0; index < parts!.count; index++) taken.push((await host.handlers.takeDocumentPart(parts!.opening, index))!);
    for (const part of taken) {
      const items = 'toms' in part ? part.toms.length : part.sections.reduce((sum, section) => sum + section.clauses.length, 0);
      expect(items).toBeLessThan(2 * OPENING_PART_SIZE);
    }
    const read = await readDocument(path);
    if (read.status !== 'opened') throw new Error('not read');
    const put = contractFromParts(review.contract, taken);
    expect(put.sections).toEqual(read.document.review.contract.sections);
    expect(put.toms).toEqual(read.document.review.contract.toms);
    const again = await host.handlers.openTemplate();
    if (again.status !== 'opened') throw new Error('not opened');
    expect(await host.handlers.takeDocumentPart(parts!.opening, 0)).toBeNull();
    expect(await host.handlers.takeDocumentPart(again.document.parts!.opening, 0)).not.toBeNull();
  });

  it('opens the file chosen in the dialog, offers Word, text and Markdown, and remembers it', async () => {
    const path = join(host.workDir, 'vertrag.md');
    await writeFile(path, '# Vertrag\n\n## 1 Gegenstand\n\nDer Auftragnehmer verarbeitet Daten.\n');
    host.dialogs.openAnswers.push(path);
    const outcome = await whole(host, await host.handlers.openFile());
    expect(outcome).toMatchObject({ status: 'opened', document: { kind: 'markdown', name: 'vertrag.md', path } });
    expect(host.dialogs.openRequests[0]!.extensions).toEqual(['docx', 'txt', 'md', 'markdown', 'text', 'clausemark']);
    expect((await host.handlers.listRecent()).map((file) => file.path)).toEqual([path]);
  });

  it('reports a cancelled dialog as cancelled, not as an error', async () => {
    expect(await whole(host, await host.handlers.openFile())).toEqual({ status: 'cancelled' });
  });

  it('refuses empty files, binary files, folders and files without structure with a reason', async () => {
    const empty = join(host.workDir, 'empty.txt');
    const binary = join(host.workDir, 'image.txt');
    const prose = join(host.workDir, 'note.txt');
    const folder = join(host.workDir, 'folder.txt');
    await writeFile(empty, '');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00]));
    await writeFile(prose, 'Just a note without any headings, written in one line.');
    await mkdir(folder);
    host.dialogs.openAnswers.push(empty, binary, prose, folder, join(host.workDir, 'missing.txt'));
    const codes = [];
    for (let i = 0; i < 5; i++) {
      const outcome = await whole(host, await host.handlers.openFile());
      codes.push(outcome.status === 'failed' ? [outcome.error.code, outcome.error.file] : outcome.status);
    }
    expect(codes).toEqual([
      ['empty', 'empty.txt'],
      ['unreadable', 'image.txt'],
      ['no-structure', 'note.txt'],
      ['not-a-file', 'folder.txt'],
      ['not-found', 'missing.txt'],
    ]);
    expect(await host.handlers.listRecent()).toEqual([]);
  });

  it('reads a contract saved in Windows-1252', async () => {
    const path = join(host.workDir, 'ansi.txt');
    await writeFile(path, Buffer.from('1 Gegenstand\n\n1. Die Löschung der Daten obliegt dem Auftragnehmer.\n', 'latin1'));
    host.dialogs.openAnswers.push(path);
    const outcome = await whole(host, await host.handlers.openFile());
    expect(outcome.status === 'opened' && outcome.document.review.contract.sections[0]!.clauses[0]!.text).toBe(
      'Die Löschung der Daten obliegt dem Auftragnehmer.',
    );
  });
});

describe('recent files', () => {
  it('opens a recent file again, newest first, and refuses any path not in the list', async () => {
    const first = join(host.workDir, 'a.txt');
    const second = join(host.workDir, 'b.txt');
    for (const path of [first, second]) await writeFile(path, '1 Gegenstand\n\n1. Text.\n');
    host.dialogs.openAnswers.push(first, second);
    await whole(host, await host.handlers.openFile());
    await whole(host, await host.handlers.openFile());
    expect((await host.handlers.listRecent()).map((file) => file.name)).toEqual(['b.txt', 'a.txt']);
    expect((await whole(host, await host.handlers.openRecent(first))).status).toBe('opened');
    expect((await host.handlers.listRecent()).map((file) => file.name)).toEqual(['a.txt', 'b.txt']);
    expect(await whole(host, await host.handlers.openRecent('/etc/passwd'))).toEqual({ status: 'failed', error: { code: 'not-in-recent' } });
  });

  it('drops a recent file that no longer exists', async () => {
    const path = join(host.workDir, 'gone.txt');
    await writeFile(path, '1 Gegenstand\n\n1. Text.\n');
    host.dialogs.openAnswers.push(path);
    await whole(host, await host.handlers.openFile());
    await writeFile(path, '');
    await import('node:fs/promises').then((fs) => fs.rm(path));
    expect(await whole(host, await host.handlers.openRecent(path))).toMatchObject({ status: 'failed', error: { code: 'not-found' } });
    expect(await host.handlers.listRecent()).toEqual([]);
  });
});

describe('preferences and requests', () => {
  it('keeps the language preference in the data folder, reads it when the host starts, and falls back to defaults when the file is broken', async () => {
    expect(await host.handlers.getPreferences()).toEqual({ language: 'system', author: null });
    expect(await host.handlers.setPreferences({ language: 'de' })).toEqual({ language: 'de', author: null });
    expect(JSON.parse(await readFile(join(host.dataDir, 'preferences.json'), 'utf8'))).toEqual({ language: 'de', author: null });
    await writeFile(join(host.dataDir, 'preferences.json'), '{ broken');
    // The running host answers from what it read and wrote, without the disk: the page's
    // first request is never queued behind the read of a large startup document.
    expect(await host.handlers.getPreferences()).toEqual({ language: 'de', author: null });
    // The next start reads the broken file (the folders are the first host's, which removes them).
    const restarted = await testHost({ dataDir: host.dataDir, workDir: host.workDir });
    expect(await restarted.handlers.getPreferences()).toEqual({ language: 'system', author: null });
  });

  it('validates every argument against its schema', async () => {
    const call = (method: string, ...args: unknown[]) => (host.handlers as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!(...args);
    await expect(call('setPreferences', { language: 'fr' })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(call('setPreferences', { language: 'de', extra: 1 })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(call('openRecent', 42)).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(call('openTemplate', 'unexpected')).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('hands a command-line file to the UI once', async () => {
    const path = join(host.workDir, 'cli.txt');
    await writeFile(path, '1 Gegenstand\n\n1. Text.\n');
    host.handlers.setStartupFile(path);
    expect(await whole(host, await host.handlers.takeStartupDocument())).toMatchObject({ status: 'opened', document: { path } });
    expect(await whole(host, await host.handlers.takeStartupDocument())).toBeNull();
  });
});
