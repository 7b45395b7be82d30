/**
 * The reviewer's assessment of the open contract: which view of it is shown (the text,
 * the responsibility matrix, the Art. 28 checklist), the responsibilities they override
 * and their own verdicts on checklist items. Overrides and verdicts change the review —
 * its contract, its decision record, its checklist — so they are saved, and undo covers them.
 */
import type { StateCreator } from 'zustand';
import type { ResponsibleParty } from '../../shared/contract/model';
import { authorFromName } from '../../shared/review/authorFromName';
import type { Review } from '../../shared/review/model';
import { withChecklistOverride, withoutChecklistOverride } from '../../shared/checklist/summary';
import { overrideResponsibility, resetResponsibility, type ResponsibilityTarget } from '../../shared/review/override';
import { host } from '../host';
import { newId } from './reviewSlice';
import type { AppState } from './store';
import type { ChecklistStatus } from '../../shared/checklist/status';
import type { Author } from '../../shared/review/author';

export type WorkspaceMode = 'contract' | 'matrix' | 'checklist';

export interface AssessmentSlice {
  readonly mode: WorkspaceMode;
  setMode(mode: WorkspaceMode): void;
  /** Keeps the name (with initials and a colour) in the preferences, for this and later decisions. */
  saveAuthorName(name: string): Promise<Author>;
  overrideResponsibility(target: ResponsibilityTarget, party: ResponsibleParty, note: string): void;
  resetResponsibility(target: ResponsibilityTarget): void;
  setChecklistStatus(itemId: string, status: ChecklistStatus, note: string): void;
  clearChecklistStatus(itemId: string): void;
  /** Shows a clause (or annex) in the contract view: from the checklist or the obligations list. */
  goToClause(sectionId: string, clauseId: string): void;
  goToAnnex(annexId: string): void;
  clearAssessment(): void;
}

export const createAssessmentSlice: StateCreator<AppState, [], [], AssessmentSlice> = (set, get) => {
  const mark = () => {
    const author = get().author;
    if (!author) throw new Error('The reviewer has no name yet: ask for it before recording a decision.');
    return { by: author.name, at: new Date().toISOString(), decisionId: newId() };
  };
  const update = (change: (review: Review) => Review | null) => {
    const review = get().review;
    const next = review ? change(review) : null;
    if (next) set({ review: next });
  };
  const withResponsibility = (review: Review, result: ReturnType<typeof overrideResponsibility>): Review | null =>
    result ? { ...review, contract: result.contract, decisions: [...review.decisions, result.decision], updatedAt: result.decision.at } : null;
  return {
    mode: 'contract',
    setMode(mode) {
      set({ mode });
    },
    async saveAuthorName(name) {
      const saved = await host().setPreferences({ author: authorFromName(name) });
      get().setAuthor(saved.author);
      return saved.author!;
    },
    overrideResponsibility(target, party, note) {
      update((review) => withResponsibility(review, overrideResponsibility(review.contract, target, party, note, mark())));
    },
    resetResponsibility(target) {
      update((review) => withResponsibility(review, resetResponsibility(review.contract, target, '', mark())));
    },
    setChecklistStatus(itemId, status, note) {
      const { by, at } = mark();
      update((review) => ({ ...review, checklist: withChecklistOverride(review.checklist, { itemId, status, note, by, at }), updatedAt: at }));
    },
    clearChecklistStatus(itemId) {
      update((review) => ({ ...review, checklist: withoutChecklistOverride(review.checklist, itemId), updatedAt: new Date().toISOString() }));
    },
    goToClause(sectionId, clauseId) {
      get().showView({ kind: 'section', sectionId });
      get().selectClause(clauseId);
      set({ mode: 'contract' });
    },
    goToAnnex(annexId) {
      get().showView({ kind: 'annex', annexId });
      set({ mode: 'contract' });
    },
    clearAssessment() {
      set({ mode: 'contract' });
    },
  };
};
