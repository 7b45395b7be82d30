import { useMemo, type ReactNode } from 'react';
import { useT } from '../../useT';
import type { Segment, MarkupView } from '../../../shared/contract';
import { useStore } from '../../store/store';
import { useAuthorStyle } from './authorColors';
import { lineBlocks } from './lineBlocks';
import { piecesFor, type Piece } from './lines';
import { useDateFormat } from './useDateFormat';

interface MarkupTextProps {
  readonly segments: readonly Segment[];
  readonly view: MarkupView;
  /** Paragraph and bullet structure (clauses); off for one-line texts such as a measure. */
  readonly blocks?: boolean;
  /** The text's first bullet is drawn in the clause's margin (`marginMarker`). */
  readonly bulletInMargin?: boolean;
}

/**
 * A text with its tracked changes: insertions underlined, deletions struck through, each in
 * its author's colour, with author and time on hover and on focus (never colour alone).
 */
export function MarkupText({ segments, view, blocks = true, bulletInMargin = false }: MarkupTextProps) {
  const t = useT();
  const authors = useMemo(() => [...new Set(segments.flatMap((segment) => (segment.kind !== 'equal' && segment.author !== undefined ? [segment.author] : [])))], [segments]);
  const styleOf = useAuthorStyle(authors);
  const formatDate = useDateFormat();
  // Only the text that holds the current change redraws when it moves.
  const current = useStore((state) => (state.currentChangeId !== null && segments.some((segment) => 'id' in segment && segment.id === state.currentChangeId) ? state.currentChangeId : null));
  const setCurrent = useStore((state) => state.setCurrentChange);

  const piece = (part: Piece, key: number): ReactNode => {
    if (part.kind === 'equal') return part.text;
    const label = part.move ? (part.move.side === 'from' ? 'markup.movedFrom' : 'markup.movedTo') : part.kind === 'insert' ? 'markup.inserted' : 'markup.deleted';
    const tip = t(label, { author: part.author, date: formatDate(part.date) });
    const props = {
      className: `change change-${part.kind}${part.move ? ' change-move' : ''}${part.id === current ? ' current-change' : ''}`,
      'data-change-id': part.id,
      'data-tip': tip,
      tabIndex: -1,
      // A change clicked or reached with Alt+↓ is the one Accept and Reject act on.
      onFocus: () => part.id && setCurrent(part.id),
      style: styleOf(part.author ?? ''),
    };
    return part.kind === 'insert' ? (
      <ins key={key} {...props}>
        {part.text}
      </ins>
    ) : (
      <del key={key} {...props}>
        {part.text}
      </del>
    );
  };

  const pieces = piecesFor(segments, view);
  if (!blocks) return <>{pieces.map(piece)}</>;
  return <div className="clause-text">{lineBlocks(pieces, bulletInMargin, (line) => line.map(piece))}</div>;
}
