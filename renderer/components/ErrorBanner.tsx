import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../shared/text/formatBytes';
import { MAX_TEXT_BYTES } from '../../shared/documents/loadDocument';
import { useStore } from '../store/store';

/** What went wrong, in the user's language, until they dismiss it. */
export function ErrorBanner() {
  const { t } = useTranslation();
  const error = useStore((state) => state.error);
  const dismiss = useStore((state) => state.dismissError);
  if (!error) return null;
  const detail = 'detail' in error ? (error.detail ?? '') : '';
  const size = /^\d+$/u.test(detail) ? formatBytes(Number(detail)) : '';
  const file = 'file' in error ? (error.file ?? '') : '';
  return (
    <div className="error-banner" role="alert">
      <p>{t(`errors.${error.code}`, { file, size, limit: formatBytes(MAX_TEXT_BYTES), detail })}</p>
      <button type="button" onClick={dismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
