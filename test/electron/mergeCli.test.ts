import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause, Tom } from '../../shared/contract/model';
import { listChanges } from '../../shared/redline/changes';
import type { Review } from '../../shared/review/model';
import { parseReviewFile, serializeReview } from '../../shared/review/reviewFile';
import { runClausemark } from '../support/cli';
import { readTemplate } from '../support/files';
import { iso, JENS, OURS, roundOne, wordAnswer } from '../support/wordAnswer';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-merge-'));
const ourReview = join(folder, 'round1.clausemark');
const answer = join(folder, 'trafficplex-answer.docx');
const items = (review: Review): (Clause | Tom)[] => [...review.contract.sections.flatMap((section) => section.clauses), ...review.contract.toms];
const clause = (review: Review, text: RegExp) => review.contract.sections.flatMap((section) => section.clauses).find((item) => text.test(item.text))!;
const pseudonymisation = (review: Review) => review.contract.toms.find((tom) => tom.text.includes('Pseudonymisierung der Daten'))!;

const round1 = roundOne();

beforeAll(() => {
  writeFileSync(ourReview, serializeReview(round1));
  const sent = join(folder, 'round1.docx');
  expect(runClausemark(['export', ourReview, '--out', sent, '--author', OURS.author]).code).toBe(0);
  writeFileSync(answer, wordAnswer(readFileSync(sent)));
});

describe('clausemark merge', () => {
  it('keeps their three changes and their comment as theirs, ours as ours, and shows the responsibility they shifted', () => {
    const out = join(folder, 'round2.clausemark');
    const started = Date.now();
    const result = runClausemark(['merge', ourReview, answer, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'Wrote “round2.clausemark”: round1.clausemark with their answer trafficplex-answer.docx merged in.',
      'Responsibility shifted in their answer:',
      '  6 Vertraulichkeit: Pseudonymisierung: Customer → Provider',
      '    Der [-Auftraggeber-]{+Auftragnehmer+} ist für die Pseudonymisierung der Daten verantwortlich.',
      'Their changes: 3 by Jens Krüger',
      'Their comments: 1 comment, 0 replies',
      'Our changes: 2 accepted by them, 0 rejected by them, 1 still pending',
      '',
    ]);

    const round2 = parseReviewFile(readFileSync(out, 'utf8'));
    if (!round2.ok) throw new Error(JSON.stringify(round2));
    const merged = round2.review;
    const changes = listChanges(merged.contract);
    // Theirs: by the Word author at the revision's date — never the file's name, never the time of the merge.
    const theirs = changes.filter((change) => change.author !== OURS.author);
    expect(theirs.map((change) => [change.kind, change.text, change.author, change.date])).toEqual([
      ['insert', 'nachgewiesene ', JENS.author, iso(JENS.date)],
      ['delete', 'Auftraggeber', JENS.author, iso(JENS.date)],
      ['insert', 'Auftragnehmer', JENS.author, iso(JENS.date)],
    ]);
    expect(changes.every((change) => Date.parse(change.date) < started)).toBe(true);
    // Ours: the deadline they left pending stays pending, by us, at our date.
    expect(changes.filter((change) => change.author === OURS.author).map((change) => [change.kind, change.text.trim(), change.date])).toEqual([['insert', ', binnen 24 Stunden', OURS.date]]);
    // The governing law they accepted is decided so, in their name, and reads as accepted.
    expect(clause(merged, /^Es gilt das Recht/u).text).toBe('Es gilt das Recht der Republik Österreich.');
    const decided = merged.decisions.filter((decision) => 'answer' in decision && decision.answer === 'trafficplex-answer.docx');
    expect(decided.map((decision) => [decision.action, decision.by, decision.at])).toEqual([
      ['accept', JENS.author, iso(JENS.saved)],
      ['accept', JENS.author, iso(JENS.saved)],
    ]);

    // Their comment: external, by them, on the words they marked.
    const comment = pseudonymisation(merged).comments!.find((item) => item.author === JENS.author)!;
    expect(comment).toMatchObject({ text: 'Übernehmen wir, gegen Aufpreis.', visibility: 'external', date: iso(JENS.commented), anchor: { quote: 'Pseudonymisierung der Daten' } });
    // Our notes, both kinds, and our version stay.
    const ourNotes = items(merged).flatMap((item) => item.comments ?? []).filter((item) => item.author === OURS.author);
    expect(ourNotes.map((item) => [item.visibility, item.text])).toEqual([
      ['internal', 'Frist zu lang? Nicht nach außen.'],
      ['external', 'Bitte Gerichtsstand prüfen.'],
    ]);
    expect(merged.versions.map((version) => version.name)).toEqual(round1.versions.map((version) => version.name));

    // The comparison with round one shows the responsibility shift they made.
    const compared = runClausemark(['compare', ourReview, out]);
    expect(compared.code).toBe(0);
    const responsibility = compared.stdout.slice(compared.stdout.indexOf('Responsibility:'), compared.stdout.indexOf('Clauses:'));
    expect(responsibility).toContain('Customer → Provider');
    expect(responsibility).toContain('Der [-Auftraggeber-]{+Auftragnehmer+} ist für die Pseudonymisierung der Daten verantwortlich.');
  });

  it('says it in German too', () => {
    const result = runClausemark(['merge', ourReview, answer, '--out', join(folder, 'runde2.clausemark')], { LANG: 'de_DE.UTF-8' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ihre Änderungen: 3 von Jens Krüger');
    expect(result.stdout).toContain('Unsere Änderungen: 2 von ihnen angenommen, 0 von ihnen abgelehnt, 1 weiter offen');
    expect(result.stdout).toContain('Auftraggeber → Auftragnehmer');
  });

  it('writes only a review file, and a failed run leaves an existing output as it was', () => {
    const docx = join(folder, 'round2.docx');
    const named = runClausemark(['merge', ourReview, answer, '--out', docx]);
    expect(named.code).toBe(1);
    expect(named.stderr).toBe('clausemark: merge writes a review file: name it with .clausemark at the end (“round2.docx” is not written).\n');
    expect(existsSync(docx)).toBe(false);

    const out = join(folder, 'kept.clausemark');
    writeFileSync(out, 'the earlier round');
    const broken = join(folder, 'broken.docx');
    writeFileSync(broken, 'PK no zip at all');
    const failed = runClausemark(['merge', ourReview, broken, '--out', out]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^clausemark: .*broken\.docx.*\n$/u);
    expect(readFileSync(out, 'utf8')).toBe('the earlier round');
  });

  it('asks whose their untracked edits are when their document names nobody, and takes --author', () => {
    const text = join(folder, 'answer.txt');
    writeFileSync(text, readTemplate().replace('Der Auftraggeber ist für die Pseudonymisierung', 'Der Auftragnehmer ist für die Pseudonymisierung'));
    const out = join(folder, 'from-text.clausemark');
    const nameless = runClausemark(['merge', ourReview, text, '--out', out]);
    expect(nameless.code).toBe(1);
    expect(nameless.stderr).toBe('clausemark: “answer.txt” does not say who saved it last: name the author of their untracked edits with --author.\n');
    expect(existsSync(out)).toBe(false);
    const named = runClausemark(['merge', ourReview, text, '--out', out, '--author', 'TrafficPlex GmbH']);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('Their changes: 2 by TrafficPlex GmbH');
  });

  it('says how to call it when a file is missing', () => {
    const result = runClausemark(['merge', ourReview, '--out', join(folder, 'x.clausemark')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Name the review and their answer: clausemark merge <review.clausemark> <answer.docx> --out <round2.clausemark>.');
  });
});
