import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recovery } from '../../shared/host';
import { host } from '../host';
import { useStore } from '../store/store';
import { useDateFormat } from './markup/useDateFormat';

/** After a crash: offers the autosave that is newer than the saved review. */
export function RecoveryNotice() {
  const { t } = useTranslation();
  const open = useStore((state) => state.open);
  const formatDate = useDateFormat();
  const [recovery, setRecovery] = useState<Recovery | null>(null);

  useEffect(() => {
    let live = true;
    void host()
      .checkRecovery()
      .then((found) => live && setRecovery(found));
    return () => {
      live = false;
    };
  }, []);

  if (!recovery) return null;
  return (
    <section className="recovery" role="alert" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p>{t('recovery.message', { name: recovery.name, date: formatDate(recovery.savedAt) })}</p>
      <div className="form-buttons">
        <button
          type="button"
          onClick={() => {
            setRecovery(null);
            void host().discardRecovery();
          }}
        >
          {t('recovery.discard')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={async () => {
            setRecovery(null);
            await open(() => host().recover());
            // The recovered review is not on disk yet: it counts as unsaved until saved.
            useStore.setState({ savedReview: null });
          }}
        >
          {t('recovery.recover')}
        </button>
      </div>
    </section>
  );
}
