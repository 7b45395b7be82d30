import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findClause, citationText, type PartyRole } from '../../shared/contract';
import { obligationsOf, obligationsText, type Obligation } from '../../shared/obligations';
import { contractOf } from '../store/selectors';
import { showClause } from '../commands/navigation';
import { useStore } from '../store/store';

/**
 * "Our obligations under this contract": one party's duties and measures as a checklist
 * to tick, copy as text or print.
 */
export function WhoDoesWhat({ onShowTom }: { readonly onShowTom: (tomId: string) => void }) {
  const { t } = useTranslation();
  const contract = useStore(contractOf);
  const [party, setParty] = useState<PartyRole>('customer');
  const [status, setStatus] = useState('');
  const obligations = useMemo(() => obligationsOf(contract, party), [contract, party]);
  const other: PartyRole = party === 'customer' ? 'provider' : 'customer';
  const headingId = useId();

  const copy = async () => {
    const text = obligationsText(contract, obligations, (key, params) => t(key, params));
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('obligations.copied'));
    } catch (error) {
      setStatus(t('obligations.copyFailed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };

  const show = (target: Obligation['target']) => {
    const clause = target.kind === 'clause' ? findClause(contract, target.id) : null;
    if (clause) showClause(clause.section.id, target.id);
    else if (target.kind === 'tom') onShowTom(target.id);
  };

  const item = (obligation: Obligation, index: number) => {
    return (
      <li key={index} className="obligation">
        <label>
          <input type="checkbox" />
          <span className="obligation-body">
            <span className="obligation-text" lang={contract.language}>
              {obligation.text}
            </span>
            {obligation.shared && <span className="obligation-shared"> ({t('obligations.sharedWith', { party: t(`obligations.other.${other}`) })})</span>}
          </span>
        </label>
        <button
          type="button"
          className="link obligation-ref"
          onClick={() => show(obligation.target)}
        >
          {citationText(obligation.ref, t)}
        </button>
      </li>
    );
  };

  return (
    <section className="who-does-what printable" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('obligations.title')}</h2>
      </div>
      <fieldset className="party-switch no-print">
        <legend>{t('obligations.show')}</legend>
        {(['customer', 'provider'] as const).map((candidate) => (
          <label key={candidate} className={`party-switch-option chip-${candidate}`}>
            <input type="radio" name="obligations-party" value={candidate} checked={party === candidate} onChange={() => setParty(candidate)} />
            {t(`responsibility.${candidate}`)}
          </label>
        ))}
      </fieldset>
      <h3 className="obligations-heading">{t('obligations.heading')}</h3>
      <p className="obligations-party">{t('obligations.forParty', { party: t(`obligations.party.${party}`) })}</p>
      <p className="muted obligations-count">
        {t('obligations.contract', { title: contract.title })} · {t('obligations.count', { duties: t('obligations.duties', { count: obligations.duties.length }), measures: t('outline.measures', { count: obligations.measures.length }) })}
      </p>
      <div className="obligation-actions no-print">
        <button type="button" onClick={() => void copy()}>
          {t('obligations.copy')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('obligations.print')}
        </button>
        <span className="muted" role="status">
          {status}
        </span>
      </div>
      <h4 className="obligations-group">{t('obligations.duties')}</h4>
      {obligations.duties.length === 0 ? <p className="muted">{t('obligations.none')}</p> : <ul className="obligations">{obligations.duties.map(item)}</ul>}
      <h4 className="obligations-group">{t('obligations.measures')}</h4>
      {obligations.measures.length === 0 ? <p className="muted">{t('obligations.none')}</p> : <ul className="obligations">{obligations.measures.map(item)}</ul>}
    </section>
  );
}
