import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutOf } from '../../../shared/keyboard';
import { platform, useKeyLabels } from '../../keyboard';

interface TextEditorProps {
  readonly initial: string;
  readonly label: string;
  /** Called with the edited text when the reviewer keeps it (Ctrl+Enter, Keep, or leaving the editor). */
  readonly onKeep: (text: string) => void;
  readonly onCancel: () => void;
}

/**
 * Edits a text in place. Ctrl+Enter (⌘+Enter) or leaving the editor keeps the edit,
 * Escape cancels it, Ctrl+S keeps and saves; each line starting with `- ` stays a bullet.
 *
 * The text area is left to itself while the reviewer types (no state, no render per
 * keystroke) and grows with its text by CSS (`field-sizing: content`), so a keystroke in a
 * clause of thousands of characters costs no more than in a browser's own text field.
 */
export function TextEditor({ initial, label, onKeep, onCancel }: TextEditorProps) {
  const { t } = useTranslation();
  const keys = useKeyLabels();
  const area = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const hint = useId();

  useEffect(() => {
    const element = area.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const keep = () => {
    if (done.current) return;
    done.current = true;
    onKeep(area.current?.value ?? initial);
  };
  const cancel = () => {
    if (done.current) return;
    done.current = true;
    onCancel();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Ctrl+S and the other keys that work while typing keep the edit first, then go on to
    // the page: the review saved is the one with this edit in it.
    if (shortcutOf(event.nativeEvent, platform())?.whileTyping) {
      keep();
      return;
    }
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      keep();
    }
  };

  return (
    <div className="text-editor" onBlur={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && keep()}>
      <textarea
        ref={area}
        aria-label={label}
        aria-describedby={hint}
        defaultValue={initial}
        spellCheck
        onKeyDown={onKeyDown}
      />
      <div className="editor-bar">
        <span id={hint} className="muted">
          {t('edit.keys', { keep: keys.shortcut('keep'), cancel: keys.shortcut('cancel') })}
        </span>
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={cancel}>
          {t('edit.cancel')}
        </button>
        <button type="button" className="primary" onMouseDown={(event) => event.preventDefault()} onClick={keep}>
          {t('edit.keep')}
        </button>
      </div>
    </div>
  );
}
