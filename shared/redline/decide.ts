/**
 * Accepting and rejecting changes: accept an insertion → plain text, reject it → gone;
 * accept a deletion → gone, reject it → plain text again. A move's two halves go together.
 */
import type { MoveLink, Segment } from '../contract';
import { isChange, normalize } from './segments';

/** What a reviewer does with a tracked change (Word's accept/reject); a review's `ChangeDecision` records it. */
export type ChangeAction = 'accept' | 'reject';

/** Which changes an action applies to: one id, several, every change of one author, or all. */
export type ChangeSelector = { readonly id: string } | { readonly ids: readonly string[] } | { readonly author: string } | 'all';

/** Whether a change is chosen by `selector`, asked of many changes: a list of ids is looked up, not searched, for each. */
export function changeChooser(selector: ChangeSelector): (change: { readonly id: string; readonly author: string }) => boolean {
  if (selector === 'all') return () => true;
  if ('id' in selector) return (change) => change.id === selector.id;
  if ('ids' in selector) {
    const ids = new Set(selector.ids);
    return (change) => ids.has(change.id);
  }
  return (change) => change.author === selector.author;
}

export function selectsChange(selector: ChangeSelector, change: { readonly id: string; readonly author: string }): boolean {
  return changeChooser(selector)(change);
}

/**
 * The changes chosen with both halves of each move among them: a move is accepted or rejected
 * whole (accept = gone at the source, kept at the destination; reject = the reverse), as in Word.
 */
export function withMoveHalves<T extends { readonly move?: MoveLink | undefined }>(all: readonly T[], chosen: readonly T[]): T[] {
  const names = new Set(chosen.flatMap((change) => (change.move ? [change.move.name] : [])));
  if (names.size === 0) return [...chosen];
  const picked = new Set(chosen);
  return all.filter((change) => picked.has(change) || (change.move !== undefined && names.has(change.move.name)));
}

export function decide(segments: readonly Segment[], selector: ChangeSelector, action: ChangeAction): Segment[] {
  const changes = segments.filter(isChange);
  const chosen = new Set<Segment>(withMoveHalves(changes, changes.filter(changeChooser(selector))));
  const out: Segment[] = [];
  for (const segment of segments) {
    if (!chosen.has(segment)) {
      out.push(segment);
      continue;
    }
    const keep = (segment.kind === 'insert') === (action === 'accept');
    if (keep) out.push({ kind: 'equal', text: segment.text });
  }
  return normalize(out);
}
