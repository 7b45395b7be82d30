import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { editText } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import type { Review } from '../../../shared/review/model';
import { readTemplate } from '../../support/files';

const base = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
const anna = { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: () => 'c1' };
/** The section of the template whose lead-in (*… folgender Vorgaben:*) the provider's duties after it continue. */
const leadInSection = (review: Review) => review.contract.sections.find((section) => section.clauses.some((clause) => clause.text.endsWith('folgender Vorgaben:')))!;

describe('reading the duty clauses of a section again after an edit', () => {
  it('reads again the clause edited, and keeps the others of its section as they were', () => {
    const section = leadInSection(base);
    const edited = section.clauses.at(-1)!;
    const review = editText(base, { kind: 'clause', id: edited.id }, `${edited.text} Der Auftraggeber prüft dies jährlich.`, anna);
    const after = leadInSection(review);
    expect(after.clauses.at(-1)!.responsibility?.party).toBe('shared');
    after.clauses.slice(0, -1).forEach((clause, index) => expect(clause).toBe(section.clauses[index]));
  });

  it('reads again the clauses that continue a lead-in whose words changed', () => {
    const section = leadInSection(base);
    const at = section.clauses.findIndex((clause) => clause.text.endsWith('folgender Vorgaben:'));
    const leadIn = section.clauses[at]!;
    const item = section.clauses[at + 1]!;
    expect(item.responsibility?.party).toBe('provider');
    expect(item.responsibility?.reason.kind).toBe('frame');
    const review = editText(base, { kind: 'clause', id: leadIn.id }, leadIn.text.replace('Der Auftragnehmer hat', 'Der Auftraggeber hat').replace('gewährleistet er', 'gewährleistet dieser'), anna);
    const after = leadInSection(review).clauses[at + 1]!;
    expect(after.text).toBe(item.text);
    expect(after.responsibility?.party).toBe('customer');
  });
});
