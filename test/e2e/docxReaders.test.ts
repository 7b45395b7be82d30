/**
 * Proof by real readers: the exported DOCX read by pandoc and LibreOffice, and DOCX files
 * redlined in LibreOffice read back by Clausemark. Each needs its tool; in CI a missing
 * tool fails the run (see `describeWithTool`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Contract } from '../../shared/contract/model';
import { contractTexts, wordsOf } from '../../shared/contract/words';
import { zipDeflater } from '../../electron/handlers/zipDeflater';
import { exportDocx, importDocx, type DocxExportOptions } from '../../shared/docx';
import { parseContract } from '../../shared/parse/parseContract';
import { readTemplate, TEMPLATE_PATH } from '../support/files';
import { negotiatedTemplate, withoutIds } from '../support/negotiated';
import { libreOfficeConvert, libreOfficeFlat, PANDOC, pandocSpans, pandocText, PYTHON_UNO, SOFFICE } from '../support/readers';
import { ANNA, BEN, contractIn } from '../support/redline';
import { describeWithTool } from '../support/tools';

const OPTIONS: DocxExportOptions = { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: 'Anna Berger', title: '', now: '2025-03-03T08:00:00.000Z' };
const INTERNAL_NOTE = 'Löschkonzept ist Kernpunkt';
const folder = mkdtempSync(join(tmpdir(), 'clausemark-readers-'));
const negotiated = negotiatedTemplate();

async function exported(name: string, contract: Contract, options: Partial<DocxExportOptions> = {}): Promise<string> {
  const path = join(folder, name);
  // Zipped by the host's zlib, as the app and the command line write it.
  writeFileSync(path, await exportDocx({ contract }, { ...OPTIONS, ...options }, zipDeflater));
  return path;
}

/**
 * The words of pandoc's plain text. pandoc keeps a numbered paragraph that was deleted
 * whole as an empty list item (`2.` alone on its line) where Word removes it with its number;
 * such an item holds no text and is left out.
 */
function sortedWords(text: string): string[] {
  return wordsOf(text.replace(/^\s*(?:\d+\.|\(\d+\)|\d+\)|\([a-z]\)|[a-z]\))\s*$/gmu, '')).sort();
}

function expectedWords(contract: Contract, view: 'current' | 'original'): string[] {
  return contractTexts(contractIn(contract, view)).flatMap(wordsOf).sort();
}

let redline = '';
let withInternal = '';
let clean = '';
beforeAll(async () => {
  redline = await exported('redline.docx', negotiated);
  withInternal = await exported('with-internal.docx', negotiated, { includeInternal: true });
  clean = await exported('clean.docx', negotiated, { mode: 'clean' });
});

describeWithTool('pandoc', PANDOC, 'apt-get install pandoc', 'pandoc reads the exported redline', () => {
  it('gives the current text when it accepts every change, and the original when it rejects them', () => {
    expect(sortedWords(pandocText(redline, 'accept'))).toEqual(expectedWords(negotiated, 'current'));
    expect(sortedWords(pandocText(redline, 'reject'))).toEqual(expectedWords(negotiated, 'original'));
  });

  it('keeps the author and date of every insertion and deletion', () => {
    const changes = pandocSpans(redline).filter((span) => span.kind === 'insertion' || span.kind === 'deletion');
    const inserted = changes.filter((span) => span.kind === 'insertion').map((span) => span.text);
    const deleted = changes.filter((span) => span.kind === 'deletion').map((span) => span.text);
    expect(inserted).toEqual(
      expect.arrayContaining(['automatisch', 'Dedicated Server', 'Weisungen sind in Textform zu erteilen.', 'Zwei-Faktor-Authentifizierung für Administratoren', '1. März 2025', 'Muster GmbH z. Hd. Rechtsabteilung']),
    );
    expect(deleted).toEqual(
      expect.arrayContaining(['gleichzeitig', 'Fehlerbehebung im Kundenauftrag', 'Hochsicherheitszaun um das Gelände', 'Thorsten Wolske', 'Die Parteien vereinbaren als Gerichtsstand den Sitz des für Bremen zuständigen Gerichts.']),
    );
    const signature = (span: { author: string; date: string }) => `${span.author} ${Date.parse(span.date)}`;
    expect(new Set(changes.map(signature))).toEqual(new Set([ANNA, BEN].map((who) => `${who.author} ${Date.parse(who.date)}`)));
    expect(changes.find((span) => span.text === 'Fehlerbehebung im Kundenauftrag')?.author).toBe(BEN.author);
  });

  it('shows the comments for the counterparty and never the internal note unless it was asked for', () => {
    const comments = pandocSpans(redline).filter((span) => span.kind === 'comment-start');
    expect(comments.map((span) => [span.author, span.text])).toEqual(
      expect.arrayContaining([
        [ANNA.author, 'Beendigung soll ohne Kündigung wirken.'],
        [BEN.author, 'Bitte Frist für die Übergabe ergänzen.'],
        [ANNA.author, 'Übergabe erfolgt mit Vertragsschluss.'],
        [BEN.author, 'Nur für Administratoren?'],
      ]),
    );
    expect(pandocText(redline, 'all')).not.toContain(INTERNAL_NOTE);
    expect(pandocSpans(withInternal).filter((span) => span.kind === 'comment-start').map((span) => span.text)).toContain(
      '[intern] Intern: hier nicht nachgeben, Löschkonzept ist Kernpunkt.',
    );
  });

  it('reads the clean copy as the current text with no changes and no comments', () => {
    expect(pandocSpans(clean).filter((span) => span.kind !== 'paragraph-insertion')).toEqual([]);
    expect(sortedWords(pandocText(clean, 'all'))).toEqual(expectedWords(negotiated, 'current'));
  });
});

describeWithTool('LibreOffice', SOFFICE, 'apt-get install libreoffice-writer-nogui', 'LibreOffice opens the exported redline', () => {
  let flat = '';
  beforeAll(() => {
    flat = libreOfficeFlat(redline);
  });

  it('with its tracked changes, by author and date', () => {
    const regions = [...flat.matchAll(/<text:changed-region[\s\S]*?<\/text:changed-region>/gu)].map((match) => match[0]);
    const kinds = regions.map((region) => `${/<text:(insertion|deletion)>/u.exec(region)?.[1]} ${/<dc:creator>([^<]*)</u.exec(region)?.[1]}`);
    expect(new Set(kinds)).toEqual(new Set([`insertion ${ANNA.author}`, `deletion ${ANNA.author}`, `insertion ${BEN.author}`, `deletion ${BEN.author}`]));
    const dates = new Set(regions.map((region) => /<dc:date>([^<]*)</u.exec(region)?.[1]?.slice(0, 16)));
    expect(dates).toEqual(new Set([ANNA.date.slice(0, 16), BEN.date.slice(0, 16)]));
    expect(flat).toMatch(/<text:tracked-changes[^>]*>/u);
  });

  it('with the comments, the resolved one resolved, and no internal note', () => {
    const annotations = [...flat.matchAll(/<office:annotation( [^>]*)?>([\s\S]*?)<\/office:annotation>/gu)];
    const texts = annotations.map((match) => `${/<dc:creator>([^<]*)</u.exec(match[2]!)?.[1]}: ${[...match[2]!.matchAll(/<text:p[^>]*>([^<]*)<\/text:p>/gu)].map((part) => part[1]).join('\n')}`);
    expect(texts).toEqual(
      expect.arrayContaining([
        `${ANNA.author}: Beendigung soll ohne Kündigung wirken.`,
        `${BEN.author}: Bitte Frist für die Übergabe ergänzen.`,
        `${ANNA.author}: Übergabe erfolgt mit Vertragsschluss.`,
        `${BEN.author}: Monitoring bleibt, Fehlerbehebung nur auf Auftrag.`,
        `${BEN.author}: Nur für Administratoren?`,
      ]),
    );
    expect(annotations).toHaveLength(5);
    const resolved = annotations.filter((match) => /loext:resolved="true"/u.test(match[1] ?? '')).map((match) => match[2]);
    expect(resolved.join('')).toContain('Bitte Frist für die Übergabe ergänzen.');
    expect(flat).not.toContain(INTERNAL_NOTE);
  });

  it('with headings for the navigator and the document in German', () => {
    expect(flat).toMatch(/<text:h [^>]*text:outline-level="1"[^>]*>1 Gegenstand und Dauer des Auftrags<\/text:h>/u);
    expect(flat).toMatch(/<text:h [^>]*text:outline-level="2"[^>]*>1 Vertraulichkeit: Zutrittskontrolle<\/text:h>/u);
    expect(flat).toMatch(/fo:language="de" fo:country="DE"/u);
  });

  it('makes a DOCX of the template text that reads as the same contract', () => {
    const result = importDocx(new Uint8Array(readFileSync(libreOfficeConvert(TEMPLATE_PATH, 'docx'))), { fileName: 'avv-template.docx' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.contract).toEqual(parseContract(readTemplate(), { fileName: 'avv-template.docx' }));
  });

  it('opens an export of a text that held characters XML 1.0 forbids, and so does Clausemark, without those characters', async () => {
    const odd = readTemplate().replace('TrafficPlex GmbH', 'Traffic\uFFFEPlex\u0001 GmbH').replace('Gegenstand und Dauer des Auftrags bestimmen', 'Gegenstand\uFFFF und Dauer\uD800 des Auftrags bestimmen');
    const path = await exported('forbidden-characters.docx', parseContract(odd));
    const text = libreOfficeFlat(path);
    expect(text).toContain('TrafficPlex GmbH');
    expect(text).toContain('Gegenstand und Dauer des Auftrags bestimmen');
    const result = importDocx(new Uint8Array(readFileSync(path)));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.contract).toEqual(parseContract(readTemplate()));
  });

  it('saves it again as DOCX with every change and comment, which Clausemark reads back', () => {
    const result = importDocx(new Uint8Array(readFileSync(libreOfficeConvert(redline, 'docx'))));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.warnings).toEqual([]);
    const withoutComments = (contract: Contract) => JSON.parse(JSON.stringify(withoutIds(contract), (key, value: unknown) => (key === 'comments' ? undefined : value)));
    expect(withoutComments(result.contract)).toEqual(withoutComments(negotiated));
    const comments = result.contract.sections.flatMap((section) => section.clauses.flatMap((clause) => clause.comments ?? []));
    // LibreOffice 7.4 keeps a reply as a comment of its own: it writes no reply links into DOCX.
    expect(comments.map((comment) => [comment.author, comment.text, comment.resolved, comment.anchor?.quote])).toEqual(
      expect.arrayContaining([
        [ANNA.author, 'Beendigung soll ohne Kündigung wirken.', false, 'automatisch'],
        [BEN.author, 'Bitte Frist für die Übergabe ergänzen.', true, 'dem Auftraggeber zur Prüfung zu übergeben'],
      ]),
    );
  });
});

describeWithTool('python3-uno', PYTHON_UNO, 'apt-get install python3-uno libreoffice-writer-nogui', 'a DOCX redlined in LibreOffice opens in Clausemark', () => {
  let contract: Contract;
  beforeAll(async () => {
    const source = await exported('for-libreoffice.docx', parseContract(readTemplate()));
    const target = join(folder, 'redlined-in-libreoffice.docx');
    const script = resolve(import.meta.dirname, '../fixtures/docx/libreoffice-redline.py');
    const run = spawnSync(PYTHON_UNO!, [script, source, target, join(folder, 'libreoffice')], { encoding: 'utf8', timeout: 180_000 });
    if (run.status !== 0) throw new Error(`libreoffice-redline.py failed: ${run.stderr}`);
    const result = importDocx(new Uint8Array(readFileSync(target)));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.warnings).toEqual([]);
    contract = result.contract;
  }, 240_000);

  const clause = (section: string, index: number) => contract.sections.find((candidate) => candidate.number === section)!.clauses[index]!;

  it('with the same sections, clauses and 67 measures as the template', () => {
    expect(contract.sections.map((section) => section.clauses.length)).toEqual([4, 4, 3, 3, 8, 2, 5, 2, 2, 4, 2]);
    expect(contract.toms).toHaveLength(67);
  });

  it('with each revision attributed to the person who made it', () => {
    const changes = (segments = clause('1', 1).segments ?? []) => segments.filter((segment) => segment.kind !== 'equal').map((segment) => [segment.kind, segment.text, segment.author]);
    expect(changes()).toEqual([
      ['delete', 'gleichzeitig', 'Lena Hoffmann'],
      ['insert', 'sofort', 'Lena Hoffmann'],
    ]);
    expect(changes(clause('1', 0).segments)).toEqual([['insert', '\n- Dedicated Server', 'Lena Hoffmann']]);
    expect(clause('11', 1).change).toMatchObject({ kind: 'delete', author: 'Lena Hoffmann' });
    expect(clause('11', 1).text).toBe('Die Parteien vereinbaren als Gerichtsstand den Sitz des für Bremen zuständigen Gerichts.');
    const measure = contract.toms.find((tom) => tom.text === 'besetzter Leitstand')!;
    expect(changes(measure.segments)).toEqual([['delete', 'durchgehend ', 'Max Vogel']]);
    for (const segment of [...(clause('1', 1).segments ?? []), ...(measure.segments ?? [])]) if (segment.kind !== 'equal') expect(Date.parse(segment.date!)).not.toBeNaN();
  });

  it('with the comments, by author, on the words they were made on', () => {
    expect(clause('3', 0).comments?.map((comment) => [comment.author, comment.text, comment.resolved, comment.anchor?.quote])).toEqual(
      expect.arrayContaining([
        ['Lena Hoffmann', 'Bis wann genau?', true, 'dem Auftraggeber zur Prüfung zu übergeben'],
        ['Max Vogel', 'Vor Beginn der Verarbeitung.', false, 'dem Auftraggeber zur Prüfung zu übergeben'],
      ]),
    );
    const fence = contract.toms.find((tom) => tom.text === 'Hochsicherheitszaun um das Gelände')!;
    expect(fence.comments).toEqual([expect.objectContaining({ author: 'Max Vogel', date: '2025-04-03T09:05:00.000Z', text: 'Zaun ist nicht überall vorhanden.', anchor: { start: 0, end: 19, quote: 'Hochsicherheitszaun' } })]);
  });
});
