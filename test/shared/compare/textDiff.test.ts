import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXACT, type CompareOptions } from '../../../shared/compare/model';
import { sideText } from '../../../shared/compare/textDiff';
import { Vocabulary } from '../../../shared/compare/vocabulary';

const diff = (before: string, after: string, options: CompareOptions = EXACT) => new Vocabulary(options).diff(before, after);
/** Whitespace as the comparison ignores it: runs of it, and whether there is any beside punctuation. */
const squash = (text: string) => text.replace(/\s+/gu, ' ').replace(/ ?([^\p{L}\p{N}\s]) ?/gu, '$1').trim();

describe('the word diff of two texts', () => {
  it('shows a replacement as one deletion and one insertion, deletion first', () => {
    expect(diff('Es gilt das Recht der Bundesrepublik Deutschland.', 'Es gilt das Recht der Republik Österreich.')).toEqual([
      { kind: 'equal', text: 'Es gilt das Recht der ' },
      { kind: 'delete', text: 'Bundesrepublik Deutschland' },
      { kind: 'insert', text: 'Republik Österreich' },
      { kind: 'equal', text: '.' },
    ]);
  });

  it('keeps the space before an inserted or deleted word outside the change and takes the one after along, or the one before where punctuation follows', () => {
    expect(diff('Der Auftragnehmer informiert.', 'Der Auftragnehmer informiert unverzüglich.')).toEqual([
      { kind: 'equal', text: 'Der Auftragnehmer informiert' },
      { kind: 'insert', text: ' unverzüglich' },
      { kind: 'equal', text: '.' },
    ]);
    expect(diff('Es gilt das Recht der Bundesrepublik Deutschland unter Ausschluss des UN-Kaufrechts.', 'Es gilt das Recht der Bundesrepublik Deutschland.')).toEqual([
      { kind: 'equal', text: 'Es gilt das Recht der Bundesrepublik Deutschland' },
      { kind: 'delete', text: ' unter Ausschluss des UN-Kaufrechts' },
      { kind: 'equal', text: '.' },
    ]);
    expect(diff('Der Auftragnehmer wird unverzüglich informieren.', 'Der Auftragnehmer wird informieren.')).toEqual([
      { kind: 'equal', text: 'Der Auftragnehmer wird ' },
      { kind: 'delete', text: 'unverzüglich ' },
      { kind: 'equal', text: 'informieren.' },
    ]);
  });

  it('ignores differences of whitespace alone, line breaks included', () => {
    expect(diff('Die Parteien  vereinbaren\nals Gerichtsstand Bremen.', 'Die Parteien vereinbaren als   Gerichtsstand Bremen.')).toEqual([
      { kind: 'equal', text: 'Die Parteien vereinbaren als   Gerichtsstand Bremen.' },
    ]);
  });

  it('ignores case and punctuation only when asked', () => {
    expect(diff('Der Auftraggeber, der Auftragnehmer.', 'der Auftraggeber der Auftragnehmer').some((segment) => segment.kind !== 'equal')).toBe(true);
    expect(diff('Der Auftraggeber, der Auftragnehmer.', 'der Auftraggeber der Auftragnehmer', { ignoreCase: true, ignorePunctuation: true })).toEqual([
      { kind: 'equal', text: 'der Auftraggeber der Auftragnehmer' },
    ]);
    expect(diff('Der Auftraggeber', 'der Auftragnehmer', { ignoreCase: true, ignorePunctuation: false })).toEqual([
      { kind: 'equal', text: 'der ' },
      { kind: 'delete', text: 'Auftraggeber' },
      { kind: 'insert', text: 'Auftragnehmer' },
    ]);
  });

  it('folds words kept equal by chance into the change around them', () => {
    const segments = diff('Mündliche Weisungen bestätigt der Auftraggeber unverzüglich (mind. Textform).', 'Mündliche Weisungen bestätigt der Auftraggeber innerhalb von 24 Stunden in Textform.');
    expect(segments.filter((segment) => segment.kind !== 'equal').map((segment) => segment.text)).toEqual(['unverzüglich (mind.', 'innerhalb von 24 Stunden in', ')']);
  });

  it('reads the old text from equal and deleted segments and the new one from equal and inserted segments, whichever side equal text is taken from', () => {
    const word = fc.constantFrom('der', 'Auftraggeber', 'Auftragnehmer', 'Daten', 'wird', 'unverzüglich', 'Art.', '28', '(3)', '–', ',', '.', 'DS-GVO', '„Snapshots“');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '\n- ')), { maxLength: 30 }).map((parts) => parts.map(([w, space]) => w + space).join(''));
    fc.assert(
      fc.property(text, text, fc.constantFrom('old' as const, 'new' as const), (before, after, equalFrom) => {
        const segments = new Vocabulary(EXACT).diff(before, after, equalFrom);
        expect(squash(sideText(segments, 'old'))).toBe(squash(before));
        expect(squash(sideText(segments, 'new'))).toBe(squash(after));
        if (squash(before) === squash(after)) expect(segments.every((segment) => segment.kind === 'equal')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
