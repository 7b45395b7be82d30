import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_ITEM_IDS } from '../../../shared/checklist';
import { errorMessage } from '../../../shared/host';
import { languageOf } from '../../../shared/i18n';
import type { Contract } from '../../../shared/contract';
import { changesByTarget, reportMatrix, reviewReport, type ReviewReport } from '../../../shared/report';
import type { ResponsibilityMatrix } from '../../../shared/toms';
import { formatBytes, formatPercent } from '../../../shared/text';
import { requestFocus } from '../../focus';
import { host } from '../../host';
import { useStore } from '../../store/store';
import { useDateFormat } from '../markup/useDateFormat';
import { useChecklist } from '../useChecklist';
import { ReportContract, reportItemCount, type Marked } from './ReportContract';
import { useGrowingCount } from './useGrowingCount';
import { matrixBlockRows, ReportChecklist, ReportDecisions, ReportMatrix } from './ReportTables';

/** Clauses and measures drawn per task: about 30 ms of work in Chromium on a 2-core machine. */
const DRAWN_PER_TASK = 60;
const PARTS_AFTER_MATRIX = 2;

type Progress = { readonly state: 'idle' } | { readonly state: 'saving' } | { readonly state: 'done'; readonly message: string } | { readonly state: 'failed'; readonly message: string };

/**
 * The review report, shown as it will be printed: the contract with its markup, the
 * responsibility matrix, the Art. 28 checklist and the decision record. *Save as PDF…* has
 * the host print this page (print CSS leaves out the bar above it) and save it where the
 * reviewer chooses.
 */
export function ReportView({ onClose }: { readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const review = useStore((state) => state.review)!;
  const name = useStore((state) => state.document?.name ?? review.source.name);
  const author = useStore((state) => state.author?.name ?? null);
  const contract = review.contract;
  // The checklist in slices first (the report counts it), then the contract a slice at a time.
  const checklist = useChecklist(contract);
  const report = useMemo(() => (checklist.results ? reviewReport(review) : null), [checklist.results, review]);
  const marked = useMemo(() => (report ? { numbers: new Map(report.changes.map((change) => [change.id, change.number])), byTarget: changesByTarget(report.changes) } : null), [report]);
  const total = reportItemCount(contract);
  const drawn = useGrowingCount(report ? total : 0, DRAWN_PER_TASK);
  // Then the matrix, made a task later, drawn a slice of rows at a time, then the parts after it (checklist, decisions), one a task: each can be long.
  const contractDrawn = report !== null && drawn >= total;
  const matrix = useMatrixAfter(contractDrawn, contract);
  const matrixRows = matrix?.rows.length ?? 0;
  const rowsDrawn = useGrowingCount(matrix ? matrixRows : 0, matrix ? matrixBlockRows(matrix) : 1);
  const parts = useGrowingCount(matrix && rowsDrawn >= matrixRows ? PARTS_AFTER_MATRIX : 0, 1);
  const ready = matrix !== null && rowsDrawn >= matrixRows && parts >= PARTS_AFTER_MATRIX;
  const [made] = useState(() => new Date().toISOString());
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const saveButton = useRef<HTMLButtonElement>(null);
  const reportScreen = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The report's own screen holds the focus until Save can be pressed (below).
    reportScreen.current?.focus();
    // The PDF takes its title from the page.
    const title = document.title;
    document.title = `${t('report.title')} – ${contract.title}`;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.title = title;
      // Back where the report was asked for: the title bar's More button, which holds it.
      requestFocus(() => document.querySelector<HTMLElement>('.topbar .more-button'));
    };
  }, [contract.title, onClose, t]);

  // Save is focused once there is a whole report to save, unless the reviewer went elsewhere meanwhile.
  useEffect(() => {
    const focus = document.activeElement;
    if (ready && (focus === null || focus === document.body || focus === reportScreen.current)) saveButton.current?.focus();
  }, [ready]);

  const save = async () => {
    setProgress({ state: 'saving' });
    try {
      const outcome = await host().exportReportPdf({ suggestedName: t('report.fileName', { name: name.replace(/\.[^.]+$/u, '') }) });
      if (outcome.status === 'saved') setProgress({ state: 'done', message: t('report.saved', { name: outcome.name, size: formatBytes(outcome.bytes, language) }) });
      else if (outcome.status === 'failed') setProgress({ state: 'failed', message: t('report.failed', { detail: errorMessage(outcome.error, (key, params) => t(key, params), language) }) });
      else setProgress({ state: 'idle' });
    } catch (error) {
      setProgress({ state: 'failed', message: t('report.failed', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const status =
    report === null
      ? t('checklist.checking', { done: checklist.done, count: CHECKLIST_ITEM_IDS.length })
      : !matrix
        ? t('report.preparing', { done: drawn, count: total })
        : !ready
          ? t('report.preparingMatrix', { done: rowsDrawn, count: matrixRows })
          : progress.state === 'saving'
            ? t('report.saving')
            : progress.state === 'done' || progress.state === 'failed'
              ? progress.message
              : '';

  return (
    <div className="report-screen" ref={reportScreen} tabIndex={-1}>
      <div className="report-toolbar" role="toolbar" aria-label={t('report.title')}>
        <p className="report-preview-hint">{t('report.preview')}</p>
        <span className="report-progress" role="status">
          {status}
        </span>
        <button ref={saveButton} type="button" className="primary" disabled={!ready || progress.state === 'saving'} onClick={() => void save()}>
          {t('report.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('report.close')}
        </button>
      </div>
      <main className="report" aria-label={t('report.title')} aria-busy={!ready}>
        {report === null && (
          // The toolbar's status says how far the check has come; the paper shows it as a bar.
          <progress className="report-checking" value={checklist.done} max={CHECKLIST_ITEM_IDS.length} aria-hidden="true" />
        )}
        {report && marked && <ReportBody contract={contract} report={report} marked={marked} drawn={drawn} matrix={matrix} rows={rowsDrawn} parts={parts} made={made} name={name} author={author} />}
      </main>
    </div>
  );
}

/**
 * The responsibility matrix of `contract`, made in the task after `wanted` turned true (the
 * contract part is whole): with a hundred services it has tens of thousands of cells, work
 * that should not join the task that drew the contract's last slice. Null until then.
 */
function useMatrixAfter(wanted: boolean, contract: Contract): ResponsibilityMatrix | null {
  const [made, setMade] = useState<{ readonly contract: Contract; readonly matrix: ResponsibilityMatrix } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    const timer = setTimeout(() => setMade({ contract, matrix: reportMatrix(contract) }), 0);
    return () => clearTimeout(timer);
  }, [wanted, contract]);
  return wanted && made?.contract === contract ? made.matrix : null;
}

/** The report itself: cover, the contract (drawn up to `drawn` clauses and measures), the matrix once made (`rows` of it), then checklist and decisions (`parts` of them). */
function ReportBody(props: {
  readonly contract: Contract;
  readonly report: ReviewReport;
  readonly marked: Marked;
  readonly drawn: number;
  /** Null before the contract part is whole and a task after. */
  readonly matrix: ResponsibilityMatrix | null;
  /** How many rows of the matrix are drawn yet. */
  readonly rows: number;
  /** How many of the parts after the matrix are drawn yet. */
  readonly parts: number;
  readonly made: string;
  readonly name: string;
  readonly author: string | null;
}) {
  const { contract, report, marked, drawn, matrix, rows, parts, made, name, author } = props;
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const formatDate = useDateFormat();
  const summary = t('checklist.summary', { covered: report.score.covered, weak: report.score.weak, missing: report.score.missing });
  const percent = formatPercent(report.score.percent, language);
  const score = useMemo(() => ({ percent, summary }), [percent, summary]);
  return (
    <>
      <header className="report-cover">
        <p className="report-kicker">{t('report.title')}</p>
        <h1 lang={contract.language}>{contract.title}</h1>
        <p>{author ? t('report.made', { date: formatDate(made), author }) : t('report.madeAnonymous', { date: formatDate(made) })}</p>
        <p>{t('report.document', { name })}</p>
        <h2>{t('report.glance')}</h2>
        <ul className="report-glance">
          <li>{t('review.progress', { done: report.progress.done, count: report.progress.total })}</li>
          <li>{t('changes.count', { count: report.changes.length })}</li>
          <li>{t('report.comments', { internal: t('report.internalComments', { count: report.comments.internal }), external: t('report.externalComments', { count: report.comments.external }) })}</li>
          <li>{t('report.score', { percent, summary })}</li>
          <li>{t('report.decisions', { count: report.decisions.length })}</li>
        </ul>
        <h2>{t('report.contents')}</h2>
        <ol className="report-contents">
          <li>{t('report.parts.contract')}</li>
          <li>{t('report.parts.matrix')}</li>
          <li>{t('report.parts.checklist')}</li>
          <li>{t('report.parts.decisions')}</li>
        </ol>
        <p className="report-note">{t('report.legend')}</p>
      </header>
      <ReportContract contract={contract} marked={marked} limit={drawn} />
      {matrix && <ReportMatrix matrix={matrix} language={contract.language} rows={rows} />}
      {parts >= 1 && <ReportChecklist entries={report.checklist} score={score} />}
      {parts >= 2 && <ReportDecisions decisions={report.decisions} />}
    </>
  );
}
