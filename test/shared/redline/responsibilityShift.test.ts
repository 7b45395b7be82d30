import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { listChanges } from '../../../shared/redline/changes';
import { responsibilityShifts } from '../../../shared/redline/responsibilityShift';
import { editText } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import { readTemplate } from '../../support/files';

let n = 0;
const anna = { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: () => `id${++n}` };
const base = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
const measure = (id: string) => ({ kind: 'tom' as const, id });

describe('a change inside a measure that hands it to the other party', () => {
  it('is a responsibility change, both halves of the replacement, from the party without it to the party with it', () => {
    // t24: "Die Zugriffskontrolle liegt in der Verantwortung des Auftraggebers."
    const review = editText(base, measure('t24'), 'Die Zugriffskontrolle liegt in der Verantwortung des Auftragnehmers.', anna);
    const changes = listChanges(review.contract);
    expect(changes.map((change) => [change.kind, change.text.trim()])).toEqual([
      ['delete', 'Auftraggebers'],
      ['insert', 'Auftragnehmers'],
    ]);
    const shifts = responsibilityShifts(review.contract);
    for (const change of changes) expect(shifts.get(change.id)).toEqual({ from: 'customer', to: 'provider' });
  });

  it('is none when only a word changes and the party stays', () => {
    // t30: "Test- und Produktionssysteme sind logisch getrennt." — the annex's frame gives it to the provider.
    const review = editText(base, measure('t30'), 'Test- und Produktionssysteme sind physisch getrennt.', anna);
    expect(listChanges(review.contract)).toHaveLength(2);
    expect(responsibilityShifts(review.contract).size).toBe(0);
  });

  it('reads the measure in its place: once it names nobody, the annex’s frame gives it to the provider', () => {
    // t34: "Der Auftraggeber ist für die Pseudonymisierung der Daten verantwortlich."; Anlage III's measures "werden vom Auftragnehmer umgesetzt".
    const review = editText(base, measure('t34'), 'Pseudonymisierung der Daten.', anna);
    const shifts = responsibilityShifts(review.contract);
    expect(listChanges(review.contract).map((change) => [change.text.trim(), shifts.get(change.id)])).toEqual([
      ['Der Auftraggeber ist für die', { from: 'customer', to: 'provider' }],
      // Without this deletion alone the measure still names nobody.
      ['verantwortlich', undefined],
    ]);
  });
});
