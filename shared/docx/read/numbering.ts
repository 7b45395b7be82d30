/**
 * Word's automatic numbering (ECMA-376 Part 1, §17.9): `w:num` instances point to
 * `w:abstractNum` definitions whose levels (`w:lvl`) give a start value, a number format
 * (`w:numFmt`) and a text with placeholders (`w:lvlText` `%1.`, `(%2)`, `§ %1`). Counting
 * in document order turns them into the labels a reader sees.
 *
 * Every label is bounded whatever the part says: a start value is an integer of at most
 * ten digits, a level text is cut at `maxLevelTextLength`, letters past thirty rounds of the
 * alphabet are written as digits, and a label is cut at `maxLabelLength` (each cut counted,
 * for the user to be told). A start of a billion in letters would otherwise be a label of
 * 38 million letters for each paragraph of the list.
 */
import type { DocxLimits } from '../limits';
import { attribute, child, childElements, isOn, type XmlElement } from '../xml/element';
import type { PartChildren } from './package';
import type { NumberingReference } from './styles';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** The level text was longer than the limit and is cut. */
  readonly cut: boolean;
  /** `w:isLgl`: every placeholder in decimal (`1.1` under a roman `I`). */
  readonly legal: boolean;
  /** `text` split at its placeholders: the text before each, then the level (0–8) it names, and the text after the last. */
  readonly pieces: readonly (string | number)[];
}

/** `%1.%2)` → `['', 0, '.', 1, ')']`: split once per level, not matched again for every paragraph. */
function piecesOf(text: string): (string | number)[] {
  return text.split(/%([1-9])/u).map((piece, index) => (index % 2 === 1 ? Number(piece) - 1 : piece));
}

interface Instance {
  readonly abstractId: string;
  readonly levels: readonly Level[];
  /** `w:lvlOverride/w:startOverride`: where the list starts again, the first time this instance is used. */
  readonly restarts: ReadonlyMap<number, number>;
}

export interface ListLabel {
  /** What the reader sees before the text (`1.`, `(a)`, `§ 3`); empty for a bullet or no number. */
  readonly label: string;
  readonly bullet: boolean;
  readonly level: number;
}

export interface Numbering {
  /** The label of the next paragraph of this list, counting it. */
  next(reference: NumberingReference): ListLabel | null;
  /** How many labels were cut to the limits so far. */
  readonly cut: number;
}

type LabelLimits = Pick<DocxLimits, 'maxLevelTextLength' | 'maxLabelLength'>;

/** Rounds of the alphabet written as letters (`zzz…z` is 30 letters); past them a counter is written in digits. */
const LETTER_ROUNDS = 30;

/** An ST_DecimalNumber (`w:start`, `w:startOverride`): an integer; anything else, or longer than ten digits, is none. */
function decimalNumber(value: string | undefined): number | null {
  return value !== undefined && /^[+-]?\d{1,10}$/u.test(value.trim()) ? Number(value) : null;
}

function readLevels(abstract: XmlElement | undefined, limits: LabelLimits): Level[] {
  const levels: Level[] = [];
  for (const level of childElements(abstract, 'w:lvl')) {
    const index = Number(attribute(level, 'w:ilvl') ?? '0');
    if (!Number.isInteger(index) || index < 0 || index > 8) continue;
    const text = attribute(child(level, 'w:lvlText'), 'w:val') ?? '';
    const kept = text.slice(0, limits.maxLevelTextLength);
    levels[index] = {
      start: decimalNumber(attribute(child(level, 'w:start'), 'w:val')) ?? 1,
      format: attribute(child(level, 'w:numFmt'), 'w:val') ?? 'decimal',
      text: kept,
      cut: text.length > limits.maxLevelTextLength,
      legal: isOn(child(level, 'w:isLgl')),
      pieces: piecesOf(kept),
    };
  }
  return levels;
}

function letters(value: number, upper: boolean): string {
  // Word repeats the letter after z: a … z, aa … zz (not a spreadsheet's aa, ab).
  if (value < 1) return '';
  const rounds = Math.floor((value - 1) / 26) + 1;
  if (rounds > LETTER_ROUNDS) return String(value);
  const text = String.fromCharCode(97 + ((value - 1) % 26)).repeat(rounds);
  return upper ? text.toUpperCase() : text;
}

function roman(value: number, upper: boolean): string {
  if (value < 1 || value > 3999) return String(value);
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let rest = value;
  let text = '';
  for (const [amount, digits] of table) {
    while (rest >= amount) {
      text += digits;
      rest -= amount;
    }
  }
  return upper ? text.toUpperCase() : text;
}

/** A counter in a number format (§17.18.59 ST_NumberFormat); formats without a Latin reading fall back to decimal. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value, false);
    case 'upperLetter':
      return letters(value, true);
    case 'lowerRoman':
      return roman(value, false);
    case 'upperRoman':
      return roman(value, true);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(value);
  }
}

/** A `w:num` as read: its definition, and the levels and starts its overrides give. */
interface NumRecord {
  readonly numId: string;
  readonly abstractId: string;
  readonly overrides: readonly { readonly index: number; readonly level: Level | undefined; readonly start: number | null }[];
}

function readNum(num: XmlElement, limits: LabelLimits): NumRecord | null {
  const numId = attribute(num, 'w:numId');
  const abstractId = attribute(child(num, 'w:abstractNumId'), 'w:val');
  if (numId === undefined || abstractId === undefined) return null;
  const overrides: NumRecord['overrides'][number][] = [];
  for (const override of childElements(num, 'w:lvlOverride')) {
    const index = Number(attribute(override, 'w:ilvl') ?? '-1');
    if (!Number.isInteger(index) || index < 0 || index > 8) continue;
    const level = readLevels({ name: 'w:abstractNum', attributes: {}, children: childElements(override, 'w:lvl') }, limits)[index];
    overrides.push({ index, level, start: decimalNumber(attribute(child(override, 'w:startOverride'), 'w:val')) });
  }
  return { numId, abstractId, overrides };
}

export function readNumbering(children: PartChildren, limits: LabelLimits): Numbering {
  const abstracts = new Map<string, Level[]>();
  // Read as they come (a `w:num` may come before its definition), and joined once all are read.
  const nums: NumRecord[] = [];
  children((element) => {
    if (element.name === 'w:num') {
      const num = readNum(element, limits);
      if (num) nums.push(num);
    }
    if (element.name !== 'w:abstractNum') return;
    const id = attribute(element, 'w:abstractNumId');
    if (id !== undefined) abstracts.set(id, readLevels(element, limits));
  });
  const instances = new Map<string, Instance>();
  for (const { numId, abstractId, overrides } of nums) {
    const levels = [...(abstracts.get(abstractId) ?? [])];
    const restarts = new Map<number, number>();
    for (const { index, level, start } of overrides) {
      if (level) levels[index] = level;
      if (start !== null && levels[index]) restarts.set(index, start);
    }
    instances.set(numId, { abstractId, levels, restarts });
  }

  // Instances of one abstract definition share its counters: a list goes on across them,
  // and an instance with a start override starts it again where it is first used (this is
  // how Word and LibreOffice write a list restarted under each heading).
  const counters = new Map<string, number[]>();
  const used = new Set<string>();
  let cut = 0;
  return {
    get cut() {
      return cut;
    },
    next(reference) {
      const instance = instances.get(reference.numId);
      const level = instance?.levels[reference.level];
      if (!instance || !level) return null;
      const values = counters.get(instance.abstractId) ?? [];
      counters.set(instance.abstractId, values);
      if (!used.has(reference.numId)) {
        used.add(reference.numId);
        for (const [index, start] of instance.restarts) {
          values[index] = start - 1;
          values.length = Math.min(values.length, index + 1);
        }
      }
      values[reference.level] = (values[reference.level] ?? level.start - 1) + 1;
      // A higher level restarts every level below it (the default of `w:lvlRestart`).
      values.length = reference.level + 1;
      if (level.format === 'bullet') return { label: '', bullet: true, level: reference.level };
      let written = '';
      const pieces = level.pieces;
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i]!;
        if (typeof piece === 'string') {
          written += piece;
          continue;
        }
        const source = instance.levels[piece];
        const value = values[piece] ?? source?.start ?? 1;
        const format = piece !== reference.level && level.legal ? 'decimal' : (source?.format ?? 'decimal');
        written += formatNumber(value, format);
      }
      const label = written.trim();
      if (level.cut || label.length > limits.maxLabelLength) cut++;
      return { label: label.slice(0, limits.maxLabelLength).trim(), bullet: false, level: reference.level };
    },
  };
}
