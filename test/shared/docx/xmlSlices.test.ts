/**
 * A part is decoded and parsed in slices of 256 KB (`visitXml`): a character whose bytes
 * straddle the end of a slice, or a U+FEFF that starts one, reads as written.
 */
import { describe, expect, it } from 'vitest';
import { textContent, type XmlElement } from '../../../shared/docx/xml/element';
import { visitXml } from '../../../shared/docx/xml/visitXml';
import { DocxReadError } from '../../../shared/docx/errors';

const SLICE = 256 * 1024;
const encoder = new TextEncoder();

/** The text of each `t` child of the root, the root streaming. */
function texts(bytes: Uint8Array): string[] {
  const found: string[] = [];
  visitXml(bytes, 'part.xml', 16, { streams: (_, depth) => depth === 0, element: (element: XmlElement) => found.push(textContent(element)) });
  return found;
}

/** A part of two texts whose second starts `offset` bytes from the end of the first slice (negative: before it). */
function partAround(offset: number, second: string, head = ''): Uint8Array {
  const fill = SLICE + offset - encoder.encode(`${head}<r><t></t><t>`).length;
  return encoder.encode(`${head}<r><t>${'a'.repeat(fill)}</t><t>${second}</t></r>`);
}

describe('a part read in slices', () => {
  it('reads a character whose bytes straddle the end of a slice', () => {
    // A character of two, three and four bytes, starting one to three bytes before the slice ends.
    for (const character of ['ü', '€', '𝄞']) {
      const length = encoder.encode(character).length;
      for (let before = 1; before < length; before++) {
        const read = texts(partAround(-before, `${character}x`));
        expect(read[1]).toBe(`${character}x`);
      }
    }
  });

  it('keeps a U+FEFF at the start of a later slice as text, and drops a byte order mark at the start of the part', () => {
    expect(texts(partAround(0, '\uFEFFwort'))[1]).toBe('\uFEFFwort');
    const marked = texts(partAround(0, '\uFEFFwort', '\uFEFF'));
    expect(marked[1]).toBe('\uFEFFwort');
    expect(marked[0]).toMatch(/^a+$/u);
  });

  it('refuses bytes that are no UTF-8, also where a slice would be cut', () => {
    const bytes = partAround(-1, 'xy');
    const broken = bytes.slice();
    // A lone continuation byte just past the cut.
    broken[SLICE] = 0x80;
    expect(() => texts(broken)).toThrow(DocxReadError);
  });
});
