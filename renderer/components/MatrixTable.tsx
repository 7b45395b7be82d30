import { useTranslation } from 'react-i18next';
import type { ResponsibleParty } from '../../shared/contract';
import { languageOf } from '../../shared/i18n';
import type { Counted, MatrixColumn, ResponsibilityMatrix } from '../../shared/toms';
import { useNumberFormat } from './useNumberFormat';

const PARTIES: readonly ResponsibleParty[] = ['provider', 'customer', 'shared', 'unstated'];

export interface CellRef {
  readonly rowKey: string;
  readonly columnKey: string;
}

interface MatrixTableProps {
  readonly matrix: ResponsibilityMatrix;
  readonly selected: CellRef | null;
  readonly onSelect: (cell: CellRef) => void;
}

/** Categories × services: each cell a bar in the parties' colours and the counts in numbers and symbols. */
export function MatrixTable({ matrix, selected, onSelect }: MatrixTableProps) {
  const { t, i18n } = useTranslation();
  // The table sits in the contract's language (its services and categories); the app's own words are hyphenated as the app's.
  const ui = languageOf(i18n.language);
  const columnName = (column: MatrixColumn) => column.service ?? t('matrix.general');
  const summary = (cell: Counted) =>
    t('matrix.cellSummary', { count: cell.total, ...cell.counts }) + (cell.pending > 0 ? `, ${t('matrix.pendingCount', { count: cell.pending })}` : '');

  return (
    <table className="matrix">
      <caption className="visually-hidden">{t('matrix.title')}</caption>
      <thead>
        <tr>
          <th scope="col" lang={ui}>
            {t('matrix.category')}
          </th>
          {matrix.columns.map((column) => (
            <th scope="col" key={column.key} className={column.service === null ? 'matrix-general' : undefined} lang={column.service === null ? ui : undefined}>
              {columnName(column)}
            </th>
          ))}
          <th scope="col" lang={ui}>
            {t('matrix.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="matrix-category">
              {row.category.number && <span className="tom-category-number">{row.category.number}</span>}
              {row.category.title || t('toms.uncategorised')}
            </th>
            {row.cells.map((cell, index) => {
              const column = matrix.columns[index]!;
              if (cell.total === 0) {
                return (
                  <td key={cell.columnKey} className="matrix-empty">
                    <span aria-label={t('matrix.empty')}>–</span>
                  </td>
                );
              }
              const isSelected = selected?.rowKey === row.key && selected.columnKey === cell.columnKey;
              return (
                <td key={cell.columnKey}>
                  {/* The name is what is seen (the counts) framed by words for screen readers: no label that hides the visible text. */}
                  <button type="button" className="matrix-cell" aria-pressed={isSelected} onClick={() => onSelect({ rowKey: row.key, columnKey: cell.columnKey })}>
                    <span className="visually-hidden">{t('matrix.cellPlace', { category: row.category.title, service: columnName(column) })} </span>
                    <PartyBar counts={cell.counts} pending={cell.pending} total={cell.total} />
                    <PartyCounts counts={cell.counts} pending={cell.pending} spoken />
                    <span className="visually-hidden"> — {summary(cell)}</span>
                  </button>
                </td>
              );
            })}
            <td className="matrix-total">
              <PartyBar counts={row.counts} pending={row.pending} total={row.total} />
              <PartyCounts counts={row.counts} pending={row.pending} />
              <span className="visually-hidden">{summary(row)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The share of each party as a bar, and of the pending measures (whose party a pending change
 * decides) as a hollow part; the numbers beside it say the same for those who cannot see colour.
 */
export function PartyBar({ counts, pending = 0, total }: { readonly counts: Readonly<Record<ResponsibleParty, number>>; readonly pending?: number; readonly total: number }) {
  return (
    <span className="party-bar" aria-hidden="true">
      {PARTIES.filter((party) => counts[party] > 0).map((party) => (
        <span key={party} className={`party-bar-${party}`} style={{ flexGrow: counts[party] / Math.max(total, 1) }} />
      ))}
      {pending > 0 && <span className="party-bar-pending" style={{ flexGrow: pending / Math.max(total, 1) }} />}
    </span>
  );
}

/** `spoken`: part of an accessible name (a button's), so not hidden from screen readers. */
export function PartyCounts({ counts, pending = 0, spoken = false }: { readonly counts: Readonly<Record<ResponsibleParty, number>>; readonly pending?: number; readonly spoken?: boolean }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  return (
    <span className="party-counts" aria-hidden={spoken ? undefined : 'true'}>
      {PARTIES.filter((party) => counts[party] > 0).map((party) => (
        <span key={party} className={`party-count party-count-${party}`}>
          <span className="party-count-symbol">{t(`responsibility.symbol.${party}`)}</span>
          {formatNumber(counts[party])}
        </span>
      ))}
      {pending > 0 && <span className="party-count party-count-pending">{t('matrix.pendingCount', { count: pending })}</span>}
    </span>
  );
}
