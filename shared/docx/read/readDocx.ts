/**
 * A DOCX file's bytes into the reader's model: the body's blocks with every tracked
 * change, and the comments. Everything that can go wrong comes back as a `DocxError`.
 */
import { DocxReadError, fail, itemCounter, type DocxError } from '../errors';
import { DOCX_LIMITS, type DocxLimits } from '../limits';
import { openZip, type RawInflater } from '../zip/readZip';
import { bodyReader, type DocxBlock } from './body';
import { readComments, type DocxComment } from './comments';
import { readNotes } from './notes';
import { readNumbering } from './numbering';
import { openPackage } from './package';
import { readProperties, type DocumentProperties } from './properties';
import { contentState } from './paragraphContent';
import { readStyles } from './styles';

export interface DocxDocument {
  readonly blocks: readonly DocxBlock[];
  readonly comments: ReadonlyMap<string, DocxComment>;
  /** List labels cut to the limits (`DocxLimits.maxLabelLength`): the user is told. */
  readonly cutLabels: number;
  readonly properties: DocumentProperties;
}

export type ReadDocxResult = { readonly ok: true; readonly document: DocxDocument } | { readonly ok: false; readonly error: DocxError };

export function readDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS, inflateRaw?: RawInflater): ReadDocxResult {
  try {
    if (bytes.length > limits.maxFileBytes) fail('total-too-large', undefined, `${bytes.length}`);
    const pkg = openPackage(openZip(bytes, limits, inflateRaw), limits);
    // What the body needs is read first; the body is then read as it is parsed.
    const styles = readStyles(pkg.related('styles'));
    const numbering = readNumbering(pkg.related('numbering'), limits);
    const content = contentState({ footnotes: readNotes(pkg.related('footnotes'), 'w:footnote'), endnotes: readNotes(pkg.related('endnotes'), 'w:endnote') });
    const body = bodyReader(pkg.mainPart, { styles, numbering, content, count: itemCounter(pkg.mainPart, limits.maxItems) });
    pkg.visit(pkg.mainPart, body);
    return {
      ok: true,
      document: { blocks: body.blocks, comments: readComments(pkg.related('comments'), pkg.related('commentsExtended')), cutLabels: numbering.cut, properties: readProperties(pkg) },
    };
  } catch (error) {
    // The zip and XML layers turn every fault of the input into a DocxReadError; anything else is a bug and surfaces.
    if (error instanceof DocxReadError) return { ok: false, error: error.error };
    throw error;
  }
}
