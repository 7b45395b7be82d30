import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n';
import { obligationsOf, obligationsText } from '../../../shared/obligations/whoDoesWhat';
import { parseContract } from '../../../shared/parse/parseContract';
import { overrideResponsibility } from '../../../shared/review/override';
import { readTemplate } from '../../support/files';

describe('who does what', () => {
  const contract = parseContract(readTemplate());

  it('lists the customer’s duties from the clauses and its measures, shared ones marked', () => {
    const customer = obligationsOf(contract, 'customer');
    expect(customer.duties.map((duty) => duty.ref)).toEqual(expect.arrayContaining(['4.3', '9.1', '10.4']));
    expect(customer.duties.find((duty) => duty.ref === '4.3')!.text).toBe(
      'Soweit der Auftraggeber Unterstützung nach Ziffer 4 für die Beantwortung von Anfragen Betroffener benötigt, hat er die hierdurch entstehenden Kosten zu erstatten.',
    );
    expect(customer.measures).toHaveLength(14 + 5);
    expect(customer.measures.filter((measure) => measure.shared)).toHaveLength(5);
    expect(customer.measures[0]).toMatchObject({ ref: '2 Vertraulichkeit: Zugangskontrolle · Kundenmenü', target: { kind: 'tom', tomId: 't9' } });
  });

  it('lists only the sentences that oblige the party, not the whole clause', () => {
    const provider = obligationsOf(contract, 'provider');
    const rights = provider.duties.filter((duty) => duty.ref === '9.2');
    expect(rights.map((duty) => duty.text)).toEqual([
      'Der Auftragnehmer hat den Auftraggeber unverzüglich zu informieren, wenn er der Meinung ist, eine Weisung verstoße gegen Datenschutzvorschriften.',
    ]);
    expect(provider.duties.some((duty) => duty.ref === '7.4')).toBe(false);
  });

  it('moves a measure when a reviewer assigns it to the other party', () => {
    const changed = overrideResponsibility(contract, { kind: 'tom', id: 't1' }, 'customer', 'The customer runs its own site.', { by: 'Dana', at: '2025-01-01T10:00:00Z', decisionId: 'd1' })!;
    expect(obligationsOf(changed.contract, 'customer').measures.map((measure) => measure.target)).toContainEqual({ kind: 'tom', tomId: 't1' });
    expect(obligationsOf(changed.contract, 'provider').measures.map((measure) => measure.target)).not.toContainEqual({ kind: 'tom', tomId: 't1' });
  });

  it('writes the list as text with check boxes, in the user’s language', () => {
    const text = obligationsText(contract, obligationsOf(contract, 'customer'), translator('en'));
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Our obligations under this contract',
      'Obligations of the customer (controller)',
      'Contract: Vertrag zur Auftragsdatenverarbeitung',
      '',
      'Duties from the clauses',
    ]);
    expect(text).toContain('☐ 2 Vertraulichkeit: Zugangskontrolle · Webhosting — Der Kunden-Zugang (SSH) ist ausschließlich');
    expect(text).toMatch(/\(shared with the provider\)\n/u);
    expect(obligationsText(contract, obligationsOf(contract, 'provider'), translator('de'))).toContain('(gemeinsam mit dem Auftraggeber)');
  });
});
