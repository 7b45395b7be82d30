/**
 * The reviewer's assessment of the open contract: which view of it is shown (the text,
 * the responsibility matrix, the Art. 28 checklist), the responsibilities they overrode
 * (recorded as decisions of the review) and their own verdicts on checklist items. Each
 * action is a thin call into `shared/`; the contract with its overrides stays in the
 * document slice, so every view and the review file see the same thing.
 */
import type { StateCreator } from 'zustand';
import type { ResponsibleParty } from '../../shared/contract/model';
import type { Author } from '../../shared/host/preferences';
import { authorFromName } from '../../shared/review/authorFromName';
import type { ChecklistOverride, ChecklistStatus, Decision } from '../../shared/review/model';
import { withChecklistOverride, withoutChecklistOverride } from '../../shared/checklist/summary';
import { overrideResponsibility, resetResponsibility, type ResponsibilityTarget } from '../../shared/responsibility/override';
import { host } from '../host';
import type { AppState } from './store';

export type WorkspaceMode = 'contract' | 'matrix' | 'checklist';

export interface AssessmentSlice {
  readonly mode: WorkspaceMode;
  readonly decisions: readonly Decision[];
  readonly checklistOverrides: readonly ChecklistOverride[];
  /** The reviewer from the preferences; `undefined` until they are read. */
  readonly author: Author | null | undefined;
  setMode(mode: WorkspaceMode): void;
  loadAuthor(): Promise<Author | null>;
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

function newId(): string {
  return globalThis.crypto.randomUUID();
}

export const createAssessmentSlice: StateCreator<AppState, [], [], AssessmentSlice> = (set, get) => {
  const mark = () => {
    const author = get().author;
    if (!author) throw new Error('The reviewer has no name yet: ask for it before recording a decision.');
    return { by: author.name, at: new Date().toISOString(), decisionId: newId() };
  };
  const applyChange = (change: ReturnType<typeof overrideResponsibility>) => {
    const document = get().document;
    if (!change || !document) return;
    set({ document: { ...document, contract: change.contract }, decisions: [...get().decisions, change.decision] });
  };
  return {
    mode: 'contract',
    decisions: [],
    checklistOverrides: [],
    author: undefined,
    setMode(mode) {
      set({ mode });
    },
    async loadAuthor() {
      const { author } = await host().getPreferences();
      set({ author });
      return author;
    },
    async saveAuthorName(name) {
      const saved = await host().setPreferences({ author: authorFromName(name) });
      set({ author: saved.author });
      return saved.author!;
    },
    overrideResponsibility(target, party, note) {
      const contract = get().document?.contract;
      if (contract) applyChange(overrideResponsibility(contract, target, party, note, mark()));
    },
    resetResponsibility(target) {
      const contract = get().document?.contract;
      if (contract) applyChange(resetResponsibility(contract, target, '', mark()));
    },
    setChecklistStatus(itemId, status, note) {
      const { by, at } = mark();
      set({ checklistOverrides: withChecklistOverride(get().checklistOverrides, { itemId, status, note, by, at }) });
    },
    clearChecklistStatus(itemId) {
      set({ checklistOverrides: withoutChecklistOverride(get().checklistOverrides, itemId) });
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
      set({ mode: 'contract', decisions: [], checklistOverrides: [] });
    },
  };
};
