import { useLanguage } from '../../useT';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Dates and times as the UI's language writes them. */
export function useDateFormat(): (iso: string | undefined) => string {
  const language = useLanguage();
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(language, format);
  }
  return (iso) => {
    if (!iso) return '';
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}
