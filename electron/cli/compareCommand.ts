/**
 * `clausemark compare <old> <new>`: both files read as the app reads them (a review file
 * compares as its current text), compared clause by clause, printed as text or as the
 * JSON of the README. With `--out`, the old one is written as a DOCX whose tracked changes
 * are the differences, as Word's *Compare* makes a redline.
 */
import { basename } from 'node:path';
import { compareContracts, comparisonJson, comparisonReport, type CompareOptions } from '../../shared/compare';
import type { Translator } from '../../shared/i18n';
import { newId, type Review } from '../../shared/review';
import { formatBytes } from '../../shared/text';
import { describeError } from './describeError';
import { jsonText } from './jsonText';
import { inputPath, readInput } from './readInput';


export interface CompareRequest {
  readonly old: string;
  readonly new: string;
  readonly json: boolean;
  readonly options: CompareOptions;
  /** Where to write the redline as DOCX, or null. */
  readonly out: string | null;
  /** Whose tracked changes the redline's differences are; the new file's name by default. */
  readonly author: string | null;
}

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly scriptDir: string;
  readonly terminal?: boolean;
}

async function load(input: string, io: Io, t: Translator, whole: boolean): Promise<{ review: Review; name: string } | null> {
  // A comparison reads who carries each measure (its party and cue, not a farther frame's conflict), not whom each clause obliges; a redline to write gets everything.
  const opened = await readInput(input, io, t, whole ? { keepDocument: false } : { clauseDuties: false, frameConflicts: false, keepDocument: false });
  return opened && { review: opened.review, name: basename(inputPath(input, io.scriptDir)) };
}

export async function compareCommand(request: CompareRequest, io: Io, t: Translator): Promise<number> {
  const old = await load(request.old, io, t, request.out !== null);
  if (!old) return 1;
  const next = await load(request.new, io, t, request.out !== null);
  if (!next) return 1;
  const comparison = compareContracts(old.review.contract, next.review.contract, request.options);
  if (request.out === null) {
    io.stdout(request.json ? jsonText(comparisonJson(comparison, t), io.terminal === true) : comparisonReport(comparison, { old: old.name, new: next.name }, t));
    return 0;
  }
  // Only a redline to write needs the DOCX writer: a comparison to print never loads it.
  const [{ adoptComparison, untrackedDifferences }, { writeDocx }] = await Promise.all([import('../../shared/compare/adopt'), import('../handlers/exportDocx')]);
  const now = new Date().toISOString();
  const author = request.author ?? next.name;
  const redline = adoptComparison(old.review, next.review.contract, comparison, { author, now, newId });
  const untracked = untrackedDifferences(comparison).length;
  if (untracked > 0) io.stderr(`clausemark: ${t('compare.cli.untracked', { count: untracked })}\n`);
  const choices = { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: request.author ?? '', title: '' } as const;
  const outcome = await writeDocx(request.out, { contract: redline.contract, choices }, now);
  if (outcome.status !== 'saved') {
    io.stderr(`clausemark: ${describeError(outcome.error, t)}\n`);
    return 1;
  }
  io.stdout(`${t('cli.exported', { file: outcome.name, size: formatBytes(outcome.bytes, t.language) })}\n`);
  return 0;
}
