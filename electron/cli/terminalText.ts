/**
 * Text for a terminal that shows the contract's words and nothing else. A title or name may
 * hold control characters (`ESC ]0;…BEL` sets the terminal's title, `ESC [2J` clears it) or
 * bidirectional overrides that reorder what is shown; printed as they are, the terminal obeys
 * them. Plain text shows C0 controls as their Unicode pictures (`␛`, `␇`) and C1 controls and
 * bidirectional controls as `\u{…}`; JSON, whose strings escape C0 already, escapes the rest
 * as `\u` escapes, which read back as the same value.
 */

// Control characters are what these patterns are for.
// eslint-disable-next-line no-control-regex
const C0_OR_DELETE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\r(?!\n)/gu;
const C1_OR_BIDI = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Line breaks (CSV's `\r\n` too) and tabs stay: they are how plain text is laid out; a lone `\r`, which would overwrite its line, does not. */
export function terminalSafe(text: string): string {
  return text
    .replace(C0_OR_DELETE, (character) => String.fromCodePoint(character === '\u007f' ? 0x2421 : 0x2400 + character.charCodeAt(0)))
    .replace(C1_OR_BIDI, (character) => `\\u{${character.charCodeAt(0).toString(16).padStart(4, '0')}}`);
}

/** JSON text with the controls JSON.stringify leaves as they are (DEL, C1, bidirectional) escaped. */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
