import type { Commentable } from '../../../shared/review';
import { focusItem } from '../../commands/navigation';
import { useStore } from '../../store/store';
import { TextEditor } from './TextEditor';

interface ItemTextEditorProps {
  readonly target: Commentable;
  readonly text: string;
  readonly label: string;
}

/** A clause's or measure's text in the editor: a changed text is kept as tracked changes; either way the focus goes back to the item. */
export function ItemTextEditor({ target, text, label }: ItemTextEditorProps) {
  const editText = useStore((state) => state.editText);
  const stopEditing = useStore((state) => state.stopEditing);
  const close = () => {
    stopEditing();
    focusItem(target);
  };
  return (
    <TextEditor
      initial={text}
      label={label}
      onKeep={(next) => {
        if (next !== text) editText(target, next);
        close();
      }}
      onCancel={close}
    />
  );
}

interface NewItemEditorProps {
  /** The clause or measure the new one follows. */
  readonly after: Commentable;
  readonly label: string;
}

/** A new clause or measure after another: a text that is not empty is added as one tracked insertion, selected and focused; else the focus goes back to the one it follows. */
export function NewItemEditor({ after, label }: NewItemEditorProps) {
  const insertAfter = useStore((state) => state.insertAfter);
  const startAdding = useStore((state) => state.startAdding);
  const selectClause = useStore((state) => state.selectClause);
  const selectTom = useStore((state) => state.selectTom);
  return (
    // A click inside the editor is not a click on the item it follows.
    <div className="new-item" onClick={(event) => event.stopPropagation()}>
      <TextEditor
        initial=""
        label={label}
        onKeep={(text) => {
          const id = text.trim() === '' ? null : insertAfter(after, text);
          if (id) (after.kind === 'clause' ? selectClause : selectTom)(id);
          startAdding(null);
          focusItem(id ? { kind: after.kind, id } : after);
        }}
        onCancel={() => {
          startAdding(null);
          focusItem(after);
        }}
      />
    </div>
  );
}
