/** What the reviewer is looking at: the outline selection, the clause, the measure, the filters. */
import type { StateCreator } from 'zustand';
import type { Contract, ResponsibleParty, ReviewStatus, MarkupView, Target } from '../../shared/contract';
import type { ChangeFilter, ChangeAction } from '../../shared/redline';
import { keeping, NO_FILTER, NO_KEEPING_FILTER, withFilter, type KeepingFilter, type TomFilter } from '../../shared/toms';
import type { AppState } from './store';

export type View =
  | { readonly kind: 'parties' }
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'annex'; readonly annexId: string };

export type RightTab = 'measures' | 'changes' | 'notes';

/**
 * Where measures are filtered: the side panel (the measures of a clause) and the TOM annex in
 * the reader. Each has its own filter, shown beside its list: one never filters the other.
 */
export type FilterPlace = 'panel' | 'annex';

export type { ChangeFilter };

/** Changes about to be accepted or rejected: the change list asks for a reason first. */
export interface PendingDecision {
  readonly ids: readonly string[];
  readonly action: ChangeAction;
}

export interface UiSlice {
  readonly view: View;
  readonly clauseId: string | null;
  readonly tomId: string | null;
  /** The side panel's filter of the measures of a clause. */
  readonly tomFilter: TomFilter;
  /** The TOM annex's own filter, with the measures it keeps in view (those selected under it). */
  readonly annexFilter: KeepingFilter;
  readonly markupView: MarkupView;
  /** What is being edited in place, if anything. */
  readonly editing: Target | null;
  readonly rightTab: RightTab;
  readonly statusFilter: ReviewStatus | 'all';
  readonly changeFilter: ChangeFilter;
  readonly currentChangeId: string | null;
  readonly pendingDecision: PendingDecision | null;
  /** The review report (to print as PDF) is shown instead of the workspace. */
  readonly reportOpen: boolean;
  /** Where a new clause or measure is being written (after which item). */
  readonly adding: { readonly kind: 'clause' | 'tom'; readonly id: string } | null;
  /** An action waiting until the reviewer has said who they are; the identity dialog is open while set. */
  readonly identityPending: (() => void) | null;
  showView(view: View): void;
  startAdding(after: { readonly kind: 'clause' | 'tom'; readonly id: string } | null): void;
  /** Runs `action` now if the reviewer's identity is known, else asks for it first. */
  requireAuthor(action: () => void): void;
  resolveIdentity(confirmed: boolean): void;
  setMarkupView(view: MarkupView): void;
  startEditing(target: Target): void;
  stopEditing(): void;
  setRightTab(tab: RightTab): void;
  setStatusFilter(filter: ReviewStatus | 'all'): void;
  setChangeFilter(filter: Partial<ChangeFilter>): void;
  setCurrentChange(id: string | null): void;
  askDecision(pending: PendingDecision | null): void;
  setReportOpen(open: boolean): void;
  /** Forgets the undo history (a new document starts a new history). */
  clearHistory(): void;
  showFirstSection(contract: Contract): void;
  selectClause(clauseId: string | null): void;
  selectTom(tomId: string | null): void;
  toggleParty(place: FilterPlace, party: ResponsibleParty): void;
  setService(place: FilterPlace, service: string | null): void;
  toggleUnsure(place: FilterPlace): void;
  resetFilter(place: FilterPlace): void;
}

export const createUiSlice = (clearHistory: () => void): StateCreator<AppState, [], [], UiSlice> => (set, get) => ({
  view: { kind: 'parties' },
  clauseId: null,
  tomId: null,
  tomFilter: NO_FILTER,
  annexFilter: NO_KEEPING_FILTER,
  markupView: 'all',
  editing: null,
  rightTab: 'measures',
  statusFilter: 'all',
  changeFilter: { author: null, sectionId: null },
  currentChangeId: null,
  pendingDecision: null,
  reportOpen: false,
  adding: null,
  identityPending: null,
  startAdding(adding) {
    if (get().receiving) return;
    set({ adding, editing: null });
  },
  requireAuthor(action) {
    if (get().author) action();
    else set({ identityPending: action });
  },
  resolveIdentity(confirmed) {
    const pending = get().identityPending;
    set({ identityPending: null });
    if (confirmed && get().author && pending) pending();
  },
  setMarkupView(markupView) {
    set({ markupView });
  },
  startEditing(target) {
    if (get().receiving) return;
    set({ editing: target, adding: null });
  },
  stopEditing() {
    set({ editing: null });
  },
  setRightTab(rightTab) {
    set({ rightTab });
  },
  setStatusFilter(statusFilter) {
    set({ statusFilter });
  },
  setChangeFilter(filter) {
    set({ changeFilter: { ...get().changeFilter, ...filter } });
  },
  setCurrentChange(currentChangeId) {
    set({ currentChangeId });
  },
  askDecision(pendingDecision) {
    set({ pendingDecision });
  },
  setReportOpen(reportOpen) {
    // The report summarises the whole contract.
    if (reportOpen && get().receiving) return;
    set({ reportOpen });
  },
  clearHistory,
  showView(view) {
    const contract = get().review?.contract;
    const section = view.kind === 'section' ? contract?.sections.find((candidate) => candidate.id === view.sectionId) : undefined;
    set({ view, clauseId: section?.clauses[0]?.id ?? null, tomId: null, editing: null });
  },
  showFirstSection(contract) {
    const first = contract.sections[0];
    set({
      view: first ? { kind: 'section', sectionId: first.id } : { kind: 'parties' },
      clauseId: first?.clauses[0]?.id ?? null,
      tomId: null,
      tomFilter: NO_FILTER,
      annexFilter: NO_KEEPING_FILTER,
      editing: null,
      currentChangeId: null,
      pendingDecision: null,
      reportOpen: false,
      statusFilter: 'all',
      changeFilter: { author: null, sectionId: null },
    });
  },
  selectClause(clauseId) {
    set({ clauseId });
  },
  selectTom(tomId) {
    set({ tomId, ...(tomId ? { annexFilter: keeping(get().annexFilter, tomId) } : {}) });
  },
  toggleParty(place, party) {
    const filter = filterOf(get(), place);
    const parties = filter.parties.includes(party) ? filter.parties.filter((other) => other !== party) : [...filter.parties, party];
    set(withPlaceFilter(get(), place, { ...filter, parties }));
  },
  setService(place, service) {
    set(withPlaceFilter(get(), place, { ...filterOf(get(), place), service }));
  },
  toggleUnsure(place) {
    const filter = filterOf(get(), place);
    set(withPlaceFilter(get(), place, { ...filter, unsure: filter.unsure !== true }));
  },
  resetFilter(place) {
    set(withPlaceFilter(get(), place, NO_FILTER));
  },
});

/** A place's new filter; the annex's keeps the selected measure in view if it matches. */
function withPlaceFilter(state: AppState, place: FilterPlace, filter: TomFilter): Partial<UiSlice> {
  return place === 'panel' ? { tomFilter: filter } : { annexFilter: withFilter(state.review?.contract.toms ?? [], filter, state.tomId) };
}

export function filterOf(state: Pick<UiSlice, 'tomFilter' | 'annexFilter'>, place: FilterPlace): TomFilter {
  return place === 'panel' ? state.tomFilter : state.annexFilter.filter;
}
