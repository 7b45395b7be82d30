/** Schemas for what the renderer sends: the host validates every argument, never casts. */
import { z } from 'zod';
import type { HostMethod } from './hostApi';
import { ReviewSchema } from '../review/schema';
import { PreferencesPatchSchema } from './preferences';

const PathSchema = z.string().min(1).max(4096);

export const HOST_ARGUMENTS = {
  openTemplate: z.tuple([]),
  openFile: z.tuple([]),
  openForComparison: z.tuple([]),
  openRecent: z.tuple([PathSchema]),
  listRecent: z.tuple([]),
  takeStartupDocument: z.tuple([]),
  getPreferences: z.tuple([]),
  setPreferences: z.tuple([PreferencesPatchSchema]),
  saveReview: z.tuple([ReviewSchema]),
  saveReviewAs: z.tuple([ReviewSchema]),
  autosave: z.tuple([ReviewSchema]),
  checkRecovery: z.tuple([]),
  recover: z.tuple([]),
  discardRecovery: z.tuple([]),
  setDirty: z.tuple([z.boolean()]),
  closeWindow: z.tuple([]),
} satisfies Record<HostMethod, z.ZodTuple>;
