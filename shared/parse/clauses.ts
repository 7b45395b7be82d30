/**
 * Clauses of one section. With numbered sub-clauses, each is a clause and carries the
 * bullets, deeper items and paragraphs that follow it; without them, each paragraph and
 * each bullet is a clause of its own.
 */
import { markerDepth, type Clause, type Marker, type MarkerStyle } from '../contract';
import type { LineOrigin } from './origins';
import { wordCount, type Unit } from './units';
import { latin } from '../text';

interface Draft {
  number: string | null;
  label: string | null;
  heading: string | null;
  kind: Clause['kind'];
  lines: string[];
  origins: LineOrigin[];
  /** The table the clause holds, whose rows and cells all belong to it. */
  table?: number;
}

/** How a unit reads inside a clause's text: bullets as `- `, deeper items with their marker. */
export function lineOf(unit: Unit): string {
  if (unit.bullet) return `- ${unit.text}`;
  return unit.full;
}

function originOf(unit: Unit): LineOrigin {
  return { unit, form: unit.bullet ? 'bullet' : 'full' };
}

const UPPER_START = latin(/^\p{Lu}/u);

function isSubHeading(text: string): boolean {
  return wordCount(text) <= 8 && !/[.:;,!?]$/u.test(text) && UPPER_START.test(text);
}

/** A line after a manual line break (`Funktion: Hosting` / `Garantie: SCC`) is more of the paragraph above, not a paragraph of its own. */
function continuesParagraph(unit: Unit, last: Draft): boolean {
  const above = last.origins[last.origins.length - 1]?.unit;
  return unit.lineBreak === true && !unit.bullet && unit.marker === null && !unit.cell && last.kind === 'paragraph' && above !== undefined && above.block === unit.block;
}

/** The clauses, and for each the units behind its lines (see `ContractOrigins`). */
export function buildClausesWithOrigins(sectionId: string, units: readonly Unit[]): { clauses: Clause[]; origins: (readonly LineOrigin[])[] } {
  const top = units.find((unit) => unit.marker !== null);
  const topStyle: MarkerStyle | null = top?.marker?.style ?? null;
  const topDepth = top?.marker ? markerDepth(top.marker) : 0;
  const topIndent = top?.indent ?? 0;
  // `2.2.1` under `2.2` belongs to it: a clause opens at the style and depth of the section's first number.
  const atClauseLevel = (unit: Unit | undefined): unit is Unit & { marker: Marker } =>
    unit?.marker !== null && unit?.marker !== undefined && unit.marker.style === topStyle && markerDepth(unit.marker) === topDepth && unit.indent <= topIndent + 1;
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  // A heading inside a section (`### Serverstandort`) is no clause: it heads the clause under it.
  let heading: string | null = null;
  // The indent of the list item last made a clause: items indented under it belong to it.
  let itemIndent: number | null = null;

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (atClauseLevel(unit)) {
      const next = units[i + 1];
      const nextOpens = next === undefined || atClauseLevel(next);
      const heading = !nextOpens && isSubHeading(unit.text) ? unit.text : null;
      current = {
        number: unit.marker.number,
        label: unit.marker.label,
        heading,
        kind: 'numbered',
        lines: heading === null ? [unit.text] : [],
        origins: heading === null ? [{ unit, form: 'text' }] : [],
      };
      drafts.push(current);
      continue;
    }
    if (current === null) {
      // No numbered clause yet: each paragraph and each bullet stands alone; a table is one clause.
      const last = drafts[drafts.length - 1];
      if (unit.cell && last?.table === unit.cell.table) {
        last.lines.push(lineOf(unit));
        last.origins.push(originOf(unit));
        continue;
      }
      if (unit.markdownHeading > 0 && !unit.cell && i < units.length - 1) {
        heading = heading === null ? unit.text : `${heading} – ${unit.text}`;
        continue;
      }
      const listItem = unit.bullet || unit.marker !== null;
      if (last && continuesParagraph(unit, last)) {
        last.lines.push(lineOf(unit));
        last.origins.push(originOf(unit));
        continue;
      }
      if (listItem && last && itemIndent !== null && unit.indent > itemIndent + 1) {
        last.lines.push(lineOf(unit));
        last.origins.push(originOf(unit));
        continue;
      }
      itemIndent = listItem ? unit.indent : null;
      drafts.push({
        ...(unit.cell ? { table: unit.cell.table } : {}),
        number: null,
        label: null,
        heading,
        kind: unit.bullet ? 'bullet' : 'paragraph',
        lines: [lineOf(unit)],
        origins: [originOf(unit)],
      });
      heading = null;
      continue;
    }
    current.lines.push(lineOf(unit));
    current.origins.push(originOf(unit));
  }

  const clauses: Clause[] = drafts.map((draft, index) => ({
    id: `${sectionId}-c${index + 1}`,
    number: draft.number,
    label: draft.label,
    heading: draft.heading,
    kind: draft.kind,
    text: draft.lines.join('\n'),
  }));
  return { clauses, origins: drafts.map((draft) => draft.origins) };
}
