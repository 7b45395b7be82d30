/**
 * XML of an untrusted package, with saxes: a non-validating parser that never fetches
 * anything. A document type declaration is refused outright, so no entity can be declared,
 * expanded or fetched (billion laughs, XXE); nesting is bounded.
 *
 * A part is read without holding its tree: a visitor says which elements stream (the root
 * always does), and each child of a streaming element is built, handed over as it closes
 * and dropped. The body of a 28 MB document is read a paragraph at a time, and a part's
 * text is decoded and parsed in slices, so neither its tree nor all of its text is held.
 */
import { SaxesParser } from 'saxes';
import { DocxReadError, fail } from '../errors';
import type { XmlElement, XmlNode } from './element';
import { qualifiedName } from './namespaces';

/** Elements whose whitespace is text: everything else may drop whitespace between elements. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText', 'w:delInstrText', 'm:t']);

/** The attributes of every element that has none: one frozen object instead of one per element. */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** Bytes decoded and parsed at a time. */
const SLICE_BYTES = 256 * 1024;

export interface XmlVisitor {
  /**
   * Whether an element streams: its children are handed over one at a time instead of kept.
   * Asked of the root and of each child of a streaming element, as it opens.
   */
  streams(name: string, depth: number): boolean;
  /** A streaming element opens. */
  open?(name: string, attributes: Readonly<Record<string, string>>, depth: number): void;
  /** A whole element whose parent streams (or the root, when it does not), as it closes. */
  element(element: XmlElement, depth: number): void;
  /** A streaming element closes. */
  close?(name: string, depth: number): void;
}

/**
 * A copy of a text or attribute value the reader may keep, detached from the slice of the
 * part it was cut from: V8 keeps a substring of 13 or more characters as a view of its whole
 * slice, so the text of one paragraph would keep 256 KB of the part alive (`' ' + text` is
 * a new string; slicing it copies the characters into a string of their own).
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

interface Frame {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Null for an element that streams. */
  readonly children: XmlNode[] | null;
}

/** The decoder for a part's bytes, by its byte order mark (ECMA-376 Part 2, §8.1.4: UTF-8 or UTF-16). */
function decoderOf(bytes: Uint8Array): { decoder: TextDecoder; skip: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { decoder: new TextDecoder('utf-16le', { fatal: true }), skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { decoder: new TextDecoder('utf-16be', { fatal: true }), skip: 2 };
  return { decoder: new TextDecoder('utf-8', { fatal: true }), skip: 0 };
}

/** Reads a part, handing its elements to `visitor`. */
export function visitXml(bytes: Uint8Array, part: string, maxDepth: number, visitor: XmlVisitor): void {
  // Counting lines and columns costs a tenth of the parse: a part is read without them, and
  // only a part that fails is read again with them (and without the visitor), for the line its message names.
  try {
    parse(bytes, part, maxDepth, visitor, false);
  } catch (error) {
    if (error instanceof DocxReadError) parse(bytes, part, maxDepth, null, true);
    throw error;
  }
}

/** A part's whole tree: for the small parts read whole (the package's relationships). */
export function parseXml(bytes: Uint8Array, part: string, maxDepth: number): XmlElement {
  let root: XmlElement | null = null;
  visitXml(bytes, part, maxDepth, { streams: () => false, element: (element) => (root = element) });
  if (!root) fail('xml', part, 'no root element');
  return root;
}

function parse(bytes: Uint8Array, part: string, maxDepth: number, visitor: XmlVisitor | null, position: boolean): void {
  const parser = new SaxesParser({ xmlns: true, position });
  const stack: Frame[] = [];
  let rooted = false;

  parser.on('error', (error) => fail('xml', part, error.message));
  parser.on('doctype', () => fail('dtd', part, `line ${parser.line}`));
  parser.on('opentag', (tag) => {
    const depth = stack.length;
    if (depth >= maxDepth) fail('too-deep', part, `line ${parser.line}`);
    if (!visitor) {
      stack.push({ name: '', attributes: NO_ATTRIBUTES, children: null });
      return;
    }
    let attributes: Record<string, string> | null = null;
    for (const key in tag.attributes) {
      const attribute = tag.attributes[key]!;
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      (attributes ??= {})[qualifiedName(attribute.uri, attribute.local)] = detached(attribute.value);
    }
    const name = qualifiedName(tag.uri ?? '', tag.local ?? tag.name);
    const parent = stack[depth - 1];
    const streams = (parent === undefined || parent.children === null) && visitor.streams(name, depth);
    stack.push({ name, attributes: attributes ?? NO_ATTRIBUTES, children: streams ? null : [] });
    if (streams) visitor.open?.(name, attributes ?? NO_ATTRIBUTES, depth);
  });
  parser.on('closetag', () => {
    const frame = stack.pop()!;
    rooted = true;
    if (!visitor) return;
    const depth = stack.length;
    if (frame.children === null) {
      visitor.close?.(frame.name, depth);
      return;
    }
    const parent = stack[depth - 1];
    const element: XmlElement = frame as XmlElement;
    if (parent && parent.children !== null) parent.children.push(element);
    else visitor.element(element, depth);
  });
  const onText = (value: string) => {
    const parent = stack[stack.length - 1];
    if (!parent || parent.children === null) return;
    if (!TEXT_ELEMENTS.has(parent.name) && value.trim() === '') return;
    parent.children.push(detached(value));
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  const { decoder, skip } = decoderOf(bytes);
  for (let at = skip, first = true; at < bytes.length || first; at += SLICE_BYTES, first = false) {
    const end = Math.min(bytes.length, at + SLICE_BYTES);
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    } catch {
      fail('encoding', part);
    }
    parser.write(first ? text.replace(/^\uFEFF/u, '') : text);
  }
  parser.close();
  if (!rooted) fail('xml', part, 'no root element');
}
