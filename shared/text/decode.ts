/**
 * Bytes of a text file into a string: UTF-8 (with or without byte-order mark), UTF-16
 * with a byte-order mark, and Windows-1252 — what German offices still save — when the
 * bytes are not valid UTF-8. Binary data is refused rather than shown as mojibake.
 */
export type DecodeResult = { readonly ok: true; readonly text: string; readonly encoding: string } | { readonly ok: false };

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.01;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  const attempts: [string, () => string][] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) attempts.push(['utf-16le', () => new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2))]);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) attempts.push(['utf-16be', () => new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2))]);
  else {
    attempts.push(['utf-8', () => new TextDecoder('utf-8', { fatal: true }).decode(bytes)]);
    attempts.push(['windows-1252', () => new TextDecoder('windows-1252').decode(bytes)]);
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
