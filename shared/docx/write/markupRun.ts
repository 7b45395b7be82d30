/**
 * A run of plain text or a line break, equal, inserted or deleted, made as the XML docx
 * prepares for a `TextRun`, `InsertedTextRun` or `DeletedTextRun` of it. docx builds each of
 * those from about ten components (run properties, text, attributes and their key maps) and
 * walks them at every write: a tenth of writing a large redline, for runs that hold nothing
 * but their text and, for a change, its id, author and date.
 */
import { XmlComponent, type IXmlableObject, type ParagraphChild } from 'docx';
import type { Segment } from '../../contract';

export interface Revision {
  readonly id: number;
  readonly author: string;
  readonly date: string;
}

/** `{ text }` for words, `{ lineBreak: true }` for a `w:br`. */
export type RunContent = { readonly text: string } | { readonly lineBreak: true };

class MarkupRun extends XmlComponent {
  private readonly xml: IXmlableObject;

  constructor(kind: Segment['kind'], content: RunContent, revision?: Revision) {
    super(kind === 'insert' ? 'w:ins' : kind === 'delete' ? 'w:del' : 'w:r');
    // docx leaves out the `w:delText` of a deletion without text (`<w:r/>`), not the `w:t` of other runs.
    const empty = kind === 'delete' && 'text' in content && content.text === '';
    const run = empty ? { 'w:r': {} } : 'text' in content ? { 'w:r': [{ [kind === 'delete' ? 'w:delText' : 'w:t']: [{ _attr: { 'xml:space': 'preserve' } }, content.text] }] } : { 'w:r': [{ 'w:br': {} }] };
    this.xml = kind === 'equal' || !revision ? run : { [this.rootKey]: [{ _attr: { 'w:id': revision.id, 'w:author': revision.author, 'w:date': revision.date } }, run] };
  }

  override prepForXml(): IXmlableObject {
    return this.xml;
  }
}

/** docx's run classes carry a private brand each; a paragraph writes whatever component it holds. */
export function markupRun(kind: Segment['kind'], content: RunContent, revision?: Revision): ParagraphChild {
  return new MarkupRun(kind, content, revision) as unknown as ParagraphChild;
}
