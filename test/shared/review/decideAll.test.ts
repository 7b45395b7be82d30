/**
 * Deciding many changes at once (Accept all, Reject all, all of one author, all shown) is one
 * pass over the contract, and gives exactly what deciding them one by one, in reading order,
 * gives: the same contract and the same decision record. Checked on random negotiations of
 * the template adopted as one author's changes on top of a reviewer's edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptComparison } from '../../../shared/compare/adopt';
import { compareContracts } from '../../../shared/compare/compareContracts';
import { parseContract } from '../../../shared/parse/parseContract';
import { listChanges } from '../../../shared/redline/changes';
import type { ChangeSelector, ChangeAction } from '../../../shared/redline/decide';
import type { Decision, Review } from '../../../shared/review/model';
import { decideChanges, editText } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import { readTemplate } from '../../support/files';
import { negotiate } from '../../support/negotiation';
import { concretize, steps } from '../../support/randomNegotiation';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const template = parseContract(readTemplate());
const context = () => ({ by: 'Anna', now: '2026-12-02T09:00:00Z', rationale: 'agreed', newId: counter('d') });

/** The reviewer's own edits (so that two authors' changes meet in some clauses), then the other side's answer adopted. */
function negotiated(abstract: Parameters<typeof concretize>[1]): Review {
  let review = newReview(template, { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
  const anna = { author: 'Anna', now: '2026-11-30T09:00:00Z', newId: counter('a') };
  review = editText(review, { kind: 'clause', id: 's1-c2' }, 'Die Kündigung des Hauptvertrags beendet diese Vereinbarung sofort.', anna);
  review = editText(review, { kind: 'tom', id: 't5' }, 'Alarmanlage mit Wachdienst', anna);
  const answer = negotiate(template, concretize(template, abstract).negotiations).contract;
  return adoptComparison(review, answer, compareContracts(template, answer), { author: 'TrafficPlex', now: '2026-12-01T09:00:00Z', newId: counter('p') });
}

/** What a decision record entry says was decided: where, which change, how. */
const decided = (entry: Decision) => [entry.target, 'change' in entry ? entry.change.id : null, entry.action];

/** Each chosen change decided on its own, in reading order, skipping those an earlier one took along. */
function oneByOne(review: Review, selector: ChangeSelector, action: ChangeAction): Review {
  const chosen = listChanges(review.contract).filter((entry) => selector === 'all' || ('author' in selector && entry.author === selector.author));
  const decide = context();
  let current = review;
  for (const entry of chosen) {
    if (!listChanges(current.contract).some((candidate) => candidate.id === entry.id)) continue;
    current = decideChanges(current, { id: entry.id }, action, decide);
  }
  return current;
}

describe('deciding many changes at once', () => {
  it('gives what deciding them one by one gives: contract and decision record', () => {
    fc.assert(
      fc.property(steps(6), fc.constantFrom<ChangeSelector>('all', { author: 'TrafficPlex' }, { author: 'Anna' }), fc.constantFrom('accept' as const, 'reject' as const), (abstract, selector, decision) => {
        const review = negotiated(abstract);
        const together = decideChanges(review, selector, decision, context());
        const apart = oneByOne(review, selector, decision);
        expect(together.contract).toEqual(apart.contract);
        expect(together.decisions.map(decided)).toEqual(apart.decisions.map(decided));
      }),
      { numRuns: 30 },
    );
  });

  it('decides thousands of changes, each recorded once, none left pending', () => {
    // Every other word of every clause replaced: a change apart for each, thousands in all.
    let review = newReview(template, { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
    const anna = { author: 'Anna', now: '2026-11-30T09:00:00Z', newId: counter('a') };
    let words = 0;
    for (const section of template.sections) for (const clause of section.clauses) review = editText(review, { kind: 'clause', id: clause.id }, clause.text.replace(/\p{L}+/gu, (word) => (++words % 2 === 0 ? `${word}x` : word)), anna);
    const pending = listChanges(review.contract).length;
    expect(pending).toBeGreaterThan(1000);
    const accepted = decideChanges(review, { ids: listChanges(review.contract).map((entry) => entry.id) }, 'accept', context());
    expect(listChanges(accepted.contract)).toEqual([]);
    expect(accepted.decisions).toHaveLength(pending);
    expect(new Set(accepted.decisions.map((decision) => decided(decision)[1])).size).toBe(pending);
  });
});
