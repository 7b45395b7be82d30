import { useTranslation } from 'react-i18next';
import type { Clause } from '../../shared/contract';
import { CueText } from './CueText';
import { PartyLabel } from './ResponsibilityChip';
import { ResponsibilityOverride } from './ResponsibilityOverride';
import { reasonText } from './reasonText';

/** Who the selected clause obliges, the words that say so, and the reviewer's hand on it. */
export function ClauseDuty({ clause }: { readonly clause: Clause }) {
  const { t } = useTranslation();
  const responsibility = clause.responsibility;
  return (
    <section className="clause-duty" aria-label={t('duty.title')}>
      <h3 className="panel-subtitle">{t('duty.title')}</h3>
      {!responsibility ? (
        <p className="muted">{t('duty.none')}</p>
      ) : (
        <>
          <p className="measure-decision">
            <PartyLabel party={responsibility.party} /> <span>{reasonText(responsibility.reason, t)}</span>
          </p>
          {responsibility.cues.length > 0 && (
            <details className="clause-duty-text">
              <summary>{t('toms.reading')}</summary>
              <p className="measure-text">
                <CueText text={clause.text} cues={responsibility.cues} />
              </p>
            </details>
          )}
        </>
      )}
      <ResponsibilityOverride
        key={clause.id}
        target={{ kind: 'clause', id: clause.id }}
        responsibility={responsibility ?? { party: 'unstated', cue: null, source: 'auto', reason: { kind: 'none' }, cues: [], sentences: [] }}
      />
    </section>
  );
}
