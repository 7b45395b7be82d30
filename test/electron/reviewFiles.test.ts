import { readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../shared/host/errorMessage';
import { translator } from '../../shared/i18n';
import { editText } from '../../shared/review/operations';
import { parseReviewFile, serializeReview } from '../../shared/review/reviewFile';
import type { Review } from '../../shared/review/model';
import { testHost, type TestHost, whole } from '../support/handlers';

let host: TestHost;
beforeEach(async () => {
  host = await testHost();
});
afterEach(async () => {
  await host.cleanup();
});

async function templateReview(): Promise<Review> {
  const outcome = await whole(host, await host.handlers.openTemplate());
  if (outcome.status !== 'opened') throw new Error('template did not open');
  return outcome.document.review;
}

const context = { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: (() => { let n = 0; return () => `c${++n}`; })() };

describe('saving reviews', () => {
  it('asks where the first time, adds .clausemark, then saves in place keeping the previous file as .bak', async () => {
    const review = await templateReview();
    const target = join(host.workDir, 'Prüfung');
    host.dialogs.saveAnswers.push(target);
    expect(await host.handlers.saveReview(review)).toEqual({ status: 'saved', name: 'Prüfung.clausemark', path: `${target}.clausemark` });
    const edited = editText(review, { kind: 'clause', id: 's1-c2' }, 'Geändert.', context);
    expect(await host.handlers.saveReview(edited)).toMatchObject({ status: 'saved' });
    expect(host.dialogs.saveRequests).toHaveLength(1);
    expect(parseReviewFile(await readFile(`${target}.clausemark`, 'utf8'))).toEqual({ ok: true, review: edited });
    expect(parseReviewFile(await readFile(`${target}.clausemark.bak`, 'utf8'))).toEqual({ ok: true, review });
    expect((await host.handlers.listRecent())[0]).toMatchObject({ name: 'Prüfung.clausemark' });
  });

  it('opens a saved review with its tracked changes and saves back to it', async () => {
    const review = editText(await templateReview(), { kind: 'clause', id: 's1-c2' }, 'Geändert.', context);
    const path = join(host.workDir, 'review.clausemark');
    await writeFile(path, serializeReview(review));
    host.dialogs.openAnswers.push(path);
    const opened = await whole(host, await host.handlers.openFile());
    expect(opened).toMatchObject({ status: 'opened', document: { kind: 'review', savedAsReview: true, path } });
    expect(opened.status === 'opened' && opened.document.review).toEqual(review);
    expect(await host.handlers.saveReview(review)).toMatchObject({ status: 'saved', path });
    expect(host.dialogs.saveRequests).toHaveLength(0);
  });

  it('refuses a corrupt, foreign, future or wrongly shaped review file and leaves it untouched', async () => {
    const cases: [string, string, string][] = [
      ['broken.clausemark', '{"format":"clausemark","version":1,', 'invalid-review'],
      ['other.clausemark', '{"hello":"world"}', 'not-a-review'],
      ['future.clausemark', '{"format":"clausemark","version":99}', 'future-review'],
      ['shape.clausemark', '{"format":"clausemark","version":1,"contract":{}}', 'invalid-review'],
    ];
    for (const [name, content, code] of cases) {
      const path = join(host.workDir, name);
      await writeFile(path, content);
      const before = await stat(path);
      host.dialogs.openAnswers.push(path);
      const outcome = await whole(host, await host.handlers.openFile());
      expect(outcome).toMatchObject({ status: 'failed', error: { code, file: name } });
      expect(await readFile(path, 'utf8')).toBe(content);
      expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    }
    const shape = await whole(host, await host.handlers.openFile());
    expect(shape).toEqual({ status: 'cancelled' });
  });

  it('says where a review file is wrong', async () => {
    const review = await templateReview();
    const json = JSON.parse(serializeReview(review));
    json.contract.sections[0].clauses[0].kind = 'sonnet';
    const path = join(host.workDir, 'wrong.clausemark');
    await writeFile(path, JSON.stringify(json));
    host.dialogs.openAnswers.push(path);
    const outcome = await whole(host, await host.handlers.openFile());
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'invalid-review', detail: 'contract.sections.0.clauses.0.kind', problem: 'invalid-value' } });
    if (outcome.status !== 'failed') return;
    expect(errorMessage(outcome.error, translator('en'))).toBe('“wrong.clausemark” is damaged and was not opened (contract.sections.0.clauses.0.kind holds a value Clausemark does not accept). The file was left as it is.');
    expect(errorMessage(outcome.error, translator('de'))).toBe('„wrong.clausemark“ ist beschädigt und wurde nicht geöffnet (contract.sections.0.clauses.0.kind enthält einen Wert, den Clausemark nicht annimmt). Die Datei bleibt, wie sie ist.');
  });

  it('says that a review file cut off while it was written is damaged, and where it ends', async () => {
    const review = serializeReview(await templateReview());
    // Indented, as an editor or an older Clausemark wrote it: the place is a line and a column.
    const indented = JSON.stringify(JSON.parse(review), null, 2);
    const cut = indented.slice(0, indented.indexOf('"sections"') + 40);
    const path = join(host.workDir, 'cut.clausemark');
    await writeFile(path, cut);
    host.dialogs.openAnswers.push(path);
    const outcome = await whole(host, await host.handlers.openFile());
    const lines = cut.split('\n');
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'invalid-review', problem: 'cut-off', line: lines.length, column: lines.at(-1)!.length + 1 } });
    if (outcome.status !== 'failed') return;
    expect(errorMessage(outcome.error, translator('en'))).toContain(`is damaged and was not opened (it ends early, at line ${lines.length}, column ${lines.at(-1)!.length + 1},`);
    expect(errorMessage(outcome.error, translator('de'))).toContain(`(sie endet vorzeitig, in Zeile ${lines.length}, Spalte ${lines.at(-1)!.length + 1},`);
    expect(await readFile(path, 'utf8')).toBe(cut);
  });

  it('refuses a review file whose tracked changes contradict the text they mark up, naming the clause', async () => {
    const json = JSON.parse(serializeReview(await templateReview()));
    const clause = json.contract.sections[1].clauses[1];
    clause.segments = [{ kind: 'equal', text: 'kurz' }];
    const path = join(host.workDir, 'contradicts.clausemark');
    await writeFile(path, JSON.stringify(json));
    host.dialogs.openAnswers.push(path);
    const outcome = await whole(host, await host.handlers.openFile());
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'invalid-review', detail: 'contract.sections.1.clauses.1.segments', problem: 'contradicts' } });
    if (outcome.status !== 'failed') return;
    expect(errorMessage(outcome.error, translator('en'))).toContain('the tracked changes at contract.sections.1.clauses.1.segments do not mark up the text they belong to');
  });

  it('reports a failed write and leaves the previous file as it was', async () => {
    const review = await templateReview();
    host.dialogs.saveAnswers.push(join(host.workDir, 'no-such-folder', 'x', '\u0000bad'));
    const outcome = await host.handlers.saveReview(review);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'write-failed' } });
  });
});

describe('autosave and recovery', () => {
  it('offers an autosave after a crash, and not once the review is saved', async () => {
    const review = await templateReview();
    expect(await host.handlers.checkRecovery()).toBeNull();
    const edited = editText(review, { kind: 'clause', id: 's1-c2' }, 'Ungesichert.', context);
    await host.handlers.autosave(edited);
    // A new session (the app was killed): the autosave is offered with its time.
    const recovery = await host.handlers.checkRecovery();
    expect(recovery).toMatchObject({ name: 'avv-template.txt' });
    const recovered = await whole(host, await host.handlers.recover());
    expect(recovered.status === 'opened' && recovered.document.review).toEqual(edited);
    host.dialogs.saveAnswers.push(join(host.workDir, 'saved'));
    await host.handlers.saveReview(edited);
    expect(await host.handlers.checkRecovery()).toBeNull();
    expect(await readdir(join(host.dataDir, 'autosave'))).toEqual([]);
  });

  it('does not offer an autosave that is older than the saved file', async () => {
    const review = await templateReview();
    host.dialogs.saveAnswers.push(join(host.workDir, 'r'));
    await host.handlers.saveReview(review);
    await host.handlers.autosave(review);
    const future = new Date(Date.now() + 60_000);
    await utimes(join(host.workDir, 'r.clausemark'), future, future);
    expect(await host.handlers.checkRecovery()).toBeNull();
  });

  it('forgets the autosave when the reviewer discards the changes', async () => {
    await host.handlers.autosave(await templateReview());
    await host.handlers.discardRecovery();
    expect(await host.handlers.checkRecovery()).toBeNull();
  });
});
