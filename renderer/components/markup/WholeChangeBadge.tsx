import type { CSSProperties } from 'react';
import { useT } from '../../useT';
import type { WholeChange } from '../../../shared/contract/model';
import { useStore } from '../../store/store';
import { colorForAuthor } from './authorColors';
import { useDateFormat } from './useDateFormat';

/** “Added by …” or “Deleted by …” above a clause or measure changed as a whole. */
export function WholeChangeBadge({ change }: { readonly change: WholeChange }) {
  const t = useT();
  const own = useStore((state) => state.author);
  const formatDate = useDateFormat();
  return (
    <p className={`whole-badge whole-badge-${change.kind}`} style={{ '--author': colorForAuthor(change.author, own) } as CSSProperties} data-change-id={change.id} tabIndex={-1}>
      {t(change.kind === 'insert' ? 'markup.clauseInserted' : 'markup.clauseDeleted', { author: change.author, date: formatDate(change.date) })}
    </p>
  );
}
