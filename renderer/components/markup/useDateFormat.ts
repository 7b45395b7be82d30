import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../shared/i18n';
import { formatDateTime } from '../../../shared/text/formatDate';

/** Dates and times as the UI's language writes them (`1 Mar 2025, 10:30`, `01.03.2025, 10:30`). */
export function useDateFormat(): (iso: string | undefined) => string {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return (iso) => (iso ? formatDateTime(iso, language) : '');
}
