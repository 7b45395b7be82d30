/**
 * The lines above the first section: title, date, the parties' blocks with their addresses
 * and roles (`parties/blocks.ts`), and whatever else stands there.
 */
import type { Party } from '../contract';
import { matchDateLine } from './headings';
import { readPartyBlocks, unitText } from './parties/blocks';
import { matchRoleLine } from './parties/roleWords';
import { wordCount, type Unit } from './units';

export interface FrontMatter {
  readonly title: string | null;
  readonly date: string | null;
  readonly parties: Party[];
  readonly preamble: string[];
  /** The units of each party's block, and the date's unit (see `ContractOrigins`). */
  readonly partyUnits: (readonly Unit[])[];
  readonly dateUnit: Unit | null;
}

export function parseFrontMatter(units: readonly Unit[]): FrontMatter {
  let title: string | null = null;
  let date: string | null = null;
  let dateUnit: Unit | null = null;
  const preamble: string[] = [];
  const { blocks, used } = readPartyBlocks(units);
  const firstParty = units.findIndex((_, index) => used.has(index));

  units.forEach((unit, index) => {
    if (used.has(index)) return;
    if (date === null && matchDateLine(unit.full) !== null) {
      date = unit.full;
      dateUnit = unit;
      return;
    }
    if (title === null && (firstParty < 0 || index < firstParty) && looksLikeDocumentTitle(unit)) {
      title = unit.full;
      return;
    }
    preamble.push(unitText(unit));
  });
  return { title, date, parties: blocks.map((block) => block.party), preamble, partyUnits: blocks.map((block) => block.units), dateUnit };
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
