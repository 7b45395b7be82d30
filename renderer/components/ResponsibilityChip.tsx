import { useId } from 'react';
import { useT } from '../useT';
import type { Responsibility, ResponsibleParty } from '../../shared/contract';
import { doubtLines, reasonText } from './reasonText';

/**
 * Who is responsible, in colour and in words; the deciding cue shows on hover and on focus. An
 * unsure reading (no party named, read only from the contract, frames that disagree) is marked
 * on the chip, and its tooltip says why.
 */
export function ResponsibilityChip({ responsibility }: { readonly responsibility: Responsibility }) {
  const t = useT();
  const tip = useId();
  const party = responsibility.party;
  const doubts = doubtLines(responsibility, t);
  const unsure = doubts.length > 0;
  return (
    <span className="chip-wrap">
      <button type="button" className={`chip chip-${party}${unsure ? ' chip-unsure' : ''}`} aria-describedby={tip} data-party={party} data-unsure={unsure || undefined}>
        <span className="chip-symbol" aria-hidden="true">
          {t(`responsibility.symbol.${party}`)}
        </span>
        {t(`responsibility.${party}`)}
        {unsure && (
          <>
            {' '}
            <span className="doubt-mark" role="img" aria-label={t('responsibility.doubt.label')}>
              ?
            </span>
          </>
        )}
        {responsibility.source === 'reviewer' && (
          <span className="reviewer-mark" aria-label={t('override.reviewer')}>
            ✎
          </span>
        )}
      </button>
      <span role="tooltip" id={tip} className="tooltip">
        {unsure && <span className="tooltip-doubt">{doubts[0]}</span>}
        <span className="tooltip-line">{reasonText(responsibility.reason, t)}</span>
        {doubts.slice(1).map((line) => (
          <span key={line} className="tooltip-line">
            {line}
          </span>
        ))}
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
