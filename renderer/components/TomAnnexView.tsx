import { useDeferredValue, useEffect, type SyntheticEvent } from 'react';
import type { Annex, Tom } from '../../shared/contract';
import { useStore } from '../store/store';
import { TomFilters } from './TomFilters';
import { TomList } from './TomList';

const NO_TOMS: readonly Tom[] = [];

/**
 * The TOM annex browsed on its own: every measure, filterable, grouped by category and
 * service. The heading shows at once; the measures (thousands in a framework agreement)
 * follow in a render React may interrupt, so opening the annex never blocks the window.
 */
export function TomAnnexView({ annex }: { readonly annex: Annex }) {
  const toms = useStore((state) => state.review!.contract.toms);
  const shown = useDeferredValue(toms, NO_TOMS);
  // Only the first render waits; later changes keep showing the list until the new one is ready.
  const pending = shown === NO_TOMS && toms.length > 0;
  const tomId = useStore((state) => state.tomId);
  const selectTom = useStore((state) => state.selectTom);
  const setRightTab = useStore((state) => state.setRightTab);

  // A measure the reviewer picks (a click, or Tab onto another one) shows in the side panel:
  // its reading under Measures, or its notes under Notes. The change list stays where the
  // click was on a tracked change in it, or where the app gave the focus back to the measure.
  const select = (tom: Tom, event: SyntheticEvent) => {
    const picked = event.type === 'click' ? !(event.target instanceof Element && event.target.closest('[data-change-id]')) : useStore.getState().tomId !== tom.id;
    selectTom(tom.id);
    if (picked && useStore.getState().rightTab === 'changes') setRightTab('measures');
  };

  useEffect(() => {
    if (tomId) document.querySelector(`.reader [data-tom-id="${tomId}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [tomId]);

  return (
    <article className="tom-annex-view">
      <h2 className="section-title">
        {annex.label}
        {annex.title && ` – ${annex.title}`}
      </h2>
      {annex.preamble.map((line, index) => (
        <p key={index} className="annex-preamble">
          {line}
        </p>
      ))}
      {pending ? (
        <div className="tom-list" aria-busy="true" />
      ) : (
        <>
          <TomFilters toms={shown} place="annex" />
          <TomList toms={shown} place="annex" selectedId={tomId} onSelect={select} editable />
        </>
      )}
    </article>
  );
}
