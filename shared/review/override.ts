/**
 * A reviewer's verdict on a responsibility: set it to a party with a reason, marked as
 * theirs (name, time), and reset it to what the words say. Both are recorded as decisions
 * of the review (`override`, `reset`). Reset reads the text again, in its context (the
 * annex preamble and the lines before it, the lead-in of a clause), rather than trusting
 * a stored copy of the automatic reading.
 */
import type { Clause, Contract, Responsibility, ResponsibleParty, Target } from '../contract';
import type { Decision } from './model';
import { annexFrame, classifyClauses, classifyToms } from '../responsibility';

export interface ReviewerMark {
  /** The reviewer's name, as the preferences keep it. */
  readonly by: string;
  /** ISO 8601. */
  readonly at: string;
  /** The decision's id. */
  readonly decisionId: string;
}

export interface ResponsibilityChange {
  readonly contract: Contract;
  readonly decision: Decision;
}

/** The responsibility as the words alone say it, whatever a reviewer set. */
export function automaticResponsibility(contract: Contract, target: Target<'clause' | 'tom'>): Responsibility | null {
  if (target.kind === 'tom') {
    const index = contract.toms.findIndex((tom) => tom.id === target.id);
    if (index < 0) return null;
    return classifyToms(contract.toms, annexFrame(contract), contract.parties)[index] ?? null;
  }
  for (const section of contract.sections) {
    const index = section.clauses.findIndex((clause) => clause.id === target.id);
    if (index < 0) continue;
    const read = classifyClauses(section, contract.parties)[index];
    return read ?? { party: 'unstated', cue: null, source: 'auto', reason: { kind: 'none' }, cues: [], sentences: [] };
  }
  return null;
}

export function currentResponsibility(contract: Contract, target: Target<'clause' | 'tom'>): Responsibility | null {
  if (target.kind === 'tom') return contract.toms.find((tom) => tom.id === target.id)?.responsibility ?? null;
  for (const section of contract.sections) {
    const clause = section.clauses.find((candidate) => candidate.id === target.id);
    if (clause) return clause.responsibility ?? automaticResponsibility(contract, target);
  }
  return null;
}

function replace(contract: Contract, target: Target<'clause' | 'tom'>, responsibility: Responsibility): Contract {
  if (target.kind === 'tom') {
    return { ...contract, toms: contract.toms.map((tom) => (tom.id === target.id ? { ...tom, responsibility } : tom)) };
  }
  // A clause that concerns neither party carries no reading at all.
  const concernsNobody = responsibility.source === 'auto' && responsibility.cues.length === 0 && responsibility.reason.kind === 'none';
  const withReading = (clause: Clause): Clause => {
    if (!concernsNobody) return { ...clause, responsibility };
    return Object.fromEntries(Object.entries(clause).filter(([key]) => key !== 'responsibility')) as Clause;
  };
  return {
    ...contract,
    sections: contract.sections.map((section) =>
      section.clauses.some((clause) => clause.id === target.id)
        ? { ...section, clauses: section.clauses.map((clause) => (clause.id === target.id ? withReading(clause) : clause)) }
        : section,
    ),
  };
}

/** Sets the responsibility of a measure or clause to `party`, with the reviewer's reason. */
export function overrideResponsibility(
  contract: Contract,
  target: Target<'clause' | 'tom'>,
  party: ResponsibleParty,
  note: string,
  mark: ReviewerMark,
): ResponsibilityChange | null {
  const current = currentResponsibility(contract, target);
  if (!current) return null;
  const from = current.override?.from ?? current.party;
  const responsibility: Responsibility = {
    ...current,
    party,
    source: 'reviewer',
    reason: { kind: 'reviewer', note, by: mark.by, at: mark.at },
    override: { from, by: mark.by, at: mark.at, note },
  };
  const decision: Decision = { id: mark.decisionId, by: mark.by, at: mark.at, rationale: note, target, action: 'override', from: current.party, to: party };
  return { contract: replace(contract, target, responsibility), decision };
}

/** Puts back the automatic reading of a measure or clause. */
export function resetResponsibility(contract: Contract, target: Target<'clause' | 'tom'>, note: string, mark: ReviewerMark): ResponsibilityChange | null {
  const current = currentResponsibility(contract, target);
  const automatic = automaticResponsibility(contract, target);
  if (!current || !automatic) return null;
  const decision: Decision = { id: mark.decisionId, by: mark.by, at: mark.at, rationale: note, target, action: 'reset', from: current.party, to: automatic.party };
  return { contract: replace(contract, target, automatic), decision };
}
