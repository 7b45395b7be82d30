/**
 * Each author's markup in a colour of their own, as Word and LibreOffice give one, told apart by
 * hue, not by shade: two blues side by side are read as one author. The reviewer keeps the
 * colour they chose; every other author of the document takes the palette colour farthest in hue
 * from those already given, so that two authors are as far apart as the palette allows.
 */
import { smallest } from '../lists';
import { hexOf, hueDistance, hueOf, mix, rgbOf } from './color';

/**
 * Eight hues 45° apart in OKLCH (red, brown, olive, green, teal, blue, violet, magenta), each
 * dark enough for text at 4.5:1 (WCAG AA) on the page, a selected clause and an insertion's tint.
 */
export const AUTHOR_PALETTE = [
  { name: 'blue', color: '#0460a5' },
  { name: 'red', color: '#a82d2e' },
  { name: 'green', color: '#006943' },
  { name: 'violet', color: '#6947b0' },
  { name: 'brown', color: '#825205' },
  { name: 'teal', color: '#016770' },
  { name: 'magenta', color: '#9b357f' },
  { name: 'olive', color: '#596101' },
] as const;

export const AUTHOR_COLORS: readonly string[] = AUTHOR_PALETTE.map((entry) => entry.color);

const WHITE = rgbOf('#ffffff');

/** The colour on a dark page: lightened towards white (same hue) until it reads at 4.5:1 there too. */
export function onDarkPage(color: string): string {
  return hexOf(mix(rgbOf(color), 0.4, WHITE));
}

function hashOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash;
}

/** A stable colour for a name on its own, as when no other author is known yet. */
export function colorOfName(name: string): string {
  return AUTHOR_COLORS[hashOf(name) % AUTHOR_COLORS.length]!;
}

/**
 * The palette colour farthest in hue from `taken`; among equals, the first from the name's own
 * place in the palette, so a lone author keeps the same colour. Once every colour is given, the
 * least used ones come round again.
 */
function farthest(taken: readonly string[], name: string): string {
  const uses = (color: string) => taken.filter((used) => used.toLowerCase() === color).length;
  const fewest = smallest(AUTHOR_COLORS.map(uses));
  const hues = taken.map((used) => hueOf(rgbOf(used)));
  const start = hashOf(name) % AUTHOR_COLORS.length;
  let best: string = AUTHOR_COLORS[start]!;
  let bestDistance = -1;
  for (let step = 0; step < AUTHOR_COLORS.length; step += 1) {
    const color = AUTHOR_COLORS[(start + step) % AUTHOR_COLORS.length]!;
    if (uses(color) > fewest) continue;
    const hue = hueOf(rgbOf(color));
    const distance = smallest(hues.map((other) => hueDistance(hue, other)));
    if (distance > bestDistance) [best, bestDistance] = [color, distance];
  }
  return best;
}

/**
 * A colour for each author shown together: the reviewer's own (`own`) as chosen, the others in
 * the order of their names (so the same set of authors always gets the same colours).
 */
export function assignAuthorColors(authors: Iterable<string>, own: { readonly name: string; readonly color: string } | null): ReadonlyMap<string, string> {
  const colors = new Map<string, string>();
  const taken: string[] = [];
  if (own) {
    colors.set(own.name, own.color);
    taken.push(own.color);
  }
  const others = [...new Set(authors)].filter((author) => !colors.has(author)).sort((first, second) => (first < second ? -1 : first > second ? 1 : 0));
  for (const author of others) {
    const color = farthest(taken, author);
    colors.set(author, color);
    taken.push(color);
  }
  return colors;
}
