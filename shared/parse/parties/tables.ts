/**
 * Tables of roles: a row per party with its role in the first cell and the party in the next
 * (`| **Data Processor** | F7 Platform, Inc. |`, `| Auftraggeber | Muster GmbH |`), or a head
 * row of roles over a row of parties (`| Verantwortlicher | Auftragsverarbeiter |` then
 * `| Muster GmbH | Beispiel AG |`). A Word table's row comes as one paragraph block with a
 * line per cell, and is read the same way.
 */
import { LEGAL_FORM, isPlaceholder, type PartyRole } from '../../contract';
import type { Unit } from '../units';
import { nameIn } from './definitions';
import { roleOf, withoutEmphasis } from './roleWords';

export interface TableParty {
  readonly role: PartyRole;
  /** The role cell's words (`Data Processor`), or the party's when it is a role word itself (`Customer`). */
  readonly label: string;
  readonly name: string | null;
  /** The row, as written. */
  readonly cue: string;
  readonly unit: number;
}

const SEPARATOR = /^:?-{2,}:?$/u;
const HAS_LEGAL_FORM = new RegExp(`(?:^|[\\s,])${LEGAL_FORM}(?:$|[\\s,])`, 'u');
/** Two to six capitalised words: a person's or a firm's name (`Chris Schog`), not a column's word (`Leistung`). */
const WORDS_OF_A_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:,?\s+[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*){1,5}$/u;

/** A cell that names a party: a role word, a company, a name, or a blank to fill in. */
function namesParty(entity: string): boolean {
  return roleOfCell(entity) !== null || HAS_LEGAL_FORM.test(entity) || WORDS_OF_A_NAME.test(entity) || isPlaceholder(entity);
}

/** A role cell: a role word, perhaps with an aside (`Auftraggeber (Verantwortlicher)`). */
function roleOfCell(cell: string): PartyRole | null {
  return roleOf(cell) ?? roleOf(cell.replace(/\s*\([^()]*\)\s*$/u, ''));
}

function cellsOf(line: string): string[] {
  return line.trim().replace(/^\|/u, '').replace(/\|$/u, '').split('|').map((cell) => withoutEmphasis(cell).trim());
}

function partyOf(role: PartyRole, roleCell: string, entity: string, cue: string, unit: number): TableParty | null {
  if (entity === '' || entity.length > 160 || !namesParty(entity)) return null;
  if (roleOfCell(entity) === role) return { role, label: entity.replace(/^the\s+/iu, ''), name: null, cue, unit };
  if (roleOfCell(entity) !== null) return null;
  const name = isPlaceholder(entity) ? null : nameIn(entity, []);
  return { role, label: roleCell, name, cue, unit };
}

/** The parties a body's tables of roles name, in order. A row is a line: wrapped lines may have joined rows into one unit. */
export function tableParties(units: readonly Unit[]): TableParty[] {
  const rows = units.flatMap((unit, index) => unit.lines.map((line) => ({ line: line.trim(), index })));
  const found: TableParty[] = [];
  let heads: (PartyRole | null)[] | null = null;
  let headCells: string[] = [];
  rows.forEach(({ line, index }, at) => {
    if (!line.startsWith('|')) {
      heads = null;
      return;
    }
    const cells = cellsOf(line);
    if (cells.every((cell) => SEPARATOR.test(cell))) return;
    if (heads) {
      heads.forEach((role, column) => {
        const party = role ? partyOf(role, headCells[column]!, cells[column] ?? '', line, index) : null;
        if (party) found.push(party);
      });
      heads = null;
      return;
    }
    const roles = cells.map(roleOfCell);
    if (cells.length >= 2 && roles.every((role) => role !== null) && new Set(roles).size === 2) {
      heads = roles;
      headCells = cells;
      return;
    }
    // A table's head row names its columns (`| Dienstleister | Leistung | Sitz |`), no party.
    const next = rows[at + 1]?.line ?? '';
    const headRow = !rows[at - 1]?.line.startsWith('|') && next.startsWith('|') && cellsOf(next).every((cell) => SEPARATOR.test(cell));
    const role = roles[0];
    if (role && cells.length >= 2 && !headRow) {
      const party = partyOf(role, cells[0]!, cells[1]!, line, index);
      if (party) found.push(party);
    }
  });
  return found;
}

/**
 * A Word table's row among a body's units: a block that opens with a role cell, then a party
 * that is a role word, a company, a name or a blank (`namesParty`). Anything looser would take
 * any heading `Customer` with a paragraph under it for a row.
 */
export function wordTableParties(units: readonly Unit[]): TableParty[] {
  const found: TableParty[] = [];
  units.forEach((unit, index) => {
    const next = units[index + 1];
    if (!unit.firstInBlock || !next || next.block !== unit.block || unit.full.startsWith('|')) return;
    const cell = withoutEmphasis(unit.full).trim();
    const role = cell.split(/\s+/u).length <= 3 ? roleOfCell(cell) : null;
    if (!role) return;
    const entity = withoutEmphasis(next.full).trim();
    const party = partyOf(role, cell, entity, `${unit.full} | ${next.full}`, index);
    if (party) found.push(party);
  });
  return found;
}
