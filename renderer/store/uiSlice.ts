/** What the reviewer is looking at: the outline selection, the clause, the measure, the filters. */
import type { StateCreator } from 'zustand';
import type { Contract, ResponsibleParty } from '../../shared/contract/model';
import { NO_FILTER, type TomFilter } from '../../shared/toms/grouping';
import type { AppState } from './store';

export type View =
  | { readonly kind: 'parties' }
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'annex'; readonly annexId: string };

export interface UiSlice {
  readonly view: View;
  readonly clauseId: string | null;
  readonly tomId: string | null;
  readonly tomFilter: TomFilter;
  showView(view: View): void;
  showFirstSection(contract: Contract): void;
  selectClause(clauseId: string | null): void;
  selectTom(tomId: string | null): void;
  toggleParty(party: ResponsibleParty): void;
  setService(service: string | null): void;
  resetFilter(): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  view: { kind: 'parties' },
  clauseId: null,
  tomId: null,
  tomFilter: NO_FILTER,
  showView(view) {
    const contract = get().document?.contract;
    const section = view.kind === 'section' ? contract?.sections.find((candidate) => candidate.id === view.sectionId) : undefined;
    set({ view, clauseId: section?.clauses[0]?.id ?? null, tomId: null });
  },
  showFirstSection(contract) {
    const first = contract.sections[0];
    set({
      view: first ? { kind: 'section', sectionId: first.id } : { kind: 'parties' },
      clauseId: first?.clauses[0]?.id ?? null,
      tomId: null,
      tomFilter: NO_FILTER,
    });
  },
  selectClause(clauseId) {
    set({ clauseId });
  },
  selectTom(tomId) {
    set({ tomId });
  },
  toggleParty(party) {
    const parties = get().tomFilter.parties;
    set({ tomFilter: { ...get().tomFilter, parties: parties.includes(party) ? parties.filter((p) => p !== party) : [...parties, party] } });
  },
  setService(service) {
    set({ tomFilter: { ...get().tomFilter, service } });
  },
  resetFilter() {
    set({ tomFilter: NO_FILTER });
  },
});
