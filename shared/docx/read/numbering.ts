/**
 * Word's automatic numbering (ECMA-376 Part 1, §17.9): `w:num` instances point to
 * `w:abstractNum` definitions whose levels (`w:lvl`) give a start value, a number format
 * (`w:numFmt`) and a text with placeholders (`w:lvlText` `%1.`, `(%2)`, `§ %1`). Counting
 * in document order turns them into the labels a reader sees.
 */
import { attribute, child, childElements, isOn, type XmlElement } from '../xml/element';
import type { NumberingReference } from './styles';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** `w:isLgl`: every placeholder in decimal (`1.1` under a roman `I`). */
  readonly legal: boolean;
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
}

function readLevels(abstract: XmlElement | undefined): Level[] {
  const levels: Level[] = [];
  for (const level of childElements(abstract, 'w:lvl')) {
    const index = Number(attribute(level, 'w:ilvl') ?? '0');
    if (!Number.isInteger(index) || index < 0 || index > 8) continue;
    const start = Number(attribute(child(level, 'w:start'), 'w:val') ?? '1');
    levels[index] = {
      start: Number.isFinite(start) ? start : 1,
      format: attribute(child(level, 'w:numFmt'), 'w:val') ?? 'decimal',
      text: attribute(child(level, 'w:lvlText'), 'w:val') ?? '',
      legal: isOn(child(level, 'w:isLgl')),
    };
  }
  return levels;
}

function letters(value: number, upper: boolean): string {
  // Word repeats the letter after z: a … z, aa … zz (not a spreadsheet's aa, ab).
  if (value < 1) return '';
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  const text = letter.repeat(Math.floor((value - 1) / 26) + 1);
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

export function readNumbering(root: XmlElement | null): Numbering {
  const abstracts = new Map<string, Level[]>();
  for (const abstract of childElements(root ?? undefined, 'w:abstractNum')) {
    const id = attribute(abstract, 'w:abstractNumId');
    if (id !== undefined) abstracts.set(id, readLevels(abstract));
  }
  const instances = new Map<string, Instance>();
  for (const num of childElements(root ?? undefined, 'w:num')) {
    const numId = attribute(num, 'w:numId');
    const abstractId = attribute(child(num, 'w:abstractNumId'), 'w:val');
    if (numId === undefined || abstractId === undefined) continue;
    const levels = [...(abstracts.get(abstractId) ?? [])];
    const restarts = new Map<number, number>();
    for (const override of childElements(num, 'w:lvlOverride')) {
      const index = Number(attribute(override, 'w:ilvl') ?? '-1');
      if (!Number.isInteger(index) || index < 0 || index > 8) continue;
      const replaced = readLevels({ name: 'w:abstractNum', attributes: {}, children: childElements(override, 'w:lvl') })[index];
      if (replaced) levels[index] = replaced;
      const start = Number(attribute(child(override, 'w:startOverride'), 'w:val'));
      if (Number.isFinite(start) && levels[index]) restarts.set(index, start);
    }
    instances.set(numId, { abstractId, levels, restarts });
  }

  // Instances of one abstract definition share its counters: a list goes on across them,
  // and an instance with a start override starts it again where it is first used (this is
  // how Word and LibreOffice write a list restarted under each heading).
  const counters = new Map<string, number[]>();
  const used = new Set<string>();
  return {
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
      const label = level.text.replace(/%([1-9])/gu, (_, digit: string) => {
        const index = Number(digit) - 1;
        const source = instance.levels[index];
        const value = values[index] ?? source?.start ?? 1;
        const format = index !== reference.level && level.legal ? 'decimal' : (source?.format ?? 'decimal');
        return formatNumber(value, format);
      });
      return { label: label.trim(), bullet: false, level: reference.level };
    },
  };
}
