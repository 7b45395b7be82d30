/** One store from slices (zustand's slices pattern); components read it through narrow selectors. */
import { create } from 'zustand';
import { createAssessmentSlice, type AssessmentSlice } from './assessmentSlice';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = DocumentSlice & UiSlice & AssessmentSlice;

export const useStore = create<AppState>()((...args) => ({
  ...createDocumentSlice(...args),
  ...createUiSlice(...args),
  ...createAssessmentSlice(...args),
}));
