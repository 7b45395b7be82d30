import type { Language } from '../contract/model';
import { formatNumber } from './formatNumber';

/** `20 MB`, `1.5 KB` (German `1,5 KB`): sizes as people read them (binary units, short names). */
export function formatBytes(bytes: number, language: Language = 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value >= 10 || unit === 0 ? 0 : 1;
  return `${formatNumber(value, language, { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${units[unit]}`;
}
