/**
 * How a heading is written so that it reads back as the same heading: `label title` on
 * one line where the parser takes the label and the title apart again (`3 Gegenstand`,
 * `§ 3 Pflichten`, `Anlage I Daten-Typen`), else the label and the title on two lines of
 * one paragraph (`Clause 5 - Optional` / `Docking clause`), as the contract had them.
 */
import { matchAnnexHeading, matchSectionHeading, toUnits } from '../../parse';

function joined(label: string, title: string): string {
  return [label, title].filter((part) => part !== '').join(' ');
}

/** The lines of a section heading. */
export function sectionHeadingLines(label: string, title: string): string[] {
  if (label === '' || title === '') return [joined(label, title)];
  const [unit] = toUnits(joined(label, title));
  const heading = unit ? matchSectionHeading({ ...unit, markdownHeading: 1 }, undefined) : null;
  return heading && heading.label === label && heading.title === title ? [joined(label, title)] : [label, title];
}

/** The lines of an annex heading. */
export function annexHeadingLines(label: string, title: string): string[] {
  if (label === '' || title === '') return [joined(label, title)];
  const [unit] = toUnits(joined(label, title));
  const heading = unit ? matchAnnexHeading({ ...unit, markdownHeading: 1 }, undefined) : null;
  return heading && heading.label === label && heading.title === title ? [joined(label, title)] : [label, title];
}
