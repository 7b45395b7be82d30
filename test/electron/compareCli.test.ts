import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareContracts } from '../../shared/compare/compareContracts';
import { parseContract } from '../../shared/parse/parseContract';
import { changeAuthors, listChanges } from '../../shared/redline/changes';
import type { ChangeAction } from '../../shared/redline/decide';
import { decideChanges, editText } from '../../shared/review/operations';
import { readDocument } from '../../electron/handlers/readDocument';
import { newReview, serializeReview } from '../../shared/review/reviewFile';
import { runClausemark } from '../support/cli';
import { readTemplate } from '../support/files';
import { providerAnswer } from '../support/negotiation';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-compare-'));
const template = parseContract(readTemplate());
const answerPath = join(folder, 'provider-answer.txt');
writeFileSync(answerPath, providerAnswer(template).text);

describe('clausemark compare', () => {
  it('prints the comparison as JSON in exactly the documented shape', () => {
    const result = runClausemark(['compare', 'template', answerPath, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['summary', 'clauses', 'toms']);
    expect(json.summary).toEqual({ unchanged: 101, changed: 1, added: 2, removed: 1, moved: 1, responsibilityChanged: 2 });
    for (const clause of json.clauses) {
      expect(Object.keys(clause)).toEqual(['status', 'old', 'new', 'segments']);
      for (const side of [clause.old, clause.new]) if (side !== null) expect(Object.keys(side)).toEqual(['id', 'number', 'section']);
      for (const segment of clause.segments) expect(Object.keys(segment)).toEqual(['kind', 'text']);
    }
    for (const tom of json.toms) {
      expect(Object.keys(tom)).toEqual(['status', 'old', 'new']);
      expect(['unchanged', 'changed', 'added', 'removed']).toContain(tom.status);
    }
    const moved = json.clauses.find((clause: { status: string }) => clause.status === 'moved');
    expect(moved).toMatchObject({ old: { id: 's2-c3', number: '2.3', section: '2' }, new: { number: '12.3', section: '12' } });
    expect(moved.segments.filter((segment: { kind: string }) => segment.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'ausschließlich' },
      { kind: 'insert', text: 'grundsätzlich' },
    ]);
    expect(json.toms.filter((tom: { old: { party: string } | null; new: { party: string } | null }) => tom.old && tom.new && tom.old.party !== tom.new.party)).toEqual([
      { status: 'changed', old: { text: 'Der Auftraggeber ist für die Pseudonymisierung der Daten verantwortlich.', party: 'customer' }, new: { text: 'Der  Auftragnehmer  ist  für  die  Pseudonymisierung  der  Daten  verantwortlich.', party: 'provider' } },
      { status: 'changed', old: { text: 'Die Datensicherung obliegt dem Auftraggeber', party: 'customer' }, new: { text: 'Die  Datensicherung  obliegt  dem  Auftragnehmer', party: 'provider' } },
    ]);
  });

  it('prints a readable report with the responsibility changes first, in the user’s language', () => {
    const english = runClausemark(['compare', 'template', answerPath]);
    expect(english.code).toBe(0);
    expect(english.stdout.split('\n').slice(0, 4)).toEqual([
      'Comparing avv-template.txt with provider-answer.txt',
      '2 responsibility changed, 1 changed, 2 added, 1 removed, 1 moved, 101 unchanged',
      '',
      'Responsibility:',
    ]);
    expect(english.stdout.indexOf('Responsibility:')).toBeLessThan(english.stdout.indexOf('Clauses:'));
    expect(english.stdout).toContain('  Moved · 2.3 → 12.3\n    Die Erbringung der vertraglich vereinbarten Datenverarbeitung findet [-ausschließlich-]{+grundsätzlich+} in');
    const german = runClausemark(['compare', 'template', answerPath], { LANG: 'de_DE.UTF-8' });
    expect(german.stdout).toContain('2 Verantwortlichkeit geändert, 1 geändert, 2 hinzugefügt, 1 entfernt, 1 verschoben, 101 unverändert');
    expect(german.stdout).toContain('Auftraggeber → Auftragnehmer');
  });

  it('compares a review file as it reads now, with its tracked changes applied', () => {
    const context = { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: (() => { let n = 0; return () => `c${++n}`; })() };
    const review = editText(newReview(template, { kind: 'template', name: 'avv-template.txt' }, context.now), { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.', context);
    const path = join(folder, 'markup.clausemark');
    writeFileSync(path, serializeReview(review));
    const json = JSON.parse(runClausemark(['compare', 'template', path, '--json']).stdout);
    expect(json.clauses.filter((clause: { status: string }) => clause.status !== 'unchanged').map((clause: { new: { number: string } }) => clause.new.number)).toEqual(['11.1']);
  });

  it('ignores case and punctuation only when asked', () => {
    const shouted = join(folder, 'shouted.txt');
    writeFileSync(shouted, readTemplate().replace('1. Es gilt das Recht der Bundesrepublik Deutschland.', '1. ES GILT DAS RECHT DER BUNDESREPUBLIK DEUTSCHLAND'));
    expect(JSON.parse(runClausemark(['compare', 'template', shouted, '--json']).stdout).summary.changed).toBe(1);
    expect(JSON.parse(runClausemark(['compare', 'template', shouted, '--json', '--ignore-case', '--ignore-punctuation']).stdout).summary.changed).toBe(0);
  });

  it('writes the redline with --out: the differences as tracked changes of the author, which accept to the answer and reject to the template', async () => {
    const out = join(folder, 'redline.docx');
    const result = runClausemark(['compare', 'template', answerPath, '--out', out, '--author', 'TrafficPlex GmbH']);
    expect(result.stderr).toMatch(/^(?:clausemark: \d+ differences? .*\n)?$/u);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote “redline\.docx” \(\d+(?:[.,]\d+)? KB\)\.\n$/u);
    const opened = await readDocument(out);
    if (opened.status !== 'opened') throw new Error(`the redline does not open: ${JSON.stringify(opened)}`);
    const redline = opened.document.review;
    const changes = listChanges(redline.contract);
    expect(changes.length).toBeGreaterThan(5);
    expect(changeAuthors(changes)).toEqual(['TrafficPlex GmbH']);
    const decide = (action: ChangeAction) => decideChanges(redline, 'all', action, { by: 'Anna', now: '2026-12-02T09:00:00Z', rationale: '', newId: () => `d${Math.random()}` }).contract;
    const same = { changed: 0, added: 0, removed: 0, moved: 0, responsibilityChanged: 0 };
    expect(compareContracts(decide('accept'), providerAnswer(template).contract, { ignoreCase: false, ignorePunctuation: false }).summary).toMatchObject(same);
    expect(compareContracts(decide('reject'), template, { ignoreCase: false, ignorePunctuation: false }).summary).toMatchObject(same);
  });

  it('leaves an existing output as it was when the comparison cannot be made', () => {
    const out = join(folder, 'kept.docx');
    writeFileSync(out, 'the earlier redline');
    const result = runClausemark(['compare', 'template', join(folder, 'nowhere.txt'), '--out', out]);
    expect(result.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('the earlier redline');
  });

  it('says what is wrong with the call or the files', () => {
    const one = runClausemark(['compare', 'template']);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('Name the two files to compare');
    const author = runClausemark(['compare', 'template', answerPath, '--author']);
    expect(author.code).toBe(2);
    expect(author.stderr).toContain('The option “--author” needs a value.');
    const missing = runClausemark(['compare', 'template', join(folder, 'nowhere.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('clausemark: “nowhere.txt” was not found. It may have been moved or deleted.\n');
  });
});
