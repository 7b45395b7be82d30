/**
 * A DOCX file's bytes into the reader's model: the body's blocks with every tracked
 * change, and the comments. Everything that can go wrong comes back as a `DocxError`.
 */
import { DocxReadError, fail, type DocxError } from '../errors';
import { DOCX_LIMITS, type DocxLimits } from '../limits';
import { openZip, type RawInflater } from '../zip/readZip';
import { readBody, type DocxBlock } from './body';
import { readComments, type DocxComment } from './comments';
import { readNotes } from './notes';
import { readNumbering } from './numbering';
import { openPackage } from './package';
import { contentState } from './paragraphContent';
import { readStyles } from './styles';

export interface DocxDocument {
  readonly blocks: readonly DocxBlock[];
  readonly comments: ReadonlyMap<string, DocxComment>;
}

export type ReadDocxResult = { readonly ok: true; readonly document: DocxDocument } | { readonly ok: false; readonly error: DocxError };

export function readDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS, inflateRaw?: RawInflater): ReadDocxResult {
  try {
    if (bytes.length > limits.maxFileBytes) fail('total-too-large', undefined, `${bytes.length}`);
    const pkg = openPackage(openZip(bytes, limits, inflateRaw), limits);
    const part = (kind: Parameters<typeof pkg.related>[0]) => {
      const name = pkg.related(kind);
      return name === null ? null : pkg.xml(name);
    };
    const document = pkg.xml(pkg.mainPart);
    if (!document || document.name !== 'w:document') fail('not-docx', pkg.mainPart, document?.name);
    const content = contentState({ footnotes: readNotes(part('footnotes'), 'w:footnote'), endnotes: readNotes(part('endnotes'), 'w:endnote') });
    const blocks = readBody(document, { styles: readStyles(part('styles')), numbering: readNumbering(part('numbering')), content });
    return { ok: true, document: { blocks, comments: readComments(part('comments'), part('commentsExtended')) } };
  } catch (error) {
    // The zip and XML layers turn every fault of the input into a DocxReadError; anything else is a bug and surfaces.
    if (error instanceof DocxReadError) return { ok: false, error: error.error };
    throw error;
  }
}
