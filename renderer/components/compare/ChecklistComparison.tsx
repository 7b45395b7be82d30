import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistStatuses, compareChecklists, type ChecklistItemComparison } from '../../../shared/compare';
import type { Contract } from '../../../shared/contract';
import { useChecklist } from '../useChecklist';
import type { ChecklistOverride } from '../../../shared/checklist';

interface Names {
  readonly old: string;
  readonly new: string;
}

/**
 * Both sides' checklists, checked in slices like the checklist view's, and then compared: the
 * comparison's rows show at once, and only this part waits (and re-renders) while the check runs.
 */
export function ChecklistOfBothSides({
  oldContract,
  newContract,
  overrides,
  names,
}: {
  readonly oldContract: Contract;
  readonly newContract: Contract;
  readonly overrides: { readonly old: readonly ChecklistOverride[]; readonly new: readonly ChecklistOverride[] };
  readonly names: Names;
}) {
  const { t } = useTranslation();
  const oldResults = useChecklist(oldContract).results;
  const newResults = useChecklist(newContract).results;
  const items = useMemo(
    () => (oldResults && newResults ? compareChecklists(checklistStatuses(oldResults, overrides.old, t), checklistStatuses(newResults, overrides.new, t)) : null),
    [oldResults, newResults, overrides, t],
  );
  if (!items) {
    return (
      <p className="compare-checking muted" role="status">
        {t('compare.checklistChecking')}
      </p>
    );
  }
  return <ChecklistComparison items={items} names={names} />;
}

/** The Art. 28 checklist of both sides, item by item: what got better, what got worse. */
export function ChecklistComparison({ items, names }: { readonly items: readonly ChecklistItemComparison[]; readonly names: Names }) {
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
