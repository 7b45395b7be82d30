/**
 * The reviewer's assessment of the open contract: which view of it is shown (the text,
 * the responsibility matrix, the Art. 28 checklist), the responsibilities they override
 * and their own verdicts on checklist items. Overrides and verdicts change the review —
 * its contract, its decision record, its checklist — so they are saved, and undo covers them.
 */
import type { StateCreator } from 'zustand';
import type { ResponsibleParty, Target } from '../../shared/contract';
import { authorFromName, clearChecklistVerdict, clearResponsibility, setChecklistVerdict, setResponsibility, type Author } from '../../shared/review';
import { host } from '../host';
import { actAsReviewer } from './actAsReviewer';
import type { AppState } from './store';
import type { ChecklistStatus } from '../../shared/checklist';

export type WorkspaceMode = 'contract' | 'matrix' | 'checklist';

export interface AssessmentSlice {
  readonly mode: WorkspaceMode;
  setMode(mode: WorkspaceMode): void;
  /** Keeps the name (with initials and a colour) in the preferences, for this and later decisions. */
  saveAuthorName(name: string): Promise<Author>;
  overrideResponsibility(target: Target<'clause' | 'tom'>, party: ResponsibleParty, note: string): void;
  resetResponsibility(target: Target<'clause' | 'tom'>): void;
  setChecklistStatus(itemId: string, status: ChecklistStatus, note: string): void;
  clearChecklistStatus(itemId: string): void;
  /** Shows a clause (or annex) in the contract view: from the checklist or the obligations list. */
  goToClause(sectionId: string, clauseId: string): void;
  goToAnnex(annexId: string): void;
  clearAssessment(): void;
}

export const createAssessmentSlice: StateCreator<AppState, [], [], AssessmentSlice> = (set, get) => {
  return {
    mode: 'contract',
    setMode(mode) {
      // The matrix and the checklist summarise the whole contract.
      if (mode !== 'contract' && get().receiving) return;
      set({ mode });
    },
    async saveAuthorName(name) {
      const saved = await host().setPreferences({ author: authorFromName(name) });
      get().setAuthor(saved.author);
      return saved.author!;
    },
    overrideResponsibility(target, party, note) {
      actAsReviewer(get, set, (review, context) => setResponsibility(review, target, party, note, context));
    },
    resetResponsibility(target) {
      actAsReviewer(get, set, (review, context) => clearResponsibility(review, target, context));
    },
    setChecklistStatus(itemId, status, note) {
      actAsReviewer(get, set, (review, context) => setChecklistVerdict(review, itemId, status, note, context));
    },
    clearChecklistStatus(itemId) {
      const { review, receiving } = get();
      if (review && !receiving) set({ review: clearChecklistVerdict(review, itemId, new Date().toISOString()) });
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
