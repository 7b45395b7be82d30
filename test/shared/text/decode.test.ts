/**
 * UTF-8 is decoded leniently first and strictly only where the lenient decoder wrote U+FFFD:
 * the character written in the file and a byte that is not UTF-8 must still be told apart.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/text/decode';

describe('decoding UTF-8', () => {
  it('keeps a replacement character the file holds as UTF-8', () => {
    // One in a hundred characters at most: more would read as binary data.
    const text = `${'Die Größe der Straße. '.repeat(5)}\uFFFD`;
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 after valid UTF-8 as Windows-1252', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Straße '), 0xe4, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'StraÃŸe ä €', encoding: 'windows-1252' });
  });
});
