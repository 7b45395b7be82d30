import { useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { citationText, citeClause, sectionHeading, displayLabels, visibleIn, type Section } from '../../shared/contract';
import { useStore } from '../store/store';
import { ClauseItem } from './ClauseItem';

/** The clauses of one section under the chosen markup view and status filter. */
export function SectionView({ section }: { readonly section: Section }) {
  const { t } = useTranslation();
  const view = useStore((state) => state.markupView);
  const statusFilter = useStore((state) => state.statusFilter);
  const selectClause = useStore((state) => state.selectClause);
  const list = useRef<HTMLOListElement>(null);

  const labels = displayLabels(section, view);
  const clauses = section.clauses.filter(
    (clause) => visibleIn(clause, view) && (statusFilter === 'all' || (clause.status ?? 'open') === statusFilter),
  );

  // The clause beside the one with focus, as drawn: one handler for every clause, so that a clause
  // the store did not change is not drawn again when others are (accepting all changes of a section).
  const move = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      const items = Array.from(list.current?.children ?? []) as HTMLElement[];
      const next = step === 0 ? undefined : items[items.indexOf(event.currentTarget) + step];
      const id = next?.dataset['clauseId'];
      if (!next || id === undefined) return;
      event.preventDefault();
      selectClause(id);
      next.focus();
    },
    [selectClause],
  );

  return (
    <article className="section-view">
      {section.parts.map((part) => (
        <p className="section-part" key={part}>
          {part}
        </p>
      ))}
      <h2 className="section-title">{sectionHeading(section)}</h2>
      {clauses.length === 0 && <p className="muted">{t('reader.noClauses')}</p>}
      <ol className="clauses" ref={list}>
        {clauses.map((clause) => (
          <ClauseItem key={clause.id} clause={clause} label={labels.get(clause.id) ?? null} reference={citationText(citeClause(section, clause, view), t)} onMove={move} />
        ))}
      </ol>
    </article>
  );
}
