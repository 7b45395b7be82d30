import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionHeading, hasPartyBlock, legalNameOf, displayLabels, MARGIN_BULLET, marginMarker, clauseCount, DATE_TARGET, partyTarget, partyText, type Clause, type Comment, type Contract, type ReviewStatus, type Section, type Segment, type Tom, type Target } from '../../../shared/contract';
import { segmentsOf } from '../../../shared/redline';
import { targetKey, type NumberedChange } from '../../../shared/report';
import { firstOfGroups, groupToms } from '../../../shared/toms';
import { useDateFormat } from '../markup/useDateFormat';
import { ChangeNotes, ReportMarkup } from './ReportMarkup';

export interface Marked {
  /** Change id → its number in the report. */
  readonly numbers: ReadonlyMap<string, number>;
  readonly byTarget: ReadonlyMap<string, readonly NumberedChange[]>;
}

/** Status (where set) and comments with their replies, under a clause or measure. */
function Annotations({ status, comments }: { readonly status: ReviewStatus | undefined; readonly comments: readonly Comment[] | undefined }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <>
      {status && status !== 'open' && <p className="report-status">{t('report.status', { status: t(`status.${status}`) })}</p>}
      {(comments ?? []).map((comment) => (
        <div key={comment.id} className={`report-comment report-comment-${comment.visibility}`}>
          <p className="report-comment-meta">
            {t(`report.comment.${comment.visibility}`, { author: comment.author, date: formatDate(comment.date) })}
            {comment.resolved && ` ${t('report.resolved')}`}
          </p>
          {comment.anchor && <p className="report-comment-quote">{t('notes.onWords', { quote: comment.anchor.quote })}</p>}
          <p>{comment.text}</p>
          {comment.replies.map((reply) => (
            <div key={reply.id} className="report-reply">
              <p className="report-comment-meta">{t('report.reply', { author: reply.author, date: formatDate(reply.date) })}</p>
              <p>{reply.text}</p>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

function Block({ target, segments, marked, bulletInMargin = false }: { readonly target: Target; readonly segments: readonly Segment[]; readonly marked: Marked; readonly bulletInMargin?: boolean }) {
  return (
    <>
      <ReportMarkup segments={segments} numbers={marked.numbers} bulletInMargin={bulletInMargin} />
      <ChangeNotes changes={marked.byTarget.get(targetKey(target))} />
    </>
  );
}

const ReportClause = memo(function ReportClause({ clause, label, marked }: { readonly clause: Clause; readonly label: string; readonly marked: Marked }) {
  return (
    <div className={`report-clause${clause.change ? ` report-whole-${clause.change.kind}` : ''}`}>
      <span className="report-number">{label}</span>
      <div className="report-clause-body">
        {clause.heading && <h4 className="report-clause-heading">{clause.heading}</h4>}
        <Block target={{ kind: 'clause', id: clause.id }} segments={segmentsOf(clause)} marked={marked} bulletInMargin={label === MARGIN_BULLET} />
        <Annotations status={clause.status} comments={clause.comments} />
      </div>
    </div>
  );
});

const ReportTom = memo(function ReportTom({ tom, marked }: { readonly tom: Tom; readonly marked: Marked }) {
  const { t } = useTranslation();
  return (
    <li className={tom.change ? `report-whole-${tom.change.kind}` : undefined}>
      <ReportMarkup segments={segmentsOf(tom)} numbers={marked.numbers} blocks={false} />{' '}
      <span className="report-responsible">
        ({t('report.responsible', { party: t(`responsibility.${tom.responsibility.party}`) })}
        {tom.responsibility.source === 'reviewer' && tom.responsibility.override ? `, ${t('report.reviewerSet', { by: tom.responsibility.override.by })}` : ''})
      </span>
      <ChangeNotes changes={marked.byTarget.get(targetKey({ kind: 'tom', id: tom.id }))} />
      <Annotations status={tom.status} comments={tom.comments} />
    </li>
  );
});

/**
 * A section with its first `shown` clauses. Memoised: the report grows a slice at a time, and a
 * section drawn whole before need not be drawn again (its labels read, its clauses listed) for
 * every slice after it.
 */
const ReportSection = memo(function ReportSection({ section, shown, marked }: { readonly section: Section; readonly shown: number; readonly marked: Marked }) {
  const labels = displayLabels(section, 'all');
  return (
    <section className="report-section">
      {section.parts.map((part) => (
        <p className="report-section-part" key={part}>
          {part}
        </p>
      ))}
      <h3>{sectionHeading(section)}</h3>
      {section.clauses.slice(0, shown).map((clause) => (
        <ReportClause key={clause.id} clause={clause} label={marginMarker(clause, labels.get(clause.id))} marked={marked} />
      ))}
    </section>
  );
});

/** Per section, how many of its clauses are drawn within `limit`: from its first clause on; one without clauses once all before it are; null where none is yet. */
function clausesDrawn(sections: readonly Section[], limit: number): (number | null)[] {
  let left = limit;
  return sections.map((section) => {
    const reached = section.clauses.length === 0 ? left >= 0 : left > 0;
    const shown = Math.max(0, Math.min(section.clauses.length, left));
    left -= section.clauses.length;
    return reached ? shown : null;
  });
}

/** How many clauses and measures the contract part of the report shows (what `limit` counts). */
export function reportItemCount(contract: Contract): number {
  return clauseCount(contract) + contract.toms.length;
}

/**
 * Part 1 of the report: the whole contract with its markup, change notes, statuses and
 * comments. `limit` is how many of its clauses and measures are drawn yet, in reading order
 * (see `reportItemCount`): the report of a long contract is drawn a slice at a time, so that
 * no task draws a thousand clauses while the window waits.
 */
export function ReportContract({ contract, marked, limit = Infinity }: { readonly contract: Contract; readonly marked: Marked; readonly limit?: number }) {
  const { t } = useTranslation();
  const dateSegments: readonly Segment[] = contract.dateSegments ?? (contract.date ? [{ kind: 'equal', text: contract.date }] : []);
  const drawnPerSection = clausesDrawn(contract.sections, limit);
  const groups = useMemo(() => groupToms(contract.toms), [contract.toms]);
  const clauses = clauseCount(contract);
  const shownGroups = useMemo(() => (limit >= clauses + contract.toms.length ? groups : firstOfGroups(groups, limit - clauses)), [groups, limit, clauses, contract.toms.length]);
  return (
    <section className="report-part report-contract" aria-labelledby="report-contract">
      <h2 id="report-contract">1 {t('report.parts.contract')}</h2>
      <div lang={contract.language}>
        <h3>{t('outline.parties')}</h3>
        <div className="report-parties">
          {contract.parties.map((party, index) => (
            <div key={index} className="report-party">
              <p className="report-label">{t(`reader.${party.role}`)}</p>
              {hasPartyBlock(party) ? (
                <Block target={partyTarget(index)} segments={party.segments ?? [{ kind: 'equal', text: partyText(party) }]} marked={marked} />
              ) : (
                <p>{legalNameOf(party) ?? t('reader.partyRead.noName')} · {t('reader.partyRead.calledAs', { label: party.roleLabel })}</p>
              )}
            </div>
          ))}
        </div>
        {dateSegments.length > 0 && (
          <div className="report-date">
            <p className="report-label">{t('reader.date')}</p>
            <Block target={DATE_TARGET} segments={dateSegments} marked={marked} />
          </div>
        )}
        {contract.preamble.length > 0 && (
          <div className="report-preamble">
            {contract.preamble.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </div>
        )}
        {contract.sections.map((section, index) => {
          const shown = drawnPerSection[index];
          if (shown === null || shown === undefined) return null;
          return <ReportSection key={section.id} section={section} shown={shown} marked={marked} />;
        })}
        {limit >= clauses && contract.signature.length > 0 && (
          <div className="report-signature">
            {contract.signature.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </div>
        )}
        {limit >= clauses && contract.annexes.map((annex) => (
          <section key={annex.id} className="report-section report-annex">
            <h3>
              {annex.label}
              {annex.title && ` – ${annex.title}`}
            </h3>
            {annex.preamble.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
            {annex.isTomAnnex ? (
              shownGroups.map((group) => (
                <div key={group.key} className="report-tom-category">
                  <h4>
                    {group.category.number && `${group.category.number} `}
                    {group.category.title || t('toms.uncategorised')}
                  </h4>
                  {group.services.map((service) => (
                    <div key={service.key}>
                      {service.services.length > 0 && <p className="report-service">{service.services.join(' · ')}</p>}
                      <ul className="report-toms">
                        {service.toms.map((tom) => (
                          <ReportTom key={tom.id} tom={tom} marked={marked} />
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              ))
            ) : (
              <ul>
                {annex.items.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
