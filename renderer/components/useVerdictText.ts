import { useTranslation } from 'react-i18next';
import type { ChecklistOverride } from '../../shared/checklist';
import { useDateFormat } from './markup/useDateFormat';

/** A reviewer's verdict on a checklist item in words (status, who, when, note), as the checklist and the report show it. */
export function useVerdictText(): (override: ChecklistOverride) => string {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (override) => t('checklist.reviewed', { status: t(`checklist.status.${override.status}`), by: override.by, at: formatDate(override.at), note: override.note });
}
