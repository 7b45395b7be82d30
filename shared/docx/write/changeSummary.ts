/**
 * What is pending in a contract, for the cover page and the export dialog: insertions and
 * deletions per author (a clause or measure added or deleted whole counts once), where
 * they are, and how many comments would leave.
 */
import { citeClause, type Annotations, type Contract, type Segment, type Citation } from '../../contract';

export interface AuthorChanges {
  readonly author: string;
  readonly insertions: number;
  readonly deletions: number;
}

export interface ChangeSummary {
  readonly authors: readonly AuthorChanges[];
  readonly pending: number;
  /** Clauses by citation (`3.2`, "new after 6.2"), then `measures` for the measures, in document order. */
  readonly clauses: readonly Citation[];
  readonly measures: number;
  readonly externalComments: number;
  readonly internalComments: number;
}

export function summarizeChanges(contract: Contract): ChangeSummary {
  const byAuthor = new Map<string, { insertions: number; deletions: number }>();
  const count = (kind: 'insert' | 'delete', author: string) => {
    const entry = byAuthor.get(author) ?? { insertions: 0, deletions: 0 };
    if (kind === 'insert') entry.insertions++;
    else entry.deletions++;
    byAuthor.set(author, entry);
  };
  const countSegments = (segments: readonly Segment[] | undefined): boolean => {
    let changed = false;
    for (const segment of segments ?? []) {
      if (segment.kind === 'equal' || segment.text === '') continue;
      count(segment.kind, segment.author ?? '');
      changed = true;
    }
    return changed;
  };
  const countItem = (item: Annotations): boolean => {
    if (item.change) {
      count(item.change.kind, item.change.author);
      return true;
    }
    return countSegments(item.segments);
  };
  let externalComments = 0;
  let internalComments = 0;
  const countComments = (item: Annotations) => {
    for (const comment of item.comments ?? []) {
      if (comment.visibility === 'external') externalComments++;
      else internalComments++;
    }
  };
  countSegments(contract.dateSegments);
  for (const party of contract.parties) countSegments(party.segments);
  const clauses: Citation[] = [];
  for (const section of contract.sections) {
    for (const clause of section.clauses) {
      if (countItem(clause)) clauses.push(citeClause(section, clause));
      countComments(clause);
    }
  }
  let measures = 0;
  for (const tom of contract.toms) {
    if (countItem(tom)) measures++;
    countComments(tom);
  }
  const authors = [...byAuthor].map(([author, counts]) => ({ author, ...counts })).sort((a, b) => a.author.localeCompare(b.author));
  return {
    authors,
    pending: authors.reduce((sum, entry) => sum + entry.insertions + entry.deletions, 0),
    clauses,
    measures,
    externalComments,
    internalComments,
  };
}
