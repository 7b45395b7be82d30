import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../shared/contract/model';
import { decide } from '../../../shared/redline/decide';
import { applyEdit } from '../../../shared/redline/edit';
import { currentText, originalText } from '../../../shared/redline/segments';

function counter(prefix = 'c') {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const AUTHORS = ['Anna', 'Ben', 'Chris'];

describe('an edit becomes tracked changes', () => {
  it('marks replaced words as the author’s deletion and insertion, deletion first', () => {
    const segments = applyEdit([{ kind: 'equal', text: 'Der Auftragnehmer löscht die Daten.' }], 'Der Auftragnehmer vernichtet die Daten.', {
      author: 'Anna',
      date: '2026-11-26T10:00:00Z',
      newId: counter(),
    });
    expect(segments).toEqual([
      { kind: 'equal', text: 'Der Auftragnehmer ' },
      { kind: 'delete', text: 'löscht', author: 'Anna', date: '2026-11-26T10:00:00Z', id: 'c1' },
      { kind: 'insert', text: 'vernichtet', author: 'Anna', date: '2026-11-26T10:00:00Z', id: 'c2' },
      { kind: 'equal', text: ' die Daten.' },
    ]);
  });

  it('changes one’s own pending insertion in place instead of stacking changes', () => {
    const newId = counter();
    const first = applyEdit([{ kind: 'equal', text: 'Daten werden gelöscht.' }], 'Daten werden sofort gelöscht.', { author: 'Anna', date: 't1', newId });
    const second = applyEdit(first, 'Daten werden unverzüglich gelöscht.', { author: 'Anna', date: 't2', newId });
    expect(second).toEqual([
      { kind: 'equal', text: 'Daten werden ' },
      { kind: 'insert', text: 'unverzüglich ', author: 'Anna', date: 't2', id: 'c1' },
      { kind: 'equal', text: 'gelöscht.' },
    ]);
  });

  it('removes another author’s insertion outright when it is deleted, as Word does', () => {
    const withInsertion: Segment[] = [
      { kind: 'equal', text: 'Die Daten ' },
      { kind: 'insert', text: 'verschlüsselt ', author: 'Ben', date: 't1', id: 'b1' },
      { kind: 'equal', text: 'speichern.' },
    ];
    expect(applyEdit(withInsertion, 'Die Daten speichern.', { author: 'Anna', date: 't2', newId: counter() })).toEqual([{ kind: 'equal', text: 'Die Daten speichern.' }]);
  });

  it('keeps pending deletions where they are when text around them is edited', () => {
    const withDeletion: Segment[] = [
      { kind: 'equal', text: 'A ' },
      { kind: 'delete', text: 'B ', author: 'Ben', date: 't1', id: 'b1' },
      { kind: 'equal', text: 'C' },
    ];
    const edited = applyEdit(withDeletion, 'A C D', { author: 'Anna', date: 't2', newId: counter() });
    expect(currentText(edited)).toBe('A C D');
    expect(originalText(edited)).toBe('A B C');
    expect(edited.find((segment) => segment.kind === 'delete')).toEqual({ kind: 'delete', text: 'B ', author: 'Ben', date: 't1', id: 'b1' });
  });
});

/** A random sequence of edits by random authors, each a random change of words of the current text. */
const editsArbitrary = fc.tuple(
  fc.array(fc.constantFrom('Daten', 'werden', 'gelöscht', 'der', 'Auftragnehmer', 'sofort', ',', '.', 'Kunde', 'nicht'), { minLength: 0, maxLength: 12 }),
  fc.array(
    fc.record({
      author: fc.constantFrom(...AUTHORS),
      words: fc.array(fc.constantFrom('Daten', 'werden', 'gelöscht', 'neu', 'Auftraggeber', 'sofort', ';', 'nicht', 'und'), { maxLength: 12 }),
      keep: fc.array(fc.boolean(), { maxLength: 12 }),
      join: fc.constantFrom(' ', '  ', '\n'),
    }),
    { minLength: 1, maxLength: 8 },
  ),
);

/** The new text of an edit: some current words kept, some new words mixed in. */
function nextText(current: string, edit: { words: string[]; keep: boolean[]; join: string }): string {
  const old = current.split(/\s+/u).filter(Boolean);
  const kept = old.filter((_, index) => edit.keep[index % Math.max(1, edit.keep.length)] ?? true);
  const mixed: string[] = [];
  for (let i = 0; i < Math.max(kept.length, edit.words.length); i++) {
    if (kept[i] !== undefined) mixed.push(kept[i]!);
    if (edit.words[i] !== undefined) mixed.push(edit.words[i]!);
  }
  return mixed.join(edit.join);
}

describe('invariants of tracked changes (property tests)', () => {
  it('never loses a character: the current text is what was typed and the original stays the original', () => {
    fc.assert(
      fc.property(editsArbitrary, ([words, edits]) => {
        const original = words.join(' ');
        let segments: Segment[] = original === '' ? [] : [{ kind: 'equal', text: original }];
        const newId = counter();
        for (const edit of edits) {
          const after = nextText(currentText(segments), edit);
          segments = applyEdit(segments, after, { author: edit.author, date: 't', newId });
          expect(currentText(segments)).toBe(after);
          expect(originalText(segments)).toBe(original);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rejecting everything gives the original, accepting everything the current text', () => {
    fc.assert(
      fc.property(editsArbitrary, ([words, edits]) => {
        const original = words.join(' ');
        let segments: Segment[] = original === '' ? [] : [{ kind: 'equal', text: original }];
        const newId = counter();
        for (const edit of edits) segments = applyEdit(segments, nextText(currentText(segments), edit), { author: edit.author, date: 't', newId });
        const current = currentText(segments);
        expect(currentText(decide(segments, 'all', 'reject'))).toBe(original);
        expect(currentText(decide(segments, 'all', 'accept'))).toBe(current);
        expect(decide(segments, 'all', 'accept').every((segment) => segment.kind === 'equal')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps change ids unique and merges neighbours of the same kind and author', () => {
    fc.assert(
      fc.property(editsArbitrary, ([words, edits]) => {
        let segments: Segment[] = [{ kind: 'equal', text: words.join(' ') || 'x' }];
        const newId = counter();
        for (const edit of edits) segments = applyEdit(segments, nextText(currentText(segments), edit), { author: edit.author, date: 't', newId });
        const ids = segments.filter((segment) => segment.kind !== 'equal').map((segment) => segment.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (let i = 1; i < segments.length; i++) {
          const [a, b] = [segments[i - 1]!, segments[i]!];
          expect(a.kind === b.kind && (a.kind === 'equal' || a.author === b.author)).toBe(false);
          expect(b.text).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('accepting or rejecting one author’s changes leaves the others’ as they were', () => {
    fc.assert(
      fc.property(editsArbitrary, fc.constantFrom(...AUTHORS), fc.constantFrom('accept' as const, 'reject' as const), ([words, edits], author, decision) => {
        let segments: Segment[] = [{ kind: 'equal', text: words.join(' ') || 'x' }];
        const newId = counter();
        for (const edit of edits) segments = applyEdit(segments, nextText(currentText(segments), edit), { author: edit.author, date: 't', newId });
        // Others' changes keep every character, kind and author (neighbours may merge once Anna's vanish).
        const others = (list: readonly Segment[]) =>
          list
            .filter((segment) => segment.kind !== 'equal' && segment.author !== author)
            .flatMap((segment) => [...segment.text].map((char) => `${segment.kind}:${segment.author}:${char}`))
            .join('|');
        const ids = (list: readonly Segment[]) => new Set(list.filter((segment) => segment.kind !== 'equal' && segment.author !== author).map((segment) => segment.id));
        const decided = decide(segments, { author }, decision);
        expect(decided.some((segment) => segment.kind !== 'equal' && segment.author === author)).toBe(false);
        expect(others(decided)).toBe(others(segments));
        for (const id of ids(decided)) expect(ids(segments).has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
