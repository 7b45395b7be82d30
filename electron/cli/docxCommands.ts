/**
 * `clausemark export` and `clausemark import`: a contract or a review out as a DOCX, a DOCX
 * in as a review file. Both write atomically, so an existing output file is replaced only
 * by a complete new one and a failed run leaves it as it was.
 */
import { basename } from 'node:path';
import { kindOfFile, type ExportChoices } from '../../shared/documents';
import { summarizeChanges } from '../../shared/docx';
import { errorMessage, importWarningMessage } from '../../shared/host';
import type { Translator } from '../../shared/i18n';
import { formatBytes } from '../../shared/text';
import { writeReviewFile } from '../handlers/writeReview';
import { writeDocx } from '../handlers/exportDocx';
import { readDocument } from '../handlers/readDocument';
import { readInput } from './readInput';


export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly scriptDir: string;
  readonly now: () => string;
}

/** Any input `parse` accepts, a review file among them: its contract with the changes and comments. */
export async function exportCommand(input: string, out: string, choices: ExportChoices, io: CommandIo, t: Translator): Promise<number> {
  const opened = await readInput(input, io, t, { warnings: true });
  if (!opened) return 1;
  const { contract, source } = opened.review;
  // A review of a Word document (or the document itself) is exported into that document.
  const theirDocument = source.package ? { theirDocument: { name: source.name, package: source.package } } : {};
  const outcome = await writeDocx(out, { contract, choices, ...theirDocument }, io.now());
  if (outcome.status !== 'saved') {
    io.stderr(`clausemark: ${errorMessage(outcome.error, t, t.language)}\n`);
    return 1;
  }
  io.stdout(`${t('cli.exported', { file: outcome.name, size: formatBytes(outcome.bytes, t.language) })}\n`);
  return 0;
}

export async function importCommand(input: string, out: string, io: CommandIo, t: Translator): Promise<number> {
  if (kindOfFile(input) !== 'docx') {
    io.stderr(`clausemark: ${t('cli.importNeedsDocx', { file: basename(input) })}\n`);
    return 1;
  }
  // A review is written only under a review's name: never over the Word document it came from, or any other file.
  if (kindOfFile(out) !== 'review') {
    io.stderr(`clausemark: ${t('cli.importNeedsReviewName', { file: basename(out) })}\n`);
    return 1;
  }
  const outcome = await readDocument(input);
  if (outcome.status !== 'opened') {
    io.stderr(`clausemark: ${errorMessage(outcome.error, t, t.language)}\n`);
    return 1;
  }
  const { review, warnings } = outcome.document;
  const contract = review.contract;
  for (const warning of warnings ?? []) io.stderr(`clausemark: ${importWarningMessage(warning, t)}\n`);
  const failed = await writeReviewFile(out, review, 'import', basename(input));
  if (failed) {
    io.stderr(`clausemark: ${errorMessage(failed, t, t.language)}\n`);
    return 1;
  }
  const summary = summarizeChanges(contract);
  io.stdout(
    `${t('cli.imported', {
      file: basename(out),
      sections: t('cli.sectionCount', { count: contract.sections.length }),
      measures: t('outline.measures', { count: contract.toms.length }),
      changes: t('changes.count', { count: summary.pending }),
      comments: t('cli.commentCount', { count: summary.externalComments + summary.internalComments }),
    })}\n`,
  );
  return 0;
}
