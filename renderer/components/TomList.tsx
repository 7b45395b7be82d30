import { useTranslation } from 'react-i18next';
import type { Tom } from '../../shared/contract/model';
import { groupToms } from '../../shared/toms/grouping';
import { visibleIn } from '../../shared/redline/numbering';
import { useStore } from '../store/store';
import { TomItem } from './TomItem';

interface TomListProps {
  readonly toms: readonly Tom[];
  readonly selectedId?: string | null;
  readonly onSelect?: (tom: Tom) => void;
  readonly editable?: boolean;
}

/** Measures grouped by category and service, each with its responsibility chip. */
export function TomList({ toms, selectedId = null, onSelect, editable = false }: TomListProps) {
  const { t } = useTranslation();
  const filter = useStore((state) => state.tomFilter);
  const view = useStore((state) => state.markupView);
  const groups = groupToms(
    toms.filter((tom) => visibleIn(tom, view)),
    filter,
  );
  const shown = groups.reduce((sum, group) => sum + group.count, 0);
  return (
    <div className="tom-list">
      <p className="muted tom-count" aria-live="polite">
        {t('toms.shown', { shown, total: toms.length })}
      </p>
      {shown === 0 && <p className="muted">{t('toms.noMatch')}</p>}
      {groups.map((group) => (
        <section key={group.key} className="tom-category" aria-label={group.category.title || t('toms.uncategorised')}>
          <h3 className="tom-category-title">
            {group.category.number && <span className="tom-category-number">{group.category.number}</span>}
            {group.category.title || t('toms.uncategorised')}
          </h3>
          {group.services.map((service) => (
            <div key={service.key} className="tom-service">
              <h4 className="tom-service-title">{service.services.length > 0 ? service.services.join(' · ') : t('toms.general')}</h4>
              <ul>
                {service.toms.map((tom) => (
                  <TomItem key={tom.id} tom={tom} selected={tom.id === selectedId} editable={editable} onSelect={onSelect} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
