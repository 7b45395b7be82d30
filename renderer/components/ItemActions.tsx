import { useT } from '../useT';
import type { ReviewStatus } from '../../shared/contract';

export const STATUSES: readonly ReviewStatus[] = ['open', 'agreed', 'disputed', 'needs-change'];

interface ItemActionsProps {
  readonly label: string;
  readonly status: ReviewStatus;
  readonly comments: number;
  readonly deleted: boolean;
  readonly addLabel: string;
  readonly onEdit: () => void;
  readonly onAdd: () => void;
  readonly onDelete: () => void;
  readonly onStatus: (status: ReviewStatus) => void;
  readonly onComments: () => void;
}

/** Edit, add after, delete, review status and comments of one clause or measure. */
export function ItemActions(props: ItemActionsProps) {
  const t = useT();
  return (
    <div className="item-actions" role="group" aria-label={t('edit.actions', { ref: props.label })} onClick={(event) => event.stopPropagation()}>
      <select className={`status-select status-${props.status}`} aria-label={t('status.label')} value={props.status} onChange={(event) => props.onStatus(event.target.value as ReviewStatus)}>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      <button type="button" className="small" onClick={props.onComments}>
        {t('notes.comments')} <span className="tab-count">{props.comments}</span>
      </button>
      {!props.deleted && (
        <button type="button" className="small" onClick={props.onEdit} title={t('edit.editHint')}>
          {t('edit.edit')}
        </button>
      )}
      <button type="button" className="small" onClick={props.onAdd}>
        {props.addLabel}
      </button>
      {!props.deleted && (
        <button type="button" className="small danger" onClick={props.onDelete} title={t('edit.deleteHint')}>
          {t('edit.delete')}
        </button>
      )}
    </div>
  );
}
