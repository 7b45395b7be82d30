import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareOptions } from '../../../shared/compare';
import type { ComparedSide } from '../../store/compareSlice';
import { useStore } from '../../store/store';
import { Modal } from '../Modal';

/** What a side's picker holds: the current review, a version, or a file still to be chosen. */
type Choice = { readonly value: string; readonly side: ComparedSide | null };

function choiceOf(side: ComparedSide | null): Choice {
  if (!side) return { value: 'file', side: null };
  if (side.kind === 'current') return { value: 'current', side };
  if (side.kind === 'version') return { value: `version:${side.id}`, side };
  return { value: 'file', side };
}

function SidePicker({ legend, choice, onChange }: { readonly legend: string; readonly choice: Choice; readonly onChange: (choice: Choice) => void }) {
  const { t } = useTranslation();
  const versions = useStore((state) => state.review!.versions);
  const chooseFile = useStore((state) => state.chooseComparisonFile);
  const id = useId();
  const pick = async () => {
    const side = await chooseFile();
    if (side) onChange({ value: 'file', side });
  };
  return (
    <fieldset className="compare-side">
      <legend>{legend}</legend>
      <select
        id={id}
        aria-label={legend}
        value={choice.value}
        onChange={(event) => {
          const value = event.target.value;
          if (value === 'current') onChange({ value, side: { kind: 'current' } });
          else if (value.startsWith('version:')) onChange({ value, side: { kind: 'version', id: value.slice('version:'.length) } });
          else onChange({ value: 'file', side: null });
        }}
      >
        <option value="current">{t('compare.current')}</option>
        {versions.map((version) => (
          <option key={version.id} value={`version:${version.id}`}>
            {t('compare.version', { name: version.name })}
          </option>
        ))}
        <option value="file">{t('compare.file')}</option>
      </select>
      {choice.value === 'file' && (
        <p className="compare-file">
          <button type="button" onClick={() => void pick()}>
            {t('compare.chooseFile')}
          </button>{' '}
          <span className={choice.side ? 'file-name' : 'muted'}>{choice.side?.kind === 'file' ? choice.side.name : t('compare.noFile')}</span>
        </p>
      )}
    </fieldset>
  );
}

/** Picks the two sides of a comparison (the review now, a version, a file) and the options. */
export function CompareDialog() {
  const { t } = useTranslation();
  const initial = useStore((state) => state.compareDialog)!;
  const close = useStore((state) => state.closeCompareDialog);
  const compare = useStore((state) => state.compare);
  const comparing = useStore((state) => state.comparing);
  const current = useStore((state) => state.compareOptions);
  const [old, setOld] = useState<Choice>(choiceOf(initial.old));
  const [next, setNext] = useState<Choice>(choiceOf(initial.new));
  const [options, setOptions] = useState<CompareOptions>(current);
  const same = old.value !== 'file' && old.value === next.value;
  const ready = old.side !== null && next.side !== null && !same;

  return (
    <Modal title={t('compare.title')} onClose={close}>
      <form
        className="form compare-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (old.side && next.side && !same && !comparing) void compare(old.side, next.side, options);
        }}
      >
        <div className="compare-sides">
          <SidePicker legend={t('compare.old')} choice={old} onChange={setOld} />
          <span className="compare-arrow" aria-hidden="true">
            →
          </span>
          <SidePicker legend={t('compare.new')} choice={next} onChange={setNext} />
        </div>
        <label className="check">
          <input type="checkbox" checked={options.ignoreCase} onChange={(event) => setOptions({ ...options, ignoreCase: event.target.checked })} /> {t('compare.ignoreCase')}
        </label>
        <label className="check">
          <input type="checkbox" checked={options.ignorePunctuation} onChange={(event) => setOptions({ ...options, ignorePunctuation: event.target.checked })} /> {t('compare.ignorePunctuation')}
        </label>
        <p className="muted small-print">{t('compare.whitespace')}</p>
        <div className="form-buttons">
          <button type="button" onClick={close}>
            {t('compare.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!ready || comparing} aria-busy={comparing}>
            {comparing ? t('compare.comparing') : t('compare.start')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
