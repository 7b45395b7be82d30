import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { changesByTarget, reportMatrix, reviewReport } from '../../../shared/report/reviewReport';
import { addComment, decideChanges, editText, setStatus } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import { overrideResponsibility } from '../../../shared/review/override';
import { readTemplate } from '../../support/files';

let n = 0;
const anna = { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: () => `id${++n}` };
const base = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');

describe('the review report', () => {
  it('numbers the pending changes in reading order and finds them per clause', () => {
    let review = editText(base, { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.', anna);
    review = editText(review, { kind: 'clause', id: 's1-c2' }, 'Die Kündigung beendet diese Vereinbarung.', anna);
    const report = reviewReport(review);
    expect(report.changes.map((change) => change.number)).toEqual(report.changes.map((_, index) => index + 1));
    // §1 comes before §11 although it was edited later.
    expect(report.changes[0]!.target).toEqual({ kind: 'clause', id: 's1-c2' });
    const byTarget = changesByTarget(report.changes);
    expect(byTarget.get('clause:s11-c1')!.map((change) => [change.kind, change.text])).toEqual([
      ['delete', 'Bundesrepublik Deutschland'],
      ['insert', 'Republik Österreich'],
    ]);
    expect(byTarget.get('clause:s2-c1')).toBeUndefined();
  });

  it('counts reviewed clauses, comments by visibility, and scores the checklist as it counts', () => {
    let review = setStatus(base, { kind: 'clause', id: 's11-c1' }, 'agreed', anna.now);
    review = addComment(review, { kind: 'clause', id: 's11-c1' }, { text: 'Ours', visibility: 'internal' }, anna).review;
    review = addComment(review, { kind: 'clause', id: 's11-c2' }, { text: 'Theirs', visibility: 'external' }, anna).review;
    review = { ...review, checklist: [{ itemId: 'art28-4-flow-down', status: 'covered', note: 'Main contract § 9', by: 'Anna', at: anna.now }] };
    const report = reviewReport(review);
    expect(report.progress).toEqual({ done: 1, total: 39 });
    expect(report.comments).toEqual({ internal: 1, external: 1 });
    expect(report.checklist.find((entry) => entry.id === 'art28-4-flow-down')).toMatchObject({ status: 'missing', effective: 'covered' });
    expect(report.score.covered).toBe(reviewReport(base).score.covered + 1);
    expect(reportMatrix(review.contract).total).toBe(67);
  });

  it('keeps the decision record in the order decided, each decision with its place', () => {
    const edited = editText(base, { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.', anna);
    const [deletion, insertion] = reviewReport(edited).changes;
    let review = decideChanges(edited, { id: insertion!.id }, 'reject', { by: 'Ben', now: '2026-11-27T09:00:00Z', rationale: 'German law stays', newId: anna.newId });
    review = decideChanges(review, { id: deletion!.id }, 'reject', { by: 'Ben', now: '2026-11-27T08:00:00Z', rationale: '', newId: anna.newId });
    const tom = review.contract.toms[0]!;
    const overridden = overrideResponsibility(review.contract, { kind: 'tom', id: tom.id }, 'customer', 'Customer site', { by: 'Anna', at: '2026-11-27T10:00:00Z', decisionId: 'd-tom' });
    review = { ...review, contract: overridden!.contract, decisions: [...review.decisions, overridden!.decision] };
    const decisions = reviewReport(review).decisions;
    expect(decisions.map(({ decision }) => decision.at)).toEqual(['2026-11-27T08:00:00Z', '2026-11-27T09:00:00Z', '2026-11-27T10:00:00Z']);
    expect(decisions.map(({ place }) => place)).toEqual([
      { kind: 'clause', ref: '11.1' },
      { kind: 'clause', ref: '11.1' },
      { kind: 'tom', category: tom.category.title },
    ]);
  });
});
