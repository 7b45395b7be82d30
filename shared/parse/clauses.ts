/**
 * Clauses of one section. With numbered sub-clauses, each is a clause and carries the
 * bullets, deeper items and paragraphs that follow it; without them, each paragraph and
 * each bullet is a clause of its own.
 */
import type { Clause } from '../contract/model';
import { markerDepth, type Marker, type MarkerStyle } from './markers';
import type { LineOrigin } from './origins';
import { wordCount, type Unit } from './units';
import { latin } from '../text/latin';

interface Draft {
  number: string | null;
  label: string | null;
  heading: string | null;
  kind: Clause['kind'];
  lines: string[];
  origins: LineOrigin[];
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

export function buildClauses(sectionId: string, units: readonly Unit[]): Clause[] {
  return buildClausesWithOrigins(sectionId, units).clauses;
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
      // No numbered clause yet: each paragraph and each bullet stands alone.
      drafts.push({
        number: null,
        label: null,
        heading: null,
        kind: unit.bullet ? 'bullet' : 'paragraph',
        lines: [lineOf(unit)],
        origins: [originOf(unit)],
      });
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
