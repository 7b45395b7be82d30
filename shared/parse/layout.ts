/**
 * The layout of a contract: front matter, sections, signature block and annexes,
 * found from the headings. Numbered sections must count up (1, 2, 3 …) so that a
 * date (`9. Juni 2018`) or a short numbered clause is not taken for a heading.
 */
import {
  ANNEX_TITLE_WORDS,
  annexTitleBelow,
  isPlainHeading,
  isSignatureLine,
  isTitleLine,
  matchAnnexHeading,
  matchNamedAnnexHeading,
  matchPartHeading,
  matchSectionHeading,
  type AnnexHeading,
  type SectionHeading,
} from './headings';
import { isTomAnnexTitle } from './toms';
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

/**
 * The layout of units made elsewhere (a DOCX's paragraphs, Markdown's blocks), by the same rules
 * as for text. `pageBreaks: false` for Markdown, whose paragraphs are as written: no page break splits one.
 */
export function layoutUnits(raw: readonly Unit[], options: { readonly pageBreaks?: boolean } = {}): Layout {
  const units = options.pageBreaks === false ? raw : repairPageBreaks(raw, isAnyHeading);
  const annexStart = findAnnexStart(units);
  const body = annexStart < 0 ? units : units.slice(0, annexStart);
  const annexUnits = annexStart < 0 ? [] : units.slice(annexStart);

  let found = findNumberedSections(body);
  if (found.sections.length < 2) {
    const plain = findPlainSections(body);
    if (plain.sections.length > found.sections.length) found = plain;
  }
  const { front, sections, level } = found;
  const ended = splitEndMatter(sections, level);
  const { kept, signature } = splitSignature(ended.kept);
  const { end, annex } = splitUnlabelledTomAnnex([...signature, ...ended.end]);
  return { front, sections: kept, signature: end, annexes: [...(annex ? [annex] : []), ...findAnnexes(annexUnits)] };
}

/** An annex heading at this position: labelled (`Anlage 2`) anywhere, named (`SECURITY EXHIBIT`) once the document has begun. */
function annexHeadingAt(units: readonly Unit[], index: number): AnnexHeading | null {
  const unit = units[index]!;
  const next = units[index + 1];
  return matchAnnexHeading(unit, next) ?? (index > 0 ? matchNamedAnnexHeading(unit, next) : null);
}

/**
 * Where the annexes begin: the first annex heading that is not nested in the body. An annex
 * heading of a lower rank than section headings that follow it (`### Anhang A` inside `## 5.`,
 * with `## 6.` after it) is part of its section.
 */
function findAnnexStart(units: readonly Unit[]): number {
  let highestRankAfter: number[] | null = null;
  for (let i = 0; i < units.length; i++) {
    if (annexHeadingAt(units, i) === null) continue;
    const level = units[i]!.markdownHeading;
    if (level <= 1) return i;
    highestRankAfter ??= sectionRanksAfter(units);
    if (highestRankAfter[i + 1]! >= level) return i;
  }
  return -1;
}

/** For each position, the highest rank (smallest Markdown or Word heading level) of a section heading at or after it. */
function sectionRanksAfter(units: readonly Unit[]): number[] {
  const ranks = new Array<number>(units.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    const rank = unit.markdownHeading > 0 && matchSectionHeading(unit, units[i + 1]) !== null ? unit.markdownHeading : Number.POSITIVE_INFINITY;
    ranks[i] = Math.min(rank, ranks[i + 1]!);
  }
  return ranks;
}

/**
 * Sections are the numbered parts of the body: after the last, a heading of the same rank
 * without a number (`# Anlagen`, `## Unterzeichnung`) ends the body. What follows it is end
 * matter, read with the signature block.
 */
function splitEndMatter(sections: readonly RawSection[], level: number): { kept: RawSection[]; end: Unit[] } {
  const last = sections[sections.length - 1];
  if (!last || level === 0) return { kept: [...sections], end: [] };
  const start = last.units.findIndex(
    (unit, i) => unit.markdownHeading > 0 && unit.markdownHeading <= level && !unit.marker && !unit.bullet && matchSectionHeading(unit, last.units[i + 1]) === null,
  );
  if (start < 0) return { kept: [...sections], end: [] };
  return { kept: [...sections.slice(0, -1), { ...last, units: last.units.slice(0, start) }], end: last.units.slice(start) };
}

/**
 * A page of measures appended after the signatures without an annex label (`# Technische und
 * organisatorische Maßnahmen`) is an annex, labelled by its heading, not part of the signature block.
 */
function splitUnlabelledTomAnnex(end: readonly Unit[]): { end: Unit[]; annex: RawAnnex | null } {
  const start = end.findIndex(isUnlabelledTomHeading);
  if (start < 0) return { end: [...end], annex: null };
  const heading = end[start]!;
  return {
    end: end.slice(0, start),
    annex: { heading: { number: '', label: heading.text, title: '' }, title: '', units: end.slice(start + 1) },
  };
}

/**
 * A heading that names the measures without an annex label, standing apart however long its
 * title (`Übersicht der technischen und organisatorischen Maßnahmen des Auftragsverarbeiters gemäß Art. 32 DSGVO und ihrer Umsetzung`).
 */
function isUnlabelledTomHeading(unit: Unit): boolean {
  if (!isTomAnnexTitle(unit.text)) return false;
  return unit.markdownHeading > 0 ? !unit.bullet && !unit.marker && !unit.cell : unit.firstInBlock && unit.lastInBlock && isTitleLine(unit, ANNEX_TITLE_WORDS);
}

interface Found {
  readonly front: Unit[];
  readonly sections: RawSection[];
  /** The highest rank of the section headings (1 for `#`), 0 where they are not headings by level. */
  readonly level: number;
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
  let level = Number.POSITIVE_INFINITY;
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
      level = unit.markdownHeading > 0 ? Math.min(level, unit.markdownHeading) : 0;
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
  return { front: hoistFrontParts(front, sections), sections, level: Number.isFinite(level) ? level : 0 };
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
  return { front, sections, level: 0 };
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
    const heading = i === 0 ? matchAnnexHeading(unit, next) ?? matchNamedAnnexHeading(unit, next) : annexHeadingAt(units, i);
    if (heading) {
      let title = heading.title;
      // The title on the line under the label (`# Anlage 1` / `**Technische und organisatorische Maßnahmen**`), unless that line opens an annex of its own.
      const below = title === '' && next && (!unit.lastInBlock || (next.firstInBlock && next.lastInBlock)) ? annexTitleBelow(unit, next) : null;
      if (below !== null && annexHeadingAt(units, i + 1) === null) {
        title = below;
        i++;
      }
      annexes.push({ heading, title, units: [] });
      continue;
    }
    // After an annex of something else, a heading that names the measures opens their annex.
    const open = annexes[annexes.length - 1];
    if (open && isUnlabelledTomHeading(unit) && !isTomAnnexTitle(`${open.heading.label} ${open.title}`)) {
      annexes.push({ heading: { number: '', label: unit.text, title: '' }, title: '', units: [] });
      continue;
    }
    open?.units.push(unit);
  }
  return annexes;
}
