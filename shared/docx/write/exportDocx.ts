/**
 * A contract into DOCX bytes: the redline (every pending change a Word revision, comments
 * anchored to their words) or the clean copy. Document properties carry the chosen
 * author and title and nothing else: no paths, no user names.
 */
import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { Contract } from '../../contract/model';
import { annexBlocks } from './annexes';
import { CommentWriter } from './comments';
import { addCommentsExtended } from './commentsExtended';
import { revisionCounter, type WriteContext } from './context';
import { coverPage } from './coverPage';
import { frontMatterParagraphs } from './frontMatter';
import type { ChecklistSummary, DocxExportOptions } from './options';
import { sectionParagraphs, signatureParagraphs } from './sections';
import { documentNumbering, documentStyles } from './styles';

export interface ExportInput {
  readonly contract: Contract;
  /** The Art. 28 checklist for the cover page, when there is one. */
  readonly checklist?: ChecklistSummary;
}

export async function exportDocx(input: ExportInput, options: DocxExportOptions): Promise<Uint8Array> {
  const { contract } = input;
  const comments = new CommentWriter(contract.language, options.includeInternal, options.now);
  const context: WriteContext = { options, language: contract.language, comments, nextRevisionId: revisionCounter() };

  const body: (Paragraph | Table)[] = [];
  if (options.coverPage) body.push(...coverPage(contract, options, input.checklist));
  body.push(...frontMatterParagraphs(contract, context, options.coverPage));
  contract.sections.forEach((section, index) => body.push(...sectionParagraphs(section, index, context)));
  if (contract.signature.length > 0) body.push(...signatureParagraphs(contract.signature));
  const firstTomAnnex = contract.annexes.find((annex) => annex.isTomAnnex);
  for (const annex of contract.annexes) body.push(...annexBlocks(annex, contract, context, annex === firstTomAnnex));

  const document = new Document({
    creator: options.author,
    lastModifiedBy: options.author,
    title: options.title || contract.title,
    styles: documentStyles(contract.language),
    numbering: documentNumbering(),
    comments: { children: comments.entries },
    features: { trackRevisions: options.mode === 'redline' },
    sections: [{ properties: { page: { margin: { top: 1417, bottom: 1134, left: 1417, right: 1417 } } }, children: body }],
  });
  const bytes = await Packer.pack(document, 'uint8array');
  return comments.resolved ? addCommentsExtended(bytes, comments.entries) : bytes;
}
