import { useTranslation } from 'react-i18next';
import { sectionHeading } from '../../shared/contract/reference';
import { contractOf } from '../store/selectors';
import { useStore } from '../store/store';
import type { View } from '../store/uiSlice';

function isCurrent(view: View, candidate: View): boolean {
  if (view.kind !== candidate.kind) return false;
  if (view.kind === 'section' && candidate.kind === 'section') return view.sectionId === candidate.sectionId;
  if (view.kind === 'annex' && candidate.kind === 'annex') return view.annexId === candidate.annexId;
  return true;
}

/** Title, parties, sections and annexes, each with how much it holds. */
export function Outline() {
  const { t } = useTranslation();
  const contract = useStore(contractOf);
  const view = useStore((state) => state.view);
  const showView = useStore((state) => state.showView);

  const item = (target: View, label: string, count: string, key: string, part?: readonly string[]) => (
    <li key={key}>
      {part?.map((heading) => (
        <div className="outline-part" key={heading}>
          {heading}
        </div>
      ))}
      <button type="button" className="outline-item" aria-current={isCurrent(view, target) ? 'true' : undefined} onClick={() => showView(target)}>
        <span className="outline-label">{label}</span>
        <span className="outline-count">{count}</span>
      </button>
    </li>
  );

  return (
    <nav className="pane outline" aria-label={t('workspace.panes.outline')}>
      <h2 className="outline-title">{contract.title}</h2>
      {contract.date && <p className="muted outline-date">{contract.date}</p>}
      <ul className="outline-list">
        {item({ kind: 'parties' }, t('outline.parties'), String(contract.parties.length), 'parties')}
      </ul>
      {contract.sections.length > 0 && (
        <>
          <h3 className="outline-heading">{t('outline.sections')}</h3>
          <ul className="outline-list">
            {contract.sections.map((section) =>
              item(
                { kind: 'section', sectionId: section.id },
                sectionHeading(section),
                t('outline.clauses', { count: section.clauses.length }),
                section.id,
                section.parts,
              ),
            )}
          </ul>
        </>
      )}
      {contract.annexes.length > 0 && (
        <>
          <h3 className="outline-heading">{t('outline.annexes')}</h3>
          <ul className="outline-list">
            {contract.annexes.map((annex) =>
              item(
                { kind: 'annex', annexId: annex.id },
                `${annex.label}${annex.title ? ` – ${annex.title}` : ''}`,
                annex.isTomAnnex ? t('outline.measures', { count: contract.toms.length }) : t('outline.items', { count: annex.items.length }),
                annex.id,
              ),
            )}
          </ul>
        </>
      )}
    </nav>
  );
}
