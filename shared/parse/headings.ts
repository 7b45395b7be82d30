/**
 * What a heading line looks like in a plain-text contract: sections (`1 Gegenstand …`,
 * `§ 1 …`, `Clause 1`), group headings (`SECTION II`), annexes (`Anlage III`, `ANNEX I`),
 * dates and signature lines.
 */
import { wordCount, type Unit } from './units';
import { latin, latinSource, romanToInt } from '../text';

export interface SectionHeading {
  readonly number: string;
  /** The number as an integer, for the sequence check. */
  readonly ordinal: number;
  readonly label: string;
  /** Title on the same line, or empty when it follows on the next line. */
  readonly title: string;
  readonly strong: boolean;
}

const KEYWORD_SECTION =
  /^((?:§|Clause|Klausel|Article|Artikel|Art\.|Section|Abschnitt|Ziffer|Paragraph)\s*(\d{1,3}[a-z]?))\b\.?\s*(?:[-–—:.]\s*)?(.*)$/iu;
const NUMERIC_SECTION = /^((\d{1,3})\.?)\s+(\S.*)$/u;
const ROMAN_SECTION = latin(/^(([IVX]{1,5})\.)\s+(\p{Lu}.*)$/u);
const PART = /^((?:SECTION|Section|ABSCHNITT|Abschnitt|TEIL|Teil|PART|Part|KAPITEL|Kapitel|CHAPTER|Chapter)\s+([IVXLC]+|\d{1,2}))\b\.?\s*(?:[-–—:.]\s*)?(.*)$/u;
const ANNEX =
  /^((?:Anlage|Anhang|Annex|Schedule|Appendix|Attachment|Exhibit|ANLAGE|ANHANG|ANNEX|SCHEDULE|APPENDIX|ATTACHMENT|EXHIBIT)\s+([IVXLC]+|\d{1,2}|[A-Z]))\b\.?\s*([-–—:.]\s*)?(.*)$/u;

const TITLE_START = latin(/^[\p{Lu}\p{N}§„"“(]/u);
/** A title's first word: capitalised, or a name that begins with digits (`37SIGNALS PERSONNEL`). */
const TITLE_WORD = latin(/^(?:\p{Lu}|\p{N}+\p{L})/u);

function looksLikeTitle(text: string, maxWords: number): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= 160 &&
    wordCount(trimmed) <= maxWords &&
    !/[.:;,!?]$/u.test(trimmed) &&
    TITLE_START.test(trimmed)
  );
}

/** A Markdown or Word heading may end in a full stop (`### 1. Definitions.`): its level says it is a heading. */
function headingEndingInStop(unit: Unit, title: string): boolean {
  return unit.markdownHeading > 0 && /[^.]\.$/u.test(title) && looksLikeTitle(title.slice(0, -1), 16);
}

/** A short line that can be the title under a `Clause 1` or `Anlage I` line. */
export function isTitleLine(unit: Unit | undefined, maxWords = 14): boolean {
  return unit !== undefined && !unit.bullet && unit.marker === null && !unit.cell && looksLikeTitle(unit.full, maxWords);
}

/** A unit that stands alone or is a heading line above its title (`Clause 1` / `Purpose and scope`). */
function standsApart(unit: Unit, next: Unit | undefined, titleWords = 14): boolean {
  if (unit.markdownHeading > 0) return true;
  if (!unit.firstInBlock) return false;
  return unit.lastInBlock || (next !== undefined && next.lastInBlock && isTitleLine(next, titleWords));
}

export function matchSectionHeading(unit: Unit, next: Unit | undefined): SectionHeading | null {
  if (unit.bullet || unit.cell || !standsApart(unit, next)) return null;
  const full = unit.full;
  if (matchDateLine(full) !== null) return null;
  const keyword = KEYWORD_SECTION.exec(full);
  if (keyword && wordCount(keyword[3]!) <= 14 && !/[.;,]$/u.test(full)) {
    const number = keyword[2]!;
    return {
      number,
      ordinal: Number.parseInt(number, 10),
      label: keyword[3] && isTitleLine(next) && !unit.lastInBlock ? full : keyword[1]!,
      title: keyword[3] && isTitleLine(next) && !unit.lastInBlock ? '' : keyword[3]!,
      strong: true,
    };
  }
  if (PART.test(full) && !/^\d/u.test(PART.exec(full)![2]!)) return null;
  const numeric = NUMERIC_SECTION.exec(full);
  if (numeric && (looksLikeTitle(numeric[3]!, 16) || headingEndingInStop(unit, numeric[3]!)) && TITLE_WORD.test(numeric[3]!)) {
    return { number: numeric[2]!, ordinal: Number.parseInt(numeric[2]!, 10), label: numeric[1]!, title: numeric[3]!, strong: unit.markdownHeading > 0 };
  }
  const roman = ROMAN_SECTION.exec(full);
  if (roman && looksLikeTitle(roman[3]!, 16)) {
    return { number: roman[2]!, ordinal: romanToInt(roman[2]!), label: roman[1]!, title: roman[3]!, strong: unit.markdownHeading > 0 };
  }
  return null;
}

export interface PartHeading {
  readonly label: string;
  readonly title: string;
}

export function matchPartHeading(unit: Unit, next: Unit | undefined): PartHeading | null {
  if (unit.bullet || unit.marker || unit.cell || !standsApart(unit, next)) return null;
  const part = PART.exec(unit.full);
  if (!part || /^\d/u.test(part[2]!) && /^(?:Section|SECTION|Abschnitt|ABSCHNITT)/u.test(part[1]!)) return null;
  if (wordCount(part[3]!) > 10) return null;
  return { label: part[1]!, title: part[3]! };
}

/** Annex titles run long (`Technical and organisational measures including … security of the data`). */
export const ANNEX_TITLE_WORDS = 30;

export interface AnnexHeading {
  readonly number: string;
  readonly label: string;
  readonly title: string;
}

/** `Anlage: Technische und organisatorische Maßnahmen`, `ANNEX – TOMs`, `Anlage zum Vertrag`: an annex without a number. */
const UNNUMBERED_ANNEX = latin(
  /^((?:Anlage|Anhang|Annex|Schedule|Appendix|Attachment|Exhibit|ANLAGE|ANHANG|ANNEX|SCHEDULE|APPENDIX|ATTACHMENT|EXHIBIT))(?:\s*[:–—-]\s*|\s+(?=\p{Lu}|zu[mr]?\s|to\s))(.*)$/u,
);

/**
 * `Appendix 1 to the Standard Contractual Clauses`, `Anlage 1 zum AVV: Maßnahmen`: what the annex
 * belongs to is part of its label, a title follows a separator.
 */
const LABEL_RUNS_ON = /^(?:to|of|zu[mr]?|des|der)\s/u;
const TITLE_SEPARATOR = /\s*(?::|\s[-–—]\s)\s*/u;

function splitLabel(label: string, rest: string, separated: boolean): { label: string; title: string } | null {
  if (!separated && LABEL_RUNS_ON.test(rest)) {
    const separator = TITLE_SEPARATOR.exec(rest);
    const end = separator ? separator.index : rest.length;
    return { label: `${label} ${rest.slice(0, end)}`.trim(), title: separator ? rest.slice(end + separator[0].length) : '' };
  }
  // `Anlage 1 ist Bestandteil dieses Vertrags` is a sentence, not a heading.
  if (!separated && rest !== '' && !TITLE_START.test(rest)) return null;
  return { label, title: rest };
}

export function matchAnnexHeading(unit: Unit, next: Unit | undefined): AnnexHeading | null {
  if (unit.bullet || unit.marker || unit.cell) return null;
  const annex = ANNEX.exec(unit.full);
  // A label on the first line of its block, alone or with a title after a dash or colon (`Anlage 2`, `Anlage 2 – TOM`), heads what is under it, a title or a lead-in.
  const labelLine = annex !== null && (annex[4] === '' || annex[3] !== undefined) && unit.firstInBlock;
  if (!labelLine && !standsApart(unit, next, ANNEX_TITLE_WORDS)) return null;
  if (/[.;,]$/u.test(unit.full)) return null;
  // The whole title may stand on the heading's line, however long (the Commission's Annex II runs to 17 words).
  if (annex && wordCount(annex[4]!) <= ANNEX_TITLE_WORDS) {
    const split = splitLabel(annex[1]!.replace(/\s+/gu, ' '), annex[4]!, annex[3] !== undefined);
    if (split) return { number: annex[2]!, ...split };
  }
  const unnumbered = UNNUMBERED_ANNEX.exec(unit.full);
  if (unnumbered && wordCount(unnumbered[2]!) <= ANNEX_TITLE_WORDS) return { number: '', label: unnumbered[1]!, title: unnumbered[2]! };
  return null;
}

/** A part of the annex numbered or lettered as its first (`A. LIST OF PARTIES`, `1. Zutrittskontrolle`): never the annex's title. */
const FIRST_PART = latin(/^(?:\p{Lu}|[IVX]{1,4}|\d{1,2})[.)]\s+\S/u);
/** A lead-in is a sentence: it opens with an article or pronoun, points forward, or has a finite verb of its own. */
const LEAD_IN_WORDS =
  /^(?:der|die|das|den|wir|es|sie|the|we|it|our|this|these|unsere?)\s|\b(?:folgende\w*|nachstehende\w*|nachfolgende\w*|following|below|werden|wird|sind|ist|hat|haben|are|is|has|have|will|shall|must)\b/iu;

/**
 * The title written on the line under an annex's label (`Anlage 1` / `Technische und
 * organisatorische Maßnahmen`), or null. Directly under the label, without a blank line
 * between, a title may end in a colon that opens the annex's text (`Appendix 2` /
 * `Description of the technical and organizational security measures …:`); a sentence that
 * introduces the measures there (`The Processor has implemented the following measures:`) stays
 * the annex's lead-in.
 */
export function annexTitleBelow(label: Unit, next: Unit | undefined): string | null {
  if (next === undefined || FIRST_PART.test(next.full)) return null;
  if (isTitleLine(next, ANNEX_TITLE_WORDS)) return next.text;
  if (label.lastInBlock || next.bullet || next.marker || next.cell || !/[^:]:$/u.test(next.text)) return null;
  const title = next.text.slice(0, -1);
  if (!looksLikeTitle(title, ANNEX_TITLE_WORDS) || LEAD_IN_WORDS.test(title) || /\p{Ll}[.!?]\s/u.test(title)) return null;
  return title;
}

/** `SECURITY EXHIBIT`, `Data Processing Annex 2`: an annex word after a name of one to three capitalised words. */
const NAMED_ANNEX = latin(
  /^((?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Exhibit|Annex|Schedule|Appendix|Anlage|Anhang|EXHIBIT|ANNEX|SCHEDULE|APPENDIX|ANLAGE|ANHANG)(?:\s+([IVXLC]+|\d{1,2}|[A-Z]))?)\b\s*(?:[-–—:]\s*(.*))?$/u,
);

/**
 * An annex named by what it is (`SECURITY EXHIBIT`). Never a document's own title
 * (`Vertraglicher Anhang – Vereinbarung zur Auftragsverarbeitung`): the caller asks only
 * after the document has begun.
 */
export function matchNamedAnnexHeading(unit: Unit, next: Unit | undefined): AnnexHeading | null {
  if (unit.bullet || unit.marker || unit.cell || !standsApart(unit, next, ANNEX_TITLE_WORDS)) return null;
  const named = NAMED_ANNEX.exec(unit.full);
  if (!named || wordCount(named[3] ?? '') > ANNEX_TITLE_WORDS || /^(?:The|Die|Der|Das|This|Diese[rs]?)\s/u.test(named[1]!)) return null;
  return { number: named[2] ?? '', label: named[1]!, title: named[3] ?? '' };
}

/** An unnumbered heading: a short line alone between blank lines (`Processing Summary`). */
export function isPlainHeading(unit: Unit): boolean {
  if (unit.bullet || unit.marker || unit.cell) return false;
  if (unit.markdownHeading > 0) return true;
  return unit.firstInBlock && unit.lastInBlock && looksLikeTitle(unit.text, 10) && !/^[[…]/u.test(unit.text) && matchDateLine(unit.text) === null;
}

const MONTHS =
  'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December';
const DATE_PATTERN = new RegExp(
  `(\\d{1,2}\\.\\s*(?:${MONTHS})\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\s+\\d{4}|(?:${MONTHS})\\s+\\d{1,2},?\\s+\\d{4})`,
  'u',
);
const DATE_LINE = new RegExp(
  `^(?:(?:Stand|Datum|Date|Dated|Fassung|Version|Gültig ab|[Ll]ast [Uu]pdated|[Uu]pdated|[Ee]ffective(?: [Dd]ate)?)\\s*:?\\s*)?${DATE_PATTERN.source}$`,
  'u',
);

/** The date when a line holds nothing else (`9. Juni 2018`, `Stand: 01.05.2024`). */
export function matchDateLine(text: string): string | null {
  const match = DATE_LINE.exec(text.trim());
  return match ? match[1]! : null;
}

const PLACE_DATE = new RegExp(latinSource(`^[\\p{L} .()/-]{2,40},\\s*(?:den\\s+)?${DATE_PATTERN.source}$`), 'u');

/** Place-and-date lines, dotted or underscored lines and signature captions. */
export function isSignatureLine(text: string): boolean {
  const trimmed = text.trim();
  if (/^[._…\-–\s]{3,}$/u.test(trimmed)) return true;
  if (wordCount(trimmed) <= 6 && /\b(?:Ort|Datum|Unterschrift|Place|Date|Signature|Signed|Stempel)\b/iu.test(trimmed) && !/[.;]$/u.test(trimmed)) {
    return true;
  }
  return PLACE_DATE.test(trimmed);
}
