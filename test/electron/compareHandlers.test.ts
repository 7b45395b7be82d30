import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../electron/handlers/createHandlers';
import { testHost, type TestHost, whole } from '../support/handlers';

let host: TestHost;
beforeEach(async () => {
  host = await testHost();
});
afterEach(async () => {
  await host.cleanup();
});

describe('choosing a file to compare with', () => {
  it('reads the file chosen in the dialog without making it the open document or a recent file', async () => {
    const review = join(host.workDir, 'markup.clausemark');
    const template = await whole(host, await host.handlers.openTemplate());
    if (template.status !== 'opened') throw new Error('template did not open');
    host.dialogs.saveAnswers.push(review);
    expect((await host.handlers.saveReview(template.document.review)).status).toBe('saved');

    const answer = join(host.workDir, 'antwort.txt');
    await writeFile(answer, '1 Gegenstand\n\n1. Der Auftragnehmer verarbeitet Daten.\n\n2 Dauer\n\n1. Der Vertrag läuft ein Jahr.\n');
    host.dialogs.openAnswers.push(answer);
    const outcome = await host.handlers.openForComparison();
    expect(outcome).toMatchObject({ status: 'opened', document: { name: 'antwort.txt', kind: 'text' } });
    expect(host.dialogs.openRequests.at(-1)!.extensions).toEqual(['docx', 'txt', 'md', 'markdown', 'text', 'clausemark']);
    expect((await host.handlers.listRecent()).map((file) => file.path)).toEqual([review]);

    // Save still writes to the review, not to the file compared with.
    expect(await host.handlers.saveReview(template.document.review)).toMatchObject({ status: 'saved', path: review });
  });

  it('reports a cancelled dialog as cancelled and an unreadable file with its reason', async () => {
    expect(await host.handlers.openForComparison()).toEqual({ status: 'cancelled' });
    host.dialogs.openAnswers.push(join(host.workDir, 'missing.txt'));
    expect(await host.handlers.openForComparison()).toEqual({ status: 'failed', error: { code: 'not-found', file: 'missing.txt' } });
  });

  it('takes no arguments: a path from the page is refused', async () => {
    await expect((host.handlers.openForComparison as (...args: unknown[]) => Promise<unknown>)('/etc/passwd')).rejects.toBeInstanceOf(InvalidRequestError);
  });
});
