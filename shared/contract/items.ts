/**
 * Addressing what a reviewer works on — a clause, a measure, a party, the date — and
 * replacing it immutably inside the contract.
 */
import type { Clause, Contract, Party, Section, Segment, Tom } from './model';

/** What a reviewer works on: a clause, a measure, a party, the date; a decision names it. */
export type Target = { readonly kind: 'clause' | 'tom' | 'party' | 'date'; readonly id: string };

export const DATE_TARGET: Target = { kind: 'date', id: 'date' };

export function partyTarget(index: number): Target {
  return { kind: 'party', id: `party-${index + 1}` };
}

function partyIndex(target: Target): number {
  return Number(/^party-(\d+)$/u.exec(target.id)?.[1] ?? 0) - 1;
}

/** The text a party block shows and is edited as: the name, then the address lines. */
export function partyText(party: Party): string {
  return [party.name, ...party.address].join('\n');
}

/** A party from its edited text: the first line is the name, the rest the address. */
export function partyFromText(party: Party, text: string, segments: readonly Segment[] | undefined): Party {
  const [name = '', ...address] = text.split('\n');
  const { segments: _old, ...rest } = party;
  return { ...rest, name, address, ...(segments ? { segments } : {}) };
}

export interface Located<T> {
  readonly item: T;
  readonly section?: Section;
}

/** How many clauses the contract's sections hold. */
export function clauseCount(contract: Contract): number {
  return contract.sections.reduce((sum, section) => sum + section.clauses.length, 0);
}

export function findClause(contract: Contract, id: string): { section: Section; clause: Clause; index: number } | null {
  for (const section of contract.sections) {
    const index = section.clauses.findIndex((clause) => clause.id === id);
    if (index >= 0) return { section, clause: section.clauses[index]!, index };
  }
  return null;
}

export function findTom(contract: Contract, id: string): { tom: Tom; index: number } | null {
  const index = contract.toms.findIndex((tom) => tom.id === id);
  return index < 0 ? null : { tom: contract.toms[index]!, index };
}

/** The clause or measure after `target` in its section or annex, else the one before it. */
export function neighbourOf(contract: Contract, target: Target): Target | null {
  if (target.kind === 'clause') {
    const found = findClause(contract, target.id);
    const next = found && (found.section.clauses[found.index + 1] ?? found.section.clauses[found.index - 1]);
    return next ? { kind: 'clause', id: next.id } : null;
  }
  if (target.kind === 'tom') {
    const found = findTom(contract, target.id);
    const next = found && (contract.toms[found.index + 1] ?? contract.toms[found.index - 1]);
    return next ? { kind: 'tom', id: next.id } : null;
  }
  return null;
}

export function findParty(contract: Contract, target: Target): Party | null {
  return target.kind === 'party' ? (contract.parties[partyIndex(target)] ?? null) : null;
}

export function updateClause(contract: Contract, id: string, update: (clause: Clause) => Clause | null): Contract {
  return {
    ...contract,
    sections: contract.sections.map((section) =>
      section.clauses.some((clause) => clause.id === id)
        ? { ...section, clauses: section.clauses.flatMap((clause) => (clause.id === id ? (update(clause) ?? []) : [clause])) }
        : section,
    ),
  };
}

export function updateTom(contract: Contract, id: string, update: (tom: Tom) => Tom | null): Contract {
  return { ...contract, toms: contract.toms.flatMap((tom) => (tom.id === id ? (update(tom) ?? []) : [tom])) };
}

export function updateParty(contract: Contract, target: Target, update: (party: Party) => Party): Contract {
  const index = partyIndex(target);
  return { ...contract, parties: contract.parties.map((party, i) => (i === index ? update(party) : party)) };
}
