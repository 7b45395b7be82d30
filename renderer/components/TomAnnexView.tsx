import { useEffect } from 'react';
import type { Annex } from '../../shared/contract/model';
import { useStore } from '../store/store';
import { TomFilters } from './TomFilters';
import { TomList } from './TomList';

/** The TOM annex browsed on its own: every measure, filterable, grouped by category and service. */
export function TomAnnexView({ annex }: { readonly annex: Annex }) {
  const toms = useStore((state) => state.review!.contract.toms);
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
      <TomFilters toms={toms} />
      <TomList toms={toms} selectedId={tomId} onSelect={(tom) => selectTom(tom.id)} editable />
    </article>
  );
}
