/** The open document and how opening went: the host's outcome, kept as it came. */
import type { StateCreator } from 'zustand';
import type { HostError, OpenedDocument, OpenOutcome } from '../../shared/host/hostApi';
import type { AppState } from './store';

export interface DocumentSlice {
  readonly document: OpenedDocument | null;
  readonly opening: boolean;
  readonly error: HostError | { readonly code: 'unexpected'; readonly detail: string } | null;
  /** Runs one of the host's open calls and takes its outcome. */
  open(request: () => Promise<OpenOutcome | null>): Promise<void>;
  closeDocument(): void;
  dismissError(): void;
}

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => ({
  document: null,
  opening: false,
  error: null,
  async open(request) {
    set({ opening: true, error: null });
    try {
      const outcome = await request();
      if (outcome === null || outcome.status === 'cancelled') set({ opening: false });
      else if (outcome.status === 'failed') set({ opening: false, error: outcome.error });
      else {
        set({ opening: false, document: outcome.document });
        get().clearAssessment();
        get().showFirstSection(outcome.document.contract);
      }
    } catch (error) {
      set({ opening: false, error: { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) } });
    }
  },
  closeDocument() {
    set({ document: null });
  },
  dismissError() {
    set({ error: null });
  },
});
