/**
 * The XML tree the reader works on: elements named `prefix:local` by the table in
 * `namespaces.ts`, whatever prefixes the file itself declares, and text.
 */
export type XmlNode = XmlElement | string;

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Where the element is written in its part's text, when the part was read with positions (`visitXml`). */
  readonly span?: ElementSpan;
}

/**
 * String offsets in a part's decoded text (after a byte order mark): the element's `<`, the
 * end of its start tag, and its end (after `/>` for an element without content).
 */
export interface ElementSpan {
  readonly start: number;
  readonly openEnd: number;
  readonly end: number;
}

// The walks over children below count their way through: they run for nearly every element
// read, mostly before the engine optimises them, and a `for … of` loop then makes an iterator
// and a result object for every child.

export function childElements(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  const found: XmlElement[] = [];
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (typeof node !== 'string' && (name === undefined || node.name === name)) found.push(node);
  }
  return found;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (typeof node !== 'string' && node.name === name) return node;
  }
  return undefined;
}

/** A descendant along a path of element names: `path(style, 'w:pPr', 'w:spacing')`. */
export function path(element: XmlElement | undefined, ...names: readonly string[]): XmlElement | undefined {
  let current = element;
  for (const name of names) current = child(current, name);
  return current;
}

export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attributes[name];
}

/** The text of an element and its descendants, as written. */
export function textContent(element: XmlElement): string {
  let text = '';
  for (const node of element.children) text += typeof node === 'string' ? node : textContent(node);
  return text;
}

/**
 * An on/off property (`w:b`, `w:vanish`, `w:contextualSpacing`): present means on unless
 * `w:val` is `0`, `false` or `off` (ECMA-376 Part 1, §17.17.4 ST_OnOff).
 */
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value === undefined || isTrue(value);
}

/** An ST_OnOff attribute value (`w:default="1"`, `w:beforeAutospacing="true"`); absent is off. */
export function isTrue(value: string | undefined): boolean {
  return value !== undefined && !/^(?:0|false|off)$/iu.test(value);
}
