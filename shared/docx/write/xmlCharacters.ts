/**
 * XML 1.0 allows only these characters (§2.2, `Char`), escaped or not: not the C0 controls
 * other than tab, line feed and carriage return, not a lone surrogate, not U+FFFE or U+FFFF.
 * A contract may hold them (a pasted text, a review file edited by hand); one in a part
 * makes the whole package unreadable to Word, LibreOffice and Clausemark, so every XML
 * part written goes through here and loses them.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ANY_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function withoutForbiddenCharacters(xml: string): string {
  return ANY_FORBIDDEN.test(xml) ? xml.replace(FORBIDDEN, '') : xml;
}
