/**
 * Saving reviews and keeping them safe: Save writes back to the review's own file, Save As
 * asks where; every write is atomic and keeps the previous file as `.bak`; an autosave in
 * the data folder is offered back after a crash when it is newer than the saved file.
 */
import { rm, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import * as z from 'zod';
import type { OpenOutcome, Recovery, SaveOutcome } from '../../shared/host';
import { reviewSchemas, type Review } from '../../shared/review';
import { writeReviewFile } from './writeReview';
import type { DialogPort } from './dialogs';
import { jsonStore } from './jsonStore';

export const REVIEW_EXTENSION = 'clausemark';

const RecoverySchema = z.object({ savedAt: z.string(), name: z.string(), path: z.string().nullable(), review: reviewSchemas().ReviewSchema });

export interface ReviewFilesContext {
  readonly dialogs: DialogPort;
  readonly userDataDir: string;
  readonly dialogText: () => { readonly saveTitle: string; readonly reviews: string };
  /** Called after every successful save, to remember the file among the recent ones. */
  readonly remember: (path: string) => Promise<void>;
}

export function reviewFiles(context: ReviewFilesContext) {
  const recoveryPath = join(context.userDataDir, 'autosave', 'recovery.json');
  const recovery = jsonStore(recoveryPath, RecoverySchema.nullable(), () => null);
  /** The `.clausemark` file the open review lives in, if any. */
  let currentPath: string | null = null;

  function defaultName(review: Review): string {
    const source = currentPath ? basename(currentPath) : review.source.name;
    return `${basename(source, extname(source))}.${REVIEW_EXTENSION}`;
  }

  async function writeTo(path: string, review: Review): Promise<SaveOutcome> {
    const failed = await writeReviewFile(path, review, 'save');
    if (failed) return { status: 'failed', error: failed };
    currentPath = path;
    await rm(recoveryPath, { force: true });
    await context.remember(path);
    return { status: 'saved', name: basename(path), path };
  }

  async function saveAs(review: Review): Promise<SaveOutcome> {
    const text = context.dialogText();
    const chosen = await context.dialogs.chooseFileToSave({
      title: text.saveTitle,
      defaultName: defaultName(review),
      filters: [{ name: text.reviews, extensions: [REVIEW_EXTENSION] }],
    });
    if (chosen === null) return { status: 'cancelled' };
    const path = extname(chosen) === `.${REVIEW_EXTENSION}` ? chosen : `${chosen}.${REVIEW_EXTENSION}`;
    return writeTo(path, review);
  }

  return {
    /** Tells which review file is open now (null for a contract that has not been saved as a review). */
    setCurrent(path: string | null): void {
      currentPath = path;
    },
    save(review: Review): Promise<SaveOutcome> {
      return currentPath === null ? saveAs(review) : writeTo(currentPath, review);
    },
    saveAs,
    async autosave(review: Review): Promise<void> {
      await recovery.write({ savedAt: new Date().toISOString(), name: currentPath ? basename(currentPath) : review.source.name, path: currentPath, review });
    },
    async check(): Promise<Recovery | null> {
      const saved = await recovery.read();
      if (!saved) return null;
      if (saved.path !== null) {
        const file = await stat(saved.path).catch(() => null);
        // The file was saved after the autosave: nothing to recover.
        if (file && file.mtime.toISOString() >= saved.savedAt) {
          await rm(recoveryPath, { force: true });
          return null;
        }
      }
      return { name: saved.name, savedAt: saved.savedAt };
    },
    async recover(): Promise<OpenOutcome> {
      const saved = await recovery.read();
      if (!saved) return { status: 'failed', error: { code: 'not-found', file: 'recovery.json' } };
      currentPath = saved.path;
      return {
        status: 'opened',
        document: { name: saved.name, path: saved.path, kind: 'review', review: saved.review, savedAsReview: saved.path !== null },
      };
    },
    async discard(): Promise<void> {
      await rm(recoveryPath, { force: true });
    },
  };
}
