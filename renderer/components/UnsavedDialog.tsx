import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

/** Save, discard or go back: asked before unsaved changes would be lost. */
export function UnsavedDialog({ onChoice }: { readonly onChoice: (choice: 'save' | 'discard' | 'cancel') => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('unsaved.title')} onClose={() => onChoice('cancel')}>
      <p>{t('unsaved.message')}</p>
      <div className="form-buttons">
        <button type="button" onClick={() => onChoice('cancel')}>
          {t('unsaved.cancel')}
        </button>
        <button type="button" onClick={() => onChoice('discard')}>
          {t('unsaved.discard')}
        </button>
        <button type="button" className="primary" onClick={() => onChoice('save')}>
          {t('unsaved.save')}
        </button>
      </div>
    </Modal>
  );
}
