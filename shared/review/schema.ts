/**
 * The schema of a `.clausemark` review file. Loading validates against it (never a
 * cast); a file that does not fit is refused with the path of the first thing wrong.
 * The TypeScript types in `model.ts` and `../contract/model.ts` are checked against it.
 */
import * as z from 'zod';
import type { Contract, Segment } from '../contract/model';
import type { Review } from './model';
import { REVIEW_FORMAT, REVIEW_VERSION } from './model';

const text = z.string().max(5_000_000);
const shortText = z.string().max(10_000);
const id = z.string().min(1).max(200);
const isoDate = z.string().max(64);
const party = z.enum(['provider', 'customer', 'shared', 'unstated']);

export const SegmentSchema = z
  .object({
    kind: z.enum(['equal', 'insert', 'delete']),
    text,
    author: shortText.optional(),
    date: isoDate.optional(),
    id: id.optional(),
  })
  .strict()
  .refine((segment) => segment.kind === 'equal' || (segment.author !== undefined && segment.id !== undefined), {
    message: 'an insertion or deletion needs an author and an id',
  });

const ReplySchema = z.object({ id, author: shortText, date: isoDate, text, editedAt: isoDate.optional() }).strict();

export const CommentSchema = z
  .object({
    id,
    author: shortText,
    date: isoDate,
    text,
    visibility: z.enum(['internal', 'external']),
    resolved: z.boolean(),
    replies: z.array(ReplySchema).max(10_000),
    anchor: z.object({ start: z.number().int().min(0), end: z.number().int().min(0), quote: text }).strict().optional(),
    editedAt: isoDate.optional(),
  })
  .strict();

const WholeChangeSchema = z.object({ kind: z.enum(['insert', 'delete']), id, author: shortText, date: isoDate }).strict();

const annotations = {
  segments: z.array(SegmentSchema).max(200_000).optional(),
  comments: z.array(CommentSchema).max(10_000).optional(),
  status: z.enum(['open', 'agreed', 'disputed', 'needs-change']).optional(),
  change: WholeChangeSchema.optional(),
};

const CueSchema = z.object({ text: shortText, start: z.number().int().min(0), party }).strict();

const ReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cue'), cue: shortText }).strict(),
  z.object({ kind: z.literal('both'), providerCue: shortText, customerCue: shortText }).strict(),
  z.object({ kind: z.literal('frame'), frame: shortText, scope: z.enum(['annex', 'category', 'service', 'lead-in']) }).strict(),
  z.object({ kind: z.literal('option'), cue: shortText }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('reviewer'), note: shortText, by: shortText, at: isoDate }).strict(),
]);

const ResponsibilitySchema = z
  .object({
    party,
    cue: shortText.nullable(),
    source: z.enum(['auto', 'reviewer']),
    reason: ReasonSchema,
    cues: z.array(CueSchema).max(1000),
    sentences: z
      .array(
        z
          .object({
            start: z.number().int().min(0),
            end: z.number().int().min(0),
            party: party.nullable(),
            force: z.enum(['duty', 'option', 'none']),
            cues: z.array(CueSchema).max(1000),
          })
          .strict(),
      )
      .max(10_000),
    override: z.object({ from: party, by: shortText, at: isoDate, note: shortText }).strict().optional(),
  })
  .strict();

export const ClauseSchema = z
  .object({
    id,
    number: shortText.nullable(),
    label: shortText.nullable(),
    heading: shortText.nullable(),
    kind: z.enum(['numbered', 'paragraph', 'bullet']),
    text,
    responsibility: ResponsibilitySchema.optional(),
    ...annotations,
  })
  .strict();

export const TomSchema = z
  .object({
    id,
    category: z.object({ number: shortText, title: shortText }).strict(),
    services: z.array(shortText).max(1000),
    serviceHeading: shortText.nullable(),
    text,
    responsibility: ResponsibilitySchema,
    ...annotations,
  })
  .strict();

export const ContractSchema = z
  .object({
    title: shortText,
    date: shortText.nullable(),
    dateSegments: z.array(SegmentSchema).max(10_000).optional(),
    language: z.enum(['de', 'en']),
    parties: z
      .array(
        z
          .object({
            role: z.enum(['customer', 'provider']),
            name: shortText,
            address: z.array(shortText).max(100),
            roleLabel: shortText,
            roleLine: shortText,
            segments: z.array(SegmentSchema).max(10_000).optional(),
          })
          .strict(),
      )
      .max(100),
    preamble: z.array(text).max(100_000),
    sections: z
      .array(
        z
          .object({ id, number: shortText, label: shortText, title: shortText, parts: z.array(shortText).max(100), clauses: z.array(ClauseSchema).max(100_000) })
          .strict(),
      )
      .max(100_000),
    signature: z.array(text).max(10_000),
    annexes: z
      .array(
        z
          .object({
            id,
            number: shortText,
            label: shortText,
            title: shortText,
            items: z.array(text).max(100_000),
            isTomAnnex: z.boolean(),
            preamble: z.array(text).max(10_000),
          })
          .strict(),
      )
      .max(1000),
    toms: z.array(TomSchema).max(100_000),
  })
  .strict();

const DecisionBase = { id, by: shortText, at: isoDate, rationale: shortText, target: z.object({ kind: z.enum(['clause', 'tom', 'party', 'date']), id }).strict() };

export const DecisionSchema = z.discriminatedUnion('action', [
  z
    .object({
      ...DecisionBase,
      action: z.enum(['accept', 'reject']),
      change: z.object({ id, kind: z.enum(['insert', 'delete']), author: shortText, date: isoDate, text, whole: z.boolean() }).strict(),
    })
    .strict(),
  z.object({ ...DecisionBase, action: z.enum(['override', 'reset']), from: party, to: party }).strict(),
]);

export const VersionSchema = z
  .object({ id, name: shortText, author: shortText, date: isoDate, contract: ContractSchema, decisions: z.array(DecisionSchema).max(100_000) })
  .strict();

export const ReviewSchema = z
  .object({
    format: z.literal(REVIEW_FORMAT),
    version: z.literal(REVIEW_VERSION),
    contract: ContractSchema,
    source: z.object({ kind: z.enum(['template', 'text', 'markdown', 'docx', 'review']), name: shortText }).strict(),
    decisions: z.array(DecisionSchema).max(100_000),
    versions: z.array(VersionSchema).max(1000),
    checklist: z
      .array(z.object({ itemId: id, status: z.enum(['covered', 'weak', 'missing']), note: shortText, by: shortText, at: isoDate }).strict())
      .max(1000),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .strict();

// The schema and the hand-written types must describe the same JSON.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
export const schemaMatchesTypes: [
  Same<DeepMutable<z.infer<typeof ReviewSchema>>, DeepMutable<Review>>,
  Same<DeepMutable<z.infer<typeof ContractSchema>>, DeepMutable<Contract>>,
  Same<DeepMutable<z.infer<typeof SegmentSchema>>, DeepMutable<Segment>>,
] = [true, true, true];
