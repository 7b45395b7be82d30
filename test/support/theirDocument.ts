/**
 * A real Word document (`test/fixtures/docx/va-solicitation-by-word.docx`) opened as a
 * review and redlined: one word replaced, an external comment on some words, an internal
 * note. For the tests of the export into the review's own document.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Clause } from '../../shared/contract/model';
import { loadDocx } from '../../shared/documents/loadDocx';
import type { Review } from '../../shared/review/model';
import { addComment, editText } from '../../shared/review/operations';

export const THEIR_FILE = resolve(import.meta.dirname, '../fixtures/docx/va-solicitation-by-word.docx');
export const DPO = 'Dana Vogt';
export const EXTERNAL_COMMENT = 'Please name the site of each clinic.';
export const INTERNAL_NOTE = 'Nur intern: Standortliste fehlt';
/** The clause we change, the word in it and what we write instead. */
export const CHANGED = { find: 'located at 6900 North Pecos Road', word: 'located', replacement: 'situated' };
export const COMMENTED_WORDS = 'North Las Vegas, Nevada';

export function theirReview(): Review {
  const loaded = loadDocx(new Uint8Array(readFileSync(THEIR_FILE)), 'va-solicitation-by-word.docx', '2026-12-01T09:00:00.000Z');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.review;
}

/** The clause we change, before or after: by the words of it we leave alone. */
export function changedClause(review: Review): Clause {
  const rest = CHANGED.find.replace(CHANGED.word, '');
  return review.contract.sections.flatMap((section) => section.clauses).find((clause) => clause.text.includes(rest))!;
}

/** Their review with our redline: the word replaced, the external comment on `COMMENTED_WORDS`, the internal note on the clause. */
export function redlined(review = theirReview()): Review {
  let id = 0;
  const context = { author: DPO, now: '2026-12-02T10:30:00.000Z', newId: () => `ours-${++id}` };
  const clause = changedClause(review);
  let next = editText(review, { kind: 'clause', id: clause.id }, clause.text.replace(CHANGED.word, CHANGED.replacement), context);
  const text = changedClause(next).text;
  const start = text.indexOf(COMMENTED_WORDS);
  next = addComment(next, { kind: 'clause', id: clause.id }, { text: EXTERNAL_COMMENT, visibility: 'external', anchor: { start, end: start + COMMENTED_WORDS.length, quote: COMMENTED_WORDS } }, context).review;
  return addComment(next, { kind: 'clause', id: clause.id }, { text: INTERNAL_NOTE, visibility: 'internal' }, context).review;
}

export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

const PARAGRAPH = /<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/gu;

/** The main part's paragraphs as written, and what lies between them. */
export function paragraphsOf(documentXml: string): { readonly paragraphs: string[]; readonly between: string } {
  const paragraphs = documentXml.match(PARAGRAPH) ?? [];
  return { paragraphs, between: documentXml.replace(PARAGRAPH, '<p/>') };
}

export function text(bytes: Uint8Array | undefined): string {
  return new TextDecoder().decode(bytes);
}

/** A contract without where its items came from in a Word document: for comparing with one read from text. */
export function withoutOrigins<T>(contract: T): T {
  return JSON.parse(JSON.stringify(contract), (key, value: unknown) => (key === 'origin' || key === 'dateOrigin' ? undefined : value)) as T;
}
