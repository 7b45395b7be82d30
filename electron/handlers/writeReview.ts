import { basename } from 'node:path';
import type { HostError } from '../../shared/documents';
import { serializeReview, type Review } from '../../shared/review';
import { writeFileOrFailure } from './atomicWrite';
import { internalError } from './errorLog';

/**
 * Writes a review file, keeping the one it replaces (its versions, decisions and notes) as
 * `.bak`; null where it worked. A review the app made that its own file cannot hold is the
 * app's fault, not the user's: logged as `operation` on `file` (the one it came from), never
 * shown as a schema dump.
 */
export async function writeReviewFile(path: string, review: Review, operation: string, file = basename(path)): Promise<HostError | null> {
  let serialized: string;
  try {
    serialized = serializeReview(review);
  } catch (error) {
    return internalError(operation, file, error);
  }
  return writeFileOrFailure(path, serialized, { backup: true });
}
