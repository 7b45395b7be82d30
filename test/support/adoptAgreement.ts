/**
 * Adopting a comparison and the comparison on screen agree: every clause, measure, party and
 * date the comparison shows changed holds exactly its insertions and deletions as tracked
 * changes (no second word diff), and every item added or moved is one whole insertion.
 */
import { expect } from 'vitest';
import { adoptComparison } from '../../shared/compare/adopt';
import type { Comparison } from '../../shared/compare/model';
import type { Clause, Contract, Tom } from '../../shared/contract/model';
import type { Review } from '../../shared/review/model';

const shown = (segments: readonly { kind: string; text: string }[]) => segments.filter((segment) => segment.kind !== 'equal').map((segment) => [segment.kind, segment.text]);

export function expectAdoptionAgrees(review: Review, other: Contract, comparison: Comparison): Review {
  let n = 0;
  const result = adoptComparison(review, other, comparison, { author: 'TrafficPlex GmbH', now: '2026-12-01T09:00:00Z', newId: () => `agree${++n}` });
  const clauses = new Map(result.contract.sections.flatMap((section) => section.clauses.map((clause) => [clause.id, clause] as const)));
  const toms = new Map(result.contract.toms.map((tom) => [tom.id, tom]));
  const held = (item: Clause | Tom) => shown(item.segments ?? []);
  let inserted = 0;
  for (const entry of comparison.clauses) {
    if (entry.new && (!entry.old || entry.status === 'moved')) inserted++;
    if (!entry.old) continue;
    const clause = clauses.get(entry.old.id)!;
    if (!entry.new || entry.status === 'moved') expect(clause.change?.kind).toBe('delete');
    else expect(held(clause)).toEqual(shown(entry.segments));
  }
  for (const entry of comparison.toms) {
    if (entry.new && (!entry.old || entry.placeChanged)) inserted++;
    if (!entry.old) continue;
    const tom = toms.get(entry.old.id)!;
    if (!entry.new || entry.placeChanged) expect(tom.change?.kind).toBe('delete');
    else expect(held(tom)).toEqual(shown(entry.segments));
  }
  const whole = [...clauses.values(), ...toms.values()].filter((item) => item.change?.kind === 'insert');
  expect(whole.length).toBe(inserted);
  for (const item of whole) expect(held(item)).toEqual([['insert', item.text]]);
  for (const change of comparison.other) {
    const { where } = change;
    if (where.kind === 'party') expect(shown(result.contract.parties.find((party) => party.role === where.role)?.segments ?? [])).toEqual(shown(change.segments));
    if (where.kind === 'date') expect(shown(result.contract.dateSegments ?? [])).toEqual(shown(change.segments));
  }
  return result;
}
