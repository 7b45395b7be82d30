/**
 * Base64 (RFC 4648, §4, with padding) of bytes and back, in plain TypeScript: `shared/` has
 * neither Node's `Buffer` nor the browser's `btoa`. A Word document of 50 MB takes a few
 * tenths of a second either way.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (character) => character.charCodeAt(0));
const VALUES = (() => {
  const values = new Int16Array(128).fill(-1);
  for (let index = 0; index < ALPHABET.length; index++) values[ALPHABET.charCodeAt(index)] = index;
  return values;
})();
const PAD = '='.charCodeAt(0);

export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let at = 0;
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const triple = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    out[at++] = CODES[triple >> 18]!;
    out[at++] = CODES[(triple >> 12) & 63]!;
    out[at++] = CODES[(triple >> 6) & 63]!;
    out[at++] = CODES[triple & 63]!;
  }
  const left = bytes.length - index;
  if (left > 0) {
    const triple = (bytes[index]! << 16) | (left === 2 ? bytes[index + 1]! << 8 : 0);
    out[at++] = CODES[triple >> 18]!;
    out[at++] = CODES[(triple >> 12) & 63]!;
    out[at++] = left === 2 ? CODES[(triple >> 6) & 63]! : PAD;
    out[at++] = PAD;
  }
  return new TextDecoder().decode(out);
}

/** The bytes of a base64 text; null for one that is not (a character outside the alphabet, a length not a multiple of four). */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let index = 0; index < text.length; index += 4) {
    let quad = 0;
    for (let offset = 0; offset < 4; offset++) {
      const code = text.charCodeAt(index + offset);
      const last = index + 4 === text.length;
      if (code === PAD && last && offset >= 4 - padding) {
        quad <<= 6;
        continue;
      }
      const value = code < 128 ? VALUES[code]! : -1;
      if (value < 0) return null;
      quad = (quad << 6) | value;
    }
    if (at < out.length) out[at++] = (quad >> 16) & 255;
    if (at < out.length) out[at++] = (quad >> 8) & 255;
    if (at < out.length) out[at++] = quad & 255;
  }
  return out;
}
