import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildMatrix, cellToms, pendingToms } from '../../shared/toms';
import { countUnsure } from '../../shared/responsibility';
import { useFocusTarget } from '../focusTargets';
import { contractOf } from '../store/selectors';
import { useStore } from '../store/store';
import { CueText } from './CueText';
import { MatrixTable, type CellRef } from './MatrixTable';
import { TomDetail } from './TomDetail';
import { ResponsibilityChip } from './ResponsibilityChip';
import { WhoDoesWhat } from './WhoDoesWhat';

/** The responsibility matrix, the measures of the selected cell, and beside them "Who does what". */
export function MatrixView() {
  const { t } = useTranslation();
  const contract = useStore(contractOf);
  // Measures a pending change decides are counted apart: a count of who does what must not present them as agreed.
  const pending = useMemo(() => pendingToms(contract), [contract]);
  const matrix = useMemo(() => buildMatrix(contract.toms, pending), [contract.toms, pending]);
  const unsure = useMemo(() => countUnsure(contract.toms), [contract.toms]);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [tomId, setTomId] = useState<string | null>(null);
  const selection = useRef<HTMLElement>(null);
  const main = useRef<HTMLElement>(null);
  const side = useRef<HTMLElement>(null);
  useFocusTarget('analysis', main);
  useFocusTarget('pane', main);
  useFocusTarget('pane', side);

  // The measures of a chosen cell stand below the table: bring them into view.
  useEffect(() => {
    if (selected) selection.current?.scrollIntoView?.({ block: 'start' });
  }, [selected]);

  const row = matrix.rows.find((candidate) => candidate.key === selected?.rowKey);
  const columnIndex = matrix.columns.findIndex((column) => column.key === selected?.columnKey);
  const cell = row?.cells[columnIndex];
  const toms = cell ? cellToms(contract.toms, cell) : [];
  const tom = contract.toms.find((candidate) => candidate.id === tomId);

  const showTom = (id: string) => {
    const owner = contract.toms.find((candidate) => candidate.id === id);
    const ownerRow = matrix.rows.find((candidate) => candidate.cells.some((other) => other.tomIds.includes(id)));
    const ownerCell = ownerRow?.cells.find((other) => other.tomIds.includes(id));
    if (owner && ownerRow && ownerCell) setSelected({ rowKey: ownerRow.key, columnKey: ownerCell.columnKey });
    setTomId(id);
  };

  return (
    <div className="analysis matrix-view">
      <main ref={main} className="analysis-main" aria-label={t('views.matrix')} lang={contract.language} tabIndex={-1}>
        <h2 className="section-title">{t('matrix.title')}</h2>
        {matrix.total === 0 ? (
          <p className="muted">{t('matrix.noMeasures')}</p>
        ) : (
          <>
            <p className="muted matrix-intro">{t('matrix.intro')}</p>
            {matrix.pending > 0 && <p className="matrix-pending-note">{t('matrix.pendingNote', { count: matrix.pending })}</p>}
            {unsure > 0 && <p className="matrix-unsure-note">{t('matrix.unsureNote', { count: unsure })}</p>}
            <div className="matrix-scroll">
              <MatrixTable
                matrix={matrix}
                selected={selected}
                onSelect={(next) => {
                  setSelected(next);
                  setTomId(null);
                }}
              />
            </div>
            <section className="matrix-selection" ref={selection} aria-live="polite" aria-label={t('matrix.selectCell')}>
              {!cell || !row ? (
                <p className="muted">{t('matrix.selectCell')}</p>
              ) : (
                <>
                  <h3 className="panel-subtitle">
                    {t('matrix.selected', { category: row.category.title, service: matrix.columns[columnIndex]!.service ?? t('matrix.general') })}
                  </h3>
                  <ul className="matrix-toms">
                    {toms.map((candidate) => (
                      <li key={candidate.id} className="tom" aria-current={candidate.id === tomId ? 'true' : undefined}>
                        {pending.has(candidate.id) ? (
                          <span className="tom-marks">
                            <ResponsibilityChip responsibility={candidate.responsibility} />
                            <span className="pending-mark">{t('matrix.pendingMeasure')}</span>
                          </span>
                        ) : (
                          <ResponsibilityChip responsibility={candidate.responsibility} />
                        )}
                        <button type="button" className="tom-text tom-open" onClick={() => setTomId(candidate.id)}>
                          <CueText text={candidate.text} cues={candidate.responsibility.cues} />
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {tom && <TomDetail tom={tom} />}
            </section>
          </>
        )}
      </main>
      <aside ref={side} className="analysis-side" aria-label={t('obligations.title')}>
        <WhoDoesWhat onShowTom={showTom} />
      </aside>
    </div>
  );
}
