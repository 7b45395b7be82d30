/**
 * XML 1.0 allows only these characters (§2.2, `Char`), escaped or not: not the C0 controls
 * other than tab, line feed and carriage return, not a lone surrogate, not U+FFFE or U+FFFF.
 * A contract may hold them (a pasted text, a review file edited by hand); one in a part
 * makes the whole package unreadable to Word, LibreOffice and Clausemark, so every XML
 * part written goes through here and loses them.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ANY_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * What might be forbidden: a control character, U+FFFE, U+FFFF or a surrogate (forbidden alone,
 * not in a pair). Searched without the `u` flag, which reads a megabyte of XML several times
 * faster; only a part that has one is searched again for the characters themselves.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what the pattern is for
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function withoutForbiddenCharacters(xml: string): string {
  return MAYBE_FORBIDDEN.test(xml) && ANY_FORBIDDEN.test(xml) ? xml.replace(FORBIDDEN, '') : xml;
}
