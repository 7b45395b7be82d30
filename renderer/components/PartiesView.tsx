import { useTranslation } from 'react-i18next';
import { useStore } from '../store/store';

/** The front matter: title, date, parties with their roles and addresses, preamble and signatures. */
export function PartiesView() {
  const { t } = useTranslation();
  const contract = useStore((state) => state.document!.contract);
  return (
    <article className="parties-view">
      <h2 className="section-title">{contract.title}</h2>
      {contract.date && (
        <p>
          <span className="muted">{t('reader.date')}: </span>
          {contract.date}
        </p>
      )}
      {contract.parties.length === 0 && <p className="muted">{t('reader.noParties')}</p>}
      <div className="party-cards">
        {contract.parties.map((party, index) => (
          <section key={index} className={`party-card party-${party.role}`} aria-label={t(`reader.${party.role}`)}>
            <h3>{t(`reader.${party.role}`)}</h3>
            <p className="party-name">{party.name}</p>
            {party.address.map((line, lineIndex) => (
              <p key={lineIndex} className="party-address">
                {line}
              </p>
            ))}
            <p className="muted party-role">– {party.roleLabel} –</p>
          </section>
        ))}
      </div>
      {contract.preamble.length > 0 && (
        <section>
          <h3>{t('reader.preamble')}</h3>
          {contract.preamble.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </section>
      )}
      {contract.signature.length > 0 && (
        <section>
          <h3>{t('reader.signature')}</h3>
          {contract.signature.map((line, index) => (
            <p key={index} className="signature-line">
              {line}
            </p>
          ))}
        </section>
      )}
    </article>
  );
}
