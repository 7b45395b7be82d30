import { useTranslation } from 'react-i18next';
import { useStore } from '../store/store';
import { LanguageSwitch, type LanguageProps } from './LanguageSwitch';
import { Outline } from './Outline';
import { Reader } from './Reader';
import { TomPanel } from './TomPanel';

/** Outline, clause reader and TOM panel side by side. */
export function Workspace({ onExport, ...props }: LanguageProps & { readonly onExport?: () => void }) {
  const { t } = useTranslation();
  const document = useStore((state) => state.document)!;
  const closeDocument = useStore((state) => state.closeDocument);
  return (
    <div className="workspace">
      <header className="topbar">
        <button type="button" className="ghost" onClick={closeDocument} title={t('workspace.startHint')}>
          ← {t('workspace.start')}
        </button>
        <div className="doc-title">
          <h1>{document.contract.title}</h1>
          <span className="doc-kind">
            {t(`workspace.kind.${document.kind}`)} · {document.name}
          </span>
        </div>
        {onExport && (
          <button type="button" onClick={onExport} title={t('export.buttonHint')}>
            {t('export.button')}
          </button>
        )}
        <LanguageSwitch {...props} />
      </header>
      <div className="panes">
        <Outline />
        <Reader />
        <TomPanel />
      </div>
    </div>
  );
}
