/**
 * XML of an untrusted package, with saxes: a non-validating parser that never fetches
 * anything. A document type declaration is refused outright, so no entity can be declared,
 * expanded or fetched (billion laughs, XXE); nesting is bounded.
 *
 * A part is read without holding its tree: a visitor says which elements stream (the root
 * always does), and each child of a streaming element is built, handed over as it closes
 * and dropped. The body of a 28 MB document is read a paragraph at a time, and a part's
 * text is decoded and parsed in slices, so neither its tree nor all of its text is held.
 *
 * Namespaces (Namespaces in XML 1.0) are resolved here rather than by saxes: its objects
 * for each attribute and each tag's bindings were a third of the parse, while a part binds
 * its prefixes once, on its root, and the same few dozen names recur.
 */
import { SaxesParser } from 'saxes';
import { DocxReadError, fail } from '../errors';
import type { ElementSpan, XmlElement, XmlNode } from './element';
import { qualifiedName, XML_NAMESPACE } from './namespaces';

/** Elements whose whitespace is text: everything else may drop whitespace between elements. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText', 'w:delInstrText', 'm:t']);

/**
 * Attributes Word writes on nearly every paragraph and run that no reader reads: the revision
 * save ids of the editing sessions (`w:rsidR`, `w:rsidRPr` …) and Word 2010's text ids. Left
 * out, most paragraphs and runs need no attribute object at all.
 */
const UNREAD_ATTRIBUTES = new Set(['w:rsidR', 'w:rsidRDefault', 'w:rsidP', 'w:rsidRPr', 'w:rsidDel', 'w:rsidTr', 'w:rsidSect', 'w14:textId']);

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
  /** A streaming element opens; `span` (its end still unknown, -1) when the part is read with positions. */
  open?(name: string, attributes: Readonly<Record<string, string>>, depth: number, span?: ElementSpan): void;
  /** A whole element whose parent streams (or the root, when it does not), as it closes. */
  element(element: XmlElement, depth: number): void;
  /** A streaming element closes; `span` when the part is read with positions. */
  close?(name: string, depth: number, span?: ElementSpan): void;
}

export interface VisitOptions {
  /**
   * Every element gets its `span` in the part's text (as `decodePart` decodes it), for a
   * writer that copies what it does not change: off for reading, which needs none.
   */
  readonly positions?: boolean;
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

/**
 * The children of an element until its first child: one frozen array shared by every empty
 * element. An element's own array is made at its first child, as long as it needs to be
 * (`[child]`): an array grown from `[]` takes room for 17 children at its first push, and
 * most elements of a body (`w:t`, `w:pStyle`, `w:numId` …) have one child or none.
 */
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

interface Frame {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Null for an element that streams; `NO_CHILDREN` until its first child. */
  children: XmlNode[] | null;
  /** The bindings in effect inside the element: its own, when it declares any, else its parent's. */
  readonly scope: Scope;
  span?: { start: number; openEnd: number; end: number };
}

/** Prefix bindings, with the names already resolved under them. */
interface Scope {
  readonly prefixes: ReadonlyMap<string, string>;
  readonly elements: Map<string, string>;
  readonly attributes: Map<string, string>;
}

function scopeOf(prefixes: ReadonlyMap<string, string>): Scope {
  return { prefixes, elements: new Map(), attributes: new Map() };
}

/** Only `xml` is bound before any declaration (Namespaces in XML 1.0, §3). */
const OUTERMOST = scopeOf(new Map([['xml', XML_NAMESPACE]]));

/** An attribute as saxes reads it, name as written. */
interface RawAttribute {
  readonly name: string;
  readonly value: string;
}

/** The bindings inside an element with the first `count` of these attributes: null when it declares none. */
function declared(attributes: readonly RawAttribute[], count: number, outer: Scope): Scope | null {
  let prefixes: Map<string, string> | null = null;
  for (let i = 0; i < count; i++) {
    const { name, value } = attributes[i]!;
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    prefixes ??= new Map(outer.prefixes);
    prefixes.set(name === 'xmlns' ? '' : name.slice(6), value);
  }
  return prefixes ? scopeOf(prefixes) : null;
}

/** `w:p` as `w:p` whatever prefix the file binds to WordprocessingML (see `qualifiedName`); null for an unbound prefix. */
function resolve(raw: string, scope: Scope, element: boolean): string | null {
  const cache = element ? scope.elements : scope.attributes;
  const known = cache.get(raw);
  if (known !== undefined) return known;
  // Kept in the caches, a name cut from the part's text would keep its slice alive (see `detached`).
  const own = detached(raw);
  const colon = own.indexOf(':');
  // An attribute without a prefix is in no namespace; an element without one is in the default namespace.
  const uri = colon < 0 ? (element ? (scope.prefixes.get('') ?? '') : '') : scope.prefixes.get(own.slice(0, colon));
  if (uri === undefined) return null;
  const name = qualifiedName(uri, colon < 0 ? own : own.slice(colon + 1));
  if (cache.size < 4096) cache.set(own, name);
  return name;
}

/** The decoder for a part's bytes, by its byte order mark: a package's XML is UTF-8 or UTF-16. */
function decoderOf(bytes: Uint8Array): { decoder: TextDecoder; skip: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { decoder: new TextDecoder('utf-16le', { fatal: true }), skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { decoder: new TextDecoder('utf-16be', { fatal: true }), skip: 2 };
  return { decoder: new TextDecoder('utf-8', { fatal: true }), skip: 0 };
}

/**
 * A part's text in slices of about `SLICE_BYTES`, in order. UTF-8 is cut before the lead byte
 * of a character, so that each slice decodes whole: Node decodes a whole buffer with its fast
 * decoder, while a decoder once asked to stream keeps to its slower converter (a tenth of the
 * parse of a large part). UTF-16 streams.
 */
function decodeSlices(bytes: Uint8Array, part: string, each: (text: string, first: boolean) => void): void {
  const { decoder, skip } = decoderOf(bytes);
  const utf8 = skip === 0;
  // The decoder drops a byte order mark at the start of the part only: a later slice may start with U+FEFF as text.
  let later: TextDecoder | null = null;
  for (let at = skip, first = true; at < bytes.length || first; first = false) {
    let end = Math.min(bytes.length, at + SLICE_BYTES);
    // Continuation bytes are 10xxxxxx; a character has at most three.
    if (utf8) for (let back = 0; back < 3 && end < bytes.length && (bytes[end]! & 0xc0) === 0x80; back++) end--;
    let text: string;
    try {
      if (!utf8) text = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
      else if (first) text = decoder.decode(bytes.subarray(at, end));
      else text = (later ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })).decode(bytes.subarray(at, end));
    } catch {
      fail('encoding', part);
    }
    each(text, first);
    at = end;
  }
}

/** A part's text as `visitXml` reads it (element spans index it), and the bytes before it: byte order marks. */
export interface DecodedPart {
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  readonly head: Uint8Array;
  readonly text: string;
}

/** Decodes a part whole, as `visitXml` reads it in slices; throws `DocxReadError` for bytes that are not its encoding. */
export function decodePart(bytes: Uint8Array, part: string): DecodedPart {
  const { decoder, skip } = decoderOf(bytes);
  const encoding: DecodedPart['encoding'] = skip === 0 ? 'utf-8' : bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
  const wide = encoding !== 'utf-8';
  // The decoder drops a UTF-8 mark itself; `visitXml` drops one more mark at the start of the text.
  let headBytes = skip + (!wide && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(skip));
  } catch {
    fail('encoding', part);
  }
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    headBytes += wide ? 2 : 3;
  }
  return { encoding, head: bytes.slice(0, headBytes), text };
}

/** Reads a part, handing its elements to `visitor`. */
export function visitXml(bytes: Uint8Array, part: string, maxDepth: number, visitor: XmlVisitor, options: VisitOptions = {}): void {
  // Counting lines and columns costs a tenth of the parse: a part is read without them, and
  // only a part that fails is read again with them (and without the visitor), for the line its message names.
  try {
    parse(bytes, part, maxDepth, visitor, false, options.positions === true);
  } catch (error) {
    if (error instanceof DocxReadError) parse(bytes, part, maxDepth, null, true, false);
    throw error;
  }
}

function adopt(parent: Frame, node: XmlNode): void {
  if (parent.children === NO_CHILDREN) parent.children = [node];
  else parent.children!.push(node);
}

function parse(bytes: Uint8Array, part: string, maxDepth: number, visitor: XmlVisitor | null, position: boolean, spans: boolean): void {
  const parser = new SaxesParser<{ xmlns: false; position: boolean }>({ xmlns: false, position });
  const stack: Frame[] = [];
  let rooted = false;
  const unbound = (name: string) => fail('xml', part, `${parser.line}:${parser.column}: unbound namespace prefix in ${name}`);

  parser.on('error', (error) => fail('xml', part, error.message));
  parser.on('doctype', () => fail('dtd', part, `line ${parser.line}`));
  // saxes names a tag once it has read the character after its name: the `<` is that far back.
  let tagStart = 0;
  if (spans) parser.on('opentagstart', (tag) => (tagStart = parser.position - tag.name.length - 2));
  // The start tag's attributes in order, as saxes reads them (the first `count` of the list):
  // walking the tag's attribute object instead, a dictionary, took the engine's slow path for each tag.
  const raw: RawAttribute[] = [];
  let count = 0;
  parser.on('attribute', (attribute) => void (raw[count++] = attribute));
  parser.on('opentag', (tag) => {
    const depth = stack.length;
    if (depth >= maxDepth) fail('too-deep', part, `line ${parser.line}`);
    const parent = stack[depth - 1];
    const outer = parent?.scope ?? OUTERMOST;
    const scope = count === 0 ? outer : (declared(raw, count, outer) ?? outer);
    const name = resolve(tag.name, scope, true) ?? unbound(tag.name);
    let attributes: Record<string, string> | null = null;
    for (let i = 0; i < count; i++) {
      const { name: key, value } = raw[i]!;
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      const attribute = resolve(key, scope, false) ?? unbound(key);
      if (!UNREAD_ATTRIBUTES.has(attribute)) (attributes ??= {})[attribute] = detached(value);
    }
    count = 0;
    if (!visitor) {
      stack.push({ name, attributes: NO_ATTRIBUTES, children: null, scope });
      return;
    }
    const streams = (parent === undefined || parent.children === null) && visitor.streams(name, depth);
    const frame: Frame = { name, attributes: attributes ?? NO_ATTRIBUTES, children: streams ? null : NO_CHILDREN, scope };
    if (spans) frame.span = { start: tagStart, openEnd: parser.position, end: -1 };
    stack.push(frame);
    if (streams) visitor.open?.(name, attributes ?? NO_ATTRIBUTES, depth, frame.span);
  });
  parser.on('closetag', () => {
    const frame = stack.pop()!;
    rooted = true;
    if (!visitor) return;
    if (frame.span) frame.span.end = parser.position;
    const depth = stack.length;
    if (frame.children === null) {
      visitor.close?.(frame.name, depth, frame.span);
      return;
    }
    const parent = stack[depth - 1];
    const element: XmlElement = frame as XmlElement;
    if (parent && parent.children !== null) adopt(parent, element);
    else visitor.element(element, depth);
  });
  const onText = (value: string) => {
    const parent = stack[stack.length - 1];
    if (!parent || parent.children === null) return;
    if (!TEXT_ELEMENTS.has(parent.name) && value.trim() === '') return;
    adopt(parent, detached(value));
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  decodeSlices(bytes, part, (text, first) => parser.write(first ? text.replace(/^\uFEFF/u, '') : text));
  parser.close();
  if (!rooted) fail('xml', part, 'no root element');
}
