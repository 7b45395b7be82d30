/**
 * Ids for imported changes: from Word's `w:id`, unique per document, with a suffix where
 * one revision spans several clauses (the redline model wants each segment's id unique).
 */
import type { Revision } from '../read/revisions';

const WORD_ID = /^-?\d{1,20}$/u;

export class RevisionIds {
  private readonly used = new Map<string, number>();
  private anonymous = 0;

  next(revision: Revision | undefined): string {
    // Word's ids are numbers (ST_DecimalNumber); anything else of any length is numbered anew.
    const base = revision && WORD_ID.test(revision.id) ? `docx-${revision.id}` : `docx-n${++this.anonymous}`;
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}
