import { useTranslation } from 'react-i18next';
import type { WorkspaceMode } from '../store/assessmentSlice';
import { useStore } from '../store/store';

const MODES: readonly WorkspaceMode[] = ['contract', 'matrix', 'checklist'];

/** The three ways to look at the open contract: its text, who is responsible for what, and Art. 28. */
export function ViewSwitch() {
  const { t } = useTranslation();
  const mode = useStore((state) => state.mode);
  const setMode = useStore((state) => state.setMode);
  return (
    <nav className="view-switch" aria-label={t('views.label')}>
      {MODES.map((candidate) => (
        <button key={candidate} type="button" className="view-tab" aria-pressed={mode === candidate} aria-label={t(`views.${candidate}`)} title={t(`views.${candidate}`)} onClick={() => setMode(candidate)}>
          {t(`views.short.${candidate}`)}
        </button>
      ))}
    </nav>
  );
}
