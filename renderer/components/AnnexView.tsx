import { useTranslation } from 'react-i18next';
import type { Annex } from '../../shared/contract';

/** An annex that lists items (data types, data subjects). */
export function AnnexView({ annex }: { readonly annex: Annex }) {
  const { t } = useTranslation();
  return (
    <article className="annex-view">
      <h2 className="section-title">
        {annex.label}
        {annex.title && ` – ${annex.title}`}
      </h2>
      {annex.items.length === 0 ? (
        <p className="muted">{t('reader.emptyAnnex')}</p>
      ) : (
        <ul className="annex-items">
          {annex.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
