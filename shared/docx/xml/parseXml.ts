/**
 * XML of an untrusted package into a tree, with saxes: a non-validating parser that
 * never fetches anything. A document type declaration is refused outright, so no
 * entity can be declared, expanded or fetched (billion laughs, XXE); nesting is bounded.
 */
import { SaxesParser } from 'saxes';
import { DocxReadError, fail } from '../errors';
import type { XmlElement, XmlNode } from './element';
import { qualifiedName } from './namespaces';

/** Elements whose whitespace is text: everything else may drop whitespace between elements. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText', 'w:delInstrText', 'm:t']);

/** The attributes of every element that has none: one frozen object instead of one per element. */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

interface OpenElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
}

export function decodeXml(bytes: Uint8Array, part: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('encoding', part);
  }
}

export function parseXml(bytes: Uint8Array, part: string, maxDepth: number): XmlElement {
  const text = decodeXml(bytes, part).replace(/^\uFEFF/u, '');
  // Counting lines and columns costs a tenth of the parse: a part is read without them, and
  // only a part that fails is read again with them, for the line its message names.
  try {
    return parseText(text, part, maxDepth, false);
  } catch (error) {
    if (error instanceof DocxReadError) parseText(text, part, maxDepth, true);
    throw error;
  }
}

function parseText(text: string, part: string, maxDepth: number, position: boolean): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position });
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;

  parser.on('error', (error) => fail('xml', part, error.message));
  parser.on('doctype', () => fail('dtd', part, `line ${parser.line}`));
  parser.on('opentag', (tag) => {
    if (stack.length >= maxDepth) fail('too-deep', part, `line ${parser.line}`);
    let attributes: Record<string, string> | null = null;
    for (const key in tag.attributes) {
      const attribute = tag.attributes[key]!;
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      (attributes ??= {})[qualifiedName(attribute.uri, attribute.local)] = attribute.value;
    }
    stack.push({ name: qualifiedName(tag.uri ?? '', tag.local ?? tag.name), attributes: attributes ?? NO_ATTRIBUTES, children: [] });
  });
  parser.on('closetag', () => {
    const element = stack.pop()!;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
  });
  const onText = (value: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    if (!TEXT_ELEMENTS.has(parent.name) && value.trim() === '') return;
    parent.children.push(value);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.write(text).close();
  if (!root) fail('xml', part, 'no root element');
  return root;
}
