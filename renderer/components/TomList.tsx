import { useMemo, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleIn, type Tom } from '../../shared/contract';
import { firstOfGroups, groupToms, matchesFilter, type CategoryGroup } from '../../shared/toms';
import { useStore } from '../store/store';
import { filterOf, type FilterPlace } from '../store/uiSlice';
import { TomItem } from './TomItem';
import { useGrowingCount } from './report/useGrowingCount';
import { VirtualRows } from './VirtualRows';

interface TomListProps {
  readonly toms: readonly Tom[];
  /** Whose filter applies: the side panel's or the annex's own. */
  readonly place: FilterPlace;
  readonly selectedId?: string | null;
  readonly onSelect?: (tom: Tom, event: SyntheticEvent) => void;
  readonly editable?: boolean;
}

/**
 * Lists longer than this many measures render only the rows on screen: the TOM annex of a
 * framework agreement has thousands. Shorter ones render whole (find in page, print).
 */
export const VIRTUAL_FROM = 200;

/**
 * Measures a list drawn whole draws in one task, then as many more in each task after: the
 * side panel of a clause on a long annex lists a hundred or more, each with its chip, and drawing
 * them all at once was the longest task of opening a 5000-clause contract.
 */
const TOMS_PER_TASK = 25;

const NO_IDS: readonly string[] = [];

type Row =
  | { readonly kind: 'category'; readonly key: string; readonly group: CategoryGroup }
  | { readonly kind: 'service'; readonly key: string; readonly title: string }
  | { readonly kind: 'tom'; readonly key: string; readonly tom: Tom };

function rowsOf(groups: readonly CategoryGroup[], general: string): Row[] {
  const rows: Row[] = [];
  for (const group of groups) {
    rows.push({ kind: 'category', key: group.key, group });
    for (const service of group.services) {
      rows.push({ kind: 'service', key: `${group.key}/${service.key}`, title: service.services.length > 0 ? service.services.join(' · ') : general });
      for (const tom of service.toms) rows.push({ kind: 'tom', key: tom.id, tom });
    }
  }
  return rows;
}

/** Measures grouped by category and service, each with its responsibility chip. */
export function TomList({ toms, place, selectedId = null, onSelect, editable = false }: TomListProps) {
  const { t } = useTranslation();
  const filter = useStore((state) => filterOf(state, place));
  const keptIds = useStore((state) => (place === 'annex' ? state.annexFilter.kept : NO_IDS));
  const view = useStore((state) => state.markupView);
  const visible = useMemo(() => toms.filter((tom) => visibleIn(tom, view)), [toms, view]);
  const kept = useMemo(() => new Set(keptIds), [keptIds]);
  const groups = useMemo(() => groupToms(visible, filter, kept), [visible, filter, kept]);
  // Kept in view though they no longer match: said in the count and on each of them.
  const outside = useMemo(() => new Set(visible.filter((tom) => kept.has(tom.id) && !matchesFilter(tom, filter)).map((tom) => tom.id)), [visible, kept, filter]);
  const shown = groups.reduce((sum, group) => sum + group.count, 0);
  const general = t('toms.general');
  const rows = useMemo(() => rowsOf(groups, general), [groups, general]);
  const virtual = shown > VIRTUAL_FROM;
  const drawn = useGrowingCount(virtual ? 0 : shown, TOMS_PER_TASK);
  const drawnGroups = useMemo(() => (drawn >= shown ? groups : firstOfGroups(groups, drawn)), [groups, drawn, shown]);
  const categoryTitle = (group: CategoryGroup) => (
    <h3 className="tom-category-title">
      {group.category.number && <span className="tom-category-number">{group.category.number}</span>}
      {group.category.title || t('toms.uncategorised')}
    </h3>
  );
  const item = (tom: Tom) => (
    <TomItem key={tom.id} tom={tom} selected={tom.id === selectedId} editable={editable} outsideFilter={outside.has(tom.id)} onSelect={onSelect} />
  );

  return (
    <div className="tom-list" aria-busy={!virtual && drawn < shown}>
      <p className="muted tom-count" aria-live="polite">
        {t('toms.shown', { shown: shown - outside.size, count: toms.length })}
        {outside.size > 0 && `, ${t('toms.keptOutside', { count: outside.size })}`}
      </p>
      {shown === 0 && <p className="muted">{t('toms.noMatch')}</p>}
      {virtual ? (
        <VirtualRows rows={rows} estimate={estimatedHeight} revealKey={selectedId}>
          {(row) =>
            row.kind === 'category' ? (
              <div className="tom-category tom-category-row">{categoryTitle(row.group)}</div>
            ) : row.kind === 'service' ? (
              <h4 className="tom-service-title">{row.title}</h4>
            ) : (
              <ul className="tom-service">{item(row.tom)}</ul>
            )
          }
        </VirtualRows>
      ) : (
        drawnGroups.map((group) => (
          <section key={group.key} className="tom-category" aria-label={group.category.title || t('toms.uncategorised')}>
            {categoryTitle(group)}
            {group.services.map((service) => (
              <div key={service.key} className="tom-service">
                <h4 className="tom-service-title">{service.services.length > 0 ? service.services.join(' · ') : t('toms.general')}</h4>
                <ul>{service.toms.map(item)}</ul>
              </div>
            ))}
          </section>
        ))
      )}
    </div>
  );
}

/** A row's height before it is measured: a measure's text wraps at about 80 characters a line. */
function estimatedHeight(row: Row): number {
  if (row.kind === 'category') return 40;
  if (row.kind === 'service') return 28;
  return 52 + 24 * Math.ceil(row.tom.text.length / 80);
}
