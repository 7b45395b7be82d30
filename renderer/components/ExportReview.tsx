import { useCallback, useEffect, useMemo, useRef } from 'react';
import { applyChecklistOverrides, checklistForExport, type ChecklistItemResult } from '../../shared/checklist';
import { exportInParts } from '../sendInParts';
import { useStore } from '../store/store';
import { ExportDialog } from './ExportDialog';
import { useChecklist } from './useChecklist';

/**
 * The export dialog for the open review: its contract, its checklist for the cover page, the
 * reviewer as author. The checklist is checked in slices while the dialog is open (a long
 * contract never checked before would hold the window as the dialog opens); an export asked
 * for before the check is done waits for its last slice (checking the rest at once held the
 * window for half a second and more on 1000 clauses). The contract goes to the host in parts.
 */
export function ExportReview({ onClose }: { readonly onClose: () => void }) {
  const review = useStore((state) => state.review)!;
  const name = useStore((state) => state.document?.name ?? review.source.name);
  const author = useStore((state) => state.author?.name ?? '');
  const { results } = useChecklist(review.contract);
  const summaryOf = useCallback(
    (items: readonly ChecklistItemResult[]) => checklistForExport(applyChecklistOverrides(items, review.checklist)),
    [review.checklist],
  );
  const checklist = useMemo(() => (results ? summaryOf(results) : undefined), [results, summaryOf]);
  const waiting = useRef<((items: readonly ChecklistItemResult[]) => void)[]>([]);
  useEffect(() => {
    if (results) for (const resolve of waiting.current.splice(0)) resolve(results);
  }, [results]);
  const checked = (): Promise<readonly ChecklistItemResult[]> => (results ? Promise.resolve(results) : new Promise((resolve) => waiting.current.push(resolve)));
  return (
    <ExportDialog
      contract={review.contract}
      documentName={name}
      checklist={checklist}
      {...(review.source.package ? { theirDocument: review.source.name } : {})}
      loadAuthor={async () => author}
      onExport={async (given) => {
        // A review of their Word document is exported into it (`TheirDocument`).
        const source = review.source.package ? { ...given, theirDocument: { name: review.source.name, package: review.source.package } } : given;
        return exportInParts(source.checklist || !source.choices.coverPage ? source : { ...source, checklist: summaryOf(await checked()) });
      }}
      onClose={onClose}
    />
  );
}
