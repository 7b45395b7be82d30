import type { ReactNode } from 'react';
import { toLines, type Piece } from './lines';

/** A text's lines as blocks: bullets gathered into one list, every other line a paragraph. */
export function lineBlocks(pieces: readonly Piece[], bulletInMargin: boolean, render: (line: readonly Piece[]) => ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  let bullets: ReactNode[] = [];
  const flush = () => {
    if (bullets.length > 0) out.push(<ul key={`ul${out.length}`}>{bullets}</ul>);
    bullets = [];
  };
  toLines(pieces, bulletInMargin).forEach((line, index) => {
    if (line.bullet) bullets.push(<li key={index}>{render(line.pieces)}</li>);
    else {
      flush();
      out.push(<p key={index}>{render(line.pieces)}</p>);
    }
  });
  flush();
  return out;
}
