/**
 * The schema of a `.clausemark` review file. Loading validates against it (never a
 * cast); a file that does not fit is refused with the path of the first thing wrong.
 * The TypeScript types in `model.ts` and `../contract/model.ts` are checked against it.
 */
import * as z from 'zod';
import type { Contract, Segment } from '../contract';
import type { Review } from './model';
import { REVIEW_FORMAT, REVIEW_VERSION } from './model';

/**
 * The schema's checks beyond shapes, named so that the parser compiled from the schema
 * (`reviewParser.generated.ts`) calls these same functions.
 */
export const reviewRefinements = {
  changeHasAuthor: (segment: { kind: string; author?: string; id?: string }) => segment.kind === 'equal' || (segment.author !== undefined && segment.id !== undefined),
  moveMatchesKind: (segment: { kind: string; move?: { side: 'from' | 'to' } }) => segment.move === undefined || segment.kind === (segment.move.side === 'from' ? 'delete' : 'insert'),
  pieceInOrder: (piece: { from: number; to: number }) => piece.from <= piece.to,
  packageLengthFits: (stored: { data: string; bytes: number }) => stored.data.length === Math.ceil(stored.bytes / 3) * 4,
};

/**
 * Builds the schemas, once, when something first asks for them: checking what the window sends,
 * writing a review, or saying what is wrong with a file the compiled parser refused. A command
 * that only reads a valid review does not build them.
 */
function build() {
  /**
   * What a reader accepts, a review holds: a text as long as a paragraph (or an author's name)
   * of the largest document, and as many clauses, comments or cues as it has. Sizes are bounded
   * by the files' own limits (`MAX_REVIEW_BYTES`, and those of the DOCX and text that are
   * imported); only what has a form of its own is bounded here, ids and dates, which the readers
   * give that form.
   */
  const text = z.string();
  const MANY = 5_000_000;
  const id = z.string().min(1).max(200);
  const isoDate = z.string().max(64);
  const party = z.enum(['provider', 'customer', 'shared', 'unstated']);

  const MoveSchema = z.object({ name: id, side: z.enum(['from', 'to']) }).strict();

  const SegmentSchema = z
    .object({
      kind: z.enum(['equal', 'insert', 'delete']),
      text,
      author: text.optional(),
      date: isoDate.optional(),
      id: id.optional(),
      // Optional: files written before moves were kept read as they did, a move as a deletion and an insertion.
      move: MoveSchema.optional(),
    })
    .strict()
    .refine(reviewRefinements.changeHasAuthor, { message: 'an insertion or deletion needs an author and an id' })
    .refine(reviewRefinements.moveMatchesKind, { message: 'a move\'s source is a deletion and its destination an insertion' });

  const ReplySchema = z.object({ id, author: text, date: isoDate, text, editedAt: isoDate.optional() }).strict();

  const CommentSchema = z
    .object({
      id,
      author: text,
      date: isoDate,
      text,
      visibility: z.enum(['internal', 'external']),
      resolved: z.boolean(),
      replies: z.array(ReplySchema).max(MANY),
      anchor: z.object({ start: z.number().int().min(0), end: z.number().int().min(0), quote: text }).strict().optional(),
      editedAt: isoDate.optional(),
    })
    .strict();

  const WholeChangeSchema = z.object({ kind: z.enum(['insert', 'delete']), id, author: text, date: isoDate, move: MoveSchema.optional() }).strict();

  /** A piece of an item's way back into its Word document (`DocxOriginPiece`). */
  const OriginPieceSchema = z.union([
    z
      .object({ paragraph: z.number().int().min(0), from: z.number().int().min(0), to: z.number().int().min(0) })
      .strict()
      .refine(reviewRefinements.pieceInOrder, { message: 'a piece ends before it starts' }),
    z.object({ text }).strict(),
  ]);

  /** The Word document a review keeps (`SourcePackage`). */
  const SourcePackageSchema = z
    .object({
      data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u),
      bytes: z.number().int().min(1),
      crc32: z.number().int().min(0).max(0xffffffff),
    })
    .strict()
    .refine(reviewRefinements.packageLengthFits, { message: 'the document is not as long as it says' });

  const OriginSchema = z.object({ pieces: z.array(OriginPieceSchema).max(MANY), check: z.string().regex(/^[0-9a-f]{8}$/u), settled: z.array(id).max(MANY).optional(), held: z.array(id).max(MANY).optional() }).strict();

  const annotations = {
    segments: z.array(SegmentSchema).max(MANY).optional(),
    comments: z.array(CommentSchema).max(MANY).optional(),
    status: z.enum(['open', 'agreed', 'disputed', 'needs-change']).optional(),
    change: WholeChangeSchema.optional(),
  };

  const CueSchema = z.object({ text: text, start: z.number().int().min(0), party }).strict();

  const frameScope = z.enum(['lead-in', 'service', 'category', 'annex', 'title', 'contract']);

  const ReasonSchema = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('cue'), cue: text }).strict(),
    z.object({ kind: z.literal('both'), providerCue: text, customerCue: text }).strict(),
    z
      .object({
        kind: z.literal('frame'),
        frame: text,
        scope: frameScope,
        // Files written before frames named their place have neither field.
        at: text.optional(),
        conflict: z.object({ party: z.enum(['provider', 'customer']), frame: text, scope: frameScope, at: text.optional() }).strict().optional(),
      })
      .strict(),
    z.object({ kind: z.literal('option'), cue: text }).strict(),
    z.object({ kind: z.literal('none') }).strict(),
    z.object({ kind: z.literal('reviewer'), note: text, by: text, at: isoDate }).strict(),
  ]);

  const ResponsibilitySchema = z
    .object({
      party,
      cue: text.nullable(),
      source: z.enum(['auto', 'reviewer']),
      reason: ReasonSchema,
      cues: z.array(CueSchema).max(MANY),
      sentences: z
        .array(
          z
            .object({
              start: z.number().int().min(0),
              end: z.number().int().min(0),
              party: party.nullable(),
              force: z.enum(['duty', 'option', 'none']),
              cues: z.array(CueSchema).max(MANY),
            })
            .strict(),
        )
        .max(MANY),
      override: z.object({ from: party, by: text, at: isoDate, note: text }).strict().optional(),
    })
    .strict();

  const ClauseSchema = z
    .object({
      id,
      number: text.nullable(),
      label: text.nullable(),
      heading: text.nullable(),
      kind: z.enum(['numbered', 'paragraph', 'bullet']),
      text,
      responsibility: ResponsibilitySchema.optional(),
      passage: z.enum(['front', 'heading', 'table', 'text', 'header', 'footer', 'footnote', 'endnote', 'text-box']).optional(),
      origin: OriginSchema.optional(),
      ...annotations,
    })
    .strict();

  const TomSchema = z
    .object({
      id,
      category: z.object({ number: text, title: text }).strict(),
      services: z.array(text).max(MANY),
      serviceHeading: text.nullable(),
      text,
      responsibility: ResponsibilitySchema,
      origin: OriginSchema.optional(),
      ...annotations,
    })
    .strict();

  const SectionSchema = z
    .object({ id, number: text, label: text, title: text, parts: z.array(text).max(MANY), clauses: z.array(ClauseSchema).max(MANY) })
    .strict();

  /** Some sections of a contract, or some of its measures, as a long contract crosses in parts (`shared/contract/parts.ts`). */
  const ContractPartSchema = z.union([z.object({ sections: z.array(SectionSchema).max(MANY) }).strict(), z.object({ toms: z.array(TomSchema).max(MANY) }).strict()]);

  const ContractSchema = z
    .object({
      title: text,
      reading: z.literal('outline').optional(),
      date: text.nullable(),
      dateSegments: z.array(SegmentSchema).max(MANY).optional(),
      dateOrigin: OriginSchema.optional(),
      language: z.enum(['de', 'en']),
      parties: z
        .array(
          z
            .object({
              role: z.enum(['customer', 'provider']),
              name: text,
              address: z.array(text).max(MANY),
              roleLabel: text,
              roleLine: text,
              segments: z.array(SegmentSchema).max(MANY).optional(),
              origin: OriginSchema.optional(),
              source: z.enum(['block', 'table', 'definition', 'voice', 'text']).optional(),
              cue: text.optional(),
              terms: z.array(text).max(MANY).optional(),
              heading: text.optional(),
            })
            .strict(),
        )
        .max(MANY),
      preamble: z.array(text).max(MANY),
      sections: z.array(SectionSchema).max(MANY),
      signature: z.array(text).max(MANY),
      annexes: z
        .array(
          z
            .object({
              id,
              number: text,
              label: text,
              title: text,
              items: z.array(text).max(MANY),
              isTomAnnex: z.boolean(),
              preamble: z.array(text).max(MANY),
            })
            .strict(),
        )
        .max(MANY),
      toms: z.array(TomSchema).max(MANY),
    })
    .strict();

  const DecisionBase = { id, by: text, at: isoDate, rationale: text, target: z.object({ kind: z.enum(['clause', 'tom', 'party', 'date']), id }).strict() };

  const DecisionSchema = z.discriminatedUnion('action', [
    z
      .object({
        ...DecisionBase,
        action: z.enum(['accept', 'reject']),
        change: z.object({ id, kind: z.enum(['insert', 'delete']), author: text, date: isoDate, text, whole: z.boolean() }).strict(),
        answer: text.optional(),
      })
      .strict(),
    z.object({ ...DecisionBase, action: z.enum(['override', 'reset']), from: party, to: party }).strict(),
  ]);

  const VersionSchema = z
    .object({ id, name: text, author: text, date: isoDate, contract: ContractSchema, decisions: z.array(DecisionSchema).max(MANY) })
    .strict();

  const ReviewSchema = z
    .object({
      format: z.literal(REVIEW_FORMAT),
      version: z.literal(REVIEW_VERSION),
      contract: ContractSchema,
      source: z
        .object({
          kind: z.enum(['template', 'text', 'markdown', 'docx', 'review']),
          name: text,
          package: SourcePackageSchema.optional(),
        })
        .strict(),
      decisions: z.array(DecisionSchema).max(MANY),
      versions: z.array(VersionSchema).max(1000),
      checklist: z
        .array(z.object({ itemId: id, status: z.enum(['covered', 'weak', 'missing']), note: text, by: text, at: isoDate }).strict())
        .max(MANY),
      createdAt: isoDate,
      updatedAt: isoDate,
    })
    .strict();

  // What is checked from outside this module: a review, what the window sends of one, and the segment for the type check below.
  return { SegmentSchema, SourcePackageSchema, ContractPartSchema, ContractSchema, DecisionSchema, ReviewSchema };
}

export type ReviewSchemas = ReturnType<typeof build>;

let built: ReviewSchemas | undefined;

export function reviewSchemas(): ReviewSchemas {
  built ??= build();
  return built;
}

// The schema and the hand-written types must describe the same JSON.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
export const schemaMatchesTypes: [
  Same<DeepMutable<z.infer<ReviewSchemas['ReviewSchema']>>, DeepMutable<Review>>,
  Same<DeepMutable<z.infer<ReviewSchemas['ContractSchema']>>, DeepMutable<Contract>>,
  Same<DeepMutable<z.infer<ReviewSchemas['SegmentSchema']>>, DeepMutable<Segment>>,
] = [true, true, true];
