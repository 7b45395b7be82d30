/**
 * Negotiated versions of a contract, made the way a counterparty makes them: sections
 * inserted (so everything after is renumbered), clauses added, deleted, moved and
 * reworded, measures handed from one party to the other — written out as plain text and
 * read in again by the parser. Each clause and measure of the result knows where it came
 * from, so a test can say exactly what a comparison must report.
 */
import type { Clause, Contract, Section, Tom } from '../../shared/contract/model';
import { parseContract } from '../../shared/parse/parseContract';
import { contractText, type TextStyle } from './contractText';

export type Negotiation =
  | { readonly kind: 'insert-section'; readonly at: number; readonly title: string; readonly clauses: readonly string[] }
  | { readonly kind: 'insert-clause'; readonly section: number; readonly at: number; readonly text: string }
  | { readonly kind: 'delete-clause'; readonly section: number; readonly at: number }
  | { readonly kind: 'move-clause'; readonly from: readonly [number, number]; readonly to: readonly [number, number] }
  | { readonly kind: 'reword'; readonly section: number; readonly at: number; readonly from: string; readonly to: string }
  /** The measure at `at`, or the first whose text holds `from`. */
  | { readonly kind: 'reword-tom'; readonly at?: number; readonly from: string; readonly to: string }
  | { readonly kind: 'insert-tom'; readonly after: number; readonly text: string }
  | { readonly kind: 'delete-tom'; readonly at: number };

/** Where a clause or measure of the negotiated version came from. */
export interface Origin {
  /** The id in the base contract, or null for one the negotiation added. */
  readonly from: string | null;
  readonly reworded: boolean;
  readonly moved: boolean;
}

export interface Negotiated {
  readonly text: string;
  readonly contract: Contract;
  /** By clause id of the negotiated contract. */
  readonly clauses: ReadonlyMap<string, Origin>;
  /** By measure id of the negotiated contract. */
  readonly toms: ReadonlyMap<string, Origin>;
}

interface Draft<T> {
  item: T;
  origin: Origin;
}

interface SectionDraft {
  readonly section: Section;
  readonly clauses: Draft<Clause>[];
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`negotiation: “${from}” is not in “${text.slice(0, 80)}…”`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function newClause(text: string, kind: Clause['kind']): Clause {
  return { id: '', number: null, label: null, heading: null, kind, text };
}

/** Numbers clauses and sections again as an editor's automatic numbering would. */
function renumber(sections: readonly SectionDraft[]): Section[] {
  return sections.map(({ section, clauses }, index) => {
    const number = /^\d+$/u.test(section.number) ? String(index + 1) : section.number;
    const label = /^\d+$/u.test(section.label) ? number : section.label;
    const numbered = clauses.some((draft) => draft.item.kind === 'numbered');
    return {
      ...section,
      number,
      label,
      clauses: clauses.map((draft, position) =>
        numbered ? { ...draft.item, kind: 'numbered', number: String(position + 1), label: `${position + 1}.` } : draft.item,
      ),
    };
  });
}

export function negotiate(base: Contract, negotiations: readonly Negotiation[], style: TextStyle = {}): Negotiated {
  const sections: SectionDraft[] = base.sections.map((section) => ({
    section,
    clauses: section.clauses.map((item) => ({ item, origin: { from: item.id, reworded: false, moved: false } })),
  }));
  const toms: Draft<Tom>[] = base.toms.map((item) => ({ item, origin: { from: item.id, reworded: false, moved: false } }));
  for (const negotiation of negotiations) {
    switch (negotiation.kind) {
      case 'insert-section':
        sections.splice(negotiation.at, 0, {
          section: { id: '', number: '0', label: '0', title: negotiation.title, parts: [], clauses: [] },
          clauses: negotiation.clauses.map((text) => ({ item: newClause(text, 'numbered'), origin: { from: null, reworded: false, moved: false } })),
        });
        break;
      case 'insert-clause': {
        const kind = sections[negotiation.section]!.clauses[0]?.item.kind ?? 'numbered';
        sections[negotiation.section]!.clauses.splice(negotiation.at, 0, { item: newClause(negotiation.text, kind), origin: { from: null, reworded: false, moved: false } });
        break;
      }
      case 'delete-clause':
        sections[negotiation.section]!.clauses.splice(negotiation.at, 1);
        break;
      case 'move-clause': {
        const [draft] = sections[negotiation.from[0]]!.clauses.splice(negotiation.from[1], 1);
        sections[negotiation.to[0]]!.clauses.splice(negotiation.to[1], 0, { ...draft!, origin: { ...draft!.origin, moved: true } });
        break;
      }
      case 'reword': {
        const draft = sections[negotiation.section]!.clauses[negotiation.at]!;
        draft.item = { ...draft.item, text: replaceOnce(draft.item.text, negotiation.from, negotiation.to) };
        draft.origin = { ...draft.origin, reworded: true };
        break;
      }
      case 'reword-tom': {
        const draft = negotiation.at === undefined ? toms.find((candidate) => candidate.item.text.includes(negotiation.from)) : toms[negotiation.at];
        if (!draft) throw new Error(`negotiation: no measure holds “${negotiation.from}”`);
        draft.item = { ...draft.item, text: replaceOnce(draft.item.text, negotiation.from, negotiation.to) };
        draft.origin = { ...draft.origin, reworded: true };
        break;
      }
      case 'insert-tom': {
        const after = toms[negotiation.after]!.item;
        toms.splice(negotiation.after + 1, 0, { item: { ...after, text: negotiation.text }, origin: { from: null, reworded: false, moved: false } });
        break;
      }
      case 'delete-tom':
        toms.splice(negotiation.at, 1);
        break;
    }
  }
  const written: Contract = { ...base, sections: renumber(sections), toms: toms.map((draft) => draft.item) };
  const text = contractText(written, style);
  const contract = parseContract(text);
  const clauseOrigins = sections.flatMap((section) => section.clauses.map((draft) => draft.origin));
  const parsedClauses = contract.sections.flatMap((section) => section.clauses);
  if (parsedClauses.length !== clauseOrigins.length || contract.toms.length !== toms.length) {
    throw new Error(`negotiation: the parser read ${parsedClauses.length} clauses and ${contract.toms.length} measures, the negotiation wrote ${clauseOrigins.length} and ${toms.length}`);
  }
  return {
    text,
    contract,
    clauses: new Map(parsedClauses.map((clause, index) => [clause.id, clauseOrigins[index]!])),
    toms: new Map(contract.toms.map((tom, index) => [tom.id, toms[index]!.origin])),
  };
}

/**
 * The provider's answer to the template, as the issue describes a second round: a new
 * section 2 (everything after it renumbered), the clause on where data is processed moved
 * from 2.3 to the end (12.3) and softened, the instruction clause reworded, the fee for
 * audits dropped, a breach deadline added, pseudonymisation and the Cloud-VPS backup
 * handed from the customer to the provider — and two spaces between all its words.
 */
export const PROVIDER_ANSWER: readonly Negotiation[] = [
  { kind: 'reword', section: 8, at: 0, from: 'unverzüglich (mind. Textform)', to: 'innerhalb von 24 Stunden in Textform' },
  { kind: 'delete-clause', section: 6, at: 4 },
  { kind: 'insert-clause', section: 7, at: 1, text: 'Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten spätestens innerhalb von 48 Stunden nach Kenntnisnahme.' },
  { kind: 'move-clause', from: [1, 2], to: [10, 2] },
  { kind: 'reword', section: 10, at: 2, from: 'ausschließlich', to: 'grundsätzlich' },
  { kind: 'insert-section', at: 1, title: 'Begriffsbestimmungen', clauses: ['Es gelten die Begriffsbestimmungen des Art. 4 DS-GVO.'] },
  { kind: 'reword-tom', from: 'Der Auftraggeber ist für die Pseudonymisierung', to: 'Der Auftragnehmer ist für die Pseudonymisierung' },
  { kind: 'reword-tom', from: 'Die Datensicherung obliegt dem Auftraggeber', to: 'Die Datensicherung obliegt dem Auftragnehmer' },
];

export function providerAnswer(base: Contract): Negotiated {
  return negotiate(base, PROVIDER_ANSWER, { doubleSpaces: true });
}
