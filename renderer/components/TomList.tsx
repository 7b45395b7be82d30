import { useTranslation } from 'react-i18next';
import type { Tom } from '../../shared/contract/model';
import { groupToms } from '../../shared/toms/grouping';
import { useStore } from '../store/store';
import { CueText } from './CueText';
import { ResponsibilityChip } from './ResponsibilityChip';

interface TomListProps {
  readonly toms: readonly Tom[];
  readonly selectedId?: string | null;
  readonly onSelect?: (tom: Tom) => void;
}

/** Measures grouped by category and service, each with its responsibility chip. */
export function TomList({ toms, selectedId = null, onSelect }: TomListProps) {
  const { t } = useTranslation();
  const filter = useStore((state) => state.tomFilter);
  const language = useStore((state) => state.document?.contract.language);
  const groups = groupToms(toms, filter);
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
                  <li
                    key={tom.id}
                    className="tom"
                    data-tom-id={tom.id}
                    aria-current={tom.id === selectedId ? 'true' : undefined}
                    onClick={onSelect ? () => onSelect(tom) : undefined}
                  >
                    <ResponsibilityChip responsibility={tom.responsibility} />
                    <p className="tom-text" lang={language}>
                      <CueText text={tom.text} cues={tom.responsibility.cues} />
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
