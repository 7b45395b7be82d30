/**
 * A DOCX file's bytes into the reader's model: the body's blocks with every tracked
 * change, and the comments. Everything that can go wrong comes back as a `DocxError`.
 */
import { DocxReadError, fail, itemCounter, type DocxError } from '../errors';
import { DOCX_LIMITS, type DocxLimits } from '../limits';
import { openZip, type RawInflater } from '../zip/readZip';
import { bodyReader, markedParagraphs, type BodyContext, type DocxBlock, type DocxParagraph } from './body';
import { readComments, type DocxComment } from './comments';
import { readNotes } from './notes';
import { readNumbering } from './numbering';
import { openPackage } from './package';
import { readProperties, type DocumentProperties } from './properties';
import { contentState, type ContentState } from './paragraphContent';
import type { XmlElement } from '../xml/element';
import { pushAll } from '../../lists';
import { readStyles } from './styles';

/** Paragraphs outside the body that carry a tracked change or a comment mark, by where they sit. */
export interface DocxStory {
  readonly place: 'header' | 'footer' | 'footnote' | 'endnote';
  readonly paragraphs: readonly DocxParagraph[];
}

export interface DocxDocument {
  /** The main part (`word/document.xml`, as the package's relationships name it). */
  readonly mainPart: string;
  readonly blocks: readonly DocxBlock[];
  readonly stories: readonly DocxStory[];
  readonly comments: ReadonlyMap<string, DocxComment>;
  /** List labels cut to the limits (`DocxLimits.maxLabelLength`): the user is told. */
  readonly cutLabels: number;
  readonly properties: DocumentProperties;
}

export type ReadDocxResult = { readonly ok: true; readonly document: DocxDocument } | { readonly ok: false; readonly error: DocxError };

/**
 * For a writer that changes the body in place (`docx/patch`): the main part read with element
 * positions, each paragraph handed over with its element, and where each piece of its text came from.
 */
export interface BodyHooks {
  readonly onParagraph: NonNullable<BodyContext['onParagraph']>;
  readonly trace: NonNullable<ContentState['trace']>;
}

export function readDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS, inflateRaw?: RawInflater, hooks?: BodyHooks): ReadDocxResult {
  try {
    if (bytes.length > limits.maxFileBytes) fail('total-too-large', undefined, `${bytes.length}`);
    const pkg = openPackage(openZip(bytes, limits, inflateRaw), limits);
    // What the body needs is read first; the body is then read as it is parsed.
    const styles = readStyles(pkg.related('styles'));
    const numbering = readNumbering(pkg.related('numbering'), limits);
    const stories: DocxStory[] = [];
    // Each part's paragraphs count against the limit of that part, as the part's own elements do.
    const storyContext = (): BodyContext => ({ styles, numbering, content: contentState({ footnotes: new Map(), endnotes: new Map() }), count: itemCounter('story', limits.maxItems) });
    const story = (place: DocxStory['place']) => {
      const context = storyContext();
      const paragraphs: DocxParagraph[] = [];
      stories.push({ place, paragraphs });
      return (element: XmlElement) => pushAll(paragraphs, markedParagraphs(element.name === 'w:footnote' || element.name === 'w:endnote' ? element.children.filter((node): node is XmlElement => typeof node !== 'string') : [element], context));
    };
    const content = contentState({ footnotes: readNotes(pkg.related('footnotes'), 'w:footnote', story('footnote')), endnotes: readNotes(pkg.related('endnotes'), 'w:endnote', story('endnote')) });
    if (hooks) content.trace = hooks.trace;
    const body = bodyReader(pkg.mainPart, { styles, numbering, content, count: itemCounter(pkg.mainPart, limits.maxItems), ...(hooks ? { onParagraph: hooks.onParagraph } : {}) });
    pkg.visit(pkg.mainPart, body, hooks ? { positions: true } : {});
    for (const kind of ['header', 'footer'] as const) for (const part of pkg.relatedAll(kind)) part(story(kind));
    return {
      ok: true,
      document: {
        mainPart: pkg.mainPart,
        blocks: body.blocks,
        stories: stories.filter((entry) => entry.paragraphs.length > 0),
        comments: readComments(pkg.related('comments'), pkg.related('commentsExtended')),
        cutLabels: numbering.cut,
        properties: readProperties(pkg),
      },
    };
  } catch (error) {
    // The zip and XML layers turn every fault of the input into a DocxReadError; anything else is a bug and surfaces.
    if (error instanceof DocxReadError) return { ok: false, error: error.error };
    throw error;
  }
}
