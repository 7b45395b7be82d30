/**
 * How a clause is cited, everywhere a clause is named (the reader, the Changes tab, the
 * comparison, the report, the DOCX cover, the checklist): by the number the reader shows
 * it with (`9.2`, `8(a)`), a paragraph by its place (`5 ¶4`), and a clause added as a
 * tracked change that shows no number by where it was added ("new after 6.2").
 */
import type { Clause, Section } from './model';
import { displayLabels, type MarkupView } from './numbering';
import { matchMarker } from './markers';

/** `9.2`, `8(a)`, `5 ¶4` — the same in every language — or where a clause without a number was added. */
export type Citation = string | AddedCitation;

/** After or before the nearest clause cited by its number, or only in its section (`ref` is then the section's number). */
export interface AddedCitation {
  readonly place: 'after' | 'before' | 'in';
  readonly ref: string;
}

export function clauseReference(sectionNumber: string, clauseNumber: string | null): string {
  if (clauseNumber === null || clauseNumber === '') return sectionNumber;
  if (clauseNumber.startsWith(`${sectionNumber}.`)) return clauseNumber;
  if (/^\d/u.test(clauseNumber)) return `${sectionNumber}.${clauseNumber}`;
  return `${sectionNumber}(${clauseNumber})`;
}

/** The number a clause shows under `label`: its own, or the one its section's numbering gave it in place. */
function shownNumber(clause: Clause, label: string | null | undefined): string | null {
  if (label === null || label === undefined) return null;
  if (label === clause.label) return clause.number;
  return matchMarker(label)?.number ?? clause.number;
}

function citeSection(section: Section, view: MarkupView): Map<string, Citation> {
  const labels = displayLabels(section, view);
  const citations = new Map<string, Citation>();
  const unnumbered: number[] = [];
  // Paragraphs are counted without pending additions, so that adding one leaves the others' citations as they were.
  let paragraph = 0;
  section.clauses.forEach((clause, index) => {
    const added = clause.change?.kind === 'insert';
    if (!added) paragraph++;
    const number = shownNumber(clause, labels.get(clause.id));
    if (number !== null) citations.set(clause.id, clauseReference(section.number, number));
    else if (!added) citations.set(clause.id, `${section.number} ¶${paragraph}`);
    else unnumbered.push(index);
  });
  const clauses = section.clauses;
  const numbered = (index: number) => {
    const citation = citations.get(clauses[index]!.id);
    return typeof citation === 'string' ? citation : null;
  };
  for (const index of unnumbered) {
    let before: string | null = null;
    for (let at = index - 1; at >= 0 && before === null; at--) before = numbered(at);
    let after: string | null = null;
    for (let at = index + 1; at < clauses.length && after === null && before === null; at++) after = numbered(at);
    const citation: AddedCitation = before !== null ? { place: 'after', ref: before } : after !== null ? { place: 'before', ref: after } : { place: 'in', ref: section.number };
    citations.set(clauses[index]!.id, citation);
  }
  return citations;
}

// Sections are immutable values: their citations are worked out once per section and view, not once per clause.
const cache = new WeakMap<Section, Map<MarkupView, Map<string, Citation>>>();

/**
 * The clause as the reader shows it in `view` (*All markup* unless said otherwise): a clause
 * added after 6.2 of a section numbered 1, 2 is 6.3, as its number shows it, and those
 * after it move up until the addition is rejected — Word's automatic numbering does the same.
 */
export function citeClause(section: Section, clause: Clause, view: MarkupView = 'all'): Citation {
  let byView = cache.get(section);
  if (!byView) cache.set(section, (byView = new Map()));
  let citations = byView.get(view);
  if (!citations) byView.set(view, (citations = citeSection(section, view)));
  return citations.get(clause.id) ?? section.number;
}

export type CitationTranslate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** The citation in words: `6.3`, or "new after 6.2" / "neu nach 6.2". */
export function citationText(citation: Citation, t: CitationTranslate): string {
  if (typeof citation === 'string') return citation;
  return t(`reference.added.${citation.place}`, { ref: citation.ref });
}

export function sameCitation(a: Citation, b: Citation): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.place === b.place && a.ref === b.ref;
}

/** `3 Technisch-organisatorische Maßnahmen …`, `Clause 5 - Optional Docking clause`, or the title alone. */
export function sectionHeading(section: Section): string {
  return [section.label, section.title].filter((part) => part !== '').join(' ');
}
