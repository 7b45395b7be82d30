import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { citationText, citeClause, neighbourOf, type Clause, type Contract, type Section, type Tom, type Translate } from '../../shared/contract';
import { changeAuthors, filterChanges, FRONT_MATTER, listChanges, TOMS, responsibilityShifts, type ChangeEntry, type ResponsibilityShift, type ChangeAction } from '../../shared/redline';
import { excerpt } from '../../shared/text';
import { focusChange } from '../commands/navigation';
import { afterDecision, showChange } from '../commands/reviewCommands';
import { useStore } from '../store/store';
import { useAuthorStyle } from './markup/authorColors';
import { TomChange } from './TomChange';
import { useDateFormat } from './markup/useDateFormat';
import { RationaleForm } from './RationaleForm';
import { VirtualRows } from './VirtualRows';

/** From this many changes on, only those near the visible part of the pane are rendered (a long negotiation has thousands). */
const VIRTUAL_FROM = 150;

/** Each clause with its section and each measure by id: looked up for every change, not searched. */
interface Places {
  readonly clauses: ReadonlyMap<string, { readonly section: Section; readonly clause: Clause }>;
  readonly toms: ReadonlyMap<string, Tom>;
}

function placesOf(contract: Contract): Places {
  const clauses = new Map<string, { section: Section; clause: Clause }>();
  for (const section of contract.sections) for (const clause of section.clauses) clauses.set(clause.id, { section, clause });
  return { clauses, toms: new Map(contract.toms.map((tom) => [tom.id, tom])) };
}

function where(entry: ChangeEntry, places: Places, t: Translate): string {
  if (entry.target.kind === 'clause') {
    const found = places.clauses.get(entry.target.id);
    return t('changes.where.clause', { ref: found ? citationText(citeClause(found.section, found.clause), t) : '' });
  }
  if (entry.target.kind === 'tom') return t('changes.where.tom', { category: places.toms.get(entry.target.id)?.category.title ?? '' });
  return t(`changes.where.${entry.target.kind}`);
}

/** About how tall an entry is before it is measured: a measure's change shows the measure's text. */
function estimatedHeight(row: { readonly entry: ChangeEntry }): number {
  return row.entry.target.kind === 'tom' && !row.entry.whole ? 170 : 130;
}

/** Every pending change, filterable by author and place, with navigation and accept or reject. */
export function ChangeList() {
  const { t } = useTranslation();
  const contract = useStore((state) => state.review!.contract);
  const filter = useStore((state) => state.changeFilter);
  const setFilter = useStore((state) => state.setChangeFilter);
  const currentId = useStore((state) => state.currentChangeId);
  const decide = useStore((state) => state.decide);
  const requireAuthor = useStore((state) => state.requireAuthor);
  const styleOf = useAuthorStyle();
  const formatDate = useDateFormat();
  const pending = useStore((state) => state.pendingDecision);
  const setPending = useStore((state) => state.askDecision);
  const ids = { author: useId(), section: useId() };

  const { toms, annexes, sections, parties } = contract;
  // Read when the first change inside a measure is drawn, not before: it reads the whole annex's frame (a fifth of a second on 1000 clauses), and the list draws only the rows near the screen.
  const shiftOf = useMemo(() => {
    let shifts: ReadonlyMap<string, ResponsibilityShift> | undefined;
    return (id: string) => (shifts ??= responsibilityShifts({ toms, annexes, sections, parties })).get(id);
  }, [toms, annexes, sections, parties]);
  const places = useMemo(() => placesOf(contract), [contract]);
  const all = useMemo(() => listChanges(contract), [contract]);
  const shown = useMemo(() => filterChanges(all, filter), [all, filter]);
  const rows = useMemo(() => shown.map((entry) => ({ key: entry.id, entry })), [shown]);
  const index = shown.findIndex((entry) => entry.id === currentId);

  const step = (by: number) => {
    if (shown.length === 0) return;
    const next = shown[(index + by + shown.length) % shown.length] ?? shown[0]!;
    showChange(next);
  };
  const confirm = (rationale: string) => {
    if (!pending) return;
    const chosen = new Set(pending.ids);
    const first = all.find((entry) => chosen.has(entry.id));
    const neighbour = first ? neighbourOf(contract, first.target) : null;
    decide(pending.ids.length === 1 ? { id: pending.ids[0]! } : { ids: pending.ids }, pending.action, rationale);
    setPending(null);
    if (first) afterDecision(first, neighbour);
  };
  /** Escape: back to the change in the text, if it is still there. */
  const cancel = () => {
    const entry = pending?.ids.length === 1 ? all.find((candidate) => candidate.id === pending.ids[0]) : undefined;
    setPending(null);
    if (entry) focusChange(entry.id, entry.target);
  };
  const ask = (ids: readonly string[], action: ChangeAction) => requireAuthor(() => setPending({ ids, action }));

  const item = (entry: ChangeEntry) => {
          const kind = entry.move ? (entry.move.side === 'from' ? 'moveFrom' : 'moveTo') : entry.whole ? (entry.kind === 'insert' ? 'wholeInsert' : 'wholeDelete') : entry.kind;
          // Words changed inside a measure read only in the measure's sentence.
          const measure = entry.target.kind === 'tom' && !entry.whole ? places.toms.get(entry.target.id) : undefined;
          return (
            <li key={entry.id} className="change-entry" aria-current={entry.id === currentId ? 'true' : undefined} style={styleOf(entry.author)}>
              <button type="button" className="change-where link" onClick={() => showChange(entry)} title={t('changes.show')}>
                {where(entry, places, t)}
              </button>
              <p className="change-meta">
                <strong className={`change-kind change-kind-${entry.kind}`} data-tip={entry.move ? t('changes.moveTogether') : undefined}>{t(`changes.kind.${kind}`)}</strong> · {entry.author} · {formatDate(entry.date)}
              </p>
              {measure ? (
                <TomChange tom={measure} changeId={entry.id} shift={shiftOf(entry.id)} />
              ) : (
                <p className={`change-excerpt change-${entry.kind}`}>{excerpt(entry.text, 160)}</p>
              )}
              {pending && pending.ids.length === 1 && pending.ids[0] === entry.id ? (
                <RationaleForm label={t(`changes.confirm.${pending.action}`)} onConfirm={confirm} onCancel={cancel} />
              ) : (
                <div className="change-actions">
                  <button type="button" className="small" onClick={() => ask([entry.id], 'accept')}>
                    ✓ {t('changes.accept')}
                  </button>
                  <button type="button" className="small" onClick={() => ask([entry.id], 'reject')}>
                    ✗ {t('changes.reject')}
                  </button>
                </div>
              )}
            </li>
          );
  };

  return (
    <section className="change-list" aria-label={t('review.tabs.changes')}>
      <div className="change-filters">
        <label htmlFor={ids.author}>{t('changes.author')}</label>
        <select id={ids.author} value={filter.author ?? ''} onChange={(event) => setFilter({ author: event.target.value || null })}>
          <option value="">{t('changes.allAuthors')}</option>
          {changeAuthors(all).map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </select>
        <label htmlFor={ids.section}>{t('changes.section')}</label>
        <select id={ids.section} value={filter.sectionId ?? ''} onChange={(event) => setFilter({ sectionId: event.target.value || null })}>
          <option value="">{t('changes.allSections')}</option>
          <option value={FRONT_MATTER}>{t('changes.frontMatter')}</option>
          {contract.sections.map((section) => (
            <option key={section.id} value={section.id}>
              {[section.label, section.title].filter(Boolean).join(' ')}
            </option>
          ))}
          {contract.toms.length > 0 && <option value={TOMS}>{t('changes.measures')}</option>}
        </select>
      </div>
      <div className="change-nav">
        <button type="button" onClick={() => step(-1)} disabled={shown.length === 0}>
          ← {t('changes.previous')}
        </button>
        <span className="muted" aria-live="polite">
          {index >= 0 ? t('changes.position', { index: index + 1, total: shown.length }) : t('changes.count', { count: shown.length })}
        </span>
        <button type="button" onClick={() => step(1)} disabled={shown.length === 0}>
          {t('changes.next')} →
        </button>
      </div>
      {shown.length > 0 && (
        <div className="change-bulk">
          <button type="button" onClick={() => ask(shown.map((entry) => entry.id), 'accept')}>
            ✓ {t('changes.acceptAll')}
          </button>
          <button type="button" onClick={() => ask(shown.map((entry) => entry.id), 'reject')}>
            ✗ {t('changes.rejectAll')}
          </button>
        </div>
      )}
      {pending && pending.ids.length > 1 && (
        <RationaleForm label={t(`changes.confirmMany.${pending.action}`, { count: pending.ids.length })} onConfirm={confirm} onCancel={cancel} />
      )}
      {all.length === 0 && <p className="muted">{t('changes.none')}</p>}
      {all.length > 0 && shown.length === 0 && <p className="muted">{t('changes.noneMatch')}</p>}
      {shown.length > VIRTUAL_FROM ? (
        <VirtualRows rows={rows} estimate={estimatedHeight} revealKey={currentId}>
          {(row) => <ol className="changes">{item(row.entry)}</ol>}
        </VirtualRows>
      ) : (
        <ol className="changes">{shown.map(item)}</ol>
      )}
    </section>
  );
}
