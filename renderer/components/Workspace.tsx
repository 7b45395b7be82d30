import { useTranslation } from 'react-i18next';
import { useKeyLabels } from '../keyboard';
import { useStore } from '../store/store';
import { ChecklistView } from './ChecklistView';
import { LanguageSwitch, type LanguageProps } from './LanguageSwitch';
import { MoreMenu } from './MoreMenu';
import { MatrixView } from './MatrixView';
import { Outline } from './Outline';
import { Reader } from './Reader';
import { ReviewToolbar } from './ReviewToolbar';
import { RightPane } from './RightPane';
import { ViewSwitch } from './ViewSwitch';
import { CompareButtons } from './compare/CompareButtons';
import { CompareDialog } from './compare/CompareDialog';
import { ComparisonView } from './compare/ComparisonView';
import { VersionReader } from './versions/VersionReader';
import { VersionsDialog } from './versions/VersionsDialog';

interface WorkspaceProps extends LanguageProps {
  /** Leaves the document, asking first when there are unsaved changes. */
  readonly onClose: () => void;
  /** Opens the export dialog (Word document with tracked changes, or a clean copy). */
  readonly onExport: () => void;
  /** Opens the overview of keyboard shortcuts. */
  readonly onShortcuts: () => void;
}

/**
 * The open review: the contract (outline, clause reader and the right pane with measures,
 * changes and notes), the responsibility matrix, or the Art. 28 checklist.
 */
export function Workspace({ onClose, onExport, onShortcuts, ...language }: WorkspaceProps) {
  const { t } = useTranslation();
  const keys = useKeyLabels();
  const openReport = useStore((state) => state.setReportOpen);
  const document = useStore((state) => state.document)!;
  const title = useStore((state) => state.review!.contract.title);
  const mode = useStore((state) => state.mode);
  const showing = useStore((state) => (state.comparison ? 'compare' : state.review?.versions.some((version) => version.id === state.versionView) ? 'version' : 'review'));
  const compareDialog = useStore((state) => state.compareDialog !== null);
  const versionsDialog = useStore((state) => state.versionsOpen);
  const receiving = useStore((state) => state.receiving);
  return (
    <div className="workspace">
      <header className="topbar">
        <button type="button" className="ghost" onClick={onClose} title={t('workspace.startHint')}>
          ← {t('workspace.start')}
        </button>
        <div className="doc-title">
          <h1 title={title}>{title}</h1>
          <span className="doc-kind">
            {t(`workspace.kind.${document.savedAsReview ? 'review' : document.kind}`)} · {document.name}
          </span>
        </div>
        {/* What reads the whole contract waits until it has all come (`receiving`). */}
        <fieldset className="topbar-actions" disabled={receiving}>
          {showing === 'review' && <ViewSwitch />}
          <CompareButtons />
          <button type="button" onClick={onExport} title={`${t('export.buttonHint')} (${keys.shortcut('exportDocx')})`}>
            {t('export.button')}
          </button>
          <MoreMenu label={t('workspace.more')}>
            <button type="button" className="report-button" onClick={() => openReport(true)} title={`${t('report.buttonHint')} (${keys.shortcut('exportReport')})`}>
              {t('report.button')}
            </button>
            <button type="button" className="shortcuts-button" onClick={onShortcuts} title={`${t('shortcuts.button')} (?)`}>
              {t('shortcuts.button')}
            </button>
            <LanguageSwitch {...language} />
          </MoreMenu>
        </fieldset>
      </header>
      {showing === 'review' && (
        <>
          <ReviewToolbar />
          {mode === 'contract' && (
            <div className="panes">
              <Outline />
              <Reader />
              <RightPane />
            </div>
          )}
          {mode === 'matrix' && <MatrixView />}
          {mode === 'checklist' && <ChecklistView />}
        </>
      )}
      {showing === 'compare' && <ComparisonView />}
      {showing === 'version' && <VersionReader />}
      {versionsDialog && <VersionsDialog />}
      {compareDialog && <CompareDialog />}
    </div>
  );
}
