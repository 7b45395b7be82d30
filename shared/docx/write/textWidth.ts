/**
 * How wide a word prints, in twips (twentieths of a point), for sizing table columns to
 * their content. The advance widths are DejaVu Sans's, the face LibreOffice falls back to
 * when neither Calibri nor its metric twin Carlito is installed: wider than Calibri, so a
 * word that fits by this measure fits in Word and in LibreOffice either way.
 */
import { largest } from '../../lists';

/** Advance widths in thousandths of an em of the printable ASCII characters, from U+0020. */
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770,
  632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278,
  579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830,
  683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343,
  665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
/** ß, and what any other character is taken to be: as wide as a capital M. */
const SHARP_S = { regular: 630, bold: 719 };
const OTHER = { regular: 863, bold: 995 };

export interface Font {
  /** In half-points, as `w:sz` has it. */
  readonly size: number;
  readonly bold?: boolean;
}

function advance(character: string, bold: boolean): number {
  if (character === 'ß') return bold ? SHARP_S.bold : SHARP_S.regular;
  // A letter with a diacritic (ä, é, Ö) is as wide as its base letter; typographic quotes and dashes as their ASCII kin.
  const base = character.normalize('NFD')[0]!.replace(/[‘’‚]/u, "'").replace(/[“”„]/u, '"').replace(/[–—]/u, '-');
  const code = base.charCodeAt(0) - 32;
  const table = bold ? BOLD : REGULAR;
  return code >= 0 && code < table.length ? table[code]! : bold ? OTHER.bold : OTHER.regular;
}

/** The printed width of `text` on one line, in twips. */
export function textWidth(text: string, font: Font): number {
  let thousandths = 0;
  for (const character of text) thousandths += advance(character, font.bold ?? false);
  // An em is the font size: half-points × 10 twips.
  return Math.ceil((thousandths * font.size * 10) / 1000);
}

/**
 * The pieces of `text` a line never breaks inside: what stands between spaces, cut after
 * a hyphen or dash (Word and LibreOffice break `Cloud-VPS` after its hyphen).
 */
export function unbreakableParts(text: string): string[] {
  return text.split(/\s+|(?<=[-–—])(?=\S)/u).filter((part) => part !== '');
}

/** The width of the widest piece of `text` that a line cannot break. */
export function widestPart(text: string, font: Font): number {
  return Math.max(0, largest(unbreakableParts(text).map((part) => textWidth(part, font))));
}
