import { useId } from 'react';
import { useT } from '../useT';
import type { Responsibility, ResponsibleParty } from '../../shared/contract/model';
import { reasonText } from './reasonText';

/** Who is responsible, in colour and in words; the deciding cue shows on hover and on focus. */
export function ResponsibilityChip({ responsibility }: { readonly responsibility: Responsibility }) {
  const t = useT();
  const tip = useId();
  const party = responsibility.party;
  return (
    <span className="chip-wrap">
      <button type="button" className={`chip chip-${party}`} aria-describedby={tip} data-party={party}>
        <span className="chip-symbol" aria-hidden="true">
          {t(`responsibility.symbol.${party}`)}
        </span>
        {t(`responsibility.${party}`)}
        {responsibility.source === 'reviewer' && (
          <span className="reviewer-mark" aria-label={t('override.reviewer')}>
            ✎
          </span>
        )}
      </button>
      <span role="tooltip" id={tip} className="tooltip">
        {reasonText(responsibility.reason, t)}
      </span>
    </span>
  );
}

export function PartyLabel({ party }: { readonly party: ResponsibleParty }) {
  const t = useT();
  return (
    <span className={`chip chip-static chip-${party}`} data-party={party}>
      <span className="chip-symbol" aria-hidden="true">
        {t(`responsibility.symbol.${party}`)}
      </span>
      {t(`responsibility.${party}`)}
    </span>
  );
}
