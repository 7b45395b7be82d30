import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '../../shared/docx';
import { importWarningMessage } from '../../shared/host';

/** What a DOCX import could not carry over as it was, until the reviewer dismisses it. */
export function ImportNotice({ warnings, onDismiss }: { readonly warnings: readonly ImportWarning[]; readonly onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="import-notice" role="status">
      <ul>
        {warnings.map((warning) => (
          <li key={warning.code}>{importWarningMessage(warning, (key, params) => t(key, params))}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
