import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptComparison, untrackedDifferences } from '../../../shared/compare/adopt';
import { compareContracts } from '../../../shared/compare/compareContracts';
import type { Contract } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { changeAuthors, listChanges } from '../../../shared/redline/changes';
import { displayLabels } from '../../../shared/contract/numbering';
import type { Review } from '../../../shared/review/model';
import { addComment, decideChanges, editText } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import { expectAdoptionAgrees } from '../../support/adoptAgreement';
import { contractText } from '../../support/contractText';
import { readTemplate } from '../../support/files';
import { negotiate, providerAnswer } from '../../support/negotiation';
import { concretize, steps } from '../../support/randomNegotiation';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const template = parseContract(readTemplate());
const base = newReview(template, { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
const provider = () => ({ author: 'TrafficPlex GmbH', now: '2026-12-01T09:00:00Z', newId: counter('p') });
const decideAll = (review: Review, decision: 'accept' | 'reject') => decideChanges(review, 'all', decision, { by: 'Anna', now: '2026-12-02T09:00:00Z', rationale: '', newId: counter('d') });

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
/** What a reader reads: every clause in order, every measure, the parties and the date. */
function reading(contract: Contract, loose = false) {
  const text = (value: string) => (loose ? squash(value) : value);
  return {
    clauses: contract.sections.flatMap((section) => section.clauses.filter((clause) => clause.change?.kind !== 'delete').map((clause) => text(clause.text))),
    toms: contract.toms.filter((tom) => tom.change?.kind !== 'delete').map((tom) => [tom.category.title, tom.services.join('|'), text(tom.text)]),
    parties: contract.parties.map((party) => text([party.name, ...party.address].join(' '))),
    date: contract.date,
  };
}

describe('adopting a comparison as tracked changes', () => {
  const answer = providerAnswer(template);
  const adopted = adoptComparison(base, answer.contract, compareContracts(template, answer.contract), provider());

  it('makes every reported difference a tracked change of the chosen author, and nothing else', () => {
    const changes = listChanges(adopted.contract);
    expect(changeAuthors(changes)).toEqual(['TrafficPlex GmbH']);
    expect(changes.map((change) => [change.kind, change.whole, squash(change.text).slice(0, 40)])).toEqual([
      ['insert', true, 'Es gelten die Begriffsbestimmungen des A'],
      ['delete', true, 'Die Erbringung der vertraglich vereinbar'],
      ['delete', true, 'Soweit der Auftraggeber nach Ziffer 7 Ko'],
      ['insert', true, 'Der Auftragnehmer meldet dem Auftraggebe'],
      ['delete', false, 'unverzüglich (mind.'],
      ['insert', false, 'innerhalb von 24 Stunden in'],
      ['delete', false, ')'],
      ['insert', true, 'Die Erbringung der vertraglich vereinbar'],
      ['delete', false, 'Auftraggeber'],
      ['insert', false, 'Auftragnehmer'],
      ['delete', false, 'Auftraggeber'],
      ['insert', false, 'Auftragnehmer'],
    ]);
  });

  it('gives the provider’s text when every change is accepted and the template when every change is rejected', () => {
    expect(reading(decideAll(adopted, 'accept').contract, true)).toEqual(reading(answer.contract, true));
    expect(reading(decideAll(adopted, 'reject').contract)).toEqual(reading(template));
  });

  it('numbers an adopted clause in place and shows a moved clause deleted where it stood and inserted where it stands', () => {
    const section = (id: string) => adopted.contract.sections.find((candidate) => candidate.id === id)!;
    expect(adopted.contract.sections.map((candidate) => candidate.title)[1]).toBe('Begriffsbestimmungen');
    expect([...displayLabels(section('s8'), 'all').values()]).toEqual(['1.', '2.', '3.']);
    expect(section('s2').clauses[2]!.change).toMatchObject({ kind: 'delete', author: 'TrafficPlex GmbH' });
    const section11 = section('s11');
    expect(section11.clauses.map((clause) => clause.change?.kind ?? null)).toEqual([null, null, 'insert']);
    expect(squash(section11.clauses[2]!.text)).toContain('findet grundsätzlich in einem Mitgliedsstaat');
  });

  it('does not adopt whitespace the comparison ignores', () => {
    const unchanged = adopted.contract.sections[0]!.clauses[0]!;
    expect(unchanged.segments).toBeUndefined();
    expect(unchanged.text).toBe(template.sections[0]!.clauses[0]!.text);
  });

  it('keeps other authors’ pending changes and the comments on the clauses it edits', () => {
    const anna = { author: 'Anna', now: '2026-11-27T09:00:00Z', newId: counter('a') };
    let review = editText(base, { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.', anna);
    review = addComment(review, { kind: 'clause', id: 's9-c1' }, { text: 'Frist zu lang?', visibility: 'internal' }, anna).review;
    const result = adoptComparison(review, answer.contract, compareContracts(review.contract, answer.contract), provider());
    expect(changeAuthors(listChanges(result.contract))).toEqual(['TrafficPlex GmbH', 'Anna']);
    const clause = result.contract.sections.find((section) => section.id === 's9')!.clauses[0]!;
    expect(clause.comments?.map((comment) => comment.text)).toEqual(['Frist zu lang?']);
    // Anna's Austrian law differs from the provider's text: the provider's answer undoes it as a change of its own.
    expect(squash(decideAll(result, 'accept').contract.sections.find((section) => section.id === 's11')!.clauses[0]!.text)).toBe('Es gilt das Recht der Bundesrepublik Deutschland.');
  });

  it('names what the redline cannot carry: section titles and annex items stay as they are', () => {
    const renamed = parseContract(
      contractText({
        ...template,
        sections: template.sections.map((section, index) => (index === 5 ? { ...section, title: 'Unterauftragsverarbeiter' } : section)),
        annexes: template.annexes.map((annex, index) => (index === 1 ? { ...annex, items: [...annex.items, 'Bewerber'] } : annex)),
      }),
    );
    const comparison = compareContracts(template, renamed);
    expect(untrackedDifferences(comparison).map((change) => change.where)).toEqual([
      { kind: 'annex-item', annex: 'Anlage II' },
      { kind: 'section-title', section: '6' },
    ]);
    const result = adoptComparison(base, renamed, comparison, provider());
    expect(listChanges(result.contract)).toEqual([]);
    expect(result.contract.sections[5]!.title).toBe('Unterauftragsverhältnisse');
  });

  it('moves a measure now listed under another service: removed where it stood, added where it stands', () => {
    const index = template.toms.findIndex((tom) => tom.services.includes('Cloud-VPS') && tom.text.startsWith('Einsatz unterbrechungsfreier'));
    const toms = [...template.toms];
    const [moved] = toms.splice(index, 1);
    const target = toms.findIndex((tom) => tom.services.includes('Webhosting') && tom.text.startsWith('Einsatz von Softwarefirewalls'));
    toms.splice(target + 1, 0, { ...moved!, services: ['Webhosting'], serviceHeading: 'Leistung „Webhosting“' });
    const other = parseContract(contractText({ ...template, toms }));
    const result = adoptComparison(base, other, compareContracts(template, other), provider());
    expect(listChanges(result.contract).map((change) => [change.kind, change.whole, change.text])).toEqual([
      ['delete', true, 'Einsatz unterbrechungsfreier Stromversorgung'],
      ['insert', true, 'Einsatz unterbrechungsfreier Stromversorgung'],
    ]);
    expect(reading(decideAll(result, 'accept').contract)).toEqual(reading(other));
    expect(reading(decideAll(result, 'reject').contract)).toEqual(reading(template));
  });

  it('builds the redline from the comparison’s own pieces: its changes are the insertions and deletions on screen, for any negotiation', () => {
    fc.assert(
      fc.property(steps(), (abstract) => {
        const negotiated = negotiate(template, concretize(template, abstract).negotiations);
        expectAdoptionAgrees(base, negotiated.contract, compareContracts(template, negotiated.contract));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('gives the other side’s text on accepting all and the old text on rejecting all, for any negotiation', () => {
    fc.assert(
      fc.property(steps(), (abstract) => {
        const negotiated = negotiate(template, concretize(template, abstract).negotiations);
        const result = expectAdoptionAgrees(base, negotiated.contract, compareContracts(template, negotiated.contract));
        expect(changeAuthors(listChanges(result.contract)).every((author) => author === 'TrafficPlex GmbH')).toBe(true);
        expect(reading(decideAll(result, 'accept').contract, true)).toEqual(reading(negotiated.contract, true));
        expect(reading(decideAll(result, 'reject').contract)).toEqual(reading(template));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
