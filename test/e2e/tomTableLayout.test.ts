/**
 * The measures as a table, laid out by LibreOffice: the exported DOCX printed to PDF and
 * read back by poppler's `pdftotext`, as a reader of the PDF sees it. No word of the table
 * may be cut where it has no hyphen, and the table may take no more pages than the text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Contract, Language } from '../../shared/contract/model';
import { exportDocx, type TomLayout } from '../../shared/docx';
import { translator } from '../../shared/i18n';
import { parseContract } from '../../shared/parse/parseContract';
import { readTemplate } from '../support/files';
import { libreOfficeConvertAll, SOFFICE } from '../support/readers';
import { describeWithTool, findExecutable } from '../support/tools';

const PDFTOTEXT = findExecutable(['/usr/bin/pdftotext', 'pdftotext']);
const folder = mkdtempSync(join(tmpdir(), 'clausemark-tom-table-'));

function templateIn(language: Language): Contract {
  // The template with the table's labels (column names, parties) in each language.
  return { ...parseContract(readTemplate()), language };
}

async function exported(language: Language, layout: TomLayout): Promise<string> {
  const docx = join(folder, `${language}-${layout}.docx`);
  writeFileSync(docx, await exportDocx({ contract: templateIn(language) }, { mode: 'redline', includeInternal: false, tomLayout: layout, coverPage: false, author: '', title: '', now: '2025-03-03T08:00:00.000Z' }));
  return docx;
}

/** The PDF's text in reading order: a cell's lines one after the other, pages apart by form feeds. */
function pdfText(pdf: string): string {
  return execFileSync(PDFTOTEXT!, [pdf, '-'], { encoding: 'utf8' });
}

function pages(text: string): number {
  return text.replace(/\f$/u, '').split('\f').length;
}

/** The words of the table: its column names, categories, services, responsibilities and measures. */
function tableWords(contract: Contract): string[] {
  const t = translator(contract.language);
  const texts = [
    ...['category', 'service', 'measure', 'responsibility'].map((column) => t(`docx.table.${column}`)),
    ...contract.toms.flatMap((tom) => [tom.category.title, tom.serviceHeading ?? '', tom.text, t(`responsibility.${tom.responsibility.party}`)]),
  ];
  return [...new Set(texts.flatMap((text) => text.match(/\p{L}{4,}/gu) ?? []))];
}

/** Each word that comes out cut across two lines with no hyphen at the cut: `Auftragne` / `hmer`. */
function cutWords(text: string, words: readonly string[]): string[] {
  const lines = text.replace(/[ \t]*\n[ \t]*/gu, '\n');
  return words.flatMap((word) =>
    Array.from({ length: word.length - 1 }, (_, index) => index + 1).flatMap((at) => {
      const [head, tail] = [word.slice(0, at), word.slice(at)];
      // Whole pieces only: "ein" ending a line before "eventuell" is no cut "eine".
      const cut = lines.includes(`${head}\n${tail}`) && new RegExp(`(?<!\\p{L})${head}\n${tail}(?!\\p{L})`, 'u').test(lines);
      return cut ? [`${head} / ${tail}`] : [];
    }),
  );
}

const LANGUAGES: readonly Language[] = ['de', 'en'];

describeWithTool('LibreOffice', SOFFICE, 'apt-get install libreoffice-writer-nogui', 'the measures as a table in LibreOffice', () => {
  describeWithTool('pdftotext', PDFTOTEXT, 'apt-get install poppler-utils', 'printed to PDF', () => {
    const output: Partial<Record<Language, { text: string; table: string }>> = {};
    beforeAll(async () => {
      const docx = await Promise.all(LANGUAGES.flatMap((language) => [exported(language, 'text'), exported(language, 'table')]));
      const texts = libreOfficeConvertAll(docx, 'pdf').map(pdfText);
      LANGUAGES.forEach((language, index) => (output[language] = { text: texts[2 * index]!, table: texts[2 * index + 1]! }));
    }, 120_000);

    it.each(LANGUAGES)('cuts no word of the table where it has no hyphen (%s)', (language) => {
      const words = tableWords(templateIn(language));
      expect(words).toEqual(expect.arrayContaining(['Auftragnehmer', 'Webhosting', 'Zutrittskontrolle']));
      expect(cutWords(output[language]!.table, words)).toEqual([]);
    });

    it.each(LANGUAGES)('takes no more pages than the measures as text (%s)', (language) => {
      const { text, table } = output[language]!;
      expect(pages(table)).toBeLessThanOrEqual(pages(text));
    });
  });
});
