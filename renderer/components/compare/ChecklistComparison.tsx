import { useTranslation } from 'react-i18next';
import type { ChecklistItemComparison } from '../../../shared/compare/checklist';

/** The Art. 28 checklist of both sides, item by item: what got better, what got worse. */
export function ChecklistComparison({ items, names }: { readonly items: readonly ChecklistItemComparison[]; readonly names: { readonly old: string; readonly new: string } }) {
  const { t } = useTranslation();
  const status = (value: ChecklistItemComparison['old']) => (value === null ? t('compare.none') : t(`compare.checklistStatus.${value}`));
  return (
    <section className="checklist-comparison" aria-label={t('compare.checklist')}>
      <h2 className="compare-heading">{t('compare.checklist')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('compare.checklistItem')}</th>
            <th scope="col">{names.old}</th>
            <th scope="col">{names.new}</th>
            <th scope="col">
              <span className="visually-hidden">{t('compare.summary')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={`trend-${item.trend}`}>
              <th scope="row">{item.title}</th>
              <td className={item.old ? `checklist-${item.old}` : ''}>{status(item.old)}</td>
              <td className={item.new ? `checklist-${item.new}` : ''}>{status(item.new)}</td>
              <td>
                <span className={`trend trend-${item.trend}`}>{t(`compare.trend.${item.trend}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
