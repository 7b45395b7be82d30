/**
 * Accepting and rejecting changes: accept an insertion → plain text, reject it → gone;
 * accept a deletion → gone, reject it → plain text again.
 */
import type { Segment } from '../contract/model';
import { isChange, normalize } from './segments';

export type Decision = 'accept' | 'reject';

/** Which changes a decision applies to: one id, several, every change of one author, or all. */
export type ChangeSelector = { readonly id: string } | { readonly ids: readonly string[] } | { readonly author: string } | 'all';

export function selectsChange(selector: ChangeSelector, change: { readonly id: string; readonly author: string }): boolean {
  if (selector === 'all') return true;
  if ('id' in selector) return change.id === selector.id;
  if ('ids' in selector) return selector.ids.includes(change.id);
  return change.author === selector.author;
}

export function selects(selector: ChangeSelector, segment: Segment): boolean {
  return isChange(segment) && selectsChange(selector, segment);
}

export function decide(segments: readonly Segment[], selector: ChangeSelector, decision: Decision): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    if (!selects(selector, segment)) {
      out.push(segment);
      continue;
    }
    const keep = (segment.kind === 'insert') === (decision === 'accept');
    if (keep) out.push({ kind: 'equal', text: segment.text });
  }
  return normalize(out);
}
