/**
 * A review's tracked changes mark up its text: the current text of a clause's or measure's
 * segments (equal and inserted) is its `text`, a party's is its name block, the date's is the
 * date. A file where they disagree would be judged on one and exported as the other (the
 * checklist reading "kurz", the DOCX carrying the whole clause), so it is refused, naming where.
 */
import { partyText, type Contract, type Segment } from '../contract';
import { currentText } from '../redline';
import type { Review } from './model';

function agrees(segments: readonly Segment[] | undefined, text: string | null): boolean {
  return segments === undefined || currentText(segments) === (text ?? '');
}

/** The path (as the schema names places) of the first item whose segments contradict its text, or null. */
function contradictionInContract(contract: Contract, at: string): string | null {
  for (const [index, party] of contract.parties.entries()) if (!agrees(party.segments, partyText(party))) return `${at}.parties.${index}.segments`;
  if (!agrees(contract.dateSegments, contract.date)) return `${at}.dateSegments`;
  for (const [sectionIndex, section] of contract.sections.entries()) {
    for (const [index, clause] of section.clauses.entries()) {
      if (!agrees(clause.segments, clause.text)) return `${at}.sections.${sectionIndex}.clauses.${index}.segments`;
    }
  }
  for (const [index, tom] of contract.toms.entries()) if (!agrees(tom.segments, tom.text)) return `${at}.toms.${index}.segments`;
  return null;
}

export function contradictionIn(review: Review): string | null {
  const own = contradictionInContract(review.contract, 'contract');
  if (own) return own;
  for (const [index, version] of review.versions.entries()) {
    const found = contradictionInContract(version.contract, `versions.${index}.contract`);
    if (found) return found;
  }
  return null;
}
