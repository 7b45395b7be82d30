/**
 * Their markup wherever it sits. A paragraph no clause or measure took (the title, a heading,
 * the preamble, a table cell the parser read as a heading, the signature, a header, a footer,
 * a footnote, a text box) may still carry tracked changes or comments. Each such paragraph
 * becomes a passage: a clause of its own, marked with its place, in the section it stands in,
 * so its changes are shown as changes (never as current text) and can be accepted or rejected,
 * and its comments stay on its words.
 */
import type { Clause, PassagePlace, Section } from '../../contract';
import type { DocxParagraph } from '../read/body';
import type { Piece } from './pieces';
import type { ParagraphView } from './paragraphView';
import type { LineSource } from './sourceLines';
import type { SourceMapper } from './sourceMapping';

export interface PassageCandidate {
  readonly view: ParagraphView;
  /** Its lines, as `SourceMapper.map` reads them. */
  readonly pieces: Piece[][];
  /** Reading order: the index of its first line's source. */
  readonly position: number;
  readonly place: PassagePlace;
}

function carriesRevision(view: ParagraphView): boolean {
  return view.segments.some((segment) => segment.kind !== 'equal' && segment.text.trim() !== '');
}

/**
 * The paragraphs no target touched that carry a revision or a comment mark, in reading order.
 * `commented`: paragraphs with a comment mark.
 */
export function passageCandidates(
  sources: readonly LineSource[],
  lineTexts: readonly string[],
  mapper: SourceMapper,
  places: ReadonlyMap<ParagraphView, PassagePlace>,
  commented: ReadonlySet<DocxParagraph>,
): PassageCandidate[] {
  const found = new Map<ParagraphView, { pieces: Piece[][]; position: number }>();
  sources.forEach((source, index) => {
    const view = source.view;
    let entry = found.get(view);
    if (!entry) {
      if (mapper.isTouched(view) || !(carriesRevision(view) || commented.has(view.paragraph))) return;
      entry = { pieces: [], position: index };
      found.set(view, entry);
    }
    entry.pieces.push([{ kind: 'source', source: index, from: 0, to: lineTexts[index]!.length }]);
  });
  return [...found].map(([view, entry]) => ({ view, ...entry, place: places.get(view) ?? 'text' }));
}

export interface PlacedClause {
  readonly clause: Clause;
  /** Reading order of its first line, or null when it has none. */
  readonly position: number | null;
}

/**
 * The passages put into the sections they stand in: after the last clause that comes before
 * them, before the first section's clauses when nothing does, in a section of their own when
 * the contract has none.
 */
export function placePassages(sections: readonly Section[], positions: ReadonlyMap<string, number>, passages: readonly PlacedClause[]): Section[] {
  if (passages.length === 0) return [...sections];
  if (sections.length === 0) return [{ id: 'docx-passages', number: '1', label: '', title: '', parts: [], clauses: passages.map((passage) => passage.clause) }];
  const slots: { section: number; clause: Clause; position: number }[] = [];
  let last = -1;
  sections.forEach((section, index) => {
    for (const clause of section.clauses) {
      last = positions.get(clause.id) ?? last;
      slots.push({ section: index, clause, position: last });
    }
  });
  const lists: Clause[][] = sections.map(() => []);
  let at = 0;
  const sorted = [...passages].sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
  let section = 0;
  for (const passage of sorted) {
    const position = passage.position ?? Infinity;
    while (at < slots.length && slots[at]!.position <= position) {
      section = slots[at]!.section;
      lists[section]!.push(slots[at]!.clause);
      at++;
    }
    // A heading's changes open the section it heads, not the end of the one before.
    const next = slots[at];
    lists[passage.clause.passage === 'heading' && next ? next.section : section]!.push(passage.clause);
  }
  for (; at < slots.length; at++) lists[slots[at]!.section]!.push(slots[at]!.clause);
  return sections.map((entry, index) => ({ ...entry, clauses: lists[index]! }));
}
