import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffSegment } from '../../../shared/compare';
import { toLines } from '../markup/lines';

export type DiffSide = 'both' | 'old' | 'new';

interface DiffTextProps {
  readonly segments: readonly DiffSegment[];
  /** `old` shows the old text with its deletions, `new` the new text with its insertions. */
  readonly side?: DiffSide;
  /** Paragraph and bullet structure (clauses); off for one-line texts. */
  readonly blocks?: boolean;
}

/**
 * Compared text: deletions struck through, insertions underlined, in the comparison's two
 * colours, each marked for screen readers too (never colour alone).
 */
export function DiffText({ segments, side = 'both', blocks = true }: DiffTextProps) {
  const { t } = useTranslation();
  const shown = segments.filter((segment) => (side === 'old' ? segment.kind !== 'insert' : side === 'new' ? segment.kind !== 'delete' : true));
  const piece = (part: DiffSegment, key: number): ReactNode => {
    if (part.kind === 'equal') return part.text;
    return part.kind === 'insert' ? (
      <ins key={key} className="diff diff-insert" title={t('compare.status.added')}>
        {part.text}
      </ins>
    ) : (
      <del key={key} className="diff diff-delete" title={t('compare.status.removed')}>
        {part.text}
      </del>
    );
  };
  if (!blocks) return <>{shown.map(piece)}</>;
  const out: ReactNode[] = [];
  let bullets: ReactNode[] = [];
  const flush = () => {
    if (bullets.length > 0) out.push(<ul key={`ul${out.length}`}>{bullets}</ul>);
    bullets = [];
  };
  toLines(shown).forEach((line, index) => {
    const content = line.pieces.map((part, key) => piece(part, key));
    if (line.bullet) bullets.push(<li key={index}>{content}</li>);
    else {
      flush();
      out.push(<p key={index}>{content}</p>);
    }
  });
  flush();
  return <div className="clause-text diff-text">{out}</div>;
}
