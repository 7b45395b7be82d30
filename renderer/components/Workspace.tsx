import { useTranslation } from 'react-i18next';
import { useStore } from '../store/store';
import { LanguageSwitch, type LanguageProps } from './LanguageSwitch';
import { Outline } from './Outline';
import { Reader } from './Reader';
import { ReviewToolbar } from './ReviewToolbar';
import { RightPane } from './RightPane';
import { CompareButtons } from './compare/CompareButtons';
import { CompareDialog } from './compare/CompareDialog';
import { ComparisonView } from './compare/ComparisonView';
import { VersionReader } from './versions/VersionReader';
import { VersionsDialog } from './versions/VersionsDialog';

interface WorkspaceProps extends LanguageProps {
  /** Leaves the document, asking first when there are unsaved changes. */
  readonly onClose: () => void;
}

/** Outline, clause reader and the right pane (measures, changes, notes) side by side. */
export function Workspace({ onClose, ...language }: WorkspaceProps) {
  const { t } = useTranslation();
  const document = useStore((state) => state.document)!;
  const title = useStore((state) => state.review!.contract.title);
  const mode = useStore((state) => (state.comparison ? 'compare' : state.review?.versions.some((version) => version.id === state.versionView) ? 'version' : 'review'));
  const compareDialog = useStore((state) => state.compareDialog !== null);
  const versionsDialog = useStore((state) => state.versionsOpen);
  return (
    <div className="workspace">
      <header className="topbar">
        <button type="button" className="ghost" onClick={onClose} title={t('workspace.startHint')}>
          ← {t('workspace.start')}
        </button>
        <div className="doc-title">
          <h1>{title}</h1>
          <span className="doc-kind">
            {t(`workspace.kind.${document.savedAsReview ? 'review' : document.kind}`)} · {document.name}
          </span>
        </div>
        <CompareButtons />
        <LanguageSwitch {...language} />
      </header>
      {mode === 'review' && (
        <>
          <ReviewToolbar />
          <div className="panes">
            <Outline />
            <Reader />
            <RightPane />
          </div>
        </>
      )}
      {mode === 'compare' && <ComparisonView />}
      {mode === 'version' && <VersionReader />}
      {versionsDialog && <VersionsDialog />}
      {compareDialog && <CompareDialog />}
    </div>
  );
}
