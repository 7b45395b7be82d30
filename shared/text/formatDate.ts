import type { Language } from '../contract';
import { localeOf } from './formatNumber';

/**
 * A moment as the UI's language writes it, in the local time zone: `1 Mar 2025, 10:30`
 * (British English, as the rest of the English UI) and `01.03.2025, 10:30`. What is not a
 * date is shown as it is.
 */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatOf(language).format(date);
}

/** One formatter per language: making one costs far more than formatting with it (every change shows its date). */
const formats = new Map<Language, Intl.DateTimeFormat>();
function formatOf(language: Language): Intl.DateTimeFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(language, format);
  }
  return format;
}
