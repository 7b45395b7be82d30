/**
 * The lines above the first section: title, date, the parties with their addresses and
 * roles (`– Auftraggeber –`, `(Controller)`), and whatever else stands there.
 */
import type { Party, PartyRole } from '../contract/model';
import { matchDateLine } from './headings';
import { linesWithMarker, wordCount, type Unit } from './units';
import { addTo } from '../lists/pushAll';

export interface FrontMatter {
  readonly title: string | null;
  readonly date: string | null;
  readonly parties: Party[];
  readonly preamble: string[];
  /** The units of each party's block, and the date's unit (see `ContractOrigins`). */
  readonly partyUnits: (readonly Unit[])[];
  readonly dateUnit: Unit | null;
}

const ROLE_WORDS: readonly (readonly [RegExp, PartyRole])[] = [
  [/^(?:Auftraggeber(?:in)?|Verantwortliche[rn]?|Controller|Customer|Kunde|Kundin|Client)$/iu, 'customer'],
  [/^(?:Auftragnehmer(?:in)?|Auftragsverarbeiter(?:in)?|Processor|Provider|Supplier|Anbieter(?:in)?|Dienstleister(?:in)?|Service Provider)$/iu, 'provider'],
];

const ROLE_PHRASE =
  /^[\s\-–—(]*(?:(?:im\s+Folgenden|nachfolgend|nachstehend|hereinafter(?:\s+referred\s+to\s+as)?|als)\s*:?\s*)?[„"“»'‚]?\s*(?:der|die|the)?\s*[„"“»'‚]?([\p{L} ]+?)[“"«'‘]?\s*(?:genannt|called)?[\s\-–—)]*$/u;

/**
 * A role line names a role and little else (`(nachstehend „Auftragnehmer“ genannt)`): longer
 * lines are something else, and are not given to the role patterns, whose optional spaces
 * around optional words backtrack without end over a line of thousands of spaces.
 */
const ROLE_LINE_MAX = 200;

export function roleOf(word: string): PartyRole | null {
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(word.trim())) return role;
  return null;
}

/** `– Auftraggeber –`, `(nachstehend „Auftragnehmer“ genannt)`, `hereinafter the Controller`. */
export function matchRoleLine(text: string): { role: PartyRole; label: string } | null {
  const trimmed = text.trim();
  if (trimmed.length > ROLE_LINE_MAX) return null;
  const match = ROLE_PHRASE.exec(trimmed);
  if (!match) return null;
  const role = roleOf(match[1]!);
  return role ? { role, label: match[1]!.trim() } : null;
}

/** A name line that carries its role at the end: `TrafficPlex GmbH (Auftragnehmer)`. */
function splitTrailingRole(text: string): { name: string; role: PartyRole; label: string } | null {
  const trimmed = text.trim();
  if (trimmed.length > ROLE_LINE_MAX) return null;
  const match = /^(.*?\S)\s*[(–—-]\s*((?:nachfolgend|nachstehend|im Folgenden|hereinafter)?[^()–—-]*?)\s*[)–—-]?\s*$/u.exec(trimmed);
  if (!match) return null;
  const role = matchRoleLine(match[2]!);
  return role ? { name: match[1]!, ...role } : null;
}

function unitText(unit: Unit): string {
  return unit.bullet ? `– ${unit.text}` : unit.full;
}

export function parseFrontMatter(units: readonly Unit[]): FrontMatter {
  let title: string | null = null;
  let date: string | null = null;
  let dateUnit: Unit | null = null;
  const parties: Party[] = [];
  const partyUnits: (readonly Unit[])[] = [];
  const preamble: string[] = [];

  const blocks = new Map<number, Unit[]>();
  for (const unit of units) addTo(blocks, unit.block, unit);

  for (const block of blocks.values()) {
    const roleIndex = block.findIndex((unit) => matchRoleLine(unitText(unit)) !== null);
    if (roleIndex > 0) {
      const role = matchRoleLine(unitText(block[roleIndex]!))!;
      const lines = block.filter((_, i) => i !== roleIndex).flatMap((unit) => (unit.lines.length > 1 ? linesWithMarker(unit) : [unit.full]));
      parties.push({ role: role.role, roleLabel: role.label, roleLine: unitText(block[roleIndex]!), name: lines[0]!, address: lines.slice(1) });
      partyUnits.push(block);
      // Lines after the role line in the same block are not the party's.
      continue;
    }
    // A role before a colon is a word or two (`Auftraggeber:`), never more than 40 letters.
    const leading = /^([\p{L} ]{1,40}?)\s*:\s*(.*)$/u.exec(block[0]?.full ?? '');
    const leadingRole = leading ? roleOf(leading[1]!) : null;
    if (leading && leadingRole) {
      const lines = [leading[2]!, ...block.slice(1).flatMap((unit) => (unit.lines.length > 1 ? linesWithMarker(unit) : [unit.full]))].filter((line) => line !== '');
      if (lines.length > 0) {
        parties.push({ role: leadingRole, roleLabel: leading[1]!.trim(), roleLine: `${leading[1]!.trim()}:`, name: lines[0]!, address: lines.slice(1) });
        partyUnits.push(block);
        continue;
      }
    }
    const inline = block.length > 0 ? splitTrailingRole(block[0]!.full) : null;
    if (inline && block.length >= 1 && parties.length < 2) {
      const rest = block.slice(1).flatMap((unit) => (unit.lines.length > 1 ? linesWithMarker(unit) : [unit.full]));
      parties.push({ role: inline.role, roleLabel: inline.label, roleLine: block[0]!.full.slice(inline.name.length).trim(), name: inline.name, address: rest });
      partyUnits.push(block);
      continue;
    }
    for (const unit of block) {
      const text = unitText(unit);
      const asDate = matchDateLine(unit.full);
      if (date === null && asDate !== null) {
        date = unit.full;
        dateUnit = unit;
        continue;
      }
      if (title === null && parties.length === 0 && looksLikeDocumentTitle(unit)) {
        title = unit.full;
        continue;
      }
      preamble.push(text);
    }
  }
  return { title, date, parties, preamble, partyUnits, dateUnit };
}

function looksLikeDocumentTitle(unit: Unit): boolean {
  const text = unit.full;
  return (
    !unit.bullet &&
    wordCount(text) >= 1 &&
    wordCount(text) <= 15 &&
    !/[:;,]$/u.test(text) &&
    !/^(?:und|and|zwischen|between)$/iu.test(text) &&
    matchRoleLine(text) === null
  );
}
