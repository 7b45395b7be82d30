/**
 * "Who does what": each party's duties from the clauses and its technical and
 * organisational measures, as a checklist a customer can print or copy ("Our obligations
 * under this contract"). A duty is a sentence the responsibility reading took as a duty of
 * that party (or of both); a clause a reviewer assigned counts whole for the party set. A
 * shared measure is on both lists, marked as shared.
 */
import { citationText, citeClause, type Clause, type Contract, type PartyRole, type Section, type Tom, type Target, type Citation, type Translate } from '../contract';
import { sentenceText } from '../responsibility';

export interface Obligation {
  /** `9.2`, `5 ¶4`, "new after 6.2", or the measure's category and services. */
  readonly ref: Citation;
  readonly text: string;
  /** Shared with the other party (a measure or sentence for both). */
  readonly shared: boolean;
  readonly target: Target<'clause' | 'tom'>;
}

export interface PartyObligations {
  readonly party: PartyRole;
  readonly duties: readonly Obligation[];
  readonly measures: readonly Obligation[];
}

function clauseDuties(section: Section, clause: Clause, party: PartyRole): Obligation[] {
  const responsibility = clause.responsibility;
  if (!responsibility) return [];
  const ref = citeClause(section, clause);
  const target: Target<'clause'> = { kind: 'clause', id: clause.id };
  const text = (raw: string) => raw.replace(/^-\s+/u, '').trim();
  if (responsibility.source === 'reviewer') {
    const holds = responsibility.party === party || responsibility.party === 'shared';
    return holds ? [{ ref, text: text(clause.text), shared: responsibility.party === 'shared', target }] : [];
  }
  return responsibility.sentences
    .filter((sentence) => sentence.force === 'duty' && (sentence.party === party || sentence.party === 'shared'))
    .map((sentence) => ({ ref, text: text(sentenceText(clause.text, sentence)), shared: sentence.party === 'shared', target }));
}

function tomRef(tom: Tom): string {
  const category = [tom.category.number, tom.category.title].filter((part) => part !== '').join(' ');
  return [category, ...tom.services].filter((part) => part !== '').join(' · ');
}

export function obligationsOf(contract: Contract, party: PartyRole): PartyObligations {
  const duties = contract.sections.flatMap((section) => section.clauses.flatMap((clause) => clauseDuties(section, clause, party)));
  const measures = contract.toms
    .filter((tom) => tom.responsibility.party === party || tom.responsibility.party === 'shared')
    .map((tom) => ({ ref: tomRef(tom), text: tom.text, shared: tom.responsibility.party === 'shared', target: { kind: 'tom', id: tom.id } as const }));
  return { party, duties, measures };
}

/** The list as plain text with check boxes, to paste into an e-mail or a ticket. */
export function obligationsText(contract: Contract, obligations: PartyObligations, t: Translate): string {
  const other: PartyRole = obligations.party === 'customer' ? 'provider' : 'customer';
  const line = (item: Obligation) =>
    `☐ ${citationText(item.ref, t)} — ${item.text.replace(/\s*\n\s*/gu, ' ')}${item.shared ? ` (${t('obligations.sharedWith', { party: t(`obligations.other.${other}`) })})` : ''}`;
  const block = (title: string, items: readonly Obligation[]) => [title, ...(items.length > 0 ? items.map(line) : [t('obligations.none')])];
  return [
    t('obligations.heading'),
    t('obligations.forParty', { party: t(`obligations.party.${obligations.party}`) }),
    t('obligations.contract', { title: contract.title }),
    '',
    ...block(t('obligations.duties'), obligations.duties),
    '',
    ...block(t('obligations.measures'), obligations.measures),
    '',
  ].join('\n');
}
