import { memo, useMemo, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { sectionHeading, type Section } from '../../shared/contract';
import { useFocusTarget } from '../focusTargets';
import { contractOf } from '../store/selectors';
import { useStore } from '../store/store';
import type { View } from '../store/uiSlice';
import { useGrowingCount } from './report/useGrowingCount';

/** Sections drawn in one task: a contract of thousands of clauses has hundreds of sections, all drawn at once held the window. */
const SECTIONS_PER_TASK = 40;

function isCurrent(view: View, candidate: View): boolean {
  if (view.kind !== candidate.kind) return false;
  if (view.kind === 'section' && candidate.kind === 'section') return view.sectionId === candidate.sectionId;
  if (view.kind === 'annex' && candidate.kind === 'annex') return view.annexId === candidate.annexId;
  return true;
}

interface Entry {
  readonly key: string;
  readonly target: View;
  readonly label: string;
  readonly count: string;
  readonly parts?: readonly string[];
}

interface OutlineItemProps {
  readonly entry: Entry;
  readonly current: boolean;
  readonly onShow: (target: View) => void;
}

/** The same line: what it shows and where it leads, whether or not its section is the same object. */
function sameLine(before: OutlineItemProps, after: OutlineItemProps): boolean {
  const [a, b] = [before.entry, after.entry];
  return (
    before.current === after.current &&
    before.onShow === after.onShow &&
    a.key === b.key &&
    a.label === b.label &&
    a.count === b.count &&
    a.parts === b.parts &&
    isCurrent(a.target, b.target)
  );
}

/**
 * One line of the outline; re-rendered only when it becomes or stops being the current one, or
 * its words change: a decision gives every section it touches a new object (accepting all of a
 * negotiation touched nearly all), and the line stays as it was.
 */
const OutlineItem = memo(function OutlineItem({ entry, current, onShow }: OutlineItemProps) {
  return (
    <li>
      {entry.parts?.map((heading) => (
        <div className="outline-part" key={heading}>
          {heading}
        </div>
      ))}
      <button type="button" className="outline-item" aria-current={current ? 'true' : undefined} onClick={() => onShow(entry.target)}>
        <span className="outline-label">{entry.label}</span>
        <span className="outline-count">{entry.count}</span>
      </button>
    </li>
  );
}, sameLine);

interface SectionItemProps {
  readonly section: Section;
  readonly t: TFunction;
  readonly current: boolean;
  readonly onShow: (target: View) => void;
}

/** The same section line: what it is named and counted by, whether or not its section is the same object (see `sameLine`). */
function sameSection(before: SectionItemProps, after: SectionItemProps): boolean {
  const [a, b] = [before.section, after.section];
  return (
    before.t === after.t &&
    before.current === after.current &&
    before.onShow === after.onShow &&
    a.id === b.id &&
    a.label === b.label &&
    a.title === b.title &&
    a.number === b.number &&
    a.parts === b.parts &&
    a.clauses.length === b.clauses.length
  );
}

/**
 * A section's line, named and counted when it is drawn: a contract of thousands of clauses
 * has hundreds of sections, and naming them all in the first screen's task held the window.
 */
const SectionItem = memo(function SectionItem({ section, t, current, onShow }: SectionItemProps) {
  const entry = useMemo<Entry>(
    () => ({
      key: section.id,
      target: { kind: 'section', sectionId: section.id },
      // A section of a document read by its outline may have no heading: it is named by its number.
      label: sectionHeading(section) || t('outline.sectionLabel', { number: section.number }),
      count: t('outline.clauses', { count: section.clauses.length }),
      parts: section.parts,
    }),
    [section, t],
  );
  return <OutlineItem entry={entry} current={current} onShow={onShow} />;
}, sameSection);

/** Title, parties, sections and annexes, each with how much it holds. */
export function Outline() {
  const { t } = useTranslation();
  const contract = useStore(contractOf);
  const view = useStore((state) => state.view);
  const showView = useStore((state) => state.showView);
  const receiving = useStore((state) => state.receiving);

  // The entries change with the contract and the language, not with the selection.
  const parties = useMemo<Entry>(
    () => ({ key: 'parties', target: { kind: 'parties' }, label: t('outline.parties'), count: String(contract.parties.length) }),
    [contract.parties, t],
  );
  const sections = contract.sections;
  const annexes = useMemo<Entry[]>(
    () =>
      contract.annexes.map((annex) => ({
        key: annex.id,
        target: { kind: 'annex', annexId: annex.id },
        label: `${annex.label}${annex.title ? ` – ${annex.title}` : ''}`,
        count: annex.isTomAnnex ? t('outline.measures', { count: contract.toms.length }) : t('outline.items', { count: annex.items.length }),
      })),
    [contract.annexes, contract.toms.length, t],
  );
  const drawn = useGrowingCount(sections.length, SECTIONS_PER_TASK);
  const pane = useRef<HTMLElement>(null);
  useFocusTarget('pane', pane);
  const item = (entry: Entry) => <OutlineItem key={entry.key} entry={entry} current={isCurrent(view, entry.target)} onShow={showView} />;

  return (
    <nav ref={pane} className="pane outline" aria-label={t('workspace.panes.outline')} aria-busy={receiving || drawn < sections.length}>
      <h2 className="outline-title">{contract.title}</h2>
      {contract.date && <p className="muted outline-date">{contract.date}</p>}
      {contract.reading === 'outline' && <p className="muted outline-reading">{t('outline.readByOutline')}</p>}
      <ul className="outline-list">{item(parties)}</ul>
      {sections.length > 0 && (
        <>
          <h3 className="outline-heading">{t('outline.sections')}</h3>
          <ul className="outline-list">
            {sections.slice(0, drawn).map((section) => (
              <SectionItem key={section.id} section={section} t={t} current={view.kind === 'section' && view.sectionId === section.id} onShow={showView} />
            ))}
          </ul>
        </>
      )}
      {/* The sections come first; the annexes' counts need the measures, which come last. */}
      {receiving && <p className="muted outline-receiving">{t('workspace.receiving')}</p>}
      {annexes.length > 0 && !receiving && drawn >= sections.length && (
        <>
          <h3 className="outline-heading">{t('outline.annexes')}</h3>
          <ul className="outline-list">{annexes.map(item)}</ul>
        </>
      )}
    </nav>
  );
}
