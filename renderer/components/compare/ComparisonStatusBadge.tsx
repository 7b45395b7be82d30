import { useTranslation } from 'react-i18next';
import type { ComparisonStatus, TomKind } from '../../../shared/compare';

/** The kind of a change in words and colour. */
export function ComparisonStatusBadge({ status }: { readonly status: ComparisonStatus | TomKind }) {
  const { t } = useTranslation();
  return <span className={`compare-badge compare-badge-${status}`}>{t(`compare.status.${status}`)}</span>;
}
