import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { citationText, citeClause } from '../../shared/contract';
import { relatedToms } from '../../shared/topics';
import { focusItem } from '../commands/navigation';
import { useStore } from '../store/store';
import { contractOf, currentAnnex, currentClause, currentSection, tomAnnexOf } from '../store/selectors';
import { ClauseDuty } from './ClauseDuty';
import { TomDetail } from './TomDetail';
import { TomFilters } from './TomFilters';
import { TomList } from './TomList';

/** The measures that belong to the selected clause, or the selected measure of the TOM annex. */
export function TomPanel() {
  const { t } = useTranslation();
  const contract = useStore(contractOf);
  const section = useStore(currentSection);
  const clause = useStore(currentClause);
  const annex = useStore(currentAnnex);
  const tomId = useStore((state) => state.tomId);
  const showView = useStore((state) => state.showView);
  const selectTom = useStore((state) => state.selectTom);
  const tomAnnex = tomAnnexOf(contract);
  const annexName = tomAnnex ? tomAnnex.label : '';
  // Read once per clause (and contract), not on every store update that draws the panel again.
  const relation = useMemo(() => (section && clause ? relatedToms(contract, section, clause) : null), [contract, section, clause]);

  const body = () => {
    if (!tomAnnex || contract.toms.length === 0) {
      return (
        <>
          {clause && <ClauseDuty clause={clause} />}
          <p className="muted">{t('toms.noAnnex')}</p>
        </>
      );
    }
    if (annex?.isTomAnnex) {
      const tom = contract.toms.find((candidate) => candidate.id === tomId);
      return tom ? <TomDetail tom={tom} /> : <p className="muted">{t('toms.selectMeasure')}</p>;
    }
    if (!section || !clause || !relation) return <p className="muted">{t('toms.selectClause')}</p>;
    return (
      <>
        <ClauseDuty clause={clause} />
        <h3 className="panel-subtitle">{t('toms.forClause', { ref: citationText(citeClause(section, clause), t) })}</h3>
        <p className="relation">
          {relation.kind === 'all' && t('toms.relationAll', { annex: annexName })}
          {relation.kind === 'topics' && t('toms.relationTopics', { topics: relation.topics.map((topic) => t(`topics.${topic}`)).join(', ') })}
          {relation.kind === 'none' && t('toms.relationNone')}
        </p>
        {relation.toms.length > 0 && (
          <>
            <TomFilters toms={relation.toms} place="panel" />
            <TomList
              toms={relation.toms}
              place="panel"
              onSelect={(tom) => {
                showView({ kind: 'annex', annexId: tomAnnex.id });
                selectTom(tom.id);
                focusItem({ kind: 'tom', id: tom.id });
              }}
            />
          </>
        )}
      </>
    );
  };

  return (
    <section className="tom-panel" aria-label={t('workspace.panes.toms')}>
      <div className="panel-header">
        <h2>{t('toms.title')}</h2>
        {tomAnnex && !annex?.isTomAnnex && (
          <button type="button" className="link" onClick={() => showView({ kind: 'annex', annexId: tomAnnex.id })}>
            {t('toms.browse', { annex: annexName })}
          </button>
        )}
      </div>
      {body()}
    </section>
  );
}
