import { useEffect, useRef, type ReactNode } from 'react';
import { restoreFocus } from '../focus';

interface ModalProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Escape closes the dialog through this. */
  readonly onClose: () => void;
}

/** A modal dialog: labelled, traps focus while open, gives it back when closed. */
export function Modal({ title, children, onClose }: ModalProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    // What opened the dialog may be gone by now (a version opened from it hides the button).
    return () => restoreFocus(previous);
  }, []);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
    if (event.key !== 'Tab' || !box.current) return;
    const focusable = [...box.current.querySelectorAll<HTMLElement>('input, select, textarea, button:not([disabled])')];
    if (focusable.length === 0) return;
    const [first, last] = [focusable[0]!, focusable[focusable.length - 1]!];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <div className="modal-backdrop">
      <div ref={box} className="modal" role="dialog" aria-modal="true" aria-label={title} onKeyDown={onKeyDown}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}
