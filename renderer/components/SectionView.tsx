import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../shared/contract/model';
import { citationText, citeClause, sectionHeading } from '../../shared/contract/reference';
import { displayLabels, visibleIn } from '../../shared/contract/numbering';
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

  const move = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    const next = clauses[index + step];
    if (step === 0 || !next) return;
    event.preventDefault();
    selectClause(next.id);
    list.current?.querySelector<HTMLElement>(`[data-clause-id="${next.id}"]`)?.focus();
  };

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
        {clauses.map((clause, index) => (
          <ClauseItem
            key={clause.id}
            clause={clause}
            label={labels.get(clause.id) ?? null}
            reference={citationText(citeClause(section, clause, view), t)}
            onMove={(event) => move(event, index)}
          />
        ))}
      </ol>
    </article>
  );
}
