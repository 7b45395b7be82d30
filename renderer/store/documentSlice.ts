/** The open document and its review, how opening and saving went, and what is unsaved. */
import type { StateCreator } from 'zustand';
import type { ImportWarning } from '../../shared/docx';
import { unexpectedError, type OpenOutcome, type SaveOutcome } from '../../shared/host';
import type { Contract } from '../../shared/contract';
import { readerPreparation } from '../../shared/responsibility';
import type { Review } from '../../shared/review';
import { saveInParts } from '../sendInParts';
import { firstPart } from '../wholeDocument';
import type { AppState } from './store';
import type { DocumentKind, HostError } from '../../shared/documents';

export interface OpenDocumentInfo {
  readonly name: string;
  readonly path: string | null;
  readonly kind: DocumentKind;
  /** The review lives in a `.clausemark` file (Save writes there without asking). */
  readonly savedAsReview: boolean;
  /** What a DOCX import could not carry over as it was, until the reviewer dismisses it. */
  readonly warnings?: readonly ImportWarning[];
}

export type UiError = HostError | { readonly code: 'unexpected'; readonly detail: string };

export interface DocumentSlice {
  readonly document: OpenDocumentInfo | null;
  readonly review: Review | null;
  /** The review as it was last opened or saved: unsaved changes are any difference from it. */
  readonly savedReview: Review | null;
  readonly opening: boolean;
  /**
   * The contract's other parts are on their way: the review holds its first part (the first
   * screen), and nothing changes or summarises it until it is whole (see `wholeDocument.ts`).
   */
  readonly receiving: boolean;
  readonly saving: boolean;
  readonly error: UiError | null;
  /** How many documents were opened: each one the app shows with the focus in its reader (`App.tsx`). */
  readonly opened: number;
  /** Runs one of the host's open calls and takes its outcome. */
  open(request: () => Promise<OpenOutcome | null>): Promise<void>;
  /** Saves to the review's file, or asks where; resolves to whether it was saved. */
  save(as?: boolean): Promise<boolean>;
  closeDocument(): void;
  dismissError(): void;
  dismissWarnings(): void;
  showError(error: UiError): void;
}

/**
 * The reader readied for the first edit or decision while nobody acts (`readerPreparation`),
 * a text at a time and only in an idle period with room for one: a window that scrolls or
 * draws meanwhile is not held up, and one that never rests is not prepared.
 */
function prepareWhenIdle(contract: Contract): void {
  if (!window.requestIdleCallback) return;
  const next = readerPreparation(contract);
  const step = (deadline: IdleDeadline) => {
    while (deadline.timeRemaining() >= ROOM_FOR_A_TEXT_MS) if (!next()) return;
    window.requestIdleCallback(step);
  };
  window.requestIdleCallback(step);
}
/** The first text read in a fresh window costs up to about 30 ms (its patterns compiled); an idle period is at most 50. */
const ROOM_FOR_A_TEXT_MS = 40;

function unexpected(error: unknown): UiError {
  return unexpectedError(error);
}

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => ({
  document: null,
  review: null,
  savedReview: null,
  opened: 0,
  opening: false,
  receiving: false,
  saving: false,
  error: null,
  async open(request) {
    set({ opening: true, error: null });
    try {
      const outcome = await request();
      if (outcome === null || outcome.status === 'cancelled') return set({ opening: false });
      if (outcome.status === 'failed') return set({ opening: false, error: outcome.error });
      const first = await firstPart(outcome);
      if (first === null) return set({ opening: false });
      const { review, name, path, kind, savedAsReview, warnings } = first.outcome.document;
      set({ opening: false, receiving: first.rest !== undefined, document: { name, path, kind, savedAsReview, ...(warnings ? { warnings } : {}) }, review, savedReview: review, opened: get().opened + 1 });
      get().clearAssessment();
      get().showFirstSection(review.contract);
      get().clearHistory();
      if (!first.rest) return prepareWhenIdle(review.contract);
      const contract = await first.rest();
      // Closed, or another document opened meanwhile: that one is shown now.
      if (get().review !== review) return;
      if (contract === null) {
        if (!get().opening) set({ document: null, review: null, savedReview: null, receiving: false, error: unexpected(new Error('the document\'s parts did not all come')) });
        return;
      }
      const whole = { ...review, contract };
      set({ review: whole, savedReview: whole, receiving: false });
      // Receiving the rest is not an edit: nothing to undo back to the first part.
      get().clearHistory();
      prepareWhenIdle(contract);
    } catch (error) {
      set({ opening: false, receiving: false, error: unexpected(error) });
    }
  },
  async save(as = false) {
    const { review, document, receiving } = get();
    if (!review || !document || receiving) return false;
    set({ saving: true, error: null });
    let outcome: SaveOutcome;
    try {
      outcome = await saveInParts(review, as);
    } catch (error) {
      set({ saving: false, error: unexpected(error) });
      return false;
    }
    if (outcome.status === 'saved') {
      set({ saving: false, savedReview: review, document: { ...document, name: outcome.name, path: outcome.path, savedAsReview: true } });
      return true;
    }
    set({ saving: false, error: outcome.status === 'failed' ? outcome.error : null });
    return false;
  },
  closeDocument() {
    set({ document: null, review: null, savedReview: null, receiving: false, editing: null });
    get().clearHistory();
  },
  dismissError() {
    set({ error: null });
  },
  dismissWarnings() {
    const document = get().document;
    if (!document?.warnings) return;
    const { warnings: _seen, ...rest } = document;
    set({ document: rest });
  },
  showError(error) {
    set({ error });
  },
});

/** Unsaved changes: the review differs from the one last opened from or saved to its file. */
export function isDirty(state: Pick<AppState, 'review' | 'savedReview'>): boolean {
  return state.review !== null && state.review !== state.savedReview;
}
