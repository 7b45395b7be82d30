import type { SyntheticEvent } from 'react';
import { useT } from '../useT';
import type { Tom } from '../../shared/contract';
import { segmentsOf } from '../../shared/redline';
import { deleteItemAndFocus } from '../commands/navigation';
import { useStore } from '../store/store';
import { CueText } from './CueText';
import { ItemTextEditor, NewItemEditor } from './editing/ItemEditors';
import { ItemActions } from './ItemActions';
import { MarkupText } from './markup/MarkupText';
import { WholeChangeBadge } from './markup/WholeChangeBadge';
import { ResponsibilityChip } from './ResponsibilityChip';

interface TomItemProps {
  readonly tom: Tom;
  readonly selected: boolean;
  /** In the TOM annex the measures are edited in place; in the clause's panel they are read. */
  readonly editable: boolean;
  /** Kept in view by the annex's filter though it no longer matches it (edited since the filter was set). */
  readonly outsideFilter?: boolean;
  readonly onSelect?: (tom: Tom, event: SyntheticEvent) => void;
}

/** One measure: responsibility chip, text with its cue or its markup, and in the annex its actions. */
export function TomItem({ tom, selected, editable, outsideFilter = false, onSelect }: TomItemProps) {
  const t = useT();
  const language = useStore((state) => state.review?.contract.language);
  const view = useStore((state) => state.markupView);
  const editing = useStore((state) => editable && state.editing?.kind === 'tom' && state.editing.id === tom.id);
  const adding = useStore((state) => editable && state.adding?.kind === 'tom' && state.adding.id === tom.id);
  const startEditing = useStore((state) => state.startEditing);
  const startAdding = useStore((state) => state.startAdding);
  const requireAuthor = useStore((state) => state.requireAuthor);
  const setStatus = useStore((state) => state.setStatus);
  const setRightTab = useStore((state) => state.setRightTab);
  const selectTom = useStore((state) => state.selectTom);

  const target = { kind: 'tom' as const, id: tom.id };
  const deleted = tom.change?.kind === 'delete';
  const edit = () => editable && !deleted && requireAuthor(() => startEditing(target));
  const marked = tom.segments !== undefined && view !== 'final';

  return (
    <li
      className={`tom${tom.change ? ` whole-${tom.change.kind}` : ''}`}
      data-tom-id={tom.id}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect ? (event) => onSelect(tom, event) : undefined}
      onDoubleClick={edit}
      // In the annex a measure is reached by Tab like a clause: focus selects it, Enter edits it.
      // In the side panel focus only rests on it (Tab walks on), and Enter opens it in the annex.
      tabIndex={onSelect ? 0 : undefined}
      onFocus={onSelect && editable ? (event) => event.target === event.currentTarget && onSelect(tom, event) : undefined}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget || event.key !== 'Enter') return;
        event.preventDefault();
        if (editable) edit();
        else onSelect?.(tom, event);
      }}
    >
      {outsideFilter ? (
        <span className="tom-marks">
          <ResponsibilityChip responsibility={tom.responsibility} />
          <span className="outside-filter">{t('toms.outsideFilter')}</span>
        </span>
      ) : (
        <ResponsibilityChip responsibility={tom.responsibility} />
      )}
      {view === 'all' && tom.change && <WholeChangeBadge change={tom.change} />}
      {editing ? (
        <ItemTextEditor target={target} text={tom.text} label={t('edit.editor', { ref: tom.category.title })} />
      ) : (
        <p className="tom-text" lang={language}>
          {marked ? <MarkupText segments={segmentsOf(tom)} view={view} blocks={false} /> : <CueText text={tom.text} cues={tom.responsibility.cues} />}
        </p>
      )}
      {editable && selected && !editing && (
        <ItemActions
          label={tom.category.title}
          status={tom.status ?? 'open'}
          comments={tom.comments?.length ?? 0}
          deleted={deleted}
          addLabel={t('edit.addMeasure')}
          onEdit={edit}
          onAdd={() => requireAuthor(() => startAdding(target))}
          onDelete={() => requireAuthor(() => deleteItemAndFocus(target))}
          onStatus={(status) => requireAuthor(() => setStatus(target, status))}
          onComments={() => {
            selectTom(tom.id);
            setRightTab('notes');
          }}
        />
      )}
      {adding && <NewItemEditor after={target} label={t('edit.addMeasure')} />}
    </li>
  );
}
