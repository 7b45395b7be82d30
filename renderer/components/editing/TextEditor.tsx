import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKeyLabels } from '../../keyboard';

interface TextEditorProps {
  readonly initial: string;
  readonly label: string;
  /** Called with the edited text when the reviewer keeps it (Ctrl+Enter, Keep, or leaving the editor). */
  readonly onKeep: (text: string) => void;
  readonly onCancel: () => void;
}

/**
 * Edits a text in place. Ctrl+Enter (⌘+Enter) or leaving the editor keeps the edit,
 * Escape cancels it; each line starting with `- ` stays a bullet.
 */
export function TextEditor({ initial, label, onKeep, onCancel }: TextEditorProps) {
  const { t } = useTranslation();
  const keys = useKeyLabels();
  const [text, setText] = useState(initial);
  const area = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const hint = useId();

  useEffect(() => {
    const element = area.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  useEffect(() => {
    const element = area.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [text]);

  const keep = () => {
    if (done.current) return;
    done.current = true;
    onKeep(text);
  };
  const cancel = () => {
    if (done.current) return;
    done.current = true;
    onCancel();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
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
        value={text}
        spellCheck
        onChange={(event) => setText(event.target.value)}
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
