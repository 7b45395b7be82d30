/**
 * Reading and writing `.clausemark` files: JSON with a format tag and a schema version.
 * Older versions are migrated step by step; a newer version than this app knows, or
 * anything that does not fit the schema, is refused with where and what is wrong.
 */
import { REVIEW_FORMAT, REVIEW_VERSION, type Review } from './model';
import { INVALID } from 'zod';
import { reviewSchemas } from './schema';
import { compiledReviewParse } from './reviewParser.generated';
import { contradictionIn } from './consistency';

export { newReview } from './newReview';

/**
 * What is wrong at a place in a review file, as a word the UI translates (the schema's own
 * message is English): a value missing, of the wrong type or not accepted; tracked changes
 * that do not mark up the text they belong to; or JSON that ends early or breaks off.
 */
export type ReviewFileProblem = 'missing' | 'wrong-type' | 'invalid-value' | 'contradicts' | 'cut-off' | 'broken';

export type ReviewFileError =
  | { readonly code: 'not-json' }
  | { readonly code: 'not-a-review' }
  | { readonly code: 'future-version'; readonly version: number }
  | { readonly code: 'invalid'; readonly path: string; readonly problem: ReviewFileProblem; readonly message: string }
  /** A review file whose JSON ends early (`cut-off`) or breaks off (`broken`) at a line and column. */
  | { readonly code: 'damaged'; readonly problem: 'cut-off' | 'broken'; readonly line: number; readonly column: number };

export type ReviewFileResult = { readonly ok: true; readonly review: Review } | { readonly ok: false; readonly error: ReviewFileError };

/** Steps from one schema version to the next: `MIGRATIONS[n]` turns version n into n + 1. */
const MIGRATIONS: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {
  // 1 → 2: a sentence's reading names where it ends instead of repeating its words.
  1: withSentenceEnds,
  // 2 → 3: a review from a Word document may keep that document (`source.package`) and where
  // each item came from in it (`origin`); both are new and optional, so a version 2 file reads as it is.
  2: (raw) => raw,
};

/** A JSON object, or null for anything else. */
function objectOr(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A version 1 file with `end` for `text` in every sentence reading (`{ text, start, party,
 * force, cues }`): those of the contract's clauses and measures, and of every saved version's.
 * What does not have the expected shape is left as it is, for the schema to name.
 */
function withSentenceEnds(raw: Record<string, unknown>): Record<string, unknown> {
  const responsibilities: Record<string, unknown>[] = [];
  const contracts = [raw['contract'], ...listOf(raw['versions']).map((version) => objectOr(version)?.['contract'])];
  for (const contract of contracts.map(objectOr)) {
    if (!contract) continue;
    const clauses = listOf(contract['sections']).flatMap((section) => listOf(objectOr(section)?.['clauses']));
    for (const holder of [...clauses, ...listOf(contract['toms'])]) {
      const responsibility = objectOr(objectOr(holder)?.['responsibility']);
      if (responsibility) responsibilities.push(responsibility);
    }
  }
  // The file was parsed for this migration alone: its objects are changed in place.
  for (const responsibility of responsibilities) {
    responsibility['sentences'] = listOf(responsibility['sentences']).map((sentence) => {
      const reading = objectOr(sentence);
      if (!reading || typeof reading['text'] !== 'string' || typeof reading['start'] !== 'number') return sentence;
      const { text, ...rest } = reading;
      return { ...rest, end: reading['start'] + text.length };
    });
  }
  return raw;
}

/** The format tag near the start: a file that carries it and is no JSON is a damaged review, not some other file. */
const FORMAT_TAG = new RegExp(`"format"\\s*:\\s*"${REVIEW_FORMAT}"`, 'u');

/** Where JSON.parse stopped, as V8 says it (`… in JSON at position 57`, or `Unexpected end of JSON input`). */
function damageOf(text: string, error: unknown): Extract<ReviewFileError, { code: 'damaged' }> {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/u.exec(message);
  const at = position ? Math.min(Number(position[1]), text.length) : text.length;
  const ended = !position || /end of JSON|Unterminated/u.test(message) || text.slice(at).trim() === '';
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < at; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { code: 'damaged', problem: ended ? 'cut-off' : 'broken', line, column: at - lineStart + 1 };
}

export function parseReviewFile(text: string): ReviewFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: FORMAT_TAG.test(text.slice(0, 4096)) ? damageOf(text, error) : { code: 'not-json' } };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== REVIEW_FORMAT) {
    return { ok: false, error: { code: 'not-a-review' } };
  }
  let current = raw as Record<string, unknown>;
  const version = current['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: { code: 'not-a-review' } };
  if (version > REVIEW_VERSION) return { ok: false, error: { code: 'future-version', version } };
  for (let step = version; step < REVIEW_VERSION; step++) {
    const migrate = MIGRATIONS[step];
    if (!migrate) return { ok: false, error: { code: 'not-a-review' } };
    current = { ...migrate(current), version: step + 1 };
  }
  // The parser compiled from the schema answers for a file that fits; the schema's own parse
  // says what is wrong with one that does not.
  const compiled: unknown = compiledReviewParse(current);
  const parsed = compiled === INVALID ? reviewSchemas().ReviewSchema.safeParse(current) : { success: true as const, data: compiled as Review };
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const problem: ReviewFileProblem = valueAt(current, issue.path) === undefined ? 'missing' : issue.code === 'invalid_type' ? 'wrong-type' : 'invalid-value';
    return { ok: false, error: { code: 'invalid', path: issue.path.map(String).join('.') || '(file)', problem, message: issue.message } };
  }
  const contradiction = contradictionIn(parsed.data);
  if (contradiction) return { ok: false, error: { code: 'invalid', path: contradiction, problem: 'contradicts', message: 'tracked changes do not mark up the text' } };
  return { ok: true, review: parsed.data };
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function serializeReview(review: Review): string {
  // Compact: indenting doubled a large review's file (the readings of 130,000 clauses: 147 MB against 66).
  // The compiled parser checks a review that fits; the schema's parse throws for one that does not.
  const compiled: unknown = compiledReviewParse(review);
  return `${JSON.stringify(compiled === INVALID ? reviewSchemas().ReviewSchema.parse(review) : compiled)}\n`;
}
