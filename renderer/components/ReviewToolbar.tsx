import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewStatus, MarkupView } from '../../shared/contract';
import { reviewProgress } from '../../shared/review';
import { isDirty } from '../store/documentSlice';
import { redo, undo, useHistory, useStore } from '../store/store';
import { useKeyLabels } from '../keyboard';
import { STATUSES } from './ItemActions';

const VIEWS: readonly MarkupView[] = ['all', 'simple', 'original', 'final'];

/** Save, undo and redo, the markup view, review progress and the status filter. */
export function ReviewToolbar() {
  const { t } = useTranslation();
  const keys = useKeyLabels();
  const dirty = useStore(isDirty);
  const saving = useStore((state) => state.saving);
  const receiving = useStore((state) => state.receiving);
  const save = useStore((state) => state.save);
  const markupView = useStore((state) => state.markupView);
  const setMarkupView = useStore((state) => state.setMarkupView);
  const statusFilter = useStore((state) => state.statusFilter);
  const setStatusFilter = useStore((state) => state.setStatusFilter);
  const contract = useStore((state) => state.review!.contract);
  const author = useStore((state) => state.author);
  const requireIdentity = useStore((state) => state.requireAuthor);
  const askIdentity = () => useStore.setState({ identityPending: () => undefined });
  const { canUndo, canRedo } = useHistory();
  const contractView = useStore((state) => state.mode === 'contract');
  const ids = { view: useId(), status: useId(), progress: useId() };
  const progress = reviewProgress(contract);
  const progressText = t('review.progress', { done: progress.done, count: progress.total });

  return (
    <div className="review-toolbar" role="toolbar" aria-label={t('review.markup')}>
      <button type="button" className={dirty ? 'primary' : ''} disabled={saving || receiving} onClick={() => void save()} title={keys.shortcut('save')}>
        {saving ? t('review.saving') : t('review.save')}
      </button>
      {dirty && <span className="unsaved-dot" role="status">● {t('review.unsaved')}</span>}
      <button type="button" disabled={!canUndo} onClick={undo} title={`${t('review.undo')} (${keys.shortcut('undo')})`} aria-label={t('review.undo')}>
        ↶
      </button>
      <button type="button" disabled={!canRedo} onClick={redo} title={`${t('review.redo')} (${keys.shortcut('redo')})`} aria-label={t('review.redo')}>
        ↷
      </button>
      {contractView && (
        <>
          <label htmlFor={ids.view} className="muted">
            {t('review.markup')}
          </label>
          <select id={ids.view} value={markupView} onChange={(event) => setMarkupView(event.target.value as MarkupView)}>
            {VIEWS.map((view) => (
              <option key={view} value={view}>
                {t(`review.views.${view}`)}
              </option>
            ))}
          </select>
        </>
      )}
      {receiving ? (
        <div className="progress">
          <span className="muted" role="status">
            {t('workspace.receiving')}
          </span>
        </div>
      ) : (
        <div className="progress" title={progressText}>
          <span id={ids.progress} className="muted">
            {progressText}
          </span>
          <progress aria-labelledby={ids.progress} max={Math.max(progress.total, 1)} value={progress.done} />
        </div>
      )}
      {contractView && (
        <>
          <label htmlFor={ids.status} className="muted">
            {t('review.show')}
          </label>
          <select id={ids.status} value={statusFilter} onChange={(event) => setStatusFilter(event.target.value as ReviewStatus | 'all')}>
            <option value="all">{t('review.allStatuses')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="button" className="ghost reviewer" onClick={() => (author ? askIdentity() : requireIdentity(() => undefined))}>
        {author ? t('review.reviewer', { name: author.name }) : t('review.noReviewer')}
      </button>
    </div>
  );
}
