/**
 * The review report as a PDF. The renderer lays the report out with print CSS; Chromium's
 * own print-to-PDF (Electron's `webContents.printToPDF`, or Playwright's `page.pdf` in the
 * end-to-end tests — the same engine) turns the page into bytes; they are written
 * atomically, so an existing file is replaced only by a complete new one.
 */
import { basename } from 'node:path';
import type { ReportOutcome } from '../../shared/host';
import { writeFileOrFailure } from './atomicWrite';

/** Prints the page as it is now to PDF bytes. */
export type PdfPrinter = () => Promise<Uint8Array>;

/**
 * The page set-up, in one place for Electron and the test harness: A4, margins in inches,
 * a page number `3 / 12` at the foot (no words, so no language), backgrounds printed (the
 * responsibility bars), tagged for screen readers and with the headings as bookmarks.
 */
export const REPORT_PAGE = {
  pageSize: 'A4',
  margins: { top: 0.6, bottom: 0.75, left: 0.7, right: 0.7 },
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="width: 100%; font: 8px sans-serif; color: #555; text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  tagged: true,
  outline: true,
} as const;

/** Chromium writes PDF files that start with this. */
const PDF_MAGIC = '%PDF-';

export async function writeReportPdf(path: string, print: PdfPrinter): Promise<ReportOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await print();
  } catch (error) {
    return { status: 'failed', error: { code: 'print-failed', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (new TextDecoder().decode(bytes.subarray(0, PDF_MAGIC.length)) !== PDF_MAGIC) {
    return { status: 'failed', error: { code: 'print-failed', detail: 'not a PDF' } };
  }
  const failed = await writeFileOrFailure(path, bytes);
  if (failed) return { status: 'failed', error: failed };
  return { status: 'saved', name: basename(path), bytes: bytes.length };
}
