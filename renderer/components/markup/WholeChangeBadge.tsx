import { useT } from '../../useT';
import type { WholeChange } from '../../../shared/contract';
import { useAuthorStyle } from './authorColors';
import { useDateFormat } from './useDateFormat';

/** “Added by …”, “Deleted by …” or “Moved by …” above a clause or measure changed as a whole. */
export function WholeChangeBadge({ change }: { readonly change: WholeChange }) {
  const t = useT();
  const styleOf = useAuthorStyle([change.author]);
  const formatDate = useDateFormat();
  return (
    <p className={`whole-badge whole-badge-${change.kind}`} style={styleOf(change.author)} data-change-id={change.id} tabIndex={-1}>
      {t(change.move ? (change.move.side === 'from' ? 'markup.movedFrom' : 'markup.movedTo') : change.kind === 'insert' ? 'markup.clauseInserted' : 'markup.clauseDeleted', { author: change.author, date: formatDate(change.date) })}
    </p>
  );
}
