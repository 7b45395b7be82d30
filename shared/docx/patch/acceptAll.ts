/**
 * A main part with every revision accepted, as Word's *Accept All Changes* leaves it
 * (ECMA-376 Part 1, §17.13.5): inserted and moved-to content stays without its mark,
 * deleted and moved-from content goes, a deleted paragraph mark joins its paragraph to the
 * next, a deleted table row goes, and the record of every formatting change (`w:rPrChange`
 * …) goes. Comments go too, theirs with ours: a clean copy carries no markup (their part
 * and its relationship are dropped by `dropComments`). What carries neither is copied as written.
 */
import type { XmlElement } from '../xml/element';
import { DOCX_LIMITS } from '../limits';
import { visitXml } from '../xml/visitXml';
import { childElementsOf } from './xmlText';

/** Gone with everything in them. */
const DROPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:moveFromRangeStart',
  'w:moveFromRangeEnd',
  'w:moveToRangeStart',
  'w:moveToRangeEnd',
  'w:customXmlInsRangeStart',
  'w:customXmlInsRangeEnd',
  'w:customXmlDelRangeStart',
  'w:customXmlDelRangeEnd',
  'w:customXmlMoveFromRangeStart',
  'w:customXmlMoveFromRangeEnd',
  'w:customXmlMoveToRangeStart',
  'w:customXmlMoveToRangeEnd',
  'w:rPrChange',
  'w:pPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:tblPrExChange',
  'w:tcPrChange',
  'w:trPrChange',
  'w:tblGridChange',
  'w:numberingChange',
  'w:cellIns',
  'w:commentRangeStart',
  'w:commentRangeEnd',
  'w:commentReference',
]);
/** Containers whose content stays without them. */
const UNWRAPPED = new Set(['w:ins', 'w:moveTo']);
/** Where `w:ins`, `w:del` and the moves are marks of the element they sit in (a paragraph mark, a row, a numbering), not containers of content. */
const MARK_HOLDERS = new Set(['w:rPr', 'w:trPr', 'w:tcPr', 'w:pPr', 'w:numPr']);
const MARKS = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);

function hasMark(element: XmlElement, holder: string, marks: readonly string[]): boolean {
  const properties = childElementsOf(element).find((child) => child.name === holder);
  if (!properties) return false;
  const inner = holder === 'w:pPr' ? childElementsOf(properties).find((child) => child.name === 'w:rPr') : properties;
  return inner !== undefined && childElementsOf(inner).some((child) => marks.includes(child.name));
}

class Writer {
  constructor(private readonly text: string) {}

  /** The element as written, with the revisions in it accepted. */
  element(element: XmlElement, parent: string): string {
    const span = element.span!;
    if (span.openEnd === span.end) return this.text.slice(span.start, span.end);
    if (UNWRAPPED.has(element.name) && !MARK_HOLDERS.has(parent)) return this.content(element, span.openEnd, this.closeStart(element));
    return this.text.slice(span.start, span.openEnd) + this.content(element, span.openEnd, this.closeStart(element)) + this.text.slice(this.closeStart(element), span.end);
  }

  private closeStart(element: XmlElement): number {
    return this.text.lastIndexOf('<', element.span!.end - 1);
  }

  /** What an element holds between `from` and `to`, each child accepted; paragraphs whose mark is deleted joined to the next. */
  private content(element: XmlElement, from: number, to: number): string {
    let out = '';
    let at = from;
    let carried = '';
    const children = childElementsOf(element);
    children.forEach((child, index) => {
      out += this.text.slice(at, child.span!.start);
      at = child.span!.end;
      if (DROPPED.has(child.name) || (MARKS.has(child.name) && MARK_HOLDERS.has(element.name))) return;
      if (child.name === 'w:tr' && hasMark(child, 'w:trPr', ['w:del'])) return;
      // A run that only carried a comment's mark goes with it.
      if (child.name === 'w:r' && childElementsOf(child).every((inner) => inner.name === 'w:rPr' || inner.name === 'w:commentReference') && childElementsOf(child).some((inner) => inner.name === 'w:commentReference')) return;
      if (child.name === 'w:p') {
        const written = this.paragraph(child, carried);
        carried = '';
        const next = children[index + 1];
        if (next?.name === 'w:p' && hasMark(child, 'w:pPr', ['w:del', 'w:moveFrom'])) {
          carried = written.content;
          return;
        }
        out += written.whole;
        return;
      }
      out += this.element(child, element.name);
    });
    return out + this.text.slice(at, to);
  }

  /** A paragraph with `carried` (the content of the paragraphs joined to it) before its own. */
  private paragraph(paragraph: XmlElement, carried: string): { whole: string; content: string } {
    const span = paragraph.span!;
    const properties = childElementsOf(paragraph)[0]?.name === 'w:pPr' ? childElementsOf(paragraph)[0]! : null;
    if (span.openEnd === span.end) {
      return { whole: carried === '' ? this.text.slice(span.start, span.end) : `${this.text.slice(span.start, span.end - 2)}>${carried}</${this.nameOf(paragraph)}>`, content: '' };
    }
    const close = this.closeStart(paragraph);
    const head = properties ? this.text.slice(span.start, span.openEnd) + this.element(properties, 'w:p') : this.text.slice(span.start, span.openEnd);
    const contentFrom = properties ? properties.span!.end : span.openEnd;
    const inner = this.contentAfter(paragraph, contentFrom, close);
    return { whole: head + carried + inner + this.text.slice(close, span.end), content: carried + inner };
  }

  private contentAfter(paragraph: XmlElement, from: number, to: number): string {
    const copy: XmlElement = { ...paragraph, children: childElementsOf(paragraph).filter((child) => child.span!.start >= from) };
    return this.content(copy, from, to);
  }

  private nameOf(element: XmlElement): string {
    return /^<([^\s/>]+)/u.exec(this.text.slice(element.span!.start, element.span!.openEnd))![1]!;
  }
}

export function acceptAll(text: string, part: string): string {
  let root: XmlElement | null = null;
  visitXml(new TextEncoder().encode(text), part, DOCX_LIMITS.maxDepth, { streams: () => false, element: (element) => (root = element) }, { positions: true });
  if (!root) return text;
  const span = (root as XmlElement).span!;
  return text.slice(0, span.start) + new Writer(text).element(root, '') + text.slice(span.end);
}

/** The comment parts a clean copy leaves out: `comments.xml` and Word's parts beside it. */
const COMMENT_RELATIONSHIPS = /\/(?:comments|commentsExtended|commentsIds|commentsExtensible)$/u;

/**
 * The main part's relationships without those to its comment parts, and the names of those
 * parts (resolved against the main part), for a clean copy that holds no comments.
 */
export function dropComments(rels: string): { readonly rels: string; readonly targets: readonly string[] } {
  const targets: string[] = [];
  const kept = rels.replace(/<(?:\w+:)?Relationship\s[^>]*?(?:\/>|>\s*<\/(?:\w+:)?Relationship>)/gu, (relationship) => {
    const type = /\sType\s*=\s*(["'])(.*?)\1/u.exec(relationship)?.[2] ?? '';
    if (!COMMENT_RELATIONSHIPS.test(type)) return relationship;
    targets.push(/\sTarget\s*=\s*(["'])(.*?)\1/u.exec(relationship)?.[2] ?? '');
    return '';
  });
  return { rels: kept, targets };
}
