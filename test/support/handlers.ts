/** Handlers on a fresh temporary data folder, with a dialog stand-in that answers what a test chooses. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers, type HostHandlerSet } from '../../electron/handlers/createHandlers';
import type { DialogPort } from '../../electron/handlers/dialogs';
import type { PdfPrinter } from '../../electron/handlers/reportPdf';
import { contractFromParts, type ContractPart } from '../../shared/contract/parts';
import type { OpenOutcome } from '../../shared/host/hostApi';

export const ASSETS_DIR = resolve(import.meta.dirname, '../../assets');

export interface ScriptedDialogs extends DialogPort {
  /** The next paths the open dialog returns; `null` is a cancel. */
  readonly openAnswers: (string | null)[];
  readonly openRequests: { title: string; extensions: readonly string[] }[];
  /** The next paths the save dialog returns; `null` is a cancel. */
  readonly saveAnswers: (string | null)[];
  readonly saveRequests: { title: string; defaultName: string; extensions: readonly string[] }[];
}

export function scriptedDialogs(): ScriptedDialogs {
  const dialogs: ScriptedDialogs = {
    openAnswers: [],
    openRequests: [],
    saveAnswers: [],
    saveRequests: [],
    async chooseFileToOpen({ title, filters }) {
      dialogs.openRequests.push({ title, extensions: filters.flatMap((filter) => filter.extensions) });
      return dialogs.openAnswers.shift() ?? null;
    },
    async chooseFileToSave({ title, defaultName, filters }) {
      dialogs.saveRequests.push({ title, defaultName, extensions: filters.flatMap((filter) => filter.extensions) });
      return dialogs.saveAnswers.shift() ?? null;
    },
  };
  return dialogs;
}

export interface TestHost {
  readonly handlers: HostHandlerSet;
  readonly dialogs: ScriptedDialogs;
  readonly dataDir: string;
  readonly workDir: string;
  /** What prints the page to PDF, as the window's web contents does in the app (the Chromium harness sets Playwright's `page.pdf`). */
  setPrinter(printer: PdfPrinter | null): void;
  cleanup(): Promise<void>;
}

/** Pass the folders of an earlier host to start a new session on the same data (a restart). */
export async function testHost(folders: { readonly dataDir?: string; readonly workDir?: string } = {}): Promise<TestHost> {
  const dataDir = folders.dataDir ?? (await mkdtemp(join(tmpdir(), 'clausemark-data-')));
  const workDir = folders.workDir ?? (await mkdtemp(join(tmpdir(), 'clausemark-work-')));
  const dialogs = scriptedDialogs();
  let printer: PdfPrinter | null = null;
  const handlers = createHandlers({
    dialogs,
    userDataDir: dataDir,
    assetsDir: ASSETS_DIR,
    dialogText: () => ({
      openTitle: 'Open a contract',
      contracts: 'Contracts',
      saveTitle: 'Save review',
      reviews: 'Reviews',
      exportTitle: 'Save the contract as a Word document',
      wordDocument: 'Word document',
      reportTitle: 'Save the review report as PDF',
      pdfDocument: 'PDF document',
    }),
    printToPdf: () => {
      if (!printer) throw new Error('no page to print');
      return printer();
    },
  });
  return {
    handlers,
    dialogs,
    dataDir,
    workDir,
    setPrinter(next) {
      printer = next;
    },
    async cleanup() {
      // A window still mounted may be writing its autosave into the folder meanwhile (a write in
      // parts spans a few tasks): removal retries when a file appears while it empties the folder.
      await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
      await rm(workDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    },
  };
}

/** An open handler's outcome with its contract whole again: its sections and measures taken part by part, as the window takes them. */
export async function whole<T extends OpenOutcome | null>(host: TestHost, outcome: T): Promise<T> {
  if (outcome?.status !== 'opened' || !outcome.document.parts) return outcome;
  const { parts: ofParts, review, ...document } = outcome.document;
  const parts: ContractPart[] = [];
  for (let index = 0; index < ofParts.count; index++) {
    const part = await host.handlers.takeDocumentPart(ofParts.opening, index);
    if (part === null) throw new Error(`part ${index} of opening ${ofParts.opening} is gone`);
    parts.push(part);
  }
  return { status: 'opened', document: { ...document, review: { ...review, contract: contractFromParts(review.contract, parts) } } } as T;
}
