/**
 * Readings of a measure a reviewer should check first, and why: nothing names a party
 * (`none`), the measure is only offered (`option`), the party comes only from the contract's
 * body, far from the measure (`distant`), or the frames around it name different parties
 * (`conflict`). A reading from the measure's own words, or from the annex's own lead-in,
 * title, category or list, is not in doubt; nor is a reviewer's decision.
 */
import type { Responsibility, Tom } from '../contract';

export type Doubt = 'none' | 'option' | 'distant' | 'conflict';

export function doubtOf(responsibility: Responsibility): Doubt | null {
  if (responsibility.source === 'reviewer') return null;
  const reason = responsibility.reason;
  switch (reason.kind) {
    case 'none':
      return 'none';
    case 'option':
      return 'option';
    case 'frame':
      if (reason.conflict) return 'conflict';
      return reason.scope === 'contract' ? 'distant' : null;
    default:
      return null;
  }
}

export function isUnsure(tom: Pick<Tom, 'responsibility'>): boolean {
  return doubtOf(tom.responsibility) !== null;
}

export function countUnsure(toms: readonly Pick<Tom, 'responsibility'>[]): number {
  let count = 0;
  for (const tom of toms) if (isUnsure(tom)) count++;
  return count;
}
