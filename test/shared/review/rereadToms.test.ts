/**
 * After a decision or an edit, only the categories of measures whose words changed, or that
 * lost a measure which may have framed others, are read again: every measure still reads as a
 * reading of the whole annex gives, and the others keep their objects (so the window redraws
 * only what changed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptComparison } from '../../../shared/compare/adopt';
import { compareContracts } from '../../../shared/compare/compareContracts';
import type { Contract } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { categoryOf } from '../../../shared/responsibility/classify';
import { decideChanges, deleteItem, editText } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import { reclassify } from '../../../shared/review/rereadToms';
import { readTemplate } from '../../support/files';
import { negotiate } from '../../support/negotiation';
import { concretize, steps } from '../../support/randomNegotiation';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const template = parseContract(readTemplate());
const context = () => ({ by: 'Anna', now: '2026-12-02T09:00:00Z', rationale: 'agreed', newId: counter('d') });
const start = () => newReview(template, { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
const anna = () => ({ author: 'Anna', now: '2026-11-30T09:00:00Z', newId: counter('a') });
const readings = (contract: Contract) => contract.toms.map((tom) => tom.responsibility);

describe('reading measures again after a change', () => {
  it('keeps the measures of other categories as they were, object for object', () => {
    const tom = template.toms[4]!;
    const edited = editText(start(), { kind: 'tom', id: tom.id }, 'Alarmanlage mit Wachdienst', anna()).contract;
    const accepted = decideChanges({ ...start(), contract: edited }, 'all', 'accept', context()).contract;
    for (const after of [edited, accepted]) {
      const others = after.toms.filter((candidate) => categoryOf(candidate.category) !== categoryOf(tom.category));
      expect(others.length).toBeGreaterThan(0);
      for (const other of others) expect(other).toBe(template.toms.find((candidate) => candidate.id === other.id));
    }
  });

  it('reads the measures after a removed line that assigned their category without it', () => {
    const framing = template.toms.find((tom) => /obliegt dem Auftraggeber/u.test(tom.text) && tom.responsibility.party === 'customer')!;
    expect(framing).toBeDefined();
    const removed = deleteItem(start(), { kind: 'tom', id: framing.id }, anna());
    const accepted = decideChanges(removed, 'all', 'accept', context()).contract;
    expect(accepted.toms.some((tom) => tom.id === framing.id)).toBe(false);
    expect(readings(accepted)).toEqual(readings(reclassify(accepted)));
  });

  it('keeps the measures before a removed line that assigned their category, when none came after it', () => {
    const framing = template.toms.find((tom) => tom.text === 'Die Eingabekontrolle obliegt dem Auftraggeber.')!;
    const category = template.toms.filter((tom) => categoryOf(tom.category) === categoryOf(framing.category));
    expect(category.at(-1)).toBe(framing);
    const accepted = decideChanges(deleteItem(start(), { kind: 'tom', id: framing.id }, anna()), 'all', 'accept', context()).contract;
    const before = category.slice(0, -1);
    expect(before.length).toBeGreaterThan(0);
    for (const tom of before) expect(accepted.toms.find((candidate) => candidate.id === tom.id)).toBe(tom);
    expect(readings(accepted)).toEqual(readings(reclassify(accepted)));
  });

  it('gives every measure the reading of the whole annex after random negotiations decided', () => {
    fc.assert(
      fc.property(steps(6), fc.constantFrom('accept' as const, 'reject' as const), (abstract, decision) => {
        const answer = negotiate(template, concretize(template, abstract).negotiations).contract;
        const adopted = adoptComparison(start(), answer, compareContracts(template, answer), { author: 'TrafficPlex', now: '2026-12-01T09:00:00Z', newId: counter('p') });
        const decided = decideChanges(adopted, 'all', decision, context()).contract;
        expect(readings(decided)).toEqual(readings(reclassify(decided)));
      }),
      { numRuns: 20 },
    );
  });
});
