/**
 * A contract into DOCX bytes: the redline (every pending change a Word revision, comments
 * anchored to their words) or the clean copy. Document properties carry the chosen
 * author and title and nothing else: no paths, no user names.
 */
import { Document, Packer, type Paragraph, type Table } from 'docx';
import { unzipSync } from 'fflate';
import type { Contract } from '../../contract';
import { annexBlocks } from './annexes';
import { CommentWriter } from './comments';
import { addCommentsExtended } from './commentsExtended';
import { revisionCounter, type WriteContext } from './context';
import { coverPage } from './coverPage';
import { frontMatterParagraphs } from './frontMatter';
import { ParagraphFormats } from './paragraphFormats';
import { documentLanguage, type ChecklistSummary, type DocxExportOptions } from './options';
import { sectionParagraphs, signatureParagraphs } from './sections';
import { documentNumbering, documentStyles, PAGE } from './styles';
import { writeZip, type ZipDeflater } from '../zip/writeZip';
import { pushAll } from '../../lists';
import { withoutForbiddenCharacters } from './xmlCharacters';

export interface ExportInput {
  readonly contract: Contract;
  /** The Art. 28 checklist for the cover page, when there is one. */
  readonly checklist?: ChecklistSummary;
}

/**
 * `deflater` is the host's (see `ZipDeflater`); without one, fflate deflates in JavaScript.
 */
export async function exportDocx(input: ExportInput, options: DocxExportOptions, deflater?: ZipDeflater): Promise<Uint8Array> {
  const { contract } = input;
  const language = documentLanguage(contract, options);
  const comments = new CommentWriter(language, options, options.now);
  const context: WriteContext = { options, language, comments, formats: new ParagraphFormats(), nextRevisionId: revisionCounter() };

  const body: (Paragraph | Table)[] = [];
  if (options.coverPage) pushAll(body, coverPage(contract, context, input.checklist));
  pushAll(body, frontMatterParagraphs(contract, context, options.coverPage));
  contract.sections.forEach((section, index) => pushAll(body, sectionParagraphs(section, index, context)));
  if (contract.signature.length > 0) pushAll(body, signatureParagraphs(contract.signature));
  const firstTomAnnex = contract.annexes.find((annex) => annex.isTomAnnex);
  for (const annex of contract.annexes) pushAll(body, annexBlocks(annex, contract, context, annex === firstTomAnnex));

  const document = new Document({
    creator: options.author,
    lastModifiedBy: options.author,
    title: options.title || contract.title,
    styles: documentStyles(contract.language, language),
    numbering: documentNumbering(),
    comments: { children: comments.entries },
    features: { trackRevisions: options.mode === 'redline' },
    // Word and LibreOffice hyphenate at the syllables of the runs' language (`w:lang`), never inside one.
    hyphenation: { autoHyphenation: true },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } }, children: body }],
  });
  const parts = await packageParts(document);
  if (comments.resolved) addCommentsExtended(parts, comments.entries);
  return writeZip(parts, options.now, deflater);
}

/** docx's compiler, which `Packer.pack` zips with fflate: the package's parts by path, in their order. */
interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly never[]): ReadonlyMap<string, string | ArrayBufferView | ArrayBuffer>;
}

/**
 * The parts of the package docx writes for `document`, before they are zipped. `Packer`
 * compiles them and zips them with fflate's DEFLATE in JavaScript, a tenth of a large
 * export, with no way to give it another; its compiler is not public, so it is used only
 * while it is there as 9.x has it, and otherwise the parts are taken out of the zip that
 * `Packer.pack` makes.
 */
async function packageParts(document: Document): Promise<Map<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  const encoder = new TextEncoder();
  // Every text of the document reaches its part through here (see `withoutForbiddenCharacters`).
  const xml = (text: string) => encoder.encode(withoutForbiddenCharacters(text));
  const parts = new Map<string, Uint8Array>();
  if (typeof compiler?.compile !== 'function') {
    const decoder = new TextDecoder();
    for (const [path, data] of Object.entries(unzipSync(await Packer.pack(document, 'uint8array')))) parts.set(path, /\.(?:xml|rels)$/u.test(path) ? xml(decoder.decode(data)) : data);
    return parts;
  }
  for (const [path, data] of compiler.compile(document, undefined, [])) {
    parts.set(path, typeof data === 'string' ? xml(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data));
  }
  return parts;
}
