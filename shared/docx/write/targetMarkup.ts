/**
 * The markup of a clause, measure, party or date: its segments as Word will show them.
 * A clause added or deleted whole is one insertion or deletion of its text; one without
 * changes is one equal segment. The clean copy takes the current text only.
 */
import type { Annotations, Segment } from '../../contract';

export interface Markup {
  readonly segments: readonly Segment[];
}

export function currentText(segments: readonly Segment[]): string {
  return segments.filter((segment) => segment.kind !== 'delete').map((segment) => segment.text).join('');
}

export function originalText(segments: readonly Segment[]): string {
  return segments.filter((segment) => segment.kind !== 'insert').map((segment) => segment.text).join('');
}

/** Segments to write for an annotated text; null when the clean copy leaves it out (deleted whole). */
export function markupOf(item: Pick<Annotations, 'segments' | 'change'> & { readonly text: string }, mode: 'redline' | 'clean'): Segment[] | null {
  const segments = item.segments && item.segments.length > 0 ? item.segments : null;
  const change = item.change;
  if (mode === 'clean') {
    if (change?.kind === 'delete') return null;
    return [{ kind: 'equal', text: segments ? currentText(segments) : item.text }];
  }
  if (change) {
    const text = change.kind === 'delete' ? (segments ? originalText(segments) : item.text) : segments ? currentText(segments) : item.text;
    return [{ kind: change.kind, text, author: change.author, date: change.date, id: change.id }];
  }
  return segments ? [...segments] : [{ kind: 'equal', text: item.text }];
}

/** Markup offset of a current-text offset: before the current character at `offset` (a start) or after the one before it (an end). */
export function markupOffset(segments: readonly Segment[], offset: number, edge: 'start' | 'end'): number {
  let current = 0;
  let markup = 0;
  for (const segment of segments) {
    const visible = segment.kind !== 'delete';
    if (visible) {
      const fits = edge === 'start' ? offset < current + segment.text.length : offset <= current + segment.text.length;
      if (fits) return markup + (offset - current);
      current += segment.text.length;
    }
    markup += segment.text.length;
  }
  return markup;
}
