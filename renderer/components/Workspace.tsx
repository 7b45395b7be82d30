import { useTranslation } from 'react-i18next';
import { useStore } from '../store/store';
import { ChecklistView } from './ChecklistView';
import { LanguageSwitch, type LanguageProps } from './LanguageSwitch';
import { MatrixView } from './MatrixView';
import { Outline } from './Outline';
import { Reader } from './Reader';
import { TomPanel } from './TomPanel';
import { ViewSwitch } from './ViewSwitch';

/** Outline, clause reader and TOM panel side by side. */
export function Workspace(props: LanguageProps) {
  const { t } = useTranslation();
  const document = useStore((state) => state.document)!;
  const closeDocument = useStore((state) => state.closeDocument);
  const mode = useStore((state) => state.mode);
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
        <ViewSwitch />
        <LanguageSwitch {...props} />
      </header>
      {mode === 'contract' && (
        <div className="panes">
          <Outline />
          <Reader />
          <TomPanel />
        </div>
      )}
      {mode === 'matrix' && <MatrixView />}
      {mode === 'checklist' && <ChecklistView />}
    </div>
  );
}
