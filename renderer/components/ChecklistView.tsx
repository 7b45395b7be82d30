import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { applyChecklistOverrides, CHECKLIST_ITEM_IDS, scoreOf } from '../../shared/checklist';
import { languageOf } from '../../shared/i18n';
import { formatPercent } from '../../shared/text';
import { useFocusTarget } from '../focusTargets';
import { contractOf } from '../store/selectors';
import { useStore } from '../store/store';
import { ChecklistItemRow } from './ChecklistItemRow';
import { useChecklist } from './useChecklist';

/** The Art. 28 GDPR checklist: a score and every item with its clauses and reason. */
export function ChecklistView() {
  const { t, i18n } = useTranslation();
  const contract = useStore(contractOf);
  const overrides = useStore((state) => state.review!.checklist);
  const { results, done } = useChecklist(contract);
  const entries = useMemo(() => (results ? applyChecklistOverrides(results, overrides) : null), [results, overrides]);
  const score = entries ? scoreOf(entries) : null;
  const main = useRef<HTMLElement>(null);
  useFocusTarget('analysis', main);
  useFocusTarget('pane', main);

  return (
    <div className="analysis checklist-view">
      <main ref={main} className="analysis-main checklist-main" aria-label={t('views.checklist')} tabIndex={-1}>
        <header className="checklist-header">
          <div>
            <h2 className="section-title">{t('checklist.title')}</h2>
            <p className="muted">{t('checklist.intro')}</p>
          </div>
          {score && (
            <div className="score" role="group" aria-label={t('checklist.score')}>
              <span className="score-value">{formatPercent(score.percent, languageOf(i18n.language))}</span>
              <span className="score-summary">{t('checklist.summary', { covered: score.covered, weak: score.weak, missing: score.missing })}</span>
              <span className="score-bar" aria-hidden="true">
                <span className="status-bar-covered" style={{ flexGrow: score.covered }} />
                <span className="status-bar-weak" style={{ flexGrow: score.weak }} />
                <span className="status-bar-missing" style={{ flexGrow: score.missing }} />
              </span>
            </div>
          )}
        </header>
        {entries ? (
          <ol className="checklist">
            {entries.map((entry) => (
              <ChecklistItemRow key={entry.id} entry={entry} />
            ))}
          </ol>
        ) : (
          <p className="checklist-progress muted" role="status">
            {t('checklist.checking', { done, count: CHECKLIST_ITEM_IDS.length })}
            <progress value={done} max={CHECKLIST_ITEM_IDS.length} aria-hidden="true" />
          </p>
        )}
      </main>
    </div>
  );
}
