import { languageOf } from '../../../shared/i18n';
import { formatDateTime } from '../../../shared/text';
import { useLanguage } from '../../useT';

/** Dates and times as the UI's language writes them (`1 Mar 2025, 10:30`, `01.03.2025, 10:30`). */
export function useDateFormat(): (iso: string | undefined) => string {
  const language = languageOf(useLanguage());
  return (iso) => (iso ? formatDateTime(iso, language) : '');
}
