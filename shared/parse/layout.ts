/**
 * The layout of a contract: front matter, sections, signature block and annexes,
 * found from the headings. Numbered sections must count up (1, 2, 3 …) so that a
 * date (`9. Juni 2018`) or a short numbered clause is not taken for a heading.
 */
import {
  ANNEX_TITLE_WORDS,
  isPlainHeading,
  isSignatureLine,
  isTitleLine,
  matchAnnexHeading,
  matchPartHeading,
  matchSectionHeading,
  type AnnexHeading,
  type SectionHeading,
} from './headings';
import { repairPageBreaks, toUnits, type Unit } from './units';

export interface RawSection {
  readonly number: string;
  readonly label: string;
  readonly title: string;
  readonly parts: readonly string[];
  readonly units: readonly Unit[];
}

export interface RawAnnex {
  readonly heading: AnnexHeading;
  readonly title: string;
  readonly units: readonly Unit[];
}

export interface Layout {
  readonly front: readonly Unit[];
  readonly sections: readonly RawSection[];
  readonly signature: readonly Unit[];
  readonly annexes: readonly RawAnnex[];
}

/** Headings a page-break repair must not join; a numbered item (`1. …`) never joins as the tail anyway. */
function isAnyHeading(unit: Unit): boolean {
  if (unit.marker) return false;
  return (
    matchSectionHeading(unit, undefined) !== null ||
    matchAnnexHeading(unit, undefined) !== null ||
    matchPartHeading(unit, undefined) !== null
  );
}

export function layoutContract(text: string): Layout {
  return layoutUnits(toUnits(text));
}

/** The layout of units made elsewhere (a DOCX's paragraphs), by the same rules as for text. */
export function layoutUnits(raw: readonly Unit[]): Layout {
  const units = repairPageBreaks(raw, isAnyHeading);
  const annexStart = units.findIndex((unit, i) => matchAnnexHeading(unit, units[i + 1]) !== null);
  const body = annexStart < 0 ? units : units.slice(0, annexStart);
  const annexUnits = annexStart < 0 ? [] : units.slice(annexStart);

  let found = findNumberedSections(body);
  if (found.sections.length < 2) {
    const plain = findPlainSections(body);
    if (plain.sections.length > found.sections.length) found = plain;
  }
  const { front, sections } = found;
  const { kept, signature } = splitSignature(sections);
  return { front, sections: kept, signature, annexes: findAnnexes(annexUnits) };
}

interface Found {
  readonly front: Unit[];
  readonly sections: RawSection[];
}

interface OpenSection {
  number: string;
  label: string;
  title: string;
  parts: string[];
  units: Unit[];
}

function findNumberedSections(body: readonly Unit[]): Found {
  const front: Unit[] = [];
  const sections: OpenSection[] = [];
  let pendingParts: string[] = [];
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    const unit = body[i]!;
    const next = body[i + 1];
    const current = sections[sections.length - 1];
    const heading = matchSectionHeading(unit, next);
    if (heading && acceptsHeading(heading, last, current, unit)) {
      let title = heading.title;
      if (title === '' && next && !unit.lastInBlock && isTitleLine(next)) {
        title = next.text;
        i++;
      }
      sections.push({ number: heading.number, label: heading.label, title, parts: pendingParts, units: [] });
      pendingParts = [];
      last = heading.ordinal;
      continue;
    }
    const part = matchPartHeading(unit, next);
    if (part && sections.length > 0) {
      let title = part.title;
      if (title === '' && next && !unit.lastInBlock && isTitleLine(next)) {
        title = next.text;
        i++;
      }
      pendingParts.push(title ? `${part.label} – ${title}` : part.label);
      continue;
    }
    if (current) current.units.push(unit);
    else front.push(unit);
  }
  // Group headings above the first section belong to it, not to the front matter.
  return { front: hoistFrontParts(front, sections), sections };
}

function hoistFrontParts(front: Unit[], sections: OpenSection[]): Unit[] {
  const first = sections[0];
  if (!first) return front;
  const kept: Unit[] = [];
  const parts: string[] = [];
  for (let i = 0; i < front.length; i++) {
    const unit = front[i]!;
    const next = front[i + 1];
    const part = matchPartHeading(unit, next);
    if (part) {
      let title = part.title;
      if (title === '' && next && !unit.lastInBlock && isTitleLine(next)) {
        title = next.text;
        i++;
      }
      parts.push(title ? `${part.label} – ${title}` : part.label);
    } else {
      kept.push(unit);
    }
  }
  first.parts = [...parts, ...first.parts];
  return kept;
}

function acceptsHeading(heading: SectionHeading, last: number, current: OpenSection | undefined, unit: Unit): boolean {
  if (heading.strong) return heading.ordinal > last;
  if (heading.ordinal !== last + 1) return false;
  // `4. Sonstiges` after clauses `1.`–`3.` of the same style continues the list.
  if (current && unit.marker?.style === 'decimal') {
    const clauseNumbers = current.units.filter((u) => u.marker?.style === 'decimal').map((u) => Number(u.marker!.number));
    if (clauseNumbers.length > 0 && clauseNumbers[clauseNumbers.length - 1] === heading.ordinal - 1) return false;
  }
  return true;
}

/**
 * For contracts whose headings carry no numbers: a heading followed by text opens a
 * section, headings directly above it are its group headings.
 */
function findPlainSections(body: readonly Unit[]): Found {
  const front: Unit[] = [];
  const sections: OpenSection[] = [];
  let pending: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const unit = body[i]!;
    const titleOfDocument = i === 0 && (unit.markdownHeading === 1 || isPlainHeading(unit));
    if (!titleOfDocument && isPlainHeading(unit)) {
      const next = body[i + 1];
      if (next && isPlainHeading(next)) {
        pending.push(unit.text);
        continue;
      }
      sections.push({ number: String(sections.length + 1), label: '', title: unit.text, parts: pending, units: [] });
      pending = [];
      continue;
    }
    const current = sections[sections.length - 1];
    if (current) current.units.push(unit);
    else front.push(unit);
  }
  if (pending.length > 0) {
    // Trailing headings without text: keep them as sections of their own so nothing is lost.
    for (const title of pending) sections.push({ number: String(sections.length + 1), label: '', title, parts: [], units: [] });
  }
  return { front, sections };
}

function splitSignature(sections: readonly RawSection[]): { kept: RawSection[]; signature: Unit[] } {
  const last = sections[sections.length - 1];
  if (!last) return { kept: [...sections], signature: [] };
  const start = last.units.findIndex((unit, i) => i > 0 && isSignatureLine(unit.full));
  if (start < 0) return { kept: [...sections], signature: [] };
  const trimmed: RawSection = { ...last, units: last.units.slice(0, start) };
  return { kept: [...sections.slice(0, -1), trimmed], signature: last.units.slice(start) };
}

function findAnnexes(units: readonly Unit[]): RawAnnex[] {
  const annexes: { heading: AnnexHeading; title: string; units: Unit[] }[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const next = units[i + 1];
    const heading = matchAnnexHeading(unit, next);
    if (heading) {
      let title = heading.title;
      if (title === '' && next && isTitleLine(next, ANNEX_TITLE_WORDS) && (!unit.lastInBlock || (next.firstInBlock && next.lastInBlock))) {
        title = next.text;
        i++;
      }
      annexes.push({ heading, title, units: [] });
      continue;
    }
    annexes[annexes.length - 1]?.units.push(unit);
  }
  return annexes;
}
