/**
 * Numbers as the UI's language writes them (`1,234.5` and `1.234,5`; `85%` and `85 %`),
 * through `Intl`, so every count, share and size on screen follows the language switch.
 */
import type { Language } from '../contract';

const LOCALES: Readonly<Record<Language, string>> = { de: 'de-DE', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** Formatters by language and options: making one costs far more than using it, and every count on screen is one. */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf(language), options);
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** A share given in whole per cent (`85` → `85%`, German `85 %`). */
export function formatPercent(percent: number, language: Language): string {
  return formatNumber(percent / 100, language, { style: 'percent', maximumFractionDigits: 0 });
}
