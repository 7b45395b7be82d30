import { useDeferredValue, useEffect } from 'react';
import type { Annex, Tom } from '../../shared/contract/model';
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
          <TomFilters toms={shown} />
          <TomList toms={shown} selectedId={tomId} onSelect={(tom) => selectTom(tom.id)} editable />
        </>
      )}
    </article>
  );
}
