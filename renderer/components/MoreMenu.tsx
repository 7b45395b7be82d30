import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';

/**
 * The title bar's less used controls (the report, the shortcuts, the language) behind one
 * button, so that the document's title keeps its room. A disclosure rather than an ARIA menu:
 * it holds a select, and Tab walks through it as through the bar. Escape, a click elsewhere or
 * choosing a button inside closes it.
 */
export function MoreMenu({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !root.current?.contains(document.activeElement)) return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const onChoose = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('button')) setOpen(false);
  };

  return (
    <div className="more" ref={root}>
      <button ref={button} type="button" className="ghost more-button" aria-expanded={open} aria-controls={id} aria-label={label} title={label} onClick={() => setOpen(!open)}>
        ⋯
      </button>
      <div id={id} className="more-panel" role="group" aria-label={label} hidden={!open} onClick={onChoose}>
        {children}
      </div>
    </div>
  );
}
