import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/host/errorMessage';
import { languageOf } from '../../../shared/i18n';
import { changesByTarget, reviewReport } from '../../../shared/report/reviewReport';
import { formatBytes } from '../../../shared/text/formatBytes';
import { formatPercent } from '../../../shared/text/formatNumber';
import { host } from '../../host';
import { whenRendered } from '../../store/navigation';
import { useStore } from '../../store/store';
import { useDateFormat } from '../markup/useDateFormat';
import { ReportContract } from './ReportContract';
import { ReportChecklist, ReportDecisions, ReportMatrix } from './ReportTables';

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
  const formatDate = useDateFormat();
  const report = useMemo(() => reviewReport(review), [review]);
  const marked = useMemo(() => ({ numbers: new Map(report.changes.map((change) => [change.id, change.number])), byTarget: changesByTarget(report.changes) }), [report]);
  const [made] = useState(() => new Date().toISOString());
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const saveButton = useRef<HTMLButtonElement>(null);
  const contract = review.contract;

  useEffect(() => {
    saveButton.current?.focus();
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
      // Back where the report was asked for.
      whenRendered('.topbar .report-button', (element) => element.focus());
    };
  }, [contract.title, onClose, t]);

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

  const summary = t('checklist.summary', { covered: report.score.covered, weak: report.score.weak, missing: report.score.missing });
  const percent = formatPercent(report.score.percent, language);

  return (
    <div className="report-screen">
      <div className="report-toolbar" role="toolbar" aria-label={t('report.title')}>
        <p className="report-preview-hint">{t('report.preview')}</p>
        <span className="report-progress" role="status">
          {progress.state === 'saving' ? t('report.saving') : progress.state === 'done' || progress.state === 'failed' ? progress.message : ''}
        </span>
        <button ref={saveButton} type="button" className="primary" disabled={progress.state === 'saving'} onClick={() => void save()}>
          {t('report.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('report.close')}
        </button>
      </div>
      <main className="report" aria-label={t('report.title')}>
        <header className="report-cover">
          <p className="report-kicker">{t('report.title')}</p>
          <h1 lang={contract.language}>{contract.title}</h1>
          <p>{author ? t('report.made', { date: formatDate(made), author }) : t('report.madeAnonymous', { date: formatDate(made) })}</p>
          <p>{t('report.document', { name })}</p>
          <h2>{t('report.glance')}</h2>
          <ul className="report-glance">
            <li>{t('review.progress', report.progress)}</li>
            <li>{t('changes.count', { count: report.changes.length })}</li>
            <li>{t('report.comments', report.comments)}</li>
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
        <ReportContract contract={contract} marked={marked} />
        <ReportMatrix matrix={report.matrix} language={contract.language} />
        <ReportChecklist entries={report.checklist} score={{ percent, summary }} />
        <ReportDecisions decisions={report.decisions} />
      </main>
    </div>
  );
}
