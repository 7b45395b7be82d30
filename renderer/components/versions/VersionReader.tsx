import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { citationText, citeClause, sectionHeading, displayLabels, MARGIN_BULLET, marginMarker } from '../../../shared/contract';
import { segmentsOf } from '../../../shared/redline';
import { groupToms } from '../../../shared/toms';
import { findVersion } from '../../../shared/compare';
import { useFocusTarget } from '../../focusTargets';
import { useStore } from '../../store/store';
import { MarkupText } from '../markup/MarkupText';
import { useDateFormat } from '../markup/useDateFormat';
import { readerItemIn } from '../readerItems';
import { PartyLabel } from '../ResponsibilityChip';

/**
 * A saved version, read only: the whole contract as it was frozen, with the tracked
 * changes it had then, and its measures with who carried them.
 */
export function VersionReader() {
  const { t } = useTranslation();
  const id = useStore((state) => state.versionView)!;
  const review = useStore((state) => state.review)!;
  const { openVersion, compare, openVersions } = useStore.getState();
  const formatDate = useDateFormat();
  const reader = useRef<HTMLElement>(null);
  useFocusTarget('reader', reader, readerItemIn);
  const version = findVersion(review, id);
  if (!version) return null;
  const contract = version.contract;

  return (
    <div className="version-view">
      <div className="version-banner" role="status">
        <span>{t('versions.readOnly', { name: version.name, author: version.author, date: formatDate(version.date) })}</span>
        <button type="button" onClick={() => compare({ kind: 'version', id }, { kind: 'current' }, useStore.getState().compareOptions)}>
          {t('versions.compare')}
        </button>
        <button type="button" onClick={() => openVersions()}>
          {t('versions.button')}
        </button>
        <button type="button" className="primary" onClick={() => openVersion(null)}>
          {t('versions.back')}
        </button>
      </div>
      <main ref={reader} className="pane reader version-reader" lang={contract.language} aria-label={t('versions.readOnly', { name: version.name, author: version.author, date: formatDate(version.date) })}>
        <article>
          <h1 className="version-title">{contract.title}</h1>
          {contract.date && <p className="muted">{contract.date}</p>}
          {contract.sections.map((section) => {
            const labels = displayLabels(section, 'all');
            return (
              <section key={section.id} className="section-view">
                <h2 className="section-title">{sectionHeading(section)}</h2>
                <ol className="clauses">
                  {section.clauses.map((clause) => (
                    <li key={clause.id} className="clause read-only" aria-label={t('reader.clause', { ref: citationText(citeClause(section, clause), t) })}>
                      <span className="clause-marker" aria-hidden="true">
                        {marginMarker(clause, labels.get(clause.id))}
                      </span>
                      <div className="clause-body">
                        {clause.heading && <h3 className="clause-heading">{clause.heading}</h3>}
                        <MarkupText segments={segmentsOf(clause)} view="all" bulletInMargin={marginMarker(clause, labels.get(clause.id)) === MARGIN_BULLET} />
                      </div>
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
          {contract.toms.length > 0 && (
            <section className="section-view">
              <h2 className="section-title">{t('toms.title')}</h2>
              {groupToms(contract.toms).map((group) => (
                <div key={group.key} className="tom-category">
                  <h3 className="tom-category-title">{[group.category.number, group.category.title].filter(Boolean).join(' ')}</h3>
                  {group.services.map((service) => (
                    <div key={service.key} className="tom-service">
                      {service.services.length > 0 && <h4 className="tom-service-title">{service.services.join(", ")}</h4>}
                      <ul>
                        {service.toms.map((tom) => (
                          <li key={tom.id} className="tom read-only">
                            <PartyLabel party={tom.responsibility.party} />
                            <p className="tom-text">
                              <MarkupText segments={segmentsOf(tom)} view="all" blocks={false} />
                            </p>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              ))}
            </section>
          )}
        </article>
      </main>
    </div>
  );
}
