import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareContracts } from '../../../shared/compare/compareContracts';
import type { ClauseComparison, Comparison } from '../../../shared/compare/model';
import type { Contract } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { newReview } from '../../../shared/review/reviewFile';
import { expectAdoptionAgrees } from '../../support/adoptAgreement';
import { contractText } from '../../support/contractText';
import { readTemplate } from '../../support/files';
import { largeContract, seeded, sentence } from '../../support/largeContract';
import { largeContract as grownContract, negotiated as reworded } from '../../bench/generate';
import { negotiate, providerAnswer, type Negotiated, type Negotiation } from '../../support/negotiation';
import { concretize, steps } from '../../support/randomNegotiation';

const template = parseContract(readTemplate());
const base = newReview(template, { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');

const changedOnly = (comparison: Comparison) => comparison.clauses.filter((entry) => entry.status !== 'unchanged');
const brief = (entry: ClauseComparison) => [entry.status, entry.old?.number ?? null, entry.new?.number ?? null];
const edits = (entry: { readonly segments: readonly { kind: string; text: string }[] }) =>
  entry.segments.filter((segment) => segment.kind !== 'equal').map((segment) => `${segment.kind === 'insert' ? '+' : '-'}${segment.text.replace(/\s+/gu, ' ')}`);

describe('comparing the template with the provider’s answer', () => {
  const answer = providerAnswer(template);
  const comparison = compareContracts(template, answer.contract);

  it('reports the added, removed, reworded and moved clauses, and nothing else', () => {
    expect(changedOnly(comparison).map(brief)).toEqual([
      ['added', null, '2.1'],
      ['removed', '7.5', null],
      ['added', null, '9.2'],
      ['changed', '9.1', '10.1'],
      ['moved', '2.3', '12.3'],
    ]);
    const [, , , reworded, moved] = changedOnly(comparison);
    expect(edits(reworded!)).toEqual(['-unverzüglich (mind.', '+innerhalb von 24 Stunden in', '-)']);
    expect(edits(moved!)).toEqual(['-ausschließlich', '+grundsätzlich']);
  });

  it('does not count renumbering or doubled spaces as changes', () => {
    const renumbered = comparison.clauses.filter((entry) => entry.status === 'unchanged' && entry.old!.number !== entry.new!.number);
    expect(renumbered.length).toBeGreaterThan(25);
    expect(renumbered.map((entry) => [entry.old!.number, entry.new!.number])).toContainEqual(['2.4', '3.3']);
    expect(renumbered.map((entry) => [entry.old!.number, entry.new!.number])).toContainEqual(['11.1', '12.1']);
    expect(comparison.other).toEqual([]);
  });

  it('reports the two measures handed from the customer to the provider as responsibility changes', () => {
    const handed = comparison.toms.filter((entry) => entry.kind !== 'unchanged');
    expect(handed.map((entry) => [entry.kind, entry.old!.party, entry.new!.party, entry.responsibilityChange])).toEqual([
      ['responsibility', 'customer', 'provider', 'party'],
      ['responsibility', 'customer', 'provider', 'party'],
    ]);
    expect(handed.map((entry) => entry.new!.category.title)).toEqual(['Vertraulichkeit: Pseudonymisierung', 'Verfügbarkeit und Belastbarkeit: Verfügbarkeitskontrolle']);
  });

  it('counts every clause and measure once, and places each under the section it is shown in', () => {
    const total = Object.values(comparison.summary).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(comparison.clauses.length + comparison.toms.length);
    expect(comparison.summary).toMatchObject({ changed: 1, added: 2, removed: 1, moved: 1, responsibilityChanged: 2 });
    const sections = comparison.sections.map((section) => [section.old?.number ?? null, section.new?.number ?? null]);
    expect(sections.slice(0, 3)).toEqual([['1', '1'], [null, '2'], ['2', '3']]);
    expect(sections.at(-1)).toEqual(['11', '12']);
    const moved = comparison.clauses.find((entry) => entry.status === 'moved')!;
    expect(comparison.sections[moved.sectionIndex]!.new!.number).toBe('12');
    expect(comparison.sections[moved.sectionIndex]!.counts.moved).toBe(1);
  });
});

describe('aligning clauses', () => {
  const variant = (negotiations: readonly Negotiation[]): Negotiated => negotiate(template, negotiations);

  it('finds a clause moved within its section once, and leaves the others unchanged', () => {
    const comparison = compareContracts(template, variant([{ kind: 'move-clause', from: [6, 0], to: [6, 4] }]).contract);
    expect(changedOnly(comparison).map(brief)).toEqual([['moved', '7.1', '7.5']]);
    expect(comparison.summary.unchanged).toBe(comparison.clauses.length - 1 + comparison.toms.length);
  });

  it('finds a clause moved into the place of a deleted one once, and leaves the sections around it in place', () => {
    // 9.1 goes to the head of §8, whose first clause is deleted: §9 keeps its own section, 8.2 its place.
    const comparison = compareContracts(template, variant([{ kind: 'move-clause', from: [8, 0], to: [7, 0] }, { kind: 'delete-clause', section: 7, at: 1 }]).contract);
    expect(changedOnly(comparison).map(brief)).toEqual([['removed', '8.1', null], ['moved', '9.1', '8.1']]);
    expect(comparison.summary.moved).toBe(1);
  });

  it('shows a deleted clause where it stood, before a clause inserted in the same place', () => {
    const comparison = compareContracts(template, variant([{ kind: 'delete-clause', section: 10, at: 0 }, { kind: 'insert-clause', section: 10, at: 0, text: 'Es gilt österreichisches Recht unter Ausschluss des UN-Kaufrechts.' }]).contract);
    expect(changedOnly(comparison).map(brief)).toEqual([
      ['changed', '11.1', '11.1'],
    ]);
    const unrelated = compareContracts(template, variant([{ kind: 'delete-clause', section: 10, at: 0 }, { kind: 'insert-clause', section: 10, at: 0, text: 'Nebenabreden bedürfen der Schriftform; mündliche Absprachen gelten nicht.' }]).contract);
    expect(changedOnly(unrelated).map(brief)).toEqual([
      ['removed', '11.1', null],
      ['added', null, '11.1'],
    ]);
  });

  it('pairs a clause by its number when its words changed a lot but it stayed in place', () => {
    const rewritten = 'Die Parteien vereinbaren Hamburg als ausschließlichen Gerichtsstand für alle Streitigkeiten.';
    const comparison = compareContracts(template, variant([{ kind: 'reword', section: 10, at: 1, from: 'Die Parteien vereinbaren als Gerichtsstand den Sitz des für Bremen zuständigen Gerichts.', to: rewritten }]).contract);
    expect(changedOnly(comparison).map(brief)).toEqual([['changed', '11.2', '11.2']]);
  });

  it('ignores case and punctuation when asked, and only then', () => {
    const shouting = variant([{ kind: 'reword', section: 10, at: 0, from: 'Es gilt das Recht der Bundesrepublik Deutschland.', to: 'ES GILT DAS RECHT DER BUNDESREPUBLIK DEUTSCHLAND' }]).contract;
    expect(changedOnly(compareContracts(template, shouting)).map(brief)).toEqual([['changed', '11.1', '11.1']]);
    expect(changedOnly(compareContracts(template, shouting, { ignoreCase: true, ignorePunctuation: false })).map(brief)).toEqual([['changed', '11.1', '11.1']]);
    expect(changedOnly(compareContracts(template, shouting, { ignoreCase: true, ignorePunctuation: true }))).toEqual([]);
  });

  it('reports a section title, a party’s address and an annex item that changed', () => {
    const contract: Contract = {
      ...template,
      sections: template.sections.map((section, index) => (index === 5 ? { ...section, title: 'Unterauftragsverarbeiter' } : section)),
      parties: template.parties.map((party) => (party.role === 'provider' ? { ...party, address: ['Am Wall 1', '28195 Bremen'] } : party)),
      annexes: template.annexes.map((annex, index) => (index === 0 ? { ...annex, items: [...annex.items, 'Zahlungsdaten'] } : annex)),
    };
    const comparison = compareContracts(template, parseContract(contractText(contract)));
    expect(comparison.sections[5]!.titleSegments).toEqual([
      { kind: 'delete', text: 'Unterauftragsverhältnisse' },
      { kind: 'insert', text: 'Unterauftragsverarbeiter' },
    ]);
    expect(comparison.other.map((change) => [change.where, change.status, edits(change)])).toEqual([
      [{ kind: 'party', role: 'provider' }, 'changed', ['-Konsul-Smidt-Str. 90 28217', '+Am Wall 1 28195']],
      [{ kind: 'annex-item', annex: 'Anlage I' }, 'added', ['+Zahlungsdaten']],
    ]);
    expect(changedOnly(comparison)).toEqual([]);
  });

  it('pairs every clause and measure with the one it came from in random negotiations', () => {
    fc.assert(
      fc.property(steps(10), (abstract) => {
        const { negotiations, moves } = concretize(template, abstract);
        const negotiated = negotiate(template, negotiations);
        const comparison = compareContracts(template, negotiated.contract);
        const descended = new Set([...negotiated.clauses.values()].map((origin) => origin.from));
        for (const entry of comparison.clauses) {
          const origin = entry.new ? negotiated.clauses.get(entry.new.id)! : null;
          if (entry.status === 'added') expect(origin!.from).toBeNull();
          else if (entry.status === 'removed') expect(descended.has(entry.old!.id)).toBe(false);
          else {
            expect(origin!.from).toBe(entry.old!.id);
            if (entry.status === 'unchanged') expect(origin!.reworded).toBe(false);
            if (entry.status === 'changed') expect(origin!.reworded).toBe(true);
            if (entry.status === 'moved') expect(moves).toBeGreaterThan(0);
            if (origin!.reworded) expect(entry.textChanged).toBe(true);
          }
          if (origin && origin.from === null) expect(entry.status).toBe('added');
        }
        expect(comparison.summary.moved).toBeLessThanOrEqual(moves);
        expect(comparison.clauses.filter((entry) => entry.old).length).toBe(template.sections.flatMap((section) => section.clauses).length);
        expect(comparison.clauses.filter((entry) => entry.new).length).toBe(negotiated.contract.sections.flatMap((section) => section.clauses).length);

        const unique = new Set(template.toms.filter((tom) => template.toms.filter((other) => other.text === tom.text).length === 1).map((tom) => tom.id));
        for (const entry of comparison.toms) {
          const origin = entry.new ? negotiated.toms.get(entry.new.id)! : null;
          if (origin && origin.from === null) expect(entry.kind).toBe('added');
          if (entry.kind === 'added') expect(origin!.from).toBeNull();
          if (entry.old && entry.new && unique.has(entry.old.id)) {
            expect(origin!.from).toBe(entry.old.id);
            expect(entry.kind === 'unchanged').toBe(!origin!.reworded);
          }
        }
        expect(comparison.toms.filter((entry) => entry.old).length).toBe(template.toms.length);
        // Adopting it as tracked changes gives exactly what the comparison shows.
        expectAdoptionAgrees(base, negotiated.contract, comparison);
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});

describe('comparing long contracts', () => {
  it('compares two 1000-clause contracts clause by clause, fast, and finds exactly what was negotiated', () => {
    const base = largeContract(50, 20, 300);
    const random = seeded(11);
    const negotiations: Negotiation[] = [];
    for (let i = 0; i < 20; i++) {
      negotiations.push({ kind: 'reword', section: i * 2, at: 5, from: 'Der ', to: 'Die ' });
      negotiations.push({ kind: 'insert-clause', section: i * 2 + 1, at: 3, text: `Ergänzend gilt: ${sentence(random, 25)}` });
    }
    negotiations.push({ kind: 'move-clause', from: [3, 7], to: [40, 0] });
    negotiations.push({ kind: 'delete-clause', section: 10, at: 10 });
    negotiations.push({ kind: 'insert-section', at: 0, title: 'Begriffsbestimmungen', clauses: ['Es gelten die Begriffe des Art. 4 DS-GVO.'] });
    const negotiated = negotiate(base, negotiations);
    expect(base.sections.flatMap((section) => section.clauses)).toHaveLength(1000);

    compareContracts(base, negotiated.contract);
    const started = performance.now();
    const comparison = compareContracts(base, negotiated.contract);
    const elapsed = performance.now() - started;
    // A word diff over the whole document, or matching every clause with every other, takes tens of seconds here.
    expect(elapsed).toBeLessThan(2000);
    expect(comparison.summary).toMatchObject({ changed: 20, added: 21, removed: 1, moved: 1, responsibilityChanged: 0 });
    // Section 4 got a clause at 4.4 before the move, so the clause taken from its eighth place was 4.7.
    expect(changedOnly(comparison).filter((entry) => entry.status === 'moved' || entry.status === 'removed').map(brief)).toEqual([
      ['removed', '11.11', null],
      ['moved', '4.7', '42.1'],
    ]);
  });
});

describe('comparing a contract reworded throughout', () => {
  it('keeps every clause where it stands, changed, when a third of all words changed and sections resemble each other', () => {
    // Sections repeated from the template with a little rewording, as in framework agreements:
    // by words alone a clause looks as much like its twin in another section as like itself.
    const text = grownContract(readTemplate(), 400);
    const old = parseContract(text);
    const next = parseContract(reworded(text, 0.3));
    const comparison = compareContracts(old, next);
    const paired = comparison.clauses.filter((entry) => entry.old && entry.new);
    expect(paired.length).toBeGreaterThan(300);
    expect(comparison.summary.moved).toBe(0);
    // Each pair stands in the section of the same number: nothing was taken from a twin elsewhere.
    expect(paired.filter((entry) => entry.old!.section !== entry.new!.section)).toEqual([]);
  });
});
