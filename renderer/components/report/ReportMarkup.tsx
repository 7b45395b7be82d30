import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../shared/contract';
import type { NumberedChange } from '../../../shared/report';
import { lineBlocks } from '../markup/lineBlocks';
import { piecesFor, type Piece } from '../markup/lines';
import { useDateFormat } from '../markup/useDateFormat';

/**
 * A text with its tracked changes as paper shows them: insertions underlined, deletions
 * struck through (never colour alone), each change followed by its number.
 */
export function ReportMarkup({
  segments,
  numbers,
  blocks = true,
  bulletInMargin = false,
}: {
  readonly segments: readonly Segment[];
  readonly numbers: ReadonlyMap<string, number>;
  readonly blocks?: boolean;
  /** The text's first bullet is drawn beside it, where numbers stand (`marginMarker`). */
  readonly bulletInMargin?: boolean;
}) {
  const pieces = piecesFor(segments, 'all');
  const piece = (part: Piece, key: number, next: Piece | undefined): ReactNode => {
    if (part.kind === 'equal') return part.text;
    const number = numbers.get(part.id ?? '');
    // The number follows the last piece of a change (a change may run over lines).
    const mark = number !== undefined && next?.id !== part.id ? <sup className="change-number">{number}</sup> : null;
    const body = part.kind === 'insert' ? <ins className="report-insert">{part.text}</ins> : <del className="report-delete">{part.text}</del>;
    return (
      <span key={key}>
        {body}
        {mark}
      </span>
    );
  };
  const render = (line: readonly Piece[]) => line.map((part, index) => piece(part, index, line[index + 1]));
  if (!blocks) return <>{render(pieces)}</>;
  return <div className="report-text">{lineBlocks(pieces, bulletInMargin, render)}</div>;
}

/** Under a clause: each of its changes by number, with kind, author and time. */
export function ChangeNotes({ changes }: { readonly changes: readonly NumberedChange[] | undefined }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  if (!changes || changes.length === 0) return null;
  return (
    <ol className="change-notes">
      {changes.map((change) => {
        const kind = change.whole ? (change.kind === 'insert' ? 'wholeInsert' : 'wholeDelete') : change.kind;
        return (
          <li key={change.id} value={change.number}>
            {t('report.changeNote', { kind: t(`changes.kind.${kind}`), author: change.author, date: formatDate(change.date) })}
          </li>
        );
      })}
    </ol>
  );
}
