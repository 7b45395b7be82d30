/**
 * Plain-text and Markdown contracts, German and English, into a `Contract`:
 * front matter, sections and clauses, signature block, annexes and the TOM annex with
 * the responsibility of every measure. Pure: a string in, a value out.
 */
import type { Annex, Contract, Language, Section, Tom } from '../contract';
import { annexFrame, classifyToms, dutiesOf, readClauses, type ClauseReading } from '../responsibility';
import { buildClausesWithOrigins, lineOf } from './clauses';
import { parseFrontMatter } from './frontMatter';
import { readParties } from './parties/readParties';
import { layoutContract, layoutUnits, type Layout } from './layout';
import type { ContractOrigins, LineOrigin } from './origins';
import { parseTomAnnex, tomAnnexIndexes, type RawTom } from './toms';
import { markdownLines } from './markdown';
import { normalizeText, unitsFromLines, type SourceLine } from './units';
import { pushAll } from '../lists';

export interface ParseOptions {
  /** Used as the title when the text has none. */
  readonly fileName?: string;
  /**
   * Read who each clause obliges (default). A comparison needs only the measures'
   * responsibility and may leave the clauses unread.
   */
  readonly clauseDuties?: boolean;
  /**
   * Look past the TOM annex's nearest frame for one that names the other party (default), so
   * that a reviewer sees the conflict. A comparison reads only each measure's party and cue,
   * which the nearest frame decides, and may leave the body unread (`annexFrame`'s `conflicts`).
   */
  readonly frameConflicts?: boolean;
  /** `markdown`: read by a CommonMark parser (`markdownLines`); else as plain text. */
  readonly format?: 'text' | 'markdown';
}

// Case-insensitive without `u`: V8 matches `\b` under `iu` several times slower, and these words need nothing of it.
const GERMAN = /\b(?:der|die|das|und|ist|nicht|mit|von|zu|den|dem|des|wird|werden|für|auf|sind)\b/gi;
const ENGLISH = /\b(?:the|and|of|to|is|shall|with|by|for|be|are|any|this|that|or)\b/gi;

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 200_000);
  const german = sample.match(GERMAN)?.length ?? 0;
  const english = sample.match(ENGLISH)?.length ?? 0;
  return german >= english ? 'de' : 'en';
}

function titleFromFileName(fileName: string | undefined): string {
  if (!fileName) return '';
  const base = fileName.split(/[\\/]/u).pop() ?? '';
  return base.replace(/\.[^.]+$/u, '');
}

export function parseContract(text: string, options: ParseOptions = {}): Contract {
  if (options.format === 'markdown') return fromLayout(layoutUnits(unitsFromLines(markdownLines(normalizeText(text)), null), { pageBreaks: false }), text, options).contract;
  return fromLayout(layoutContract(text), text, options).contract;
}

/**
 * A contract from lines that are already paragraphs (a DOCX: one line per paragraph,
 * `null` between blocks), by the same rules as `parseContract`, with the origins of its
 * parts: `source` of each line comes back in the units behind each clause and measure.
 */
export function parseLines(lines: readonly (SourceLine | null)[], options: ParseOptions = {}): { contract: Contract; origins: ContractOrigins } {
  const text = lines.map((line) => line?.text ?? '').join('\n');
  return fromLayout(layoutUnits(unitsFromLines(lines, null)), text, options);
}

function fromLayout(layout: Layout, text: string, options: ParseOptions): { contract: Contract; origins: ContractOrigins } {
  const front = parseFrontMatter(layout.front);
  const language = detectLanguage(text);
  const bodyUnits = layout.sections.flatMap((raw) => raw.units);
  const parties = readParties({
    blocks: front.parties,
    paragraphs: [...front.preamble, ...bodyUnits.map((unit) => unit.text)],
    rest: [...layout.signature, ...layout.annexes.flatMap((raw) => raw.units)].map((unit) => unit.text),
    frontUnits: layout.front,
    bodyUnits,
    language,
  });
  const clauseOrigins = new Map<string, readonly LineOrigin[]>();

  // Each section's clauses read once: for their duties, and for the frame the body sets the TOM annex.
  const readings = new Map<string, readonly ClauseReading[]>();
  const sections: Section[] = layout.sections.map((raw, index) => {
    const id = `s${index + 1}`;
    const built = buildClausesWithOrigins(id, raw.units);
    built.clauses.forEach((clause, i) => clauseOrigins.set(clause.id, built.origins[i]!));
    const read = options.clauseDuties === false ? null : readClauses({ clauses: built.clauses }, parties);
    if (read) readings.set(id, read);
    const duties = read ? dutiesOf(read) : [];
    const clauses = built.clauses.map((clause, at) => (duties[at] ? { ...clause, responsibility: duties[at] } : clause));
    return { id, number: raw.number, label: raw.label, title: raw.title, parts: raw.parts, clauses };
  });

  const rawToms: RawTom[] = [];
  const tomAnnexes = tomAnnexIndexes(layout.annexes.map((raw) => ({ label: raw.heading.label, title: raw.title, units: raw.units })));
  const annexes: Annex[] = layout.annexes.map((raw, index) => {
    const isTomAnnex = tomAnnexes.has(index);
    const base = { id: `a${index + 1}`, number: raw.heading.number, label: raw.heading.label, title: raw.title, isTomAnnex };
    if (!isTomAnnex) return { ...base, items: raw.units.map((unit) => (unit.bullet ? unit.text : lineOf(unit))), preamble: [] };
    const parsed = parseTomAnnex(raw.units);
    pushAll(rawToms, parsed.toms);
    return { ...base, items: [], preamble: parsed.preamble };
  });

  const responsibilities = classifyToms(rawToms, annexFrame({ annexes, sections, parties }, (section) => readings.get(section.id), { conflicts: options.frameConflicts !== false }), parties);
  const tomOrigins = new Map<string, LineOrigin>();
  rawToms.forEach((raw, index) => {
    if (raw.origin) tomOrigins.set(`t${index + 1}`, raw.origin);
  });
  const toms: Tom[] = rawToms.map((raw, index) => ({
    id: `t${index + 1}`,
    category: raw.category,
    services: raw.services,
    serviceHeading: raw.serviceHeading,
    text: raw.text,
    responsibility: responsibilities[index]!,
  }));

  const contract: Contract = {
    title: front.title ?? titleFromFileName(options.fileName),
    date: front.date,
    language,
    parties,
    preamble: front.preamble,
    sections,
    signature: layout.signature.map((unit) => unit.full),
    annexes,
    toms,
  };
  return { contract, origins: { clauses: clauseOrigins, toms: tomOrigins, parties: front.partyUnits, date: front.dateUnit } };
}
