import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface RationaleFormProps {
  /** The confirming button's words (`Accept`, `Reject 12 changes`). */
  readonly label: string;
  readonly onConfirm: (rationale: string) => void;
  readonly onCancel: () => void;
}

/** Why a change is accepted or rejected: asked inline, optional, kept in the decision record. */
export function RationaleForm({ label, onConfirm, onCancel }: RationaleFormProps) {
  const { t } = useTranslation();
  const [rationale, setRationale] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(rationale.trim());
  };
  return (
    <form className="rationale-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <label htmlFor={id}>{t('changes.rationale')}</label>
      <input id={id} ref={input} value={rationale} maxLength={2000} onChange={(event) => setRationale(event.target.value)} />
      <div className="form-buttons">
        <button type="button" className="small" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
        <button type="submit" className="small primary">
          {label}
        </button>
      </div>
    </form>
  );
}
