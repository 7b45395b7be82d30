import { describe, expect, it } from 'vitest';
import { adoptComparison } from '../../../shared/compare/adopt';
import { compareContracts } from '../../../shared/compare/compareContracts';
import type { Contract } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { listChanges } from '../../../shared/redline/changes';
import type { Review } from '../../../shared/review/model';
import { addComment, decideChanges, editText, replyToComment } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import { readTemplate } from '../../support/files';

const ANNA = { author: 'Dr. Anna Weber', now: '2026-01-10T09:00:00.000Z' };
const JENS = { author: 'Jens Krüger', now: '2026-02-03T10:15:00.000Z' };
const SAVED = '2026-02-03T11:00:00.000Z';
const PSEUDONYMISATION = 'Der Auftraggeber ist für die Pseudonymisierung der Daten verantwortlich.';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const clause = (review: Review, id: string) => review.contract.sections.flatMap((section) => section.clauses).find((item) => item.id === id)!;

/** Our round one: the law replaced and a deadline added (pending), an external comment. */
function ours(): Review {
  const context = { ...ANNA, newId: counter('ours') };
  let review = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, ANNA.now);
  review = editText(review, { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.', context);
  review = editText(review, { kind: 'clause', id: 's9-c1' }, clause(review, 's9-c1').text.replace('(mind. Textform)', '(mind. Textform, binnen 24 Stunden)'), context);
  return addComment(review, { kind: 'clause', id: 's11-c2' }, { text: 'Bitte Gerichtsstand prüfen.', visibility: 'external' }, context).review;
}

/**
 * Their answer to it, as their document reads it back: our law change rejected, our deadline
 * accepted, the pseudonymisation shifted to the provider with tracking on, a reply to our
 * comment and a comment of their own. Every id is theirs (a document read anew has its own).
 */
function theirs(round1: Review): Contract {
  const context = { ...JENS, newId: counter('theirs') };
  const decide = { by: JENS.author, now: JENS.now, rationale: '', newId: context.newId };
  const law = listChanges(round1.contract).filter((change) => change.target.kind === 'clause' && change.target.id === 's11-c1').map((change) => change.id);
  const deadline = listChanges(round1.contract).filter((change) => change.target.kind === 'clause' && change.target.id === 's9-c1').map((change) => change.id);
  let review = decideChanges(round1, { ids: law }, 'reject', decide);
  review = decideChanges(review, { ids: deadline }, 'accept', decide);
  const tom = review.contract.toms.find((item) => item.text === PSEUDONYMISATION)!;
  review = editText(review, { kind: 'tom', id: tom.id }, PSEUDONYMISATION.replace('Auftraggeber', 'Auftragnehmer'), context);
  const ourComment = clause(review, 's11-c2').comments![0]!;
  review = replyToComment(review, { kind: 'clause', id: 's11-c2' }, ourComment.id, 'Bremen bleibt.', context);
  review = addComment(review, { kind: 'tom', id: tom.id }, { text: 'Übernehmen wir, gegen Aufpreis.', visibility: 'external' }, context).review;
  return JSON.parse(JSON.stringify(review.contract).replace(/"ours(\d+)"/gu, '"word$1"')) as Contract;
}

describe('adopting their answer (round two)', () => {
  const round1 = ours();
  const answer = theirs(round1);
  const comparison = compareContracts(round1.contract, answer);
  const merged = adoptComparison(round1, answer, comparison, { author: JENS.author, now: '2026-12-06T12:00:00.000Z', newId: counter('m'), their: { date: SAVED, answer: 'answer.docx' } });

  it('brings in their tracked changes by their author at their date', () => {
    const changes = listChanges(merged.contract);
    expect(changes.map((change) => [change.kind, change.text, change.author, change.date])).toEqual([
      ['delete', 'Auftraggeber', JENS.author, JENS.now],
      ['insert', 'Auftragnehmer', JENS.author, JENS.now],
    ]);
  });

  it('decides what they accepted and rejected of ours, in their name, and records it as theirs', () => {
    expect(clause(merged, 's11-c1').text).toBe('Es gilt das Recht der Bundesrepublik Deutschland.');
    expect(clause(merged, 's9-c1').text).toContain('(mind. Textform, binnen 24 Stunden)');
    expect(merged.decisions.map((decision) => [decision.action, 'change' in decision ? decision.change.text.trim() : '', decision.by, decision.at, 'answer' in decision ? decision.answer : undefined])).toEqual([
      ['accept', ', binnen 24 Stunden', JENS.author, SAVED, 'answer.docx'],
      ['reject', 'Bundesrepublik Deutschland', JENS.author, SAVED, 'answer.docx'],
      ['reject', 'Republik Österreich', JENS.author, SAVED, 'answer.docx'],
    ]);
  });

  it('adds their reply to our thread and their comment on their measure, ours staying ours', () => {
    const thread = clause(merged, 's11-c2').comments!;
    expect(thread.map((comment) => [comment.author, comment.text, comment.replies.map((reply) => [reply.author, reply.text, reply.date])])).toEqual([
      [ANNA.author, 'Bitte Gerichtsstand prüfen.', [[JENS.author, 'Bremen bleibt.', JENS.now]]],
    ]);
    const tom = merged.contract.toms.find((item) => item.text.includes('Pseudonymisierung der Daten'))!;
    expect(tom.comments!.map((comment) => [comment.author, comment.text, comment.visibility, comment.date])).toEqual([[JENS.author, 'Übernehmen wir, gegen Aufpreis.', 'external', JENS.now]]);
  });

  it('shows their comment and their reply in the comparison beside the changes', () => {
    const commented = [...comparison.clauses, ...comparison.toms].filter((entry) => entry.comments);
    expect(commented.flatMap((entry) => entry.comments!.map((item) => [item.added, item.comment.text, item.replies.map((reply) => reply.text)]))).toEqual([
      [false, 'Bitte Gerichtsstand prüfen.', ['Bremen bleibt.']],
      [true, 'Übernehmen wir, gegen Aufpreis.', []],
    ]);
  });
});
