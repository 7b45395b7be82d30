import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Version } from '../../../shared/review';
import { useKeyLabels } from '../../keyboard';
import { isDirty } from '../../store/documentSlice';
import { useStore } from '../../store/store';
import { useDateFormat } from '../markup/useDateFormat';
import { Modal } from '../Modal';

type Pending = { readonly kind: 'restore' | 'delete'; readonly id: string } | null;

/** Saves the review as a named version; lists the versions to open, compare, restore or delete. */
export function VersionsDialog() {
  const { t } = useTranslation();
  const versions = useStore((state) => state.review!.versions);
  const author = useStore((state) => state.author);
  const dirty = useStore(isDirty);
  const saving = useStore((state) => state.saving);
  const keys = useKeyLabels();
  const { closeVersions, saveVersion, deleteVersion, restoreVersion, openVersion, requireAuthor, compare } = useStore.getState();
  const formatDate = useDateFormat();
  const [name, setName] = useState(t('versions.defaultName', { number: versions.length + 1 }));
  const [pending, setPending] = useState<Pending>(null);
  // The version just saved: it lives in the review, which is only kept on disk once saved.
  const [saved, setSaved] = useState<string | null>(null);
  const nameId = useId();

  const save = () =>
    requireAuthor(() => {
      saveVersion(name);
      setSaved(name);
      setName(t('versions.defaultName', { number: useStore.getState().review!.versions.length + 1 }));
    });

  const confirmation = (version: Version) => {
    if (pending?.id !== version.id) return null;
    if (pending.kind === 'delete') {
      return (
        <div className="version-confirm" role="group" aria-label={t('versions.delete')}>
          <p>{t('versions.confirmDelete', { name: version.name })}</p>
          <button type="button" onClick={() => setPending(null)}>
            {t('versions.cancel')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              deleteVersion(version.id);
              setPending(null);
            }}
          >
            {t('versions.delete')}
          </button>
        </div>
      );
    }
    return (
      <div className="version-confirm" role="group" aria-label={t('versions.restoreTitle', { name: version.name })}>
        <p>{t('versions.restoreExplain', { author: author?.name ?? '' })}</p>
        <button type="button" onClick={() => setPending(null)}>
          {t('versions.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => requireAuthor(() => restoreVersion(version.id))}>
          {t('versions.restoreConfirm')}
        </button>
      </div>
    );
  };

  return (
    <Modal title={t('versions.title')} onClose={closeVersions}>
      <div className="versions-dialog">
        <form
          className="version-save"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() !== '') save();
          }}
        >
          <label htmlFor={nameId}>{t('versions.name')}</label>
          <div className="version-save-row">
            <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} maxLength={200} required />
            <button type="submit" className="primary" disabled={name.trim() === ''}>
              {t('versions.save')}
            </button>
          </div>
          <p className="muted small-print">{t('versions.saveHint')}</p>
          {saved !== null && (
            <p className={`version-saved${dirty ? ' version-saved-unsaved' : ''}`} aria-live="polite">
              {dirty ? (
                <>
                  {t('versions.savedInReview', { name: saved, key: keys.shortcut('save') })}{' '}
                  <button type="button" className="small" disabled={saving} onClick={() => void useStore.getState().save()}>
                    {t('versions.saveReview')}
                  </button>
                </>
              ) : (
                t('versions.savedWithReview', { name: saved })
              )}
            </p>
          )}
        </form>
        {versions.length === 0 ? (
          <p className="muted">{t('versions.none')}</p>
        ) : (
          <ol className="version-list" reversed>
            {[...versions].reverse().map((version) => (
              <li key={version.id} className="version">
                <div className="version-head">
                  <strong className="version-name">{version.name}</strong>
                  <span className="muted">{t('versions.by', { author: version.author, date: formatDate(version.date) })}</span>
                </div>
                <div className="version-actions">
                  <button type="button" className="small" onClick={() => openVersion(version.id)} title={t('versions.openHint')}>
                    {t('versions.open')}
                  </button>
                  <button type="button" className="small" onClick={() => compare({ kind: 'version', id: version.id }, { kind: 'current' }, useStore.getState().compareOptions)}>
                    {t('versions.compare')}
                  </button>
                  <button type="button" className="small" onClick={() => setPending({ kind: 'restore', id: version.id })}>
                    {t('versions.restore')}
                  </button>
                  <button type="button" className="small" onClick={() => setPending({ kind: 'delete', id: version.id })}>
                    {t('versions.delete')}
                  </button>
                </div>
                {confirmation(version)}
              </li>
            ))}
          </ol>
        )}
        <div className="form-buttons">
          <button type="button" onClick={closeVersions}>
            {t('versions.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
