/**
 * Measures as the TOM panel shows them: filtered by responsible party, service and unsure reading, then
 * grouped by category and, within it, by the service heading they stand under.
 */
import type { ResponsibleParty, Tom, TomCategory } from '../contract';
import { isUnsure } from '../responsibility';

export interface TomFilter {
  /** Empty: every party. */
  readonly parties: readonly ResponsibleParty[];
  /** Null: every service. Measures without a service apply to all services and always match. */
  readonly service: string | null;
  /** Only the readings a reviewer should check first (`doubtOf`). */
  readonly unsure?: boolean;
}

export const NO_FILTER: TomFilter = { parties: [], service: null, unsure: false };

/**
 * A filter with the measures it keeps in view whatever it says: those the reviewer selected
 * while it was set. Editing a measure can change its party or its service; the measure must
 * not vanish from under the reviewer's hands (and take the focus with it), so it stays until
 * the filter itself changes.
 */
export interface KeepingFilter {
  readonly filter: TomFilter;
  /** Ids of the measures shown whether or not they match. */
  readonly kept: readonly string[];
}

export const NO_KEEPING_FILTER: KeepingFilter = { filter: NO_FILTER, kept: [] };

export function isFiltering(filter: TomFilter): boolean {
  return filter.parties.length > 0 || filter.service !== null || filter.unsure === true;
}

/** A new filter keeps the selected measure if it matches it, and nothing else. */
export function withFilter(toms: readonly Tom[], filter: TomFilter, selectedId: string | null): KeepingFilter {
  const selected = selectedId === null ? undefined : toms.find((tom) => tom.id === selectedId);
  return { filter, kept: selected && isFiltering(filter) && matchesFilter(selected, filter) ? [selected.id] : [] };
}

/** A measure selected while the filter is set stays in view until the filter changes. */
export function keeping(current: KeepingFilter, id: string): KeepingFilter {
  if (!isFiltering(current.filter) || current.kept.includes(id)) return current;
  return { ...current, kept: [...current.kept, id] };
}

/** The measures a filter shows: those that match it and those it keeps. */
export function shownBy(tom: Tom, filter: TomFilter, kept: ReadonlySet<string>): boolean {
  return kept.has(tom.id) || matchesFilter(tom, filter);
}

export interface ServiceGroup {
  readonly key: string;
  /** Empty for measures that name no service. */
  readonly services: readonly string[];
  readonly toms: readonly Tom[];
}

export interface CategoryGroup {
  readonly key: string;
  readonly category: TomCategory;
  readonly services: readonly ServiceGroup[];
  readonly count: number;
}

export function matchesFilter(tom: Tom, filter: TomFilter): boolean {
  if (filter.parties.length > 0 && !filter.parties.includes(tom.responsibility.party)) return false;
  if (filter.unsure === true && !isUnsure(tom)) return false;
  if (filter.service !== null && tom.services.length > 0 && !tom.services.includes(filter.service)) return false;
  return true;
}

/** Every service the measures name, in order of first appearance. */
export function servicesOf(toms: readonly Tom[]): string[] {
  return [...new Set(toms.flatMap((tom) => tom.services))];
}

/** Measures grouped by category and service; those `kept` are shown whether or not they match the filter. */
export function groupToms(toms: readonly Tom[], filter: TomFilter = NO_FILTER, kept: ReadonlySet<string> = new Set()): CategoryGroup[] {
  const categories = new Map<string, { category: TomCategory; services: Map<string, { services: readonly string[]; toms: Tom[] }> }>();
  for (const tom of toms) {
    if (!shownBy(tom, filter, kept)) continue;
    const categoryKey = `${tom.category.number}|${tom.category.title}`;
    let category = categories.get(categoryKey);
    if (!category) {
      category = { category: tom.category, services: new Map() };
      categories.set(categoryKey, category);
    }
    const serviceKey = tom.services.join('|');
    const service = category.services.get(serviceKey) ?? { services: tom.services, toms: [] };
    service.toms.push(tom);
    category.services.set(serviceKey, service);
  }
  return [...categories].map(([key, value]) => {
    const services = [...value.services].map(([serviceKey, group]) => ({ key: `${key}#${serviceKey}`, services: group.services, toms: group.toms }));
    return { key, category: value.category, services, count: services.reduce((sum, group) => sum + group.toms.length, 0) };
  });
}

export function countByParty(toms: readonly Tom[]): Record<ResponsibleParty, number> {
  const counts: Record<ResponsibleParty, number> = { provider: 0, customer: 0, shared: 0, unstated: 0 };
  for (const tom of toms) counts[tom.responsibility.party]++;
  return counts;
}

/**
 * The first `count` measures of `groups`, in their order and their groups (a group or service
 * cut short keeps what comes before the cut): a long list drawn a slice at a time.
 */
export function firstOfGroups(groups: readonly CategoryGroup[], count: number): CategoryGroup[] {
  const kept: CategoryGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    const services: ServiceGroup[] = [];
    for (const service of group.services) {
      if (left <= 0) break;
      const toms = service.toms.slice(0, left);
      left -= toms.length;
      services.push(toms.length === service.toms.length ? service : { ...service, toms });
    }
    kept.push(services.length === group.services.length && services.at(-1) === group.services.at(-1) ? group : { ...group, services });
  }
  return kept;
}
