/**
 * Numbered sub-clause markers as contracts write them: `1.`, `1.1`, `(1)`, `1)`, `(a)`, `a)`, `a.`, `iv.`.
 * The style tells levels apart: the first style a section uses is its clause level.
 */
export type MarkerStyle = 'decimal' | 'multi' | 'paren-decimal' | 'close-decimal' | 'paren-alpha' | 'close-alpha' | 'dot-alpha';

export interface Marker {
  readonly style: MarkerStyle;
  /** As written: `1.`, `7.1.`, `(a)`. */
  readonly label: string;
  /** Normalised: `1`, `7.1`, `a`. */
  readonly number: string;
  readonly rest: string;
}

const PATTERNS: readonly (readonly [MarkerStyle, RegExp])[] = [
  ['multi', /^((\d{1,3}(?:\.\d{1,3})+)\.?)(?:\s+|$)/u],
  ['decimal', /^((\d{1,3})\.)(?:\s+|$)/u],
  ['paren-decimal', /^(\((\d{1,3})\))(?:\s+|$)/u],
  ['close-decimal', /^((\d{1,3})\))(?:\s+|$)/u],
  ['paren-alpha', /^(\(([a-z]{1,4})\))(?:\s+|$)/u],
  ['close-alpha', /^(([a-z])\))(?:\s+|$)/u],
  // `a.`, `b.`, `iv.`; never an abbreviation that runs on (`z. B.`, `d. h.`, `e. g.`).
  ['dot-alpha', /^(([a-z]|ii|iii|iv|vi|vii|viii|ix|xi|xii)\.)\s+(?![A-Za-zÄÖÜäöü]\.)/u],
];

/** How deep a marker numbers: `2` is one level, `2.1` two, `2.1.3` three. */
export function markerDepth(marker: Marker): number {
  return marker.style === 'multi' ? marker.number.split('.').length : 1;
}

export function matchMarker(text: string): Marker | null {
  for (const [style, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      return { style, label: match[1]!, number: match[2]!, rest: text.slice(match[0].length) };
    }
  }
  return null;
}
