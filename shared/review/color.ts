/**
 * The little colour arithmetic that author colours need: sRGB hex in and out, mixing as CSS's
 * `color-mix(in srgb, …)` does, and hue in OKLCH (Ottosson 2020), where equal steps of hue look
 * about equally far apart, unlike HSL's (which puts blue and teal 30° apart that look alike).
 */

export type Rgb = readonly [number, number, number];

/** `#1f5f8b` → channels from 0 to 1. */
export function rgbOf(hex: string): Rgb {
  const value = /^#([0-9a-f]{6})$/iu.exec(hex)?.[1];
  if (!value) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  const channel = (at: number) => parseInt(value.slice(at, at + 2), 16) / 255;
  return [channel(0), channel(2), channel(4)];
}

export function hexOf(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(Math.min(1, Math.max(0, channel)) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** `share` of `color` and the rest of `with`, channel by channel in sRGB, as `color-mix(in srgb, color share, with)`. */
export function mix(color: Rgb, share: number, other: Rgb): Rgb {
  return [0, 1, 2].map((index) => color[index]! * share + other[index]! * (1 - share)) as unknown as Rgb;
}

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** The OKLCH hue angle of a colour, 0–360°. */
export function hueOf(rgb: Rgb): number {
  const [r, g, b] = rgb.map(linear) as unknown as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bAxis = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return ((Math.atan2(bAxis, a) * 180) / Math.PI + 360) % 360;
}

/** How far apart two hues are around the circle, 0–180°. */
export function hueDistance(first: number, second: number): number {
  const apart = Math.abs(first - second) % 360;
  return Math.min(apart, 360 - apart);
}
