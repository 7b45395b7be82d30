import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponsibleParty, Tom } from '../../shared/contract';
import { countUnsure } from '../../shared/responsibility';
import { countByParty, isFiltering, servicesOf } from '../../shared/toms';
import { useStore } from '../store/store';
import { filterOf, type FilterPlace } from '../store/uiSlice';

const PARTIES: readonly ResponsibleParty[] = ['provider', 'customer', 'shared', 'unstated'];

/**
 * Filters by responsible party (toggle buttons with counts), by unsure reading (shown when there
 * are any: the measures to check first) and by service: the side panel's or the annex's own.
 */
export function TomFilters({ toms, place }: { readonly toms: readonly Tom[]; readonly place: FilterPlace }) {
  const { t } = useTranslation();
  const filter = useStore((state) => filterOf(state, place));
  const toggleParty = useStore((state) => state.toggleParty);
  const setService = useStore((state) => state.setService);
  const toggleUnsure = useStore((state) => state.toggleUnsure);
  const resetFilter = useStore((state) => state.resetFilter);
  const serviceId = useId();
  const counts = useMemo(() => countByParty(toms), [toms]);
  const unsure = useMemo(() => countUnsure(toms), [toms]);
  const services = useMemo(() => servicesOf(toms), [toms]);
  const active = isFiltering(filter);
  return (
    <div className="tom-filters" role="group" aria-label={t('toms.filters')}>
      <div className="party-filter" role="group" aria-label={t('toms.filterParty')}>
        {PARTIES.map((party) => (
          <button
            key={party}
            type="button"
            className={`filter-chip chip-${party}`}
            aria-pressed={filter.parties.includes(party)}
            onClick={() => toggleParty(place, party)}
          >
            {t(`responsibility.${party}`)} <span className="filter-count">{counts[party]}</span>
          </button>
        ))}
        {(unsure > 0 || filter.unsure === true) && (
          <button type="button" className="filter-chip filter-unsure" aria-pressed={filter.unsure === true} title={t('toms.filterUnsureHint')} onClick={() => toggleUnsure(place)}>
            {t('toms.filterUnsure')} <span className="filter-count">{unsure}</span>
          </button>
        )}
      </div>
      {services.length > 0 && (
        <div className="service-filter">
          <label htmlFor={serviceId}>{t('toms.filterService')}</label>
          <select id={serviceId} value={filter.service ?? ''} onChange={(event) => setService(place, event.target.value === '' ? null : event.target.value)}>
            <option value="">{t('toms.allServices')}</option>
            {services.map((service) => (
              <option key={service} value={service}>
                {service}
              </option>
            ))}
          </select>
        </div>
      )}
      {active && (
        <button type="button" className="link" onClick={() => resetFilter(place)}>
          {t('toms.resetFilters')}
        </button>
      )}
    </div>
  );
}
