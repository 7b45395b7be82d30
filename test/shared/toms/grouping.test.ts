import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { editText } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import { firstOfGroups, groupToms, keeping, NO_FILTER, NO_KEEPING_FILTER, withFilter, type CategoryGroup } from '../../../shared/toms/grouping';
import { readTemplate } from '../../support/files';

const groups = groupToms(parseContract(readTemplate()).toms);
const idsOf = (cut: readonly CategoryGroup[]) => cut.flatMap((group) => group.services.flatMap((service) => service.toms.map((tom) => tom.id)));

describe('the first measures of grouped measures (a list drawn a slice at a time)', () => {
  it('keeps the first n in the groups’ order and in their groups, and all of them past the end', () => {
    const all = idsOf(groups);
    expect(all.length).toBeGreaterThan(20);
    for (const count of [0, 1, 5, 17, all.length - 1]) {
      const cut = firstOfGroups(groups, count);
      expect(idsOf(cut)).toEqual(all.slice(0, count));
      // Each group kept has its own category and the services it had, in order, none emptied.
      for (const group of cut) {
        const original = groups.find((candidate) => candidate.key === group.key)!;
        expect(group.category).toBe(original.category);
        expect(group.services.map((service) => service.key)).toEqual(original.services.slice(0, group.services.length).map((service) => service.key));
        expect(group.services.every((service) => service.toms.length > 0)).toBe(true);
      }
    }
    expect(firstOfGroups(groups, all.length + 10)).toEqual(groups);
  });
});

describe('a filter that keeps the measures selected under it', () => {
  const review = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
  const providers = { parties: ['provider' as const], service: null };
  const context = { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: () => 'x1' };
  const shown = (toms: typeof review.contract.toms, filter: ReturnType<typeof withFilter>) => idsOf(groupToms(toms, filter.filter, new Set(filter.kept)));

  it('keeps a measure selected under it in view after an edit gives it to the customer, until the filter changes', () => {
    let filter = keeping(withFilter(review.contract.toms, providers, null), 't8');
    expect(filter.kept).toEqual(['t8']);
    const edited = editText(review, { kind: 'tom', id: 't8' }, 'Die Schließanlage stellt der Auftraggeber.', context).contract.toms;
    expect(shown(edited, filter)).toContain('t8');
    expect(shown(edited, filter)).toHaveLength(47 + 1);
    // Set again, the filter shows only what matches it: t8, selected, no longer does.
    filter = withFilter(edited, providers, 't8');
    expect(filter.kept).toEqual([]);
    expect(shown(edited, filter)).not.toContain('t8');
  });

  it('keeps the measure selected when the filter is set, if it matches, and nothing when there is no filter', () => {
    expect(withFilter(review.contract.toms, providers, 't8').kept).toEqual(['t8']);
    expect(withFilter(review.contract.toms, providers, 't9').kept).toEqual([]);
    expect(keeping(NO_KEEPING_FILTER, 't8')).toBe(NO_KEEPING_FILTER);
    expect(withFilter(review.contract.toms, NO_FILTER, 't8').kept).toEqual([]);
  });
});
