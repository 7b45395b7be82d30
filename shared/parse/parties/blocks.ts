/**
 * Party blocks before the first section: each party's name and address lines with the role
 * that names them, in the shapes contracts use —
 * - the lines, then a role line (`– Auftraggeber –`, `(nachfolgend „Kunde“)`, `(the "Processor")`);
 * - a role heading, the lines, and perhaps a role line (`**Auftraggeber (Verantwortlicher):**`
 *   … `(nachfolgend «Auftraggeber»)`);
 * - `Auftraggeber: Acme GmbH` and the address under it;
 * - `Acme GmbH (Auftragnehmer)` and the address under it.
 * A block's lines may stand in one paragraph or each in its own (a Word file's paragraphs,
 * Markdown with blank lines between all lines); `zwischen`, `und`, a heading, a date or a
 * sentence ends a block.
 */
import { LIST_MARKER, type Party } from '../../contract';
import { matchDateLine } from '../headings';
import { linesWithMarker, wordCount, type Unit } from '../units';
import { matchRoleHeading, matchRoleLine, refersBack, splitLeadingRole, splitTrailingRole, withoutEmphasis } from './roleWords';

export interface PartyBlock {
  readonly party: Party;
  /** The units of the block (heading, name, address and role lines), in order. */
  readonly units: readonly Unit[];
}

/** `zwischen`, `und`, `between`, `and`, or a line that ends in one (`gemäß Art. 28 DSGVO zwischen`). */
const BETWEEN = /(?:^|\s)(?:zwischen|between|und|and|sowie|einerseits|andererseits)\s*:?$/iu;

/** More lines than an address has are not one party's. */
const MAX_LINES = 8;

/** A role line as it stands in the text: a dash-led bullet (`– Auftraggeber –`) keeps its dash. */
export function unitText(unit: Unit): string {
  return unit.bullet ? `– ${unit.text}` : unit.full;
}

function lineTexts(unit: Unit): string[] {
  return unit.lines.length > 1 ? linesWithMarker(unit) : [unit.full];
}

/** A sentence, not a name or an address line: many words, or several ending as a sentence ends. */
function isProse(text: string): boolean {
  const words = wordCount(text, 13);
  return words > 12 || (words > 6 && /[.;!?]$/u.test(text));
}

/** A line that separates parties or ends their blocks. */
function isBoundary(unit: Unit): boolean {
  const text = withoutEmphasis(unit.full).trim();
  if (unit.markdownHeading > 0 || BETWEEN.test(text) || matchDateLine(unit.full) !== null || isProse(text)) return true;
  return /:$/u.test(text) && matchRoleHeading(text) === null;
}

/** A line that gives a party its role by itself: `Auftraggeber: …`, `… (nachfolgend „Auftragnehmer“)`, `– Auftraggeber –`. */
function namesOwnParty(unit: Unit): boolean {
  return splitTrailingRole(unit.full) !== null || splitLeadingRole(unit.full) !== null || matchRoleLine(unitText(unit)) !== null;
}

/** A sentence that names the parties (`made between Acme Ltd (the "Customer") and Beta GmbH`), not one party's name line. */
function namesSeveral(name: string): boolean {
  return name.replace(LIST_MARKER, '').includes('(') || /\b(?:between|zwischen)\b/iu.test(name);
}

function makeParty(role: Party['role'], label: string, roleLine: string, lines: readonly string[], heading: string | null): Party {
  const [name = '', ...address] = lines;
  return { role, name, address, roleLabel: label, roleLine, ...(heading === null ? {} : { heading }) };
}

/**
 * The party blocks among `units` (the lines before the first section), and which of the
 * units they hold; the others are title, date and preamble.
 */
export function readPartyBlocks(units: readonly Unit[]): { blocks: PartyBlock[]; used: ReadonlySet<number> } {
  const blocks: PartyBlock[] = [];
  const used = new Set<number>();
  let open: { head: number; role: Party['role']; label: string; lines: number[] } | null = null;

  const take = (indexes: readonly number[], party: Party) => {
    for (const index of indexes) used.add(index);
    blocks.push({ party, units: indexes.map((index) => units[index]!) });
  };
  const finish = () => {
    if (open && open.lines.length > 0) {
      const heading = withoutEmphasis(units[open.head]!.full).trim();
      take([open.head, ...open.lines], makeParty(open.role, open.label, '', open.lines.flatMap((index) => lineTexts(units[index]!)), heading));
    }
    open = null;
  };
  /** The name and address lines before a role line: those of its paragraph block, else the lines just before it. */
  const linesBefore = (at: number): number[] => {
    const found: number[] = [];
    const sameBlock = (index: number) => units[index]!.block === units[at]!.block;
    for (let index = at - 1; index >= 0 && sameBlock(index) && !used.has(index) && !isBoundary(units[index]!); index--) found.unshift(index);
    if (found.length > 0 || units[at - 1]?.block === units[at]!.block) return found;
    // Every line a block of its own: the lines back to the last boundary, never the document's first line (its title).
    for (let index = at - 1; index > 0 && found.length < MAX_LINES && !used.has(index); index--) {
      const unit = units[index]!;
      if (isBoundary(unit) || matchRoleLine(unitText(unit)) !== null) break;
      found.unshift(index);
    }
    return found;
  };

  for (let at = 0; at < units.length; at++) {
    const unit = units[at]!;
    const text = unitText(unit);
    const next = units[at + 1];
    const heading = refersBack(text) ? null : matchRoleHeading(text);
    const opensBlock =
      heading !== null &&
      next !== undefined &&
      !isBoundary(next) &&
      matchRoleLine(unitText(next)) === null &&
      (heading.colon || unit.firstInBlock || isBoundary(units[at - 1] ?? unit));
    if (heading && opensBlock) {
      finish();
      open = { head: at, role: heading.role, label: heading.label, lines: [] };
      continue;
    }
    // The role line, or a paragraph whose last line is one (`Musterstadt` / `nachfolgend „Kunde“`, joined as a wrapped line).
    const last = unit.lines.length > 1 ? unit.lines[unit.lines.length - 1]! : null;
    const roleLine = matchRoleLine(text) ?? (last !== null && refersBack(last) ? matchRoleLine(last) : null);
    if (roleLine) {
      const whole = matchRoleLine(text) !== null;
      const lines = open ? open.lines : linesBefore(at);
      const own = whole ? [] : lineTexts(unit).slice(0, -1);
      if (lines.length > 0 || own.length > 0) {
        const head = open ? open.head : null;
        const names = [...lines.flatMap((index) => lineTexts(units[index]!)), ...own];
        open = null;
        take(head === null ? [...lines, at] : [head, ...lines, at], makeParty(roleLine.role, roleLine.label, whole ? text : last!, names, head === null ? null : withoutEmphasis(units[head]!.full).trim()));
        continue;
      }
    }
    if (open) {
      if (isBoundary(unit) || open.lines.length >= MAX_LINES) finish();
      else {
        open.lines.push(at);
        continue;
      }
    }
    if (used.has(at)) continue;
    // The address under a name line: the rest of its paragraph block, up to the next line that names a party of its own (a list of the parties).
    const rest = () => {
      const indexes: number[] = [];
      for (let index = at + 1; index < units.length && units[index]!.block === unit.block && !isBoundary(units[index]!) && !namesOwnParty(units[index]!); index++) indexes.push(index);
      return indexes;
    };
    // `Auftraggeber: Acme GmbH` and the address under it.
    const leading = unit.firstInBlock ? splitLeadingRole(unit.full) : null;
    if (leading && leading.rest !== '') {
      const after = rest();
      take([at, ...after], makeParty(leading.role, leading.label, `${leading.label}:`, [leading.rest, ...after.flatMap((index) => lineTexts(units[index]!))], null));
      continue;
    }
    // `Acme GmbH (Auftragnehmer)` and the address under it.
    const inline = blocks.length < 2 ? splitTrailingRole(unit.full) : null;
    if (inline && !namesSeveral(inline.name)) {
      const after = rest();
      take([at, ...after], makeParty(inline.role, inline.label, unit.full.slice(inline.name.length).trim(), [inline.name, ...after.flatMap((index) => lineTexts(units[index]!))], null));
    }
  }
  finish();
  return { blocks, used };
}
