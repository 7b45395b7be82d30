import { useTranslation } from 'react-i18next';
import { useStore } from '../store/store';
import { ChecklistView } from './ChecklistView';
import { LanguageSwitch, type LanguageProps } from './LanguageSwitch';
import { MatrixView } from './MatrixView';
import { Outline } from './Outline';
import { Reader } from './Reader';
import { ReviewToolbar } from './ReviewToolbar';
import { RightPane } from './RightPane';
import { ViewSwitch } from './ViewSwitch';

interface WorkspaceProps extends LanguageProps {
  /** Leaves the document, asking first when there are unsaved changes. */
  readonly onClose: () => void;
  /** Opens the export dialog (Word document with tracked changes, or a clean copy). */
  readonly onExport: () => void;
}

/**
 * The open review: the contract (outline, clause reader and the right pane with measures,
 * changes and notes), the responsibility matrix, or the Art. 28 checklist.
 */
export function Workspace({ onClose, onExport, ...language }: WorkspaceProps) {
  const { t } = useTranslation();
  const document = useStore((state) => state.document)!;
  const title = useStore((state) => state.review!.contract.title);
  const mode = useStore((state) => state.mode);
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
        <ViewSwitch />
        <button type="button" onClick={onExport} title={t('export.buttonHint')}>
          {t('export.button')}
        </button>
        <LanguageSwitch {...language} />
      </header>
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
    </div>
  );
}
