/**
 * Where the parts of a parsed contract came from: the units behind each clause line,
 * measure, party and the date. The text parser does not need them; a DOCX import does,
 * to carry each paragraph's tracked changes and comments to the clause they ended up in.
 */
import type { Unit } from './units';

/** How a unit is written into a text: `text` without its marker, `full` with it, `bullet` as `- ` + text. */
export type LineForm = 'text' | 'full' | 'bullet';

/** One line of a clause, or a measure: the unit and how its text was written (the text may be a suffix of it). */
export interface LineOrigin {
  readonly unit: Unit;
  readonly form: LineForm;
  /** Where in `writtenAs(origin)` the text lies, when it is one of several read from the unit (a list of measures in one paragraph). */
  readonly span?: { readonly start: number; readonly end: number };
}

export interface ContractOrigins {
  /** By clause id: the units of its lines; `origins.map(writtenAs).join('\n')` is the clause's text. */
  readonly clauses: ReadonlyMap<string, readonly LineOrigin[]>;
  /** By measure id: the measure's text is `writtenAs(origin)`, its end (after a service heading on the same line) or its `span`. */
  readonly toms: ReadonlyMap<string, LineOrigin>;
  /** Per party, in order: the units of its block (name, address and role lines). */
  readonly parties: readonly (readonly Unit[])[];
  readonly date: Unit | null;
}

/** The string a unit contributes in a given form. */
export function writtenAs(origin: LineOrigin): string {
  if (origin.form === 'bullet') return `- ${origin.unit.text}`;
  return origin.form === 'full' ? origin.unit.full : origin.unit.text;
}
