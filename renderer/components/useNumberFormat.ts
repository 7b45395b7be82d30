import { useTranslation } from 'react-i18next';
import { languageOf } from '../../shared/i18n';
import { formatNumber } from '../../shared/text';

/** Counts as the UI's language writes them (`1,234`, `1.234`), for numbers shown outside a message. */
export function useNumberFormat(): (value: number) => string {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return (value) => formatNumber(value, language);
}
