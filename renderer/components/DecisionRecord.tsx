import { useTranslation } from 'react-i18next';
import type { Decision } from '../../shared/review';
import { excerpt } from '../../shared/text';
import { useDateFormat } from './markup/useDateFormat';

/** What was decided on an item, by whom, when and why — kept after the change itself is gone. */
export function DecisionRecord({ decisions }: { readonly decisions: readonly Decision[] }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <section className="decision-record">
      <h4>{t('notes.decisions')}</h4>
      {decisions.length === 0 && <p className="muted">{t('notes.noDecisions')}</p>}
      <ol>
        {decisions.map((decision) => {
          let what: string;
          if ('change' in decision) {
            const key = decision.change.whole ? (decision.change.kind === 'insert' ? 'wholeInsert' : 'wholeDelete') : decision.change.kind;
            what = t(`notes.what.${key}`, { text: excerpt(decision.change.text, 80), author: decision.change.author });
          } else {
            what = t('notes.what.responsibility', { from: t(`responsibility.${decision.from}`), to: t(`responsibility.${decision.to}`) });
          }
          return (
            <li key={decision.id} className={`decision decision-${decision.action}`}>
              {'answer' in decision && decision.answer !== undefined && (
                <p className="decision-by-them">
                  <span className={`badge badge-by-them badge-${decision.action}`}>{t(`notes.byThem.${decision.action}`)}</span>
                </p>
              )}
              <p>
                {/* German puts the verb last: "hat die Einfügung „…“ abgelehnt". */}
                <strong>{decision.by}</strong> {t(`notes.decided.${decision.action}`, { what })}
                {'answer' in decision && decision.answer !== undefined && <span className="muted"> ({t('notes.inAnswer', { file: decision.answer })})</span>}
              </p>
              <p className="muted">
                <time dateTime={decision.at}>{formatDate(decision.at)}</time>
              </p>
              {decision.rationale && <p className="decision-rationale">{t('notes.because', { rationale: decision.rationale })}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
