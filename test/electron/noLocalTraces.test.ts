/**
 * Exported files carry no local paths or account names. A review is made in a work folder
 * whose path holds a name found nowhere else, then saved as a review file (with a version)
 * and exported as a redline with comments and as a clean copy, by the app's handlers and
 * by the command line (`export`, `import`, `compare --out`), the latter with a home folder,
 * user and host name of its own. Every part of every DOCX and every review file is then
 * searched for the folder, the home folder, the user name and the host name.
 */
import { strFromU8, unzipSync } from 'fflate';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, homedir, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment, editText, replyToComment, setCommentResolved } from '../../shared/review/operations';
import { saveVersion } from '../../shared/compare/versions';
import { runClausemark } from '../support/cli';
import { readTemplate } from '../support/files';
import { testHost, type TestHost, whole } from '../support/handlers';
import type { ExportChoices } from '../../shared/documents/exportDocument';

/** A folder name that nothing else holds: if it turns up in a file, the file carries the path. */
const FOLDER_MARK = 'Zaunkönig-Mandantenakte';
/** The command line's own account and machine, as the environment tells them. */
const CLI_ACCOUNT = { user: 'quastenflosser', host: 'rechner-quastenflosser' };

let root: string;
let work: string;
let cliHome: string;
let host: TestHost;
/** Every file written, by name: DOCX files unzipped into their parts, review files as they are. */
const written = new Map<string, Record<string, string>>();

const context = (author = 'Anna Berger') => {
  let counter = 0;
  return { author, now: '2026-11-26T10:00:00.000Z', newId: () => `n${++counter}` };
};

async function remember(path: string, name: string): Promise<void> {
  const bytes = new Uint8Array(await readFile(path));
  if (path.endsWith('.docx')) {
    const parts: Record<string, string> = {};
    for (const [part, content] of Object.entries(unzipSync(bytes))) parts[part] = strFromU8(content);
    written.set(name, parts);
  } else written.set(name, { [name]: strFromU8(bytes) });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), `${FOLDER_MARK}-`));
  work = join(root, 'Verträge Kunde');
  cliHome = join(root, 'Heimat-Quastenflosser');
  await mkdir(work);
  await mkdir(cliHome);
  const contractPath = join(work, 'avv-kunde.txt');
  await writeFile(contractPath, readTemplate());

  // The app: open the contract, redline a clause, comment (external, internal, a reply, a resolved one), keep a version, save, export.
  host = await testHost({ workDir: work });
  host.dialogs.openAnswers.push(contractPath);
  const opened = await whole(host, await host.handlers.openFile());
  if (opened.status !== 'opened') throw new Error('the contract did not open');
  let review = opened.document.review;
  const clause = review.contract.sections[0]!.clauses[0]!;
  review = editText(review, { kind: 'clause', id: clause.id }, `${clause.text} Ergänzt.`, context());
  const external = addComment(review, { kind: 'clause', id: clause.id }, { text: 'Bitte prüfen.', visibility: 'external' }, context());
  review = replyToComment(external.review, { kind: 'clause', id: clause.id }, external.id, 'Geprüft.', context('Ben Keller'));
  const internal = addComment(review, { kind: 'clause', id: clause.id }, { text: 'Nur intern.', visibility: 'internal' }, context());
  const resolved = addComment(internal.review, { kind: 'clause', id: clause.id }, { text: 'Erledigt.', visibility: 'external' }, context());
  review = setCommentResolved(resolved.review, { kind: 'clause', id: clause.id }, resolved.id, true, '2026-11-26T11:00:00.000Z');
  review = saveVersion(review, 'Unser Markup 1', context()).review;

  host.dialogs.saveAnswers.push(join(work, 'Runde 1'));
  expect(await host.handlers.saveReviewAs(review)).toMatchObject({ status: 'saved' });
  await remember(join(work, 'Runde 1.clausemark'), 'app review file');

  const exports: [string, ExportChoices][] = [
    ['app redline', { mode: 'redline', includeInternal: true, tomLayout: 'table', coverPage: true, author: '', title: '' }],
    ['app clean', { mode: 'clean', includeInternal: false, tomLayout: 'text', coverPage: false, author: '', title: '' }],
  ];
  for (const [name, choices] of exports) {
    host.dialogs.saveAnswers.push(join(work, name));
    expect(await host.handlers.exportDocx({ contract: review.contract, choices, suggestedName: 'AVV Kunde' })).toMatchObject({ status: 'saved' });
    await remember(join(work, `${name}.docx`), name);
  }

  // The command line, with a home folder, a user and a host of its own in the environment.
  const env = { HOME: cliHome, USER: CLI_ACCOUNT.user, LOGNAME: CLI_ACCOUNT.user, USERNAME: CLI_ACCOUNT.user, HOSTNAME: CLI_ACCOUNT.host };
  const runs: [string[], string, string][] = [
    [['export', join(work, 'Runde 1.clausemark'), '--out', join(work, 'cli redline.docx'), '--include-internal', '--cover'], join(work, 'cli redline.docx'), 'cli redline'],
    [['export', contractPath, '--out', join(work, 'cli clean.docx'), '--clean'], join(work, 'cli clean.docx'), 'cli clean'],
    [['import', join(work, 'cli redline.docx'), '--out', join(work, 'cli import.clausemark')], join(work, 'cli import.clausemark'), 'cli review file'],
    [['compare', contractPath, join(work, 'app redline.docx'), '--out', join(work, 'cli compare.docx')], join(work, 'cli compare.docx'), 'cli compare'],
  ];
  for (const [args, out, name] of runs) {
    const result = runClausemark(args, env);
    expect(result.code, result.stderr).toBe(0);
    await remember(out, name);
  }
}, 60_000);

afterAll(async () => {
  await host.cleanup();
  await rm(root, { recursive: true, force: true });
});

/**
 * A name as a whole word: `root` in `/root/x` but not in `rootstock`. A name of one or two
 * letters cannot be told apart from XML's own prefixes (`w:`, `vm` in `vml`) and is left out.
 */
function wholeWord(name: string): RegExp | null {
  if (name.length < 3) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u');
}

describe('exported files carry no local paths or account names', () => {
  it('has every file it set out to check, each with the parts Word and the review file hold', () => {
    expect([...written.keys()].sort()).toEqual(['app clean', 'app redline', 'app review file', 'cli clean', 'cli compare', 'cli redline', 'cli review file'].sort());
    const redline = Object.keys(written.get('app redline')!);
    for (const part of ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml', 'word/document.xml', 'word/comments.xml', 'word/commentsExtended.xml', 'word/settings.xml', 'word/_rels/document.xml.rels', '_rels/.rels']) expect(redline).toContain(part);
    // The search below finds what is there: the reviewer's own words made it into the files.
    expect(written.get('app redline')!['word/comments.xml']).toContain('Nur intern.');
    expect(written.get('app review file')!['app review file']).toContain('Unser Markup 1');
  });

  const needles = (): [string, string | RegExp][] => {
    const found: [string, string | RegExp][] = [
      ['the work folder', work],
      ['the folder name', FOLDER_MARK],
      ['the folder name in XML', FOLDER_MARK.replace('ö', '&#246;')],
      ['the temporary folder', root],
      ['the command line’s home folder', cliHome],
      ['the command line’s user', CLI_ACCOUNT.user],
      ['the command line’s host', CLI_ACCOUNT.host],
      ['the home folder', homedir()],
    ];
    for (const [what, name] of [['the user name', userInfo().username], ['the host name', hostname()]] as const) {
      const pattern = wholeWord(name);
      if (pattern) found.push([what, pattern]);
    }
    return found;
  };

  it.each(['app redline', 'app clean', 'app review file', 'cli redline', 'cli clean', 'cli review file', 'cli compare'])('%s: no part names the folder, the home folder, the user or the host', (name) => {
    const parts = written.get(name)!;
    const hits: string[] = [];
    for (const [part, text] of Object.entries(parts)) {
      for (const [what, needle] of needles()) {
        // The home folder `/root` or `/home/x` as a path, never as a bare word in the text.
        const hit = typeof needle === 'string' ? (needle.length >= 4 && text.includes(needle)) : needle.test(text);
        if (hit) hits.push(`${part}: ${what}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('the review file names its source by file name only', () => {
    for (const name of ['app review file', 'cli review file']) {
      const file = JSON.parse(Object.values(written.get(name)!)[0]!) as { source: { name: string }; versions: { contract: unknown }[] };
      expect(file.source.name).not.toMatch(/[\\/]/u);
    }
    expect(JSON.parse(written.get('app review file')!['app review file']!).source).toEqual({ kind: 'text', name: 'avv-kunde.txt' });
    // With the Word document it came from, as bytes: never a path.
    expect(JSON.parse(written.get('cli review file')!['cli review file']!).source).toEqual({ kind: 'docx', name: 'cli redline.docx', package: expect.objectContaining({ data: expect.any(String) }) });
  });
});
