import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusTarget } from '../focusTargets';
import { useStore } from '../store/store';
import { currentAnnex, currentSection } from '../store/selectors';
import { AnnexView } from './AnnexView';
import { PartiesView } from './PartiesView';
import { SectionView } from './SectionView';
import { readerItemIn } from './readerItems';
import { TomAnnexView } from './TomAnnexView';

/** The middle pane: what the outline has selected, set for reading. */
export function Reader() {
  const { t } = useTranslation();
  const language = useStore((state) => state.review!.contract.language);
  const section = useStore(currentSection);
  const annex = useStore(currentAnnex);
  const view = useStore((state) => state.view.kind);
  const reader = useRef<HTMLElement>(null);
  useFocusTarget('reader', reader, readerItemIn);
  useFocusTarget('pane', reader);
  return (
    <main ref={reader} className="pane reader" aria-label={t('workspace.panes.reader')} lang={language} tabIndex={-1}>
      {view === 'parties' && <PartiesView />}
      {section && <SectionView section={section} />}
      {annex && (annex.isTomAnnex ? <TomAnnexView annex={annex} /> : <AnnexView annex={annex} />)}
    </main>
  );
}
