import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clauseCount, type Contract, type Language } from '../../shared/contract';
import { summarizeChanges, exportFileName, commentsOfExport, INTERNAL_MARK, type ChecklistSummary, type ExportMode, type TomLayout } from '../../shared/docx';
import { errorMessage, type ExportOutcome } from '../../shared/host';
import { LANGUAGES, languageOf } from '../../shared/i18n';
import { ExportComments } from './ExportComments';
import type { ExportChoices, ExportRequest } from '../../shared/documents';

export interface ExportDialogProps {
  readonly contract: Contract;
  /** The open document's file name, from which the saved file's name is proposed. */
  readonly documentName: string;
  /** The Art. 28 checklist, for the cover page; without it the cover page shows the changes only. */
  readonly checklist?: ChecklistSummary;
  /** The reviewer's name from the preferences, proposed as the document's author. */
  readonly loadAuthor?: () => Promise<string>;
  /**
   * The file name of the Word document the review came from, when export writes into it:
   * its own look stays, so the choices of layout are not offered, and internal notes never go.
   */
  readonly theirDocument?: string;
  /** Writes the file (the host shows the save dialog). */
  readonly onExport: (request: ExportRequest) => Promise<ExportOutcome>;
  readonly onClose: () => void;
}

type Progress =
  | { readonly state: 'idle' }
  | { readonly state: 'exporting' }
  | { readonly state: 'saved'; readonly name: string }
  | { readonly state: 'failed'; readonly message: string };

/** Contracts this large take a moment to write: the dialog then says what it is writing. */
const LARGE = 150;

function baseName(name: string): string {
  return name.replace(/\.[^.]+$/u, '');
}

/**
 * The export choices: a redline with tracked changes and comments or a clean copy,
 * internal notes (out unless asked for), the measures as text or as a table, a cover page,
 * the language of what the export writes of its own (the contract's unless chosen), and the
 * author and title the document properties carry. Safe defaults throughout. Before anything
 * is written it says what goes out, and lists the comments that go to the counterparty.
 */
export function ExportDialog({ contract, documentName, checklist, theirDocument, loadAuthor, onExport, onClose }: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const summary = useMemo(() => summarizeChanges(contract), [contract]);
  const [mode, setMode] = useState<ExportMode>('redline');
  const [includeInternal, setIncludeInternal] = useState(false);
  const [tomLayout, setTomLayout] = useState<TomLayout>('text');
  const [coverPage, setCoverPage] = useState(false);
  const [author, setAuthor] = useState('');
  const [title, setTitle] = useState(contract.title);
  const [language, setLanguage] = useState<Language>(contract.language);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });

  useEffect(() => {
    const element = dialog.current;
    // Where modal dialogs are missing (jsdom), the dialog still opens, just not modally.
    if (element?.showModal) element.showModal();
    else element?.setAttribute('open', '');
  }, []);

  useEffect(() => {
    let current = true;
    loadAuthor?.().then(
      (name) => {
        if (current) setAuthor((typed) => (typed === '' ? name : typed));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [loadAuthor]);

  const exporting = progress.state === 'exporting';
  const clauses = clauseCount(contract);
  const internal = mode === 'redline' && includeInternal && theirDocument === undefined;
  const into = theirDocument !== undefined;
  const comments = useMemo(() => commentsOfExport(contract, { mode, includeInternal: internal, theirDocument: into }), [contract, mode, internal, into]);
  const going =
    mode === 'redline'
      ? t('export.summary.redline', { changes: t('export.summary.changes', { count: summary.pending }), comments: t('export.summary.comments', { count: comments.leaving.length }) })
      : summary.pending > 0
        ? t('export.summary.clean', { count: summary.pending })
        : t('export.summary.cleanUnchanged');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (exporting) return;
    const choices: ExportChoices = { mode, includeInternal: internal, tomLayout, coverPage, author: author.trim(), title: title.trim(), language };
    setProgress({ state: 'exporting' });
    try {
      const suggestedName = exportFileName(baseName(documentName) || contract.title, mode, language);
      const outcome = await onExport({ contract, choices, ...(checklist ? { checklist } : {}), suggestedName });
      if (outcome.status === 'saved') setProgress({ state: 'saved', name: outcome.name });
      else if (outcome.status === 'cancelled') setProgress({ state: 'idle' });
      else setProgress({ state: 'failed', message: errorMessage(outcome.error, (key, params) => t(key, params), languageOf(i18n.language)) });
    } catch (error) {
      setProgress({ state: 'failed', message: t('export.failed', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  }

  return (
    <dialog ref={dialog} className="dialog export-dialog" aria-labelledby={`${ids}-title`} onClose={onClose} onCancel={(event) => exporting && event.preventDefault()}>
      <form onSubmit={submit}>
        <h2 id={`${ids}-title`}>{t('export.title')}</h2>
        <p className="export-summary">{going}</p>
        {theirDocument !== undefined && <p className="hint">{t('export.intoTheirs', { file: theirDocument })}</p>}
        {mode === 'redline' && <ExportComments comments={comments} internalMark={INTERNAL_MARK[language]} />}

        <fieldset disabled={exporting}>
          <legend>{t('export.mode')}</legend>
          <label>
            <input type="radio" name="mode" value="redline" checked={mode === 'redline'} onChange={() => setMode('redline')} aria-describedby={`${ids}-redline`} />
            {t('export.redline')}
          </label>
          <p id={`${ids}-redline`} className="hint">
            {t('export.redlineHint')}
          </p>
          {theirDocument === undefined && (
            <>
              <label className="indented">
                <input type="checkbox" checked={mode === 'redline' && includeInternal} disabled={mode === 'clean'} onChange={(event) => setIncludeInternal(event.target.checked)} aria-describedby={`${ids}-internal`} />
                {t('export.includeInternal')}
              </label>
              <p id={`${ids}-internal`} className="hint indented">
                {t('export.includeInternalHint', { mark: INTERNAL_MARK[language] })}
                {summary.internalComments > 0 && !includeInternal ? ` ${t('export.internalCount', { count: summary.internalComments })}` : ''}
              </p>
            </>
          )}
          <label>
            <input type="radio" name="mode" value="clean" checked={mode === 'clean'} onChange={() => setMode('clean')} aria-describedby={`${ids}-clean`} />
            {t('export.clean')}
          </label>
          <p id={`${ids}-clean`} className="hint">
            {theirDocument === undefined ? t('export.cleanHint') : t('export.cleanHintTheirs')}
          </p>
        </fieldset>

        {contract.toms.length > 0 && theirDocument === undefined && (
          <fieldset disabled={exporting}>
            <legend>{t('export.toms')}</legend>
            <label>
              <input type="radio" name="toms" value="text" checked={tomLayout === 'text'} onChange={() => setTomLayout('text')} />
              {t('export.tomText')}
            </label>
            <label>
              <input type="radio" name="toms" value="table" checked={tomLayout === 'table'} onChange={() => setTomLayout('table')} />
              {t('export.tomTable')}
            </label>
          </fieldset>
        )}

        <fieldset disabled={exporting}>
          {theirDocument === undefined && (
            <>
              <label>
                <input type="checkbox" checked={coverPage} onChange={(event) => setCoverPage(event.target.checked)} />
                {checklist ? t('export.coverPageChecklist') : t('export.coverPage')}
              </label>
              <label className="field inline">
                {t('export.language')}
                <select value={language} onChange={(event) => setLanguage(LANGUAGES.find((candidate) => candidate === event.target.value) ?? contract.language)} aria-describedby={`${ids}-language`}>
                  {LANGUAGES.map((option) => (
                    <option key={option} value={option}>
                      {t(`language.${option}`)}
                    </option>
                  ))}
                </select>
              </label>
              <p id={`${ids}-language`} className="hint">
                {t('export.languageHint')}
              </p>
            </>
          )}
          <label className="field">
            {theirDocument === undefined ? t('export.author') : t('export.authorTheirs')}
            <input type="text" value={author} maxLength={200} onChange={(event) => setAuthor(event.target.value)} aria-describedby={`${ids}-author`} />
          </label>
          <p id={`${ids}-author`} className="hint">
            {theirDocument === undefined ? t('export.authorHint') : t('export.authorHintTheirs')}
          </p>
          {theirDocument === undefined && (
            <label className="field">
              {t('export.documentTitle')}
              <input type="text" value={title} maxLength={1000} onChange={(event) => setTitle(event.target.value)} />
            </label>
          )}
        </fieldset>

        <div className="export-status" aria-live="polite">
          {exporting && (
            <>
              <progress aria-label={t('export.exporting')} />
              <span>{clauses + contract.toms.length > LARGE ? t('export.exportingLarge', { clauses: t('outline.clauses', { count: clauses }), measures: t('outline.measures', { count: contract.toms.length }) }) : t('export.exporting')}</span>
            </>
          )}
          {progress.state === 'saved' && <span role="status">{t('export.saved', { name: progress.name })}</span>}
          {progress.state === 'failed' && <span role="alert">{progress.message}</span>}
        </div>

        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={onClose} disabled={exporting}>
            {progress.state === 'saved' ? t('export.close') : t('export.cancel')}
          </button>
          <button type="submit" disabled={exporting} aria-busy={exporting}>
            {t('export.export')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
