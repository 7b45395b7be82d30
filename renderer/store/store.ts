/**
 * One store from slices (zustand's slices pattern); components read it through narrow
 * selectors. Undo and redo (zundo's `temporal`) cover the review only: opening a document
 * or changing a filter is not an edit.
 */
import { temporal } from 'zundo';
import { create, useStore as useVanillaStore } from 'zustand';
import { createAssessmentSlice, type AssessmentSlice } from './assessmentSlice';
import { createCompareSlice, type CompareSlice } from './compareSlice';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = DocumentSlice & UiSlice & ReviewSlice & AssessmentSlice & CompareSlice;

export const useStore = create<AppState>()(
  temporal(
    (...args) => ({
      ...createDocumentSlice(...args),
      // A new document starts a new history, and leaves comparisons and versions of the last one.
      ...createUiSlice(() => {
        useStore.temporal.getState().clear();
        useStore.getState().resetComparison();
      })(...args),
      ...createReviewSlice(...args),
      ...createAssessmentSlice(...args),
      ...createCompareSlice(...args),
    }),
    {
      partialize: (state) => ({ review: state.review }),
      equality: (past, current) => past.review === current.review,
      limit: 500,
    },
  ),
);

export function undo(): void {
  useStore.temporal.getState().undo();
}

export function redo(): void {
  useStore.temporal.getState().redo();
}

/** Whether undo and redo have anything to do, for the toolbar. */
export function useHistory(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useVanillaStore(useStore.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useVanillaStore(useStore.temporal, (state) => state.futureStates.length > 0);
  return { canUndo, canRedo };
}
