import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { firstOfGroups, groupToms, type CategoryGroup } from '../../../shared/toms/grouping';
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
