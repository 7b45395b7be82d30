/** Derived views of the store, computed from `shared/` functions. */
import type { Annex, Clause, Contract, Section } from '../../shared/contract';
import type { AppState } from './store';

export function contractOf(state: AppState): Contract {
  return state.review!.contract;
}

export function currentSection(state: AppState): Section | null {
  const view = state.view;
  if (view.kind !== 'section') return null;
  return state.review?.contract.sections.find((section) => section.id === view.sectionId) ?? null;
}

export function currentAnnex(state: AppState): Annex | null {
  const view = state.view;
  if (view.kind !== 'annex') return null;
  return state.review?.contract.annexes.find((annex) => annex.id === view.annexId) ?? null;
}

export function currentClause(state: AppState): Clause | null {
  const section = currentSection(state);
  return section?.clauses.find((clause) => clause.id === state.clauseId) ?? null;
}

export function tomAnnexOf(contract: Contract): Annex | null {
  return contract.annexes.find((annex) => annex.isTomAnnex) ?? null;
}
