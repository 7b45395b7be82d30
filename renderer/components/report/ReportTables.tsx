import { Fragment, memo, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { articleCitation, describeChecklistReason, itemTitle, type ChecklistEntry } from '../../../shared/checklist';
import { citationText, type ResponsibleParty, type Translate } from '../../../shared/contract';
import { languageOf } from '../../../shared/i18n';
import type { Place, ReportDecision } from '../../../shared/report';
import { excerpt } from '../../../shared/text';
import { matrixWidest, type ResponsibilityMatrix } from '../../../shared/toms';
import { useDateFormat } from '../markup/useDateFormat';
import { PartyBar } from '../MatrixTable';
import { ChecklistStatusBadge } from '../ChecklistStatusBadge';
import { useVerdictText } from '../useVerdictText';
import { useNumberFormat } from '../useNumberFormat';
import { useFitWidth } from './useFitWidth';

const PARTIES: readonly ResponsibleParty[] = ['provider', 'customer', 'shared', 'unstated'];

/** `P 3 · C 1 · 1 pending`: the counts with the party's symbol, so the cell reads without its colours. */
function Counts({ counts, pending }: { readonly counts: Readonly<Record<ResponsibleParty, number>>; readonly pending: number }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  return (
    <span className="report-counts">
      {PARTIES.filter((party) => counts[party] > 0).map((party, index) => (
        <Fragment key={party}>
          {/* The dot stays with the count before it: a line never starts with it. */}
          {index > 0 && '\u00a0· '}
          <span className="report-count">{`${t(`responsibility.symbol.${party}`)}\u00a0${formatNumber(counts[party])}`}</span>
        </Fragment>
      ))}
      {pending > 0 && PARTIES.some((party) => counts[party] > 0) && ' · '}
      {pending > 0 && <span className="report-count-pending">{t('matrix.pendingCount', { count: pending })}</span>}
    </span>
  );
}

/** Cells of the matrix in one block at most (a row is never split): a task draws one block, laid out on its own. */
const MATRIX_BLOCK_CELLS = 1600;
const MATRIX_BLOCK_MOST_ROWS = 10;

/**
 * Rows of `matrix` in one block: ten up to about 160 columns, fewer where a row has more, so that a
 * task's work is bounded by cells, not rows. Smaller blocks (~400 cells) made the tasks no shorter
 * but four times as many (a fixed cost each: the report drawn again, a frame), the matrix at 5000
 * clauses 24–39 s instead of 13. On screen a block out of sight is neither laid out nor painted
 * (`content-visibility`), so the blocks drawn do not each add to the work of every block after them.
 */
export function matrixBlockRows(matrix: ResponsibilityMatrix): number {
  return Math.max(1, Math.min(MATRIX_BLOCK_MOST_ROWS, Math.floor(MATRIX_BLOCK_CELLS / (matrix.columns.length + 2))));
}

/**
 * Column widths in pixels once measured (the table as wide as their sum), null where nothing is
 * laid out to measure (the blocks are then drawn without); `matrix`: the matrix they were measured for.
 */
type Widths = { readonly matrix: ResponsibilityMatrix; readonly fixed: { readonly pixels: readonly string[]; readonly whole: string } | null };

/**
 * Part 2: categories × services, each cell the measures per party; its first `rows` rows (the
 * report grows a long matrix a block of rows a task, as it does the contract).
 *
 * The widths of the columns are measured once, on the header and a hidden row of the widest
 * content any row has (`matrixWidest`); on screen each block of rows is then a table of its own
 * with those widths fixed, so that a block added lays out only itself, not every row drawn
 * before it (one layout of a 5000-measure matrix is longer than a task may be). Printed, it is
 * one table again, its header repeated on each page.
 */
// Memoised: the report draws its parts one a task, and a part drawn need not be drawn again.
export const ReportMatrix = memo(function ReportMatrix({ matrix, language, rows }: { readonly matrix: ResponsibilityMatrix; readonly language: string; readonly rows: number }) {
  const { t, i18n } = useTranslation();
  // The table is in the contract's language (services, categories); the report's own words are hyphenated as the report's.
  const ui = languageOf(i18n.language);
  // Words stay whole: where the longest words of many services do not fit the page, the table is drawn smaller.
  const table = useRef<HTMLTableElement>(null);
  const widest = useMemo(() => matrixWidest(matrix), [matrix]);
  useFitWidth(table, matrix, matrix);
  const [measured, setMeasured] = useState<Widths | null>(null);
  useLayoutEffect(() => {
    const box = table.current;
    if (!box) return;
    const head = [...box.querySelectorAll<HTMLElement>('thead > tr:first-child > th')].map((cell) => cell.getBoundingClientRect().width);
    // Pixels, not shares of the page: a matrix wider than the page at its smallest type stays as wide, running over the margin.
    const whole = head.reduce((sum, width) => sum + width, 0);
    setMeasured({ matrix, fixed: whole > 0 ? { pixels: head.map((width) => `${width}px`), whole: `${whole}px` } : null });
  }, [matrix]);
  const fixed = measured?.matrix === matrix ? measured.fixed : null;
  const widths = fixed?.pixels ?? null;
  const blockRows = matrixBlockRows(matrix);
  const blocks = [];
  for (let start = 0; measured?.matrix === matrix && start < rows; start += blockRows) {
    blocks.push(<MatrixBlock key={start} matrix={matrix} start={start} end={Math.min(rows, start + blockRows)} widths={widths} />);
  }
  return (
    <section className="report-part report-matrix" aria-labelledby="report-matrix">
      <h2 id="report-matrix">2 {t('report.parts.matrix')}</h2>
      {matrix.total === 0 ? (
        <p>{t('report.noMeasures')}</p>
      ) : (
        <>
          <p className="report-note">{t('report.matrixLegend')}</p>
          {matrix.pending > 0 && <p className="report-note">{t('matrix.pendingNote', { count: matrix.pending })}</p>}
          <table className={widths ? 'report-table report-table-blocks' : 'report-table'} lang={language} ref={table} style={fixed ? ({ '--matrix-width': fixed.whole } as CSSProperties) : undefined}>
            <thead>
              <tr>
                <th scope="col" lang={ui} style={widthOf(widths, 0)}>
                  {t('matrix.category')}
                </th>
                {matrix.columns.map((column, index) => (
                  <th scope="col" key={column.key} lang={column.service === null ? ui : undefined} style={widthOf(widths, index + 1)}>
                    {column.service ?? t('matrix.general')}
                  </th>
                ))}
                <th scope="col" lang={ui} style={widthOf(widths, matrix.columns.length + 1)}>
                  {t('matrix.total')}
                </th>
              </tr>
              <tr className="report-matrix-widest" aria-hidden="true">
                <td>{[...widest.categoryWords, ...(widest.untitled ? [t('toms.uncategorised')] : [])].join(' ')}</td>
                {widest.cells.map((cell, index) => (
                  <td key={matrix.columns[index]!.key}>
                    <Counts counts={cell.counts} pending={cell.pending} />
                  </td>
                ))}
                <td>
                  <Counts counts={widest.total.counts} pending={widest.total.pending} />
                </td>
              </tr>
            </thead>
            {blocks}
          </table>
        </>
      )}
    </section>
  );
});

function widthOf(widths: readonly string[] | null, index: number): { readonly width: string } | undefined {
  return widths ? { width: widths[index]! } : undefined;
}

/** Rows `start` to `end` of the matrix, each with the widths that a fixed table layout takes its columns from. */
const MatrixBlock = memo(function MatrixBlock({ matrix, start, end, widths }: { readonly matrix: ResponsibilityMatrix; readonly start: number; readonly end: number; readonly widths: readonly string[] | null }) {
  return (
    <tbody style={{ '--block-rows': end - start } as CSSProperties}>
      {matrix.rows.slice(start, end).map((row) => (
        <MatrixRow key={row.key} row={row} widths={widths} />
      ))}
    </tbody>
  );
});

/** One category's row of the matrix. */
function MatrixRow({ row, widths }: { readonly row: ResponsibilityMatrix['rows'][number]; readonly widths: readonly string[] | null }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row" style={widthOf(widths, 0)}>
        {row.category.number && `${row.category.number} `}
        {row.category.title || t('toms.uncategorised')}
      </th>
      {row.cells.map((cell, index) => (
        <td key={cell.columnKey} style={widthOf(widths, index + 1)}>
          {cell.total === 0 ? (
            '–'
          ) : (
            <>
              <PartyBar counts={cell.counts} pending={cell.pending} total={cell.total} />
              <Counts counts={cell.counts} pending={cell.pending} />
            </>
          )}
        </td>
      ))}
      <td style={widthOf(widths, row.cells.length + 1)}>
        <Counts counts={row.counts} pending={row.pending} />
      </td>
    </tr>
  );
}

/** Part 3: the Art. 28 items with the status that counts, the clauses, the reason and any verdict of a reviewer. */
// Memoised: the report draws its parts one a task, and a part drawn need not be drawn again.
export const ReportChecklist = memo(function ReportChecklist({ entries, score }: { readonly entries: readonly ChecklistEntry[]; readonly score: { readonly percent: string; readonly summary: string } }) {
  const { t } = useTranslation();
  const verdictText = useVerdictText();
  const translate = (key: string, params?: Readonly<Record<string, string | number>>) => t(key, params);
  return (
    <section className="report-part report-checklist" aria-labelledby="report-checklist">
      <h2 id="report-checklist">3 {t('report.parts.checklist')}</h2>
      <p className="report-score">
        {t('checklist.score')}: <strong>{score.percent}</strong> – {score.summary}
      </p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report.statusColumn')}</th>
            <th scope="col">{t('report.item')}</th>
            <th scope="col">{t('report.clauses')}</th>
            <th scope="col">{t('report.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <ChecklistStatusBadge status={entry.effective} />
              </td>
              <th scope="row">
                {itemTitle(entry.id, translate)} <span className="report-article">{articleCitation(entry.article, translate)}</span>
              </th>
              <td>{[...new Set(entry.evidence.map((evidence) => citationText(evidence.cite, translate)))].join(', ') || '–'}</td>
              <td>
                {describeChecklistReason(entry.reason, translate)}
                {entry.override && (
                  <p className="report-verdict">
                    ✎{' '}
                    {verdictText(entry.override)}
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});

function placeText(place: Place, t: Translate): string {
  if (place.kind === 'clause') return t('changes.where.clause', { ref: citationText(place.ref, t) || '–' });
  if (place.kind === 'tom') return t('changes.where.tom', { category: place.category });
  return t(`changes.where.${place.kind}`);
}

/** Part 4: every decision of the review, in the order taken: when, who, where, what, why. */
// Memoised: the report draws its parts one a task, and a part drawn need not be drawn again.
export const ReportDecisions = memo(function ReportDecisions({ decisions }: { readonly decisions: readonly ReportDecision[] }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <section className="report-part report-decisions" aria-labelledby="report-decisions">
      <h2 id="report-decisions">4 {t('report.parts.decisions')}</h2>
      {decisions.length === 0 ? (
        <p>{t('report.noDecisions')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.when')}</th>
              <th scope="col">{t('report.who')}</th>
              <th scope="col">{t('report.where')}</th>
              <th scope="col">{t('report.what')}</th>
              <th scope="col">{t('report.why')}</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map(({ decision, place }) => {
              let what: string;
              if ('change' in decision) {
                const key = decision.change.whole ? (decision.change.kind === 'insert' ? 'wholeInsert' : 'wholeDelete') : decision.change.kind;
                what = t(`report.decided.${decision.action}`, { what: t(`notes.what.${key}`, { text: excerpt(decision.change.text, 120), author: decision.change.author }) });
              } else {
                what = t(`report.decided.${decision.action}`, { what: t('notes.what.responsibility', { from: t(`responsibility.${decision.from}`), to: t(`responsibility.${decision.to}`) }) });
              }
              what = what.charAt(0).toUpperCase() + what.slice(1);
              return (
                <tr key={decision.id}>
                  <td>
                    <time dateTime={decision.at}>{formatDate(decision.at)}</time>
                  </td>
                  <td>
                    {decision.by}
                    {'answer' in decision && decision.answer !== undefined && <> ({t('notes.inAnswer', { file: decision.answer })})</>}
                  </td>
                  <td>{placeText(place, t)}</td>
                  <td>{what}</td>
                  <td>{decision.rationale || '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
});
