import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkContract } from '../../shared/checklist/check';
import { itemTitle } from '../../shared/checklist/describe';
import { applyChecklistOverrides, checklistForExport } from '../../shared/checklist/summary';
import { host } from '../host';
import { useStore } from '../store/store';
import { ExportDialog } from './ExportDialog';

/** The export dialog for the open review: its contract, its checklist for the cover page, the reviewer as author. */
export function ExportReview({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const review = useStore((state) => state.review)!;
  const name = useStore((state) => state.document?.name ?? review.source.name);
  const author = useStore((state) => state.author?.name ?? '');
  const checklist = useMemo(
    () => checklistForExport(applyChecklistOverrides(checkContract(review.contract), review.checklist), (id) => itemTitle(id, t)),
    [review, t],
  );
  return (
    <ExportDialog
      contract={review.contract}
      documentName={name}
      checklist={checklist}
      loadAuthor={async () => author}
      onExport={(request) => host().exportDocx(request)}
      onClose={onClose}
    />
  );
}
