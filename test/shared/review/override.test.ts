import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { automaticResponsibility, overrideResponsibility, resetResponsibility } from '../../../shared/review/override';
import { reviewSchemas } from '../../../shared/review/schema';
import { readTemplate } from '../../support/files';

const { ContractSchema, DecisionSchema } = reviewSchemas();

const mark = (decisionId: string) => ({ by: 'Dana Richter', at: '2025-03-01T09:30:00.000Z', decisionId });

describe('a reviewer’s override of a responsibility', () => {
  const contract = parseContract(readTemplate());
  const target = { kind: 'tom', id: 't47' } as const;

  it('sets the party with the reason, marked as the reviewer’s, and records the decision', () => {
    expect(contract.toms[46]!.text).toBe('Die Datensicherung obliegt dem Auftraggeber');
    const change = overrideResponsibility(contract, target, 'shared', 'Snapshots are booked, see order of 2 May.', mark('d1'))!;
    const responsibility = change.contract.toms[46]!.responsibility;
    expect(responsibility).toMatchObject({
      party: 'shared',
      source: 'reviewer',
      reason: { kind: 'reviewer', note: 'Snapshots are booked, see order of 2 May.', by: 'Dana Richter', at: '2025-03-01T09:30:00.000Z' },
      override: { from: 'customer', by: 'Dana Richter' },
    });
    // The reading of the words stays available.
    expect(responsibility.cues.map((cue) => cue.text)).toEqual(['obliegt dem Auftraggeber']);
    expect(change.decision).toEqual({
      id: 'd1',
      by: 'Dana Richter',
      at: '2025-03-01T09:30:00.000Z',
      rationale: 'Snapshots are booked, see order of 2 May.',
      target: { kind: 'tom', id: 't47' },
      action: 'override',
      from: 'customer',
      to: 'shared',
    });
    expect(ContractSchema.safeParse(change.contract).success).toBe(true);
    expect(DecisionSchema.safeParse(change.decision).success).toBe(true);
    expect(contract.toms[46]!.responsibility.party).toBe('customer');
  });

  it('keeps what the words said when overridden twice', () => {
    const once = overrideResponsibility(contract, target, 'shared', 'first', mark('d1'))!;
    const twice = overrideResponsibility(once.contract, target, 'provider', 'second', mark('d2'))!;
    expect(twice.contract.toms[46]!.responsibility.override).toMatchObject({ from: 'customer', note: 'second' });
    expect(twice.decision).toMatchObject({ from: 'shared', to: 'provider' });
  });

  it('resets to the automatic reading, in the measure’s context', () => {
    const frameTarget = { kind: 'tom', id: 't48' } as const;
    const changed = overrideResponsibility(contract, frameTarget, 'customer', 'wrong', mark('d1'))!;
    const reset = resetResponsibility(changed.contract, frameTarget, '', mark('d2'))!;
    expect(reset.contract.toms[47]!.responsibility).toEqual(contract.toms[47]!.responsibility);
    expect(reset.contract.toms[47]!.responsibility).toMatchObject({ party: 'provider', reason: { kind: 'frame', scope: 'annex' } });
    expect(reset.decision).toMatchObject({ action: 'reset', from: 'customer', to: 'provider' });
  });

  it('overrides and resets a duty clause too', () => {
    const clause = contract.sections[8]!.clauses[1]!;
    expect(clause.responsibility?.party).toBe('provider');
    const changed = overrideResponsibility(contract, { kind: 'clause', id: clause.id }, 'shared', 'Both must act.', mark('d1'))!;
    expect(changed.contract.sections[8]!.clauses[1]!.responsibility).toMatchObject({ party: 'shared', source: 'reviewer' });
    const reset = resetResponsibility(changed.contract, { kind: 'clause', id: clause.id }, '', mark('d2'))!;
    expect(reset.contract.sections[8]!.clauses[1]).toEqual(clause);
    expect(automaticResponsibility(contract, { kind: 'clause', id: 'nope' })).toBeNull();
  });
});
