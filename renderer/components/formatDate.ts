/** A decision's time as the reader's language writes it (`1 Mar 2025, 10:30`, `01.03.2025, 10:30`). */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
