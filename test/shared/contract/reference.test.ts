import { describe, expect, it } from 'vitest';
import type { Contract, Section } from '../../../shared/contract/model';
import { citationText, citeClause, type Citation } from '../../../shared/contract/reference';
import { translator } from '../../../shared/i18n';
import { parseContract } from '../../../shared/parse/parseContract';
import { compareContracts } from '../../../shared/compare/compareContracts';
import { summarizeChanges } from '../../../shared/docx/write/changeSummary';
import { displayLabels } from '../../../shared/contract/numbering';
import { placeOf } from '../../../shared/report/reviewReport';
import { insertClauseAfter } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import type { Review } from '../../../shared/review/model';
import { readTemplate } from '../../support/files';

function counter() {
  let n = 0;
  return () => `new${++n}`;
}
const anna = { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: counter() };
const reviewOf = (contract: Contract) => newReview(contract, { kind: 'template', name: 'test.txt' }, '2026-11-26T09:00:00Z');
const template = reviewOf(parseContract(readTemplate()));
const OWN = reviewOf(
  parseContract(
    `Vertrag\n\n1 Gegenstand\n\n1.1 Erstens gilt dies.\n\n1.2 Zweitens gilt das.\n\n2 Pflichten\n\n(a) Der Auftragnehmer tut A.\n\n(b) Der Auftragnehmer tut B.\n\n3 Sonstiges\n\nEin Absatz.\n\nNoch ein Absatz.\n\nEin dritter Absatz.\n`,
  ),
);

function add(review: Review, afterId: string): { section: Section; id: string } {
  const { review: next, id } = insertClauseAfter(review, afterId, 'Änderungen bedürfen der Textform.', anna);
  return { section: next.contract.sections.find((section) => section.clauses.some((clause) => clause.id === id))!, id };
}

/** Every clause of the section as it is cited, in English. */
const cited = (section: Section, view: 'all' | 'original' = 'all') =>
  section.clauses.filter((clause) => view === 'all' || clause.change?.kind !== 'insert').map((clause) => citationText(citeClause(section, clause, view), translator('en')));

describe('citing a clause as the reader numbers it', () => {
  it('cites a clause added after 6.2 of a section numbered 1., 2. as 6.3, the number it shows', () => {
    const { section, id } = add(template, 's6-c2');
    expect(displayLabels(section, 'all').get(id)).toBe('3.');
    expect(citeClause(section, section.clauses[2]!)).toBe('6.3');
    expect(cited(section)).toEqual(['6.1', '6.2', '6.3']);
  });

  it('moves the clauses after one added in the middle up, as their numbers show, and not in the original view', () => {
    const { section } = add(template, 's6-c1');
    expect([...displayLabels(section, 'all').values()]).toEqual(['1.', '2.', '3.']);
    expect(cited(section)).toEqual(['6.1', '6.2', '6.3']);
    expect(cited(section, 'original')).toEqual(['6.1', '6.2']);
  });

  it('numbers an added clause in sections numbered 1.1, 1.2 and (a), (b) as they show it', () => {
    expect(cited(add(OWN, 's1-c2').section)).toEqual(['1.1', '1.2', '1.3']);
    expect(cited(add(OWN, 's2-c1').section)).toEqual(['2(a)', '2(b)', '2(c)']);
  });

  it('cites a paragraph added to a section of ¶-cited paragraphs by where it stands, and leaves the others as they were', () => {
    const middle = add(template, 's5-c2').section;
    const before = template.contract.sections[4]!;
    expect(cited(middle)).toEqual([...cited(before).slice(0, 2), 'new after 5 ¶2', ...cited(before).slice(2)]);
    const added: Citation = citeClause(middle, middle.clauses[2]!);
    expect(citationText(added, translator('de'))).toBe('neu nach 5 ¶2');
    const last = before.clauses.at(-1)!;
    const end = add(template, last.id).section;
    expect(cited(end).at(-1)).toBe(`new after 5 ¶${before.clauses.length}`);
    expect(cited(add(OWN, 's3-c3').section)).toEqual(['3 ¶1', '3 ¶2', '3 ¶3', 'new after 3 ¶3']);
  });

  it('cites an added paragraph that opens its section by the paragraph before which it stands', () => {
    const section = OWN.contract.sections[2]!;
    const opening = { ...section.clauses[0]!, id: 'x', text: 'Neu.', change: { kind: 'insert' as const, id: 'c', author: 'Anna', date: anna.now } };
    const withOpening = { ...section, clauses: [opening, ...section.clauses] };
    expect(cited(withOpening)).toEqual(['new before 3 ¶1', '3 ¶1', '3 ¶2', '3 ¶3']);
    const alone = { ...section, clauses: [opening] };
    expect(citationText(citeClause(alone, opening), translator('de'))).toBe('neu in Abschnitt 3');
  });

  it('gives the added clause the same citation on the cover page, in the report and in the comparison', () => {
    const { review, id } = insertClauseAfter(template, 's6-c2', 'Der Auftragnehmer informiert den Auftraggeber über jeden neuen Subunternehmer.', anna);
    expect(summarizeChanges(review.contract).clauses).toEqual(['6.3']);
    expect(placeOf(review.contract, { kind: 'clause', id })).toEqual({ kind: 'clause', ref: '6.3' });
    const added = compareContracts(template.contract, review.contract).clauses.filter((entry) => entry.status !== 'unchanged');
    expect(added.map((entry) => [entry.status, entry.new?.number])).toEqual([['added', '6.3']]);
  });
});
