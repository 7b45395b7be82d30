/**
 * The AVV template after a round of negotiation between two reviewers: words replaced, a
 * bullet added and one deleted, a clause added and one deleted, measures edited, added
 * and deleted, the customer and the date filled in, and comments — external ones with a
 * reply and a resolved thread, and an internal note that must never leave by default.
 * Built by parsing the current text, so its structure is the parser's own.
 */
import type { Clause, Comment, Contract, Tom } from '../../shared/contract/model';
import { parseContract } from '../../shared/parse/parseContract';
import { readTemplate } from './files';
import { addDeleted, ANNA, BEN, change, markInserted, plain } from './redline';

function replaceOnce(text: string, find: string, replacement: string): string {
  if (!text.includes(find)) throw new Error(`“${find}” is not in the template`);
  return text.replace(find, replacement);
}

/** The template's text as it reads with every change of the negotiation accepted. */
function currentText(): string {
  let text = readTemplate();
  text = replaceOnce(text, '9. Juni 2018\n', '1. März 2025\n');
  text = replaceOnce(text, 'Thorsten Wolske\n', 'Muster GmbH\nz. Hd. Rechtsabteilung\n');
  text = replaceOnce(text, 'beendet gleichzeitig diese Vereinbarung', 'beendet automatisch diese Vereinbarung');
  text = replaceOnce(text, '- Cloud-VPS\n', '- Cloud-VPS\n- Dedicated Server\n');
  text = replaceOnce(text, ' - Fehlerbehebung im Kundenauftrag\n', '');
  text = replaceOnce(
    text,
    'bis sie durch den Auftraggeber bestätigt oder geändert wird.\n',
    'bis sie durch den Auftraggeber bestätigt oder geändert wird.\n3. Weisungen sind in Textform zu erteilen.\n',
  );
  text = replaceOnce(text, '- Die Login-Versuche zum Kundenmenü werden', '- Zwei-Faktor-Authentifizierung für Administratoren\n- Die Login-Versuche zum Kundenmenü werden');
  text = replaceOnce(text, 'vergeben. Das Passwort muss der aktuellen Kennwortrichtlinie entsprechen.\n- Zwei', 'vergeben. Das Passwort muss mindestens zwölf Zeichen lang sein und der aktuellen Kennwortrichtlinie entsprechen.\n- Zwei');
  return text;
}

function comment(id: string, who: typeof ANNA, text: string, extra: Partial<Comment> = {}): Comment {
  return { id, author: who.author, date: who.date, text, visibility: 'external', resolved: false, replies: [], ...extra };
}

function anchorOn(clause: { readonly text: string }, quote: string): Comment['anchor'] {
  const start = clause.text.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in the clause`);
  return { start, end: start + quote.length, quote };
}

export function negotiatedTemplate(): Contract {
  const parsed = parseContract(currentText());
  const editClause = (section: string, index: number, edit: (clause: Clause) => Clause) => {
    const target = parsed.sections.find((candidate) => candidate.number === section)!;
    return { sectionId: target.id, index, edit };
  };
  const edits = [
    editClause('1', 0, (clause) => ({ ...clause, segments: markInserted(plain(clause.text), '\n- Dedicated Server', ANNA) })),
    editClause('1', 1, (clause) => ({
      ...clause,
      segments: addDeleted(markInserted(plain(clause.text), 'automatisch', ANNA), 'gleichzeitig', 'automatisch', ANNA),
      comments: [comment('c1', ANNA, 'Beendigung soll ohne Kündigung wirken.', { anchor: anchorOn(clause, 'automatisch') })],
    })),
    editClause('2', 1, (clause) => ({
      ...clause,
      segments: addDeleted(plain(clause.text), '\n- Fehlerbehebung im Kundenauftrag', '\n- Systemüberwachung', BEN),
      comments: [comment('c2', BEN, 'Monitoring bleibt, Fehlerbehebung nur auf Auftrag.', { anchor: anchorOn(clause, 'Systemüberwachung und Monitoring') })],
    })),
    editClause('3', 0, (clause) => ({
      ...clause,
      comments: [
        comment('c3', BEN, 'Bitte Frist für die Übergabe ergänzen.', {
          anchor: anchorOn(clause, 'dem Auftraggeber zur Prüfung zu übergeben'),
          resolved: true,
          replies: [{ id: 'r1', author: ANNA.author, date: ANNA.date, text: 'Übergabe erfolgt mit Vertragsschluss.' }],
        }),
      ],
    })),
    editClause('4', 0, (clause) => ({
      ...clause,
      segments: addDeleted(plain(clause.text), 'Grundsätzlich gilt: ', 'Der Auftragnehmer darf', BEN),
      comments: [comment('c4', ANNA, 'Intern: hier nicht nachgeben, Löschkonzept ist Kernpunkt.', { visibility: 'internal' })],
    })),
    editClause('9', 2, (clause) => ({ ...clause, segments: [{ kind: 'insert', text: clause.text, id: 'w1', ...ANNA }], change: { kind: 'insert', id: 'w1', ...ANNA } })),
    editClause('11', 1, (clause) => ({ ...clause, change: { kind: 'delete', id: 'w2', ...BEN } })),
  ];
  const sections = parsed.sections.map((section) => ({
    ...section,
    clauses: section.clauses.map((clause, index) => {
      const edit = edits.find((candidate) => candidate.sectionId === section.id && candidate.index === index);
      return edit ? edit.edit(clause) : clause;
    }),
  }));

  const toms = parsed.toms.map((tom): Tom => {
    if (tom.text === 'Zwei-Faktor-Authentifizierung für Administratoren') {
      return { ...tom, segments: [{ kind: 'insert', text: tom.text, id: 'w3', ...ANNA }], change: { kind: 'insert', id: 'w3', ...ANNA }, comments: [comment('c5', BEN, 'Nur für Administratoren?')] };
    }
    if (tom.text.includes('mindestens zwölf Zeichen lang sein und')) return { ...tom, segments: markInserted(plain(tom.text), 'mindestens zwölf Zeichen lang sein und ', BEN) };
    if (tom.text === 'Hochsicherheitszaun um das Gelände') return { ...tom, change: { kind: 'delete', id: 'w4', ...BEN } };
    return tom;
  });

  const parties = parsed.parties.map((party) =>
    party.role === 'customer'
      ? { ...party, segments: markInserted(addDeleted(markInserted(plain([party.name, ...party.address].join('\n')), 'Muster GmbH', ANNA), 'Thorsten Wolske', 'Muster GmbH', ANNA), '\nz. Hd. Rechtsabteilung', ANNA) }
      : party,
  );
  const dateSegments = [change('delete', '9. Juni 2018', ANNA), change('insert', '1. März 2025', ANNA)];
  return { ...parsed, dateSegments, parties, sections, toms };
}

/** Without the ids that a round trip through Word renews (changes, comments, replies). */
export function withoutIds(contract: Contract): unknown {
  return JSON.parse(
    JSON.stringify(contract, (key, value: unknown) => {
      if (key === 'id' && typeof value === 'string' && !/^(?:s\d+(?:-c\d+)?|t\d+|a\d+)$/u.test(value)) return undefined;
      return value;
    }),
  );
}

/** The contract as the counterparty gets it by default: internal notes left out. */
export function withoutInternalNotes(contract: Contract): Contract {
  const keep = <T extends Clause | Tom>(item: T): T => {
    const comments = item.comments?.filter((comment) => comment.visibility === 'external');
    const rest: T = { ...item };
    delete (rest as { comments?: unknown }).comments;
    return comments && comments.length > 0 ? { ...rest, comments } : rest;
  };
  return { ...contract, sections: contract.sections.map((section) => ({ ...section, clauses: section.clauses.map(keep) })), toms: contract.toms.map(keep) };
}

/** The contract with every comment thread's replies left out: its resolved comment then has none (docx writes `commentsExtended.xml` only for replies). */
export function withoutReplies(contract: Contract): Contract {
  return {
    ...contract,
    sections: contract.sections.map((section) => ({
      ...section,
      clauses: section.clauses.map((clause) => (clause.comments ? { ...clause, comments: clause.comments.map((comment) => ({ ...comment, replies: [] })) } : clause)),
    })),
  };
}
