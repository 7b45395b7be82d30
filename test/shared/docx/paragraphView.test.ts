import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocxParagraph } from '../../../shared/docx/read/body';
import type { RawSegment } from '../../../shared/docx/read/revisions';
import { markupOffset, viewOf } from '../../../shared/docx/import/paragraphView';

const segment = fc.record({
  kind: fc.constantFrom('equal' as const, 'insert' as const, 'delete' as const),
  text: fc.constantFrom('', ' ', 'Der Auftragnehmer', 'ä', '𝔄b', 'x y', '\t'),
});

function paragraphOf(segments: readonly RawSegment[]): DocxParagraph {
  return { kind: 'paragraph', segments, marks: [], mark: null, styleId: null, headingLevel: 0, spacing: { before: 0, after: 0, contextual: false }, indent: 0, list: null };
}

describe('a paragraph’s view', () => {
  it('finds every character of its text at the same character of the markup, for any mix of changes', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 12 }), (segments) => {
        const view = viewOf(paragraphOf(segments));
        const markup = segments.map((piece) => piece.text).join('');
        expect(view.markupLength).toBe(markup.length);
        const found = Array.from({ length: view.text.length }, (_, index) => markup[markupOffset(view, index)]).join('');
        expect(found).toBe(view.text);
        expect(view.inView === null).toBe(view.text.length === markup.length);
        // Offsets grow with the text, and each lands on a character the view shows.
        for (let index = 0; index < view.text.length; index++) {
          // No flags: every character of the markup is in the view.
          expect(view.inView?.[markupOffset(view, index)] ?? 1).toBe(1);
          if (index > 0) expect(markupOffset(view, index)).toBeGreaterThan(markupOffset(view, index - 1));
        }
      }),
    );
  });

  it('shows the current text, or the original one of a paragraph deleted whole', () => {
    const edited = viewOf(paragraphOf([{ kind: 'equal', text: 'Der ' }, { kind: 'delete', text: 'Kunde' }, { kind: 'insert', text: 'Auftraggeber' }]));
    expect(edited.mode).toBe('current');
    expect(edited.text).toBe('Der Auftraggeber');
    expect(markupOffset(edited, 4)).toBe('Der Kunde'.length);
    const deleted = viewOf(paragraphOf([{ kind: 'delete', text: 'Gestrichen.' }, { kind: 'insert', text: ' ' }]));
    expect(deleted.mode).toBe('original');
    expect(deleted.text).toBe('Gestrichen.');
    expect(markupOffset(deleted, 0)).toBe(0);
  });
});
