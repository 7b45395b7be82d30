/**
 * Accepting and rejecting changes: accept an insertion → plain text, reject it → gone;
 * accept a deletion → gone, reject it → plain text again.
 */
import type { Segment } from '../contract/model';
import { isChange, normalize } from './segments';

export type Decision = 'accept' | 'reject';

/** Which changes a decision applies to: one id, every change of one author, or all. */
export type ChangeSelector = { readonly id: string } | { readonly author: string } | 'all';

export function selects(selector: ChangeSelector, segment: Segment): boolean {
  if (!isChange(segment)) return false;
  if (selector === 'all') return true;
  return 'id' in selector ? segment.id === selector.id : segment.author === selector.author;
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
