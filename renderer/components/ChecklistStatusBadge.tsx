import { useT } from '../useT';
import type { ChecklistStatus } from '../../shared/checklist';

/** A checklist status in colour, symbol and word. */
export function ChecklistStatusBadge({ status }: { readonly status: ChecklistStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      <span className="status-symbol" aria-hidden="true">
        {t(`checklist.symbol.${status}`)}
      </span>
      {t(`checklist.status.${status}`)}
    </span>
  );
}
