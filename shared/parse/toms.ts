/**
 * The annex of technical and organisational measures (Art. 32 GDPR): categories
 * (`1 Vertraulichkeit: Zutrittskontrolle`), service or site headings (`Kundenmenü`,
 * `Leistung „Cloud-VPS“`, `Hauptauftrag „Webhosting“ und „E-Mail“`), and one measure
 * per bullet or paragraph. A service heading may share its line with the first measure.
 */
import type { TomCategory } from '../contract';
import type { LineOrigin } from './origins';
import { wordCount, type Unit } from './units';
import { largest } from '../lists';
import { latin, latinSource } from '../text';

export interface RawTom {
  readonly category: TomCategory;
  readonly services: readonly string[];
  readonly serviceHeading: string | null;
  readonly text: string;
  /** The unit the measure was read from (see `ContractOrigins`). */
  readonly origin?: LineOrigin;
}

export interface TomAnnex {
  readonly preamble: readonly string[];
  readonly toms: readonly RawTom[];
}

const TOM_ANNEX_TITLE =
  /technisch\w*\s+und\s+organisatorisch|technical\s+and\s+organi[sz]ational|\bTOMs?\b|Sicherheitsma(?:ß|ss)nahmen|security\s+measures|Datensicherheitsma|\bsecurity\s+(?:exhibit|annex|schedule|appendix)\b/iu;

export function isTomAnnexTitle(title: string): boolean {
  return TOM_ANNEX_TITLE.test(title);
}

export interface AnnexCandidate {
  readonly label: string;
  readonly title: string;
  readonly units: readonly Unit[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Whether an annex's text names another annex (`as defined in the GitHub Security Exhibit`, `siehe Anlage 3`). */
function refersTo(annex: AnnexCandidate, other: AnnexCandidate): boolean {
  if (other.label.trim().length < 5) return false;
  const name = new RegExp(latinSource(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(other.label.trim()).replace(/\s+/gu, '\\s+')}(?![\\p{L}\\p{N}])`), 'iu');
  return annex.units.some((unit) => name.test(unit.text));
}

/**
 * Which annexes hold the measures: those whose label or title names them (`Anlage 2 –
 * Technische und organisatorische Maßnahmen`, `SECURITY EXHIBIT`); of two such, one that
 * points to the other for its measures (the SCC's Appendix 2 that incorporates the Security
 * Exhibit by reference) leaves them to it. Where none is named so, the first whose text reads
 * as the measures (its Art. 32 categories).
 */
export function tomAnnexIndexes(annexes: readonly AnnexCandidate[]): Set<number> {
  const titled = annexes.map((annex, index) => (isTomAnnexTitle(`${annex.label} ${annex.title}`) ? index : -1)).filter((index) => index >= 0);
  if (titled.length > 0) {
    const kept = titled.filter((index) => !titled.some((other) => other !== index && refersTo(annexes[index]!, annexes[other]!) && !refersTo(annexes[other]!, annexes[index]!)));
    return new Set(kept.length > 0 ? kept : titled);
  }
  const byContent = annexes.findIndex((annex) => readsAsTomAnnex(annex.units));
  return new Set(byContent < 0 ? [] : [byContent]);
}

/** Where the last sentence of a text begins (`… as 37signals. You can find out more here:`), or -1. */
const SENTENCE_START = latin(/\p{L}{2}[.!?]["“”»)]?\s+(?=["„“»(]?[\p{Lu}\p{N}])/gu);

function lastSentenceStart(text: string): number {
  let start = -1;
  for (const match of text.matchAll(SENTENCE_START)) start = match.index + match[0].length;
  return start;
}

/**
 * A paragraph that ends in a lead-in (`You can find out more about each sub-processor here:`)
 * may state a measure before it (`37signals establishes data processing agreements with all of
 * its sub-processors …`): that statement is a measure, the lead-in frames the list. Sentences that
 * speak of the measures as a whole (the Commission's `Description of the technical and
 * organisational measures implemented by the processor …`) describe the annex and frame it too.
 */
function statementBeforeLeadIn(text: string): { statement: string; leadIn: string } | null {
  const start = lastSentenceStart(text);
  if (start < 0) return null;
  const statement = text.slice(0, start).trimEnd();
  if (isTomAnnexTitle(statement)) return null;
  return { statement, leadIn: text.slice(start) };
}

/** Art. 32 GDPR control words, for category headings written without numbers. */
const CATEGORY_WORDS =
  /(?:Zutritts|Zugangs|Zugriffs|Weitergabe|Eingabe|Auftrags|Verfügbarkeits|Trennungs|Datenträger|Speicher|Benutzer|Transport)kontrolle|Pseudonymisierung|Verschlüsselung|Wiederherstellbarkeit|Belastbarkeit|Evaluierung|physical access|access control|transmission control|input control|job control|availability control|separation|pseudonymi[sz]ation|encryption|resilience|data carrier/iu;

const NUMBERED_CATEGORY = latin(/^(\d{1,3})\.?\s+(\p{Lu}.*)$/u);
const QUOTE_OPEN = '„"“»‚';
const QUOTE_CLOSE = '“"”«‘';
const QUOTED_NAME = new RegExp(`[${QUOTE_OPEN}]([^${QUOTE_CLOSE}]+)[${QUOTE_CLOSE}]`, 'gu');
const SERVICE_PREFIX = new RegExp(
  `^((?:Leistung(?:en)?|Hauptauftrag|Hauptaufträge|Produkte?|Dienste?|Dienstleistung(?:en)?|Services?|Products?|Standort|Site|Location|Tarif|Paket)\\s+` +
    `[${QUOTE_OPEN}][^${QUOTE_CLOSE}]+[${QUOTE_CLOSE}]` +
    `(?:\\s*(?:,|und|and|sowie|&|/)\\s*[${QUOTE_OPEN}][^${QUOTE_CLOSE}]+[${QUOTE_CLOSE}])*)\\s*(.*)$`,
  'u',
);

function standsAlone(unit: Unit): boolean {
  return unit.markdownHeading > 0 || (unit.firstInBlock && unit.lastInBlock);
}

const SHORT_HEADING_START = latin(/^[\p{Lu}\p{N}„"]/u);
const UPPER_START = latin(/^\p{Lu}/u);

function isShortHeading(text: string, maxWords: number): boolean {
  return wordCount(text) <= maxWords && text.length <= 80 && !/[.:;!?,]$/u.test(text) && SHORT_HEADING_START.test(text);
}

function matchCategory(unit: Unit): TomCategory | null {
  if (unit.bullet || unit.cell || !standsAlone(unit)) return null;
  // A numbered heading is a category, even ending in a full stop (`#### 1.1 Security Management.`).
  if (unit.markdownHeading > 0 && unit.marker && unit.marker.style !== 'dot-alpha') {
    const title = unit.text.replace(/([^.])\.$/u, '$1');
    if (isShortHeading(title, 12)) return { number: unit.marker.number, title };
  }
  const numbered = NUMBERED_CATEGORY.exec(unit.full);
  if (numbered && isShortHeading(numbered[2]!, 12)) return { number: numbered[1]!, title: numbered[2]! };
  if (!unit.marker && isShortHeading(unit.text, 6) && CATEGORY_WORDS.test(unit.text)) return { number: '', title: unit.text };
  return null;
}

interface ServiceHeading {
  readonly heading: string;
  readonly services: string[];
  /** A measure written on the heading's own line, or empty. */
  readonly rest: string;
}

function quotedNames(text: string): string[] {
  return [...text.matchAll(QUOTED_NAME)].map((match) => match[1]!.trim());
}

function matchService(unit: Unit, next: Unit | undefined, known: ReadonlySet<string>): ServiceHeading | null {
  if (unit.bullet || unit.marker) return null;
  const prefixed = SERVICE_PREFIX.exec(unit.text);
  if (prefixed) return { heading: prefixed[1]!, services: quotedNames(prefixed[1]!), rest: prefixed[2]! };
  if (standsAlone(unit) && isShortHeading(unit.text, 6) && next !== undefined && (next.bullet || wordCount(unit.text) <= 3)) {
    return { heading: unit.text, services: [unit.text], rest: '' };
  }
  for (const name of known) {
    if (unit.text.startsWith(`${name} `)) {
      const rest = unit.text.slice(name.length + 1);
      if (UPPER_START.test(rest) && wordCount(rest) >= 3) return { heading: name, services: [name], rest };
    }
  }
  return null;
}

/**
 * Whether an annex whose title does not name the measures (*Anlage 3 – Datensicherheit*, a
 * title the other side reworded) holds them all the same: its categories are Art. 32 controls
 * (`1 Vertraulichkeit: Zutrittskontrolle`), two of them, or one where its opening text names
 * the measures (*Die folgenden technischen und organisatorischen Maßnahmen …*).
 */
export function readsAsTomAnnex(units: readonly Unit[]): boolean {
  let controls = 0;
  for (const unit of units) {
    const category = matchCategory(unit);
    if (category && CATEGORY_WORDS.test(category.title) && ++controls >= 2) return true;
  }
  const opening = units.slice(0, 3).some((unit) => !unit.bullet && TOM_ANNEX_TITLE.test(unit.text));
  return controls === 1 && opening;
}

const CATEGORY_COLUMN = /^(?:kategorie|category|kontrollbereich|bereich|control(?: area)?|schutzziel)$/iu;
const SERVICE_COLUMN = /^(?:leistung|service|dienst|produkt|product|standort|site|location)$/iu;

/** The columns of a table of measures: which one names the category, which the service (by the header row), the rest hold measures. */
interface TableColumns {
  readonly category: number | null;
  readonly service: number | null;
}

function tableColumns(header: readonly Unit[], widest: number): TableColumns {
  const named = (pattern: RegExp) => header.find((unit) => pattern.test(unit.text.trim()))?.cell?.column ?? null;
  const category = named(CATEGORY_COLUMN);
  const service = named(SERVICE_COLUMN);
  // A row of two or more cells reads as its left cell (the category, the Art. 32 heading) and the measure beside it.
  return { category: category ?? (widest >= 2 && service !== 0 ? 0 : null), service };
}

/** The cells of one table row, from `start`; the index after them. */
function rowAt(units: readonly Unit[], start: number): { cells: Unit[]; end: number } {
  const first = units[start]!.cell!;
  let end = start;
  while (end < units.length && units[end]!.cell?.table === first.table && units[end]!.cell?.row === first.row) end++;
  return { cells: units.slice(start, end), end };
}

/** A table in the annex: each row is a measure (left cell = category), the header row frames them. */
function tableToms(units: readonly Unit[], start: number, preamble: string[], toms: RawTom[]): number {
  const table = units[start]!.cell!.table;
  let end = start;
  while (end < units.length && units[end]!.cell?.table === table) end++;
  const cells = units.slice(start, end);
  const header = cells.filter((unit) => unit.cell!.header);
  const widest = 1 + largest(cells.map((unit) => unit.cell!.column));
  const columns = tableColumns(header, widest);
  for (const unit of header) preamble.push(unit.full);
  for (let i = 0; i < cells.length; ) {
    const row = rowAt(cells, i);
    i = row.end;
    if (row.cells[0]!.cell!.header) continue;
    const categoryCell = row.cells.find((unit) => unit.cell!.column === columns.category);
    const serviceCell = row.cells.find((unit) => unit.cell!.column === columns.service);
    const category = { number: '', title: categoryCell?.text ?? '' };
    const services = serviceCell ? [serviceCell.text] : [];
    for (const cell of row.cells) {
      if (cell === categoryCell || cell === serviceCell) continue;
      toms.push({ category, services, serviceHeading: serviceCell?.text ?? null, text: cell.text, origin: { unit: cell, form: 'text' } });
    }
    // A row of a category alone (a category spanning the rows below it) is no measure.
    if (row.cells.every((cell) => cell === categoryCell || cell === serviceCell) && categoryCell) preamble.push(categoryCell.full);
  }
  return end;
}

export function parseTomAnnex(units: readonly Unit[]): TomAnnex {
  const hasCategories = units.some((unit) => matchCategory(unit) !== null);
  const preamble: string[] = [];
  const toms: RawTom[] = [];
  const known = new Set<string>();
  let category: TomCategory | null = null;
  let services: string[] = [];
  let serviceHeading: string | null = null;

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.cell) {
      i = tableToms(units, i, preamble, toms) - 1;
      continue;
    }
    const found = matchCategory(unit);
    if (found) {
      category = found;
      services = [];
      serviceHeading = null;
      continue;
    }
    // Text before the first category, and list intros (`Examples of possible measures:`), frame the measures.
    const inPreamble = !unit.bullet && ((hasCategories && category === null && toms.length === 0) || (!hasCategories && /:$/u.test(unit.text)));
    if (inPreamble) {
      const stated = unit.marker ? null : statementBeforeLeadIn(unit.text);
      if (stated && !hasCategories) {
        const origin = { unit, form: 'text' as const, span: { start: 0, end: stated.statement.length } };
        toms.push({ category: category ?? { number: '', title: '' }, services, serviceHeading, text: stated.statement, origin });
        preamble.push(stated.leadIn);
        continue;
      }
      preamble.push(unit.full);
      continue;
    }
    const service = matchService(unit, units[i + 1], known);
    if (service) {
      services = service.services;
      serviceHeading = service.heading;
      for (const name of service.services) known.add(name);
      if (service.rest === '') continue;
      toms.push({ category: category ?? { number: '', title: '' }, services, serviceHeading, text: service.rest, origin: { unit, form: 'text' } });
      continue;
    }
    toms.push({
      category: category ?? { number: '', title: '' },
      services,
      serviceHeading,
      text: unit.marker ? unit.full : unit.text,
      origin: { unit, form: unit.marker ? 'full' : 'text' },
    });
  }
  return { preamble, toms };
}
