import { useT } from '../useT';
import type { Tom } from '../../shared/contract';
import { segmentsOf, type ResponsibilityShift } from '../../shared/redline';
import { useAuthorStyle } from './markup/authorColors';
import { PartyLabel } from './ResponsibilityChip';

interface TomChangeProps {
  readonly tom: Tom;
  readonly changeId: string;
  readonly shift: ResponsibilityShift | undefined;
}

/**
 * A change inside a measure, in the Changes tab: the measure's own words with its changes
 * marked (this one stronger), so that a replaced word reads in its sentence, and, where the
 * change hands the measure to the other party, that it is a responsibility change.
 */
export function TomChange({ tom, changeId, shift }: TomChangeProps) {
  const t = useT();
  const authorStyle = useAuthorStyle();
  return (
    <>
      {shift && (
        <p className="responsibility-change change-shift">
          <span className="compare-badge compare-badge-responsibility">
            <span aria-hidden="true">⇄ </span>
            {t('changes.responsibilityChanged')}
          </span>{' '}
          <span className="party-flip">
            <PartyLabel party={shift.from} /> <span aria-label={t('compare.partyChange', { from: t(`responsibility.${shift.from}`), to: t(`responsibility.${shift.to}`) })}>→</span>{' '}
            <PartyLabel party={shift.to} />
          </span>
        </p>
      )}
      <p className="change-excerpt measure-excerpt">
        {segmentsOf(tom).map((segment, index) => {
          if (segment.kind === 'equal') return segment.text;
          const props = {
            className: segment.id === changeId ? 'this-change' : undefined,
            style: authorStyle(segment.author ?? ''),
          };
          return segment.kind === 'insert' ? (
            <ins key={index} {...props}>
              {segment.text}
            </ins>
          ) : (
            <del key={index} {...props}>
              {segment.text}
            </del>
          );
        })}
      </p>
    </>
  );
}
