/**
 * Bytes of a text file into a string: UTF-8 (with or without byte-order mark), UTF-16
 * with a byte-order mark, and Windows-1252 — what German offices still save — when the
 * bytes are not valid UTF-8. Binary data is refused rather than shown as mojibake.
 */
export type DecodeResult = { readonly ok: true; readonly text: string; readonly encoding: string } | { readonly ok: false };

/** Control characters other than tab, line feed, form feed and carriage return, and the replacement character. */
// eslint-disable-next-line no-control-regex -- finding control characters is what the pattern is for
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/gu;

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  // Counted by the pattern, not a loop over the sample: the loop ran before the engine optimised it.
  const control = sample.match(CONTROL)?.length ?? 0;
  return sample.length > 0 && control / sample.length > 0.01;
}

/**
 * Windows-1252 by its table: bytes 0x80–0x9F are `€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ` (some
 * Node versions decode the label as ISO-8859-1 and lose them); the rest map to the same
 * code point as Latin-1.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    let chunk = '';
    const end = Math.min(bytes.length, start + 8192);
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      chunk += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    }
    chunks.push(chunk);
  }
  return chunks.join('');
}

/**
 * Strict UTF-8: throws on bytes that are not. The lenient decoder is the faster one; where it
 * replaced nothing the bytes were valid and the strict one gives the same text, so only a text
 * with U+FFFD in it (a replaced byte, or the character itself) is decoded again strictly.
 */
function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.includes('\uFFFD') ? new TextDecoder('utf-8', { fatal: true }).decode(bytes) : text;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  const attempts: [string, () => string][] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) attempts.push(['utf-16le', () => new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2))]);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) attempts.push(['utf-16be', () => new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2))]);
  else {
    attempts.push(['utf-8', () => decodeUtf8(bytes)]);
    attempts.push(['windows-1252', () => decodeWindows1252(bytes)]);
  }
  for (const [encoding, decode] of attempts) {
    try {
      const text = decode().replace(/^\uFEFF/u, '');
      if (looksBinary(text)) return { ok: false };
      return { ok: true, text, encoding };
    } catch {
      // Not this encoding: try the next.
    }
  }
  return { ok: false };
}
