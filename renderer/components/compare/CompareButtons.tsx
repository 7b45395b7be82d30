import { useTranslation } from 'react-i18next';
import { useKeyLabels } from '../../keyboard';
import { useStore } from '../../store/store';

/** The toolbar's way to versions and comparisons. */
export function CompareButtons() {
  const { t } = useTranslation();
  const keys = useKeyLabels();
  const count = useStore((state) => state.review?.versions.length ?? 0);
  const openVersions = useStore((state) => state.openVersions);
  const openCompareDialog = useStore((state) => state.openCompareDialog);
  return (
    <>
      <button type="button" onClick={openVersions} title={t('versions.count', { count })}>
        {t('versions.button')}
        {count > 0 && <span className="tab-count">{count}</span>}
      </button>
      <button type="button" onClick={() => openCompareDialog()} title={keys.shortcut('compare')}>
        {t('compare.button')}
      </button>
    </>
  );
}
