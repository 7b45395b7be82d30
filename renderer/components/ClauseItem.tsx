import { memo, type KeyboardEvent } from 'react';
import { useT } from '../useT';
import { MARGIN_BULLET, marginMarker, type Clause } from '../../shared/contract';
import { segmentsOf, hasChanges } from '../../shared/redline';
import { deleteItemAndFocus } from '../commands/navigation';
import { useStore } from '../store/store';
import { ItemTextEditor, NewItemEditor } from './editing/ItemEditors';
import { ItemActions } from './ItemActions';
import { MarkupText } from './markup/MarkupText';
import { WholeChangeBadge } from './markup/WholeChangeBadge';

interface ClauseItemProps {
  readonly clause: Clause;
  readonly label: string | null;
  readonly reference: string;
  readonly onMove: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * One clause: its number, its text with markup or in the editor, its status and actions. Drawn
 * again only when its clause object, number, reference or own state in the store changes: a
 * decision keeps the clauses it does not touch as they were.
 */
export const ClauseItem = memo(function ClauseItem({ clause, label, reference, onMove }: ClauseItemProps) {
  const t = useT();
  const marker = marginMarker(clause, label);
  const view = useStore((state) => state.markupView);
  const selected = useStore((state) => state.clauseId === clause.id);
  const editing = useStore((state) => state.editing?.kind === 'clause' && state.editing.id === clause.id);
  const adding = useStore((state) => state.adding?.kind === 'clause' && state.adding.id === clause.id);
  const selectClause = useStore((state) => state.selectClause);
  const startEditing = useStore((state) => state.startEditing);
  const startAdding = useStore((state) => state.startAdding);
  const requireAuthor = useStore((state) => state.requireAuthor);
  const setStatus = useStore((state) => state.setStatus);
  const setRightTab = useStore((state) => state.setRightTab);
  // Read only while the rest of the contract comes: an edit made now would be lost or wrong.
  const receiving = useStore((state) => state.receiving);

  const target = { kind: 'clause' as const, id: clause.id };
  const deleted = clause.change?.kind === 'delete';
  const changed = hasChanges(clause.segments) || clause.change !== undefined;
  const edit = () => !deleted && !receiving && requireAuthor(() => startEditing(target));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Alt+↑/↓ and the other chords are the app's shortcuts (next change …), not moves between clauses.
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      edit();
    } else onMove(event);
  };

  const classes = ['clause', changed && view === 'simple' ? 'has-changes' : '', clause.change ? `whole-${clause.change.kind}` : '', view === 'all' && clause.change ? 'show-whole' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <li
      data-clause-id={clause.id}
      className={classes}
      aria-current={selected ? 'true' : undefined}
      aria-label={t('reader.clause', { ref: reference })}
      tabIndex={0}
      onClick={() => selectClause(clause.id)}
      onFocus={(event) => event.target === event.currentTarget && selectClause(clause.id)}
      onDoubleClick={edit}
      onKeyDown={onKeyDown}
      title={changed && view === 'simple' ? t('markup.changedBar') : undefined}
    >
      <span className="clause-marker" aria-hidden="true">
        {marker}
      </span>
      <div className="clause-body">
        {clause.passage && <p className="clause-passage">{t('reader.passage', { place: t(`reader.passagePlace.${clause.passage}`) })}</p>}
        {clause.heading && <h3 className="clause-heading">{clause.heading}</h3>}
        {view === 'all' && clause.change && <WholeChangeBadge change={clause.change} />}
        {editing ? (
          <ItemTextEditor target={target} text={clause.text} label={t('edit.editor', { ref: reference })} />
        ) : (
          <MarkupText segments={segmentsOf(clause)} view={view} bulletInMargin={marker === MARGIN_BULLET} />
        )}
        {(selected || clause.status || clause.comments?.length) && !editing && !receiving ? (
          <ItemActions
            label={reference}
            status={clause.status ?? 'open'}
            comments={clause.comments?.length ?? 0}
            deleted={deleted}
            addLabel={t('edit.addClause')}
            onEdit={edit}
            onAdd={() => requireAuthor(() => startAdding(target))}
            onDelete={() => requireAuthor(() => deleteItemAndFocus(target))}
            onStatus={(status) => requireAuthor(() => setStatus(target, status))}
            onComments={() => {
              selectClause(clause.id);
              setRightTab('notes');
            }}
          />
        ) : null}
        {adding && <NewItemEditor after={target} label={t('edit.newParagraph')} />}
      </div>
    </li>
  );
});
