import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../shared/contract/model';
import { citeClause, sectionHeading } from '../../shared/contract/reference';
import { useStore } from '../store/store';
import { ClauseText } from './ClauseText';

/** The clauses of one section; selecting a clause shows its measures in the TOM panel. */
export function SectionView({ section }: { readonly section: Section }) {
  const { t } = useTranslation();
  const clauseId = useStore((state) => state.clauseId);
  const selectClause = useStore((state) => state.selectClause);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    list.current?.parentElement?.scrollTo?.({ top: 0 });
  }, [section.id]);

  const move = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    const next = section.clauses[index + step];
    if (!next) return;
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
      {section.clauses.length === 0 && <p className="muted">{t('reader.noClauses')}</p>}
      <ol className="clauses" ref={list}>
        {section.clauses.map((clause, index) => {
          const ref = citeClause(section, clause);
          const marker = clause.label ?? (clause.kind === 'bullet' ? '•' : '');
          const text = clause.kind === 'bullet' && clause.text.startsWith('- ') ? clause.text.slice(2) : clause.text;
          return (
            <li
              key={clause.id}
              data-clause-id={clause.id}
              className="clause"
              aria-current={clause.id === clauseId ? 'true' : undefined}
              aria-label={t('reader.clause', { ref })}
              tabIndex={0}
              onClick={() => selectClause(clause.id)}
              onFocus={() => selectClause(clause.id)}
              onKeyDown={(event) => move(event, index)}
            >
              <span className="clause-marker" aria-hidden="true">
                {marker}
              </span>
              <div className="clause-body">
                {clause.heading && <h3 className="clause-heading">{clause.heading}</h3>}
                <ClauseText text={text} />
              </div>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
