/**
 * Numbers as the UI's language writes them (`1,234.5` and `1.234,5`; `85%` and `85 %`),
 * through `Intl`, so every count, share and size on screen follows the language switch.
 */
import type { Language } from '../contract/model';

const LOCALES: Readonly<Record<Language, string>> = { de: 'de-DE', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(localeOf(language), options).format(value);
}

/** A share given in whole per cent (`85` → `85%`, German `85 %`). */
export function formatPercent(percent: number, language: Language): string {
  return formatNumber(percent / 100, language, { style: 'percent', maximumFractionDigits: 0 });
}
