import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/host';
import { languageOf } from '../../shared/i18n';
import { useStore } from '../store/store';

/** What went wrong, in the user's language, until they dismiss it. */
export function ErrorBanner() {
  const { t, i18n } = useTranslation();
  const error = useStore((state) => state.error);
  const dismiss = useStore((state) => state.dismissError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <p>{errorMessage(error, (key, params) => t(key, params), languageOf(i18n.language))}</p>
      <button type="button" onClick={dismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
