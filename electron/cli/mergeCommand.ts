/**
 * `clausemark merge <review> <answer> --out <round2.clausemark>`: round two on the command
 * line, as *Compare → their answer → Adopt* in the app. Their tracked changes and comments
 * keep their authors and dates; what they did not track is the document's last author's
 * (or `--author`'s) at its date; ours stay ours. The new review is written atomically under
 * a `.clausemark` name only, so a failed run leaves an existing file as it was.
 */
import { basename } from 'node:path';
import { adoptComparison, packageOf, untrackedDifferences, answerSide, compareContracts, mergeReport, mergeSummary, EXACT } from '../../shared/compare';
import { kindOfFile } from '../../shared/documents';
import type { OpenedDocument } from '../../shared/host';
import type { Translator } from '../../shared/i18n';
import { newId } from '../../shared/review';
import { writeReviewFile } from '../handlers/writeReview';
import { readDocument } from '../handlers/readDocument';
import { describeError } from './describeError';


export interface MergeRequest {
  readonly review: string;
  readonly answer: string;
  readonly out: string;
  /** Whose their untracked edits and decisions are; the answer's last author by default. */
  readonly author: string | null;
}

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

async function open(path: string, io: Io, t: Translator): Promise<OpenedDocument | null> {
  const outcome = await readDocument(path);
  if (outcome.status === 'opened') return outcome.document;
  io.stderr(`clausemark: ${describeError(outcome.error, t)}\n`);
  return null;
}

export async function mergeCommand(request: MergeRequest, io: Io, t: Translator): Promise<number> {
  // A review is written only under a review's name: never over their Word document, or any other file.
  if (kindOfFile(request.out) !== 'review') {
    io.stderr(`clausemark: ${t('cli.mergeNeedsReviewName', { file: basename(request.out) })}\n`);
    return 1;
  }
  const ours = await open(request.review, io, t);
  if (!ours) return 1;
  const theirs = await open(request.answer, io, t);
  if (!theirs) return 1;
  const now = new Date().toISOString();
  const side = answerSide(theirs.review.contract, theirs.properties, now);
  const author = request.author ?? side.author;
  // A file's name names no person: where their document names nobody, the user does.
  if (author === '') {
    io.stderr(`clausemark: ${t('cli.mergeNeedsAuthor', { file: basename(request.answer) })}\n`);
    return 1;
  }
  const comparison = compareContracts(ours.review.contract, theirs.review.contract, EXACT);
  const answer = basename(request.answer);
  const merged = adoptComparison(ours.review, theirs.review.contract, comparison, { author, now, newId, their: { date: side.date, answer, ...packageOf(theirs.review) } });
  const untracked = untrackedDifferences(comparison).length;
  if (untracked > 0) io.stderr(`clausemark: ${t('merge.untracked', { count: untracked })}\n`);
  const failed = await writeReviewFile(request.out, merged, 'merge', answer);
  if (failed) {
    io.stderr(`clausemark: ${describeError(failed, t)}\n`);
    return 1;
  }
  io.stdout(mergeReport(mergeSummary(ours.review, merged, comparison), { review: basename(request.review), answer, out: basename(request.out) }, t));
  return 0;
}
