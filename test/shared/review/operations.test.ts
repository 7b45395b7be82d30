import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseContract } from '../../../shared/parse/parseContract';
import { listChanges } from '../../../shared/redline/changes';
import { displayLabels } from '../../../shared/contract/numbering';
import { findClause, partyTarget, DATE_TARGET } from '../../../shared/contract/items';
import {
  addComment,
  decideChanges,
  decisionsFor,
  deleteComment,
  deleteItem,
  editComment,
  editText,
  insertClauseAfter,
  insertTomAfter,
  replyToComment,
  setCommentResolved,
  setStatus,
} from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import { readTemplate } from '../../support/files';

function counter() {
  let n = 0;
  return () => `id${++n}`;
}

const base = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
const anna = { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: counter() };
const ben = { author: 'Ben', now: '2026-11-26T11:00:00Z', newId: counter() };
const clause = (review: typeof base, id: string) => findClause(review.contract, id)!.clause;

describe('redlining a review', () => {
  it('edits a clause as tracked changes and keeps its current text in `text`', () => {
    const review = editText(base, { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.', anna);
    expect(clause(review, 's11-c1').text).toBe('Es gilt das Recht der Republik Österreich.');
    expect(listChanges(review.contract).map((change) => [change.kind, change.text, change.author])).toEqual([
      ['delete', 'Bundesrepublik Deutschland', 'Anna'],
      ['insert', 'Republik Österreich', 'Anna'],
    ]);
    expect(review.updatedAt).toBe(anna.now);
  });

  it('accepts and rejects with a rationale that stays in the decision record', () => {
    const edited = editText(base, { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.', anna);
    const [deletion, insertion] = listChanges(edited.contract);
    const afterReject = decideChanges(edited, { id: insertion!.id }, 'reject', { by: 'Ben', now: ben.now, rationale: 'German law stays', newId: ben.newId });
    const done = decideChanges(afterReject, { id: deletion!.id }, 'reject', { by: 'Ben', now: ben.now, rationale: 'German law stays', newId: ben.newId });
    expect(clause(done, 's11-c1')).toEqual(clause(base, 's11-c1'));
    expect(listChanges(done.contract)).toEqual([]);
    expect(decisionsFor(done, { kind: 'clause', id: 's11-c1' }).map((decision) => [decision.action, decision.by, decision.rationale, 'change' in decision ? decision.change.text : ''])).toEqual([
      ['reject', 'Ben', 'German law stays', 'Republik Österreich'],
      ['reject', 'Ben', 'German law stays', 'Bundesrepublik Deutschland'],
    ]);
  });

  it('accepts all changes of one author and leaves the others pending', () => {
    let review = editText(base, { kind: 'clause', id: 's11-c2' }, 'Die Parteien vereinbaren als Gerichtsstand Hamburg.', anna);
    review = editText(review, { kind: 'clause', id: 's9-c1' }, 'Mündliche Weisungen bestätigt der Auftraggeber sofort.', ben);
    review = decideChanges(review, { author: 'Anna' }, 'accept', { by: 'Anna', now: anna.now, rationale: '', newId: anna.newId });
    expect(listChanges(review.contract).every((change) => change.author === 'Ben')).toBe(true);
    expect(clause(review, 's11-c2').segments).toBeUndefined();
    expect(clause(review, 's11-c2').text).toBe('Die Parteien vereinbaren als Gerichtsstand Hamburg.');
  });

  it('adds a clause after another, numbered in place, and rejecting it removes it', () => {
    const { review, id } = insertClauseAfter(base, 's11-c1', 'Änderungen bedürfen der Textform.', anna);
    const section = review.contract.sections[10]!;
    expect(section.clauses.map((c) => c.id)).toEqual(['s11-c1', id, 's11-c2']);
    expect([...displayLabels(section, 'all').values()]).toEqual(['1.', '2.', '3.']);
    expect([...displayLabels(section, 'original').values()]).toEqual(['1.', '2.']);
    const [change] = listChanges(review.contract);
    expect(change).toMatchObject({ kind: 'insert', whole: true, text: 'Änderungen bedürfen der Textform.', author: 'Anna' });
    const rejected = decideChanges(review, { id: change!.id }, 'reject', { by: 'Ben', now: ben.now, rationale: 'not needed', newId: ben.newId });
    expect(rejected.contract.sections[10]!.clauses.map((c) => c.id)).toEqual(['s11-c1', 's11-c2']);
    const accepted = decideChanges(review, { id: change!.id }, 'accept', { by: 'Ben', now: ben.now, rationale: '', newId: ben.newId });
    expect(findClause(accepted.contract, id)!.clause).toMatchObject({ text: 'Änderungen bedürfen der Textform.' });
    expect(findClause(accepted.contract, id)!.clause.change).toBeUndefined();
    expect(listChanges(accepted.contract)).toEqual([]);
    // Accepted, it keeps the number it showed, and the clause after it stays 3.
    const settled = accepted.contract.sections[10]!;
    expect(settled.clauses.map((c) => [c.label, c.number])).toEqual([['1.', '1'], ['2.', '2'], ['3.', '3']]);
    for (const view of ['all', 'original', 'final'] as const) expect([...displayLabels(settled, view).values()]).toEqual(['1.', '2.', '3.']);
  });

  it('moves the numbers after a deleted clause up once the deletion is accepted, not before', () => {
    const deleted = deleteItem(base, { kind: 'clause', id: 's11-c1' }, anna);
    expect([...displayLabels(deleted.contract.sections[10]!, 'all').values()]).toEqual(['1.', '2.']);
    const [change] = listChanges(deleted.contract);
    const accepted = decideChanges(deleted, { id: change!.id }, 'accept', { by: 'Ben', now: ben.now, rationale: '', newId: ben.newId });
    expect(accepted.contract.sections[10]!.clauses.map((c) => [c.id, c.label, c.number])).toEqual([['s11-c2', '1.', '1']]);
    const rejected = decideChanges(deleted, { id: change!.id }, 'reject', { by: 'Ben', now: ben.now, rationale: '', newId: ben.newId });
    expect(rejected.contract.sections[10]!.clauses.map((c) => c.label)).toEqual(['1.', '2.']);
  });

  it('deletes a clause as one tracked deletion; deleting an added clause removes it', () => {
    const deleted = deleteItem(base, { kind: 'clause', id: 's6-c2' }, anna);
    expect(listChanges(deleted.contract)).toMatchObject([{ kind: 'delete', whole: true, target: { id: 's6-c2' } }]);
    expect([...displayLabels(deleted.contract.sections[5]!, 'final').values()]).toEqual(['1.']);
    const { review, id } = insertClauseAfter(base, 's6-c2', 'Neu.', anna);
    expect(findClause(deleteItem(review, { kind: 'clause', id }, anna).contract, id)).toBeNull();
  });

  it('adds and deletes measures in their category and service, and reads an added one’s responsibility', () => {
    const { review, id } = insertTomAfter(base, 't47', 'Der Auftraggeber sichert seine Daten täglich.', anna);
    const tom = review.contract.toms.find((candidate) => candidate.id === id)!;
    expect(tom).toMatchObject({ category: { number: '9' }, services: ['Cloud-VPS'], change: { kind: 'insert' } });
    expect(tom.responsibility.party).toBe('customer');
    expect(listChanges(deleteItem(base, { kind: 'tom', id: 't1' }, anna).contract)).toMatchObject([{ whole: true, kind: 'delete', target: { kind: 'tom' } }]);
  });

  it('re-reads a measure’s responsibility after an edit', () => {
    const review = editText(base, { kind: 'tom', id: 't47' }, 'Die Datensicherung obliegt dem Auftragnehmer', anna);
    expect(review.contract.toms[46]!.responsibility.party).toBe('provider');
  });

  it('re-reads the measures when an edit of the body gives the TOM annex to the other party', () => {
    const written = newReview(parseContract(readFileSync(resolve(import.meta.dirname, '../../fixtures/written/avv-frame-contract-de.txt'), 'utf8')), { kind: 'template', name: 'avv.txt' }, '2026-11-26T09:00:00Z');
    const takes = written.contract.sections.flatMap((section) => section.clauses).find((candidate) => candidate.text.startsWith('Der Auftragsverarbeiter ergreift'))!;
    const party = (review: typeof written) => review.contract.toms.find((tom) => tom.text.startsWith('Videoüberwachung'))!.responsibility.party;
    expect(party(written)).toBe('provider');
    const edited = editText(written, { kind: 'clause', id: takes.id }, takes.text.replace('Der Auftragsverarbeiter', 'Der Verantwortliche'), anna);
    expect(party(edited)).toBe('customer');
  });

  it('fills in the parties block and the date as tracked changes', () => {
    let review = editText(base, partyTarget(0), 'Muster GmbH\nHauptstraße 1\n10115 Berlin\nKd-Nr. 999999', anna);
    review = editText(review, DATE_TARGET, '1. Dezember 2026', anna);
    expect(review.contract.parties[0]).toMatchObject({ name: 'Muster GmbH', address: ['Hauptstraße 1', '10115 Berlin', 'Kd-Nr. 999999'], role: 'customer' });
    expect(review.contract.date).toBe('1. Dezember 2026');
    const rejected = decideChanges(review, 'all', 'reject', { by: 'Anna', now: anna.now, rationale: '', newId: anna.newId });
    expect(rejected.contract.parties[0]).toEqual(base.contract.parties[0]);
    expect(rejected.contract.date).toBe('9. Juni 2018');
  });
});

describe('comments and statuses', () => {
  const target = { kind: 'clause' as const, id: 's7-c4' };

  it('keeps internal and external comments with replies, and lets only the author edit or delete', () => {
    const { review, id } = addComment(base, target, { text: 'Vergütung streichen?', visibility: 'internal' }, anna);
    let next = replyToComment(review, target, id, 'Ja, bitte.', ben);
    next = editComment(next, target, id, null, 'Ben may not edit this', ben);
    expect(clause(next, 's7-c4').comments![0]).toMatchObject({ text: 'Vergütung streichen?', visibility: 'internal', replies: [{ author: 'Ben', text: 'Ja, bitte.' }] });
    next = editComment(next, target, id, null, 'Vergütungsanspruch streichen', anna);
    expect(clause(next, 's7-c4').comments![0]).toMatchObject({ text: 'Vergütungsanspruch streichen', editedAt: anna.now });
    next = setCommentResolved(next, target, id, true, anna.now);
    expect(clause(next, 's7-c4').comments![0]!.resolved).toBe(true);
    expect(clause(deleteComment(next, target, id, null, ben), 's7-c4').comments).toHaveLength(1);
    expect(clause(deleteComment(next, target, id, null, anna), 's7-c4').comments).toBeUndefined();
  });

  it('moves a comment on a text range with its words through an edit', () => {
    const text = clause(base, 's7-c4').text;
    const start = text.indexOf('Vergütungsanspruch');
    const { review } = addComment(base, target, { text: 'zu weit', visibility: 'external', anchor: { start, end: start + 18, quote: 'Vergütungsanspruch' } }, anna);
    const edited = editText(review, target, `Ausdrücklich: ${text}`, anna);
    expect(clause(edited, 's7-c4').comments![0]!.anchor).toEqual({ start: start + 14, end: start + 32, quote: 'Vergütungsanspruch' });
  });

  it('records a review status per clause, `open` being no status', () => {
    const agreed = setStatus(base, target, 'agreed', anna.now);
    expect(clause(agreed, 's7-c4').status).toBe('agreed');
    expect(clause(setStatus(agreed, target, 'open', anna.now), 's7-c4').status).toBeUndefined();
  });
});

describe('readings follow the words', () => {
  it('reads a duty clause again after it is edited', () => {
    const before = clause(base, 's9-c1').responsibility;
    expect(before?.party).toBe('customer');
    const edited = editText(base, { kind: 'clause', id: 's9-c1' }, 'Mündliche Weisungen bestätigt der Auftragnehmer unverzüglich (mind. Textform).', anna);
    expect(clause(edited, 's9-c1').responsibility?.party).toBe('provider');
  });
});
