import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function AboutDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">{t('about.title')}</h2>
      <p>{t('about.text', { version: __APP_VERSION__ })}</p>
      <p>{t('start.offline')}</p>
      <button type="button" onClick={onClose} autoFocus>
        {t('about.close')}
      </button>
    </dialog>
  );
}
