/**
 * Writing into a part's text: what Clausemark adds is escaped and named with the prefix
 * the part binds to WordprocessingML; what it keeps is copied from the part as written,
 * by the elements' spans (`ElementSpan`).
 */
import type { XmlElement } from '../xml/element';
import { withoutForbiddenCharacters } from '../write/xmlCharacters';

export const WORDPROCESSINGML = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'] as const;

export function escapeText(text: string): string {
  return withoutForbiddenCharacters(text).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/gu, '&quot;');
}

/** The source of an element as written. */
export function sourceOf(text: string, element: XmlElement): string {
  const span = element.span!;
  return text.slice(span.start, span.end);
}

/** The element's start tag as written. */
export function startTagOf(text: string, element: XmlElement): string {
  const span = element.span!;
  return text.slice(span.start, span.openEnd);
}

/** The element's end tag as written; empty for an element written as `<x/>`. */
export function endTagOf(text: string, element: XmlElement): string {
  const span = element.span!;
  if (span.openEnd === span.end) return '';
  return text.slice(text.lastIndexOf('<', span.end - 1), span.end);
}

export function childElementsOf(element: XmlElement): XmlElement[] {
  return element.children.filter((node): node is XmlElement => typeof node !== 'string');
}

/** An element as written without its children named in `drop`. */
export function sourceWithout(text: string, element: XmlElement, drop: ReadonlySet<string>): string {
  const span = element.span!;
  let out = '';
  let at = span.start;
  for (const child of childElementsOf(element)) {
    if (!drop.has(child.name)) continue;
    out += text.slice(at, child.span!.start);
    at = child.span!.end;
  }
  return out + text.slice(at, span.end);
}

/** The prefix a part's root binds to a namespace (`w`), '' for the default namespace, null when it binds none. */
export function prefixFor(rootStartTag: string, namespaces: readonly string[]): string | null {
  for (const match of rootStartTag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(["'])(.*?)\2/gu)) {
    if (namespaces.includes(match[3]!)) return match[1] ?? '';
  }
  return null;
}

/** `w:t` under the prefix `w`, `t` under the default namespace. */
export function qualify(prefix: string, local: string): string {
  return prefix === '' ? local : `${prefix}:${local}`;
}

/** Word's dates (`w:date`, xsd:dateTime): UTC to the second. */
export function wordDate(iso: string, fallback: string): string {
  const time = Date.parse(iso);
  const date = new Date(Number.isNaN(time) ? Date.parse(fallback) : time);
  return `${date.toISOString().slice(0, 19)}Z`;
}
