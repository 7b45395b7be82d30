import type { Language } from '../contract';

/** The separators `Intl.NumberFormat` uses for `de-DE` and `en-GB`. */
const SEPARATORS: Readonly<Record<Language, { readonly group: string; readonly decimal: string }>> = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * `20 MB`, `1.5 KB` (German `1,5 KB`): sizes as people read them (binary units, short names).
 * Written out rather than through `Intl`: a size is below 1024 with at most one decimal, and
 * the command line prints one after every export, where loading `Intl`'s number data costs
 * more than the rest of the message (a test holds it to `Intl`'s output).
 */
export function formatBytes(bytes: number, language: Language = 'en'): string {
  const { value, digits, unit } = sizeOf(bytes);
  // `toFixed` rounds the exact decimal value half up, as `Intl` does.
  const [whole = '0', fraction = ''] = value.toFixed(digits).split('.');
  const { group, decimal } = SEPARATORS[language];
  const grouped = whole.replace(/\B(?=(?:\d{3})+$)/gu, group);
  const shown = fraction.replace(/0+$/u, '');
  return `${grouped}${shown ? `${decimal}${shown}` : ''} ${unit}`;
}

/** A size in the largest binary unit below 1024 of it, and the decimals it is shown with (one below 10, none for bytes). */
export function sizeOf(bytes: number): { readonly value: number; readonly digits: 0 | 1; readonly unit: string } {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return { value, digits: value >= 10 || unit === 0 ? 0 : 1, unit: units[unit]! };
}
