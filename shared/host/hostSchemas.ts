/** Schemas for what the renderer sends: the host validates every argument, never casts. */
import * as z from 'zod';
import { CHECKLIST_ITEM_IDS } from '../checklist';
import { reviewSchemas } from '../review';
import { type HostMethod, type ReportRequest } from './hostApi';
import { PreferencesPatchSchema } from './preferences';
import { APP_COMMANDS } from '../keyboard';
import type { ExportRequest } from '../documents';

// The window sends reviews and contracts from its start on: the host checks them with the review file's schemas.
const { ContractPartSchema, ContractSchema, ReviewSchema, SourcePackageSchema } = reviewSchemas();

const PathSchema = z.string().min(1).max(4096);

const SentPartsSchema = z.object({ sending: z.number().int().nonnegative(), count: z.number().int().positive().max(1_000_000) }).strict();

export const ExportRequestSchema = z
  .object({
    contract: ContractSchema,
    choices: z
      .object({
        mode: z.enum(['redline', 'clean']),
        includeInternal: z.boolean(),
        tomLayout: z.enum(['text', 'table']),
        coverPage: z.boolean(),
        author: z.string().max(200),
        title: z.string().max(1000),
        language: z.enum(['de', 'en']).optional(),
      })
      .strict(),
    checklist: z
      .object({ items: z.array(z.object({ id: z.enum(CHECKLIST_ITEM_IDS), status: z.enum(['covered', 'weak', 'missing']) }).strict()).max(CHECKLIST_ITEM_IDS.length) })
      .strict()
      .optional(),
    suggestedName: z.string().min(1).max(255),
    theirDocument: z.object({ name: z.string().min(1).max(1000), package: SourcePackageSchema }).strict().optional(),
    parts: SentPartsSchema.optional(),
  })
  .strict() satisfies z.ZodType<ExportRequest>;

export const ReportRequestSchema = z.object({ suggestedName: z.string().min(1).max(255) }).strict() satisfies z.ZodType<ReportRequest>;

/** A command from the native menu: the UI acts only on the ones it knows. */
export const AppCommandSchema = z.enum(APP_COMMANDS);

export const HOST_ARGUMENTS = {
  openTemplate: z.tuple([]),
  openFile: z.tuple([]),
  openForComparison: z.tuple([]),
  openRecent: z.tuple([PathSchema]),
  listRecent: z.tuple([]),
  takeStartupDocument: z.tuple([]),
  takeDocumentPart: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  getPreferences: z.tuple([]),
  setPreferences: z.tuple([PreferencesPatchSchema]),
  saveReview: z.tuple([ReviewSchema, SentPartsSchema.optional()]),
  saveReviewAs: z.tuple([ReviewSchema, SentPartsSchema.optional()]),
  autosave: z.tuple([ReviewSchema, SentPartsSchema.optional()]),
  checkRecovery: z.tuple([]),
  recover: z.tuple([]),
  discardRecovery: z.tuple([]),
  setDirty: z.tuple([z.boolean()]),
  closeWindow: z.tuple([]),
  sendContractPart: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative().max(1_000_000), ContractPartSchema]),
  exportDocx: z.tuple([ExportRequestSchema]),
  exportReportPdf: z.tuple([ReportRequestSchema]),
} satisfies Record<HostMethod, z.ZodTuple>;
