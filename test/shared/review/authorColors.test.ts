import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHOR_COLORS, assignAuthorColors, colorOfName, onDarkPage } from '../../../shared/review/authorColors';
import { hueDistance, hueOf, mix, rgbOf, type Rgb } from '../../../shared/review/color';

/** WCAG 2.x contrast ratio, computed here rather than taken from the code under test. */
function contrast(first: Rgb, second: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, b] = rgb.map((channel) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The page colours of each theme, read from the app's own style sheet. */
function themeBackgrounds(): { light: Rgb[]; dark: Rgb[] } {
  const css = readFileSync(resolve(import.meta.dirname, '../../../renderer/styles/app.css'), 'utf8');
  const light = /^:root \{([^}]*)\}/mu.exec(css)![1]!;
  const dark = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/u.exec(css)![1]!;
  // The page, panels, a selected clause and a hovered row: everything markup is drawn on.
  const names = ['--bg', '--surface', '--surface-2', '--accent-soft'];
  const read = (block: string) => names.map((name) => rgbOf(new RegExp(`${name}: (#[0-9a-f]{6});`, 'u').exec(block)![1]!));
  return { light: read(light), dark: read(dark) };
}

function minimumHueDistance(colors: readonly string[]): number {
  let least = 180;
  colors.forEach((first, index) => colors.slice(index + 1).forEach((second) => (least = Math.min(least, hueDistance(hueOf(rgbOf(first)), hueOf(rgbOf(second)))))));
  return least;
}

const NAMES = ['TrafficPlex GmbH', 'Kanzlei Weber', 'Dr. Jörg Lang', 'Muster AG', 'Legal Ops', 'Beate Roth', 'Anwaltsbüro Süd', 'DSB Nord', 'Chris Doe'];

describe('author colours', () => {
  it('measures hue as OKLCH does', () => {
    expect(hueOf(rgbOf('#ff0000'))).toBeCloseTo(29.23, 1);
    expect(hueOf(rgbOf('#00ff00'))).toBeCloseTo(142.5, 1);
    expect(hueOf(rgbOf('#0000ff'))).toBeCloseTo(264.05, 1);
    expect(hueDistance(350, 10)).toBe(20);
  });

  it('has eight colours of distinct hue, on a light page and on a dark one', () => {
    expect(new Set(AUTHOR_COLORS).size).toBe(8);
    expect(minimumHueDistance(AUTHOR_COLORS)).toBeGreaterThanOrEqual(40);
    expect(minimumHueDistance(AUTHOR_COLORS.map(onDarkPage))).toBeGreaterThanOrEqual(30);
  });

  it('reads every colour as text at 4.5:1 on both themes, on plain and on tinted (inserted) ground', () => {
    const { light, dark } = themeBackgrounds();
    for (const color of AUTHOR_COLORS) {
      const text = { light: rgbOf(color), dark: rgbOf(onDarkPage(color)) };
      for (const [theme, grounds] of [['light', light], ['dark', dark]] as const) {
        for (const ground of grounds) {
          // An insertion sits on a 10 % tint of the author's own colour.
          for (const under of [ground, mix(rgbOf(color), 0.1, ground)]) {
            expect(contrast(text[theme], under), `${color} on ${theme}`).toBeGreaterThanOrEqual(4.5);
          }
        }
      }
    }
  });

  it('gives the counterparty a hue far from the reviewer’s chosen one, whatever it is', () => {
    // The reported case: the reviewer's blue and a counterparty whose name hashed to a second blue.
    const colors = assignAuthorColors(['Anna Schmidt', 'TrafficPlex GmbH'], { name: 'Anna Schmidt', color: '#1f5f8b' });
    expect(colors.get('Anna Schmidt')).toBe('#1f5f8b');
    expect(hueDistance(hueOf(rgbOf('#1f5f8b')), hueOf(rgbOf(colors.get('TrafficPlex GmbH')!)))).toBeGreaterThanOrEqual(135);
    for (const own of AUTHOR_COLORS) {
      for (const name of NAMES) {
        const other = assignAuthorColors([name], { name: 'Anna Schmidt', color: own }).get(name)!;
        expect(minimumHueDistance([own, other])).toBeGreaterThanOrEqual(135);
      }
    }
  });

  it('keeps authors shown together apart: no shared colour up to eight, and the fewer, the farther', () => {
    for (let count = 2; count <= 8; count += 1) {
      for (let offset = 0; offset < NAMES.length; offset += 1) {
        const authors = [...NAMES, ...NAMES].slice(offset, offset + count);
        const colors = [...assignAuthorColors(authors, null).values()];
        expect(new Set(colors).size).toBe(count);
        expect(minimumHueDistance(colors)).toBeGreaterThanOrEqual(count <= 2 ? 135 : count <= 4 ? 80 : 40);
      }
    }
  });

  it('gives the same authors the same colours, whatever order they come in; one alone keeps its own', () => {
    const forwards = assignAuthorColors(NAMES.slice(0, 5), { name: 'Anna Schmidt', color: '#825205' });
    const backwards = assignAuthorColors(NAMES.slice(0, 5).reverse(), { name: 'Anna Schmidt', color: '#825205' });
    expect([...backwards].sort()).toEqual([...forwards].sort());
    expect(assignAuthorColors(['Muster AG'], null).get('Muster AG')).toBe(colorOfName('Muster AG'));
  });

  it('gives a ninth author a colour again, the least used one', () => {
    const colors = [...assignAuthorColors(NAMES, null).values()];
    expect(new Set(colors).size).toBe(8);
  });
});
