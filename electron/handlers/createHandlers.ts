/**
 * The host's handlers: one plain async function per method of `HostApi`, each validating
 * its arguments with the schema in `shared/host/hostSchemas.ts`. The main process
 * registers them on IPC; tests and the Chromium end-to-end tests call them directly.
 */
import { basename, join } from 'node:path';
import * as z from 'zod';
import { HOST_ARGUMENTS, DEFAULT_PREFERENCES, PreferencesSchema, type HostHandlers, type OpenOutcome, type RecentFile } from '../../shared/host';
import { contractFromParts, contractInParts, OPENING_PART_SIZE, type Contract, type ContractPart, type SentParts } from '../../shared/contract';
import type { ExportRequest } from '../../shared/documents';
import type { Review } from '../../shared/review';
import { TEMPLATE_FILE } from './assets';
import type { DialogPort } from './dialogs';
import { safeFileName, withDocxExtension, withExtension, writeDocx } from './exportDocx';
import { jsonStore } from './jsonStore';
import { readDocument } from './readDocument';
import { writeReportPdf, type PdfPrinter } from './reportPdf';
import { REVIEW_EXTENSION, reviewFiles } from './reviewFiles';

export interface HandlerContext {
  readonly dialogs: DialogPort;
  /** The app's data folder (Electron's `userData`). */
  readonly userDataDir: string;
  readonly assetsDir: string;
  /** Words for the native dialogs, in the UI's language. */
  readonly dialogText: () => DialogText;
  /** Closes the app window (main process); absent where there is none to close. */
  readonly closeWindow?: () => void;
  /** Prints the app's page to PDF (main process: the window's web contents); absent where there is no page. */
  readonly printToPdf?: PdfPrinter;
}

export interface DialogText {
  readonly openTitle: string;
  readonly contracts: string;
  readonly saveTitle: string;
  readonly reviews: string;
  readonly exportTitle: string;
  readonly wordDocument: string;
  /** The open dialog's title when choosing a file to compare with; `openTitle` where absent. */
  readonly compareTitle?: string;
  readonly reportTitle: string;
  readonly pdfDocument: string;
}

export interface HostHandlerSet extends HostHandlers {
  /** For the main process: a file from the command line or a second launch, handed to the UI once. */
  setStartupFile(path: string | null): void;
  /** For the main process: whether the UI has unsaved changes. */
  isDirty(): boolean;
}

/** What a comparison can read: every kind `readDocument` opens, a DOCX that came back among them. */
const COMPARABLE_EXTENSIONS = ['docx', 'txt', 'md', 'markdown', 'text', REVIEW_EXTENSION];

const RecentSchema = z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).max(50);
const MAX_RECENT = 10;
/** The requests that may name parts of their contract sent before them. */
type PartsTaker = 'exportDocx' | 'autosave' | 'saveReview' | 'saveReviewAs';

/** How many sendings of contract parts the host keeps apart, each until its request takes it. */
const KEPT_SENDINGS = 4;

export class InvalidRequestError extends Error {
  constructor(readonly method: string) {
    super(`invalid arguments for ${method}`);
  }
}

function validate<M extends keyof typeof HOST_ARGUMENTS>(method: M, args: unknown[]): z.infer<(typeof HOST_ARGUMENTS)[M]> {
  const parsed = (HOST_ARGUMENTS[method] as z.ZodType).safeParse(args);
  if (!parsed.success) throw new InvalidRequestError(method);
  // TypeScript cannot narrow the schema by `M`; the value did pass that very schema.
  return parsed.data as z.infer<(typeof HOST_ARGUMENTS)[M]>;
}

export function createHandlers(context: HandlerContext): HostHandlerSet {
  const recent = jsonStore(join(context.userDataDir, 'recent.json'), RecentSchema, () => []);
  const preferences = jsonStore(join(context.userDataDir, 'preferences.json'), PreferencesSchema, () => DEFAULT_PREFERENCES);
  // Read once when the host starts and kept: the page asks for them first thing, and the
  // answer must not wait behind a large startup document's read (requests are answered in turn).
  let currentPreferences = preferences.read();
  let startupFile: string | null = null;
  let dirty = false;
  // The sections and measures of the document opened last, until the window has taken them.
  let openings = 0;
  let pending: { opening: number; parts: (ContractPart | null)[] } | null = null;
  // The sections and measures the window sent for the requests it makes next, by sending: an
  // autosave's parts may cross an export's. The oldest goes when more come (a window reloaded half way).
  const sent = new Map<number, (ContractPart | undefined)[]>();

  async function rememberPath(path: string): Promise<void> {
    const entries = (await recent.read()).filter((entry) => entry.path !== path);
    await recent.write([{ path, name: basename(path), openedAt: new Date().toISOString() }, ...entries].slice(0, MAX_RECENT));
  }

  /** The contract whole: `head` and the parts of the sending `named`, which are taken (once). */
  function wholeContract(method: PartsTaker, head: Contract, named: SentParts): Contract {
    const taken = sent.get(named.sending) ?? [];
    sent.delete(named.sending);
    // A part missing, or parts of another sending: the contract is not whole, and nothing is written.
    const parts = taken.filter((part) => part !== undefined);
    if (parts.length !== named.count || taken.length !== named.count) throw new InvalidRequestError(method);
    return contractFromParts(head, parts);
  }

  /** The review with its contract whole: taken from the parts sent before it where the request names them. */
  function withSentContract(method: PartsTaker, review: Review, named: SentParts | undefined): Review {
    return named ? { ...review, contract: wholeContract(method, review.contract, named) } : review;
  }

  /** The request with its contract whole: taken from the parts sent before it where it names them. */
  function withSentParts(request: ExportRequest): ExportRequest {
    if (!request.parts) return request;
    const { parts: named, ...rest } = request;
    return { ...rest, contract: wholeContract('exportDocx', request.contract, named) };
  }

  const reviews = reviewFiles({ dialogs: context.dialogs, userDataDir: context.userDataDir, dialogText: context.dialogText, remember: rememberPath });

  /**
   * Every successful open names the review file Save writes to, and joins the recent files.
   * Its contract goes to the window as a head now and its sections and measures in parts.
   */
  async function opened(outcome: OpenOutcome): Promise<OpenOutcome> {
    if (outcome.status !== 'opened') return outcome;
    reviews.setCurrent(outcome.document.savedAsReview ? outcome.document.path : null);
    if (outcome.document.path !== null) await rememberPath(outcome.document.path);
    const { review } = outcome.document;
    const { head, parts } = contractInParts(review.contract, OPENING_PART_SIZE);
    pending = { opening: ++openings, parts };
    return { status: 'opened', document: { ...outcome.document, review: { ...review, contract: head }, parts: { opening: openings, count: parts.length } } };
  }

  return {
    setStartupFile(path) {
      startupFile = path;
    },
    isDirty() {
      return dirty;
    },
    async openTemplate(...args: unknown[]) {
      validate('openTemplate', args);
      const outcome = await readDocument(join(context.assetsDir, TEMPLATE_FILE));
      if (outcome.status !== 'opened') return outcome;
      const review = { ...outcome.document.review, source: { kind: 'template' as const, name: TEMPLATE_FILE } };
      return opened({ status: 'opened', document: { ...outcome.document, review, path: null, kind: 'template' } });
    },
    async openFile(...args: unknown[]) {
      validate('openFile', args);
      const text = context.dialogText();
      const path = await context.dialogs.chooseFileToOpen({
        title: text.openTitle,
        filters: [{ name: text.contracts, extensions: ['docx', 'txt', 'md', 'markdown', 'text', REVIEW_EXTENSION] }],
      });
      if (path === null) return { status: 'cancelled' };
      return opened(await readDocument(path));
    },
    async openForComparison(...args: unknown[]) {
      validate('openForComparison', args);
      const text = context.dialogText();
      const path = await context.dialogs.chooseFileToOpen({
        title: text.compareTitle ?? text.openTitle,
        filters: [{ name: text.contracts, extensions: COMPARABLE_EXTENSIONS }],
      });
      // Read only: the open document, the file Save writes to and the recent list stay as they are.
      // A Word answer comes with its package and origins: Adopt makes it the document round two goes out on.
      return path === null ? { status: 'cancelled' } : readDocument(path);
    },
    async openRecent(...args: unknown[]) {
      const [path] = validate('openRecent', args);
      const entries = await recent.read();
      if (!entries.some((entry) => entry.path === path)) return { status: 'failed', error: { code: 'not-in-recent' } };
      const outcome = await readDocument(path);
      if (outcome.status === 'failed' && outcome.error.code === 'not-found') {
        await recent.write(entries.filter((entry) => entry.path !== path));
      }
      return opened(outcome);
    },
    async listRecent(...args: unknown[]): Promise<readonly RecentFile[]> {
      validate('listRecent', args);
      return recent.read();
    },
    async takeStartupDocument(...args: unknown[]) {
      validate('takeStartupDocument', args);
      const path = startupFile;
      startupFile = null;
      return path === null ? null : opened(await readDocument(path));
    },
    async takeDocumentPart(...args: unknown[]) {
      const [opening, index] = validate('takeDocumentPart', args);
      if (pending?.opening !== opening) return null;
      const part = pending.parts[index] ?? null;
      // Taken once: the host keeps no second copy of a contract the window holds.
      pending.parts[index] = null;
      if (pending.parts.every((left) => left === null)) pending = null;
      return part;
    },
    async getPreferences(...args: unknown[]) {
      validate('getPreferences', args);
      return currentPreferences;
    },
    async setPreferences(...args: unknown[]) {
      const [patch] = validate('setPreferences', args);
      const next = PreferencesSchema.parse({ ...(await currentPreferences), ...patch });
      await preferences.write(next);
      currentPreferences = Promise.resolve(next);
      return next;
    },
    async saveReview(...args: unknown[]) {
      const [review, named] = validate('saveReview', args);
      return reviews.save(withSentContract('saveReview', review, named));
    },
    async saveReviewAs(...args: unknown[]) {
      const [review, named] = validate('saveReviewAs', args);
      return reviews.saveAs(withSentContract('saveReviewAs', review, named));
    },
    async autosave(...args: unknown[]) {
      const [review, named] = validate('autosave', args);
      await reviews.autosave(withSentContract('autosave', review, named));
    },
    async checkRecovery(...args: unknown[]) {
      validate('checkRecovery', args);
      return reviews.check();
    },
    async recover(...args: unknown[]) {
      validate('recover', args);
      return opened(await reviews.recover());
    },
    async discardRecovery(...args: unknown[]) {
      validate('discardRecovery', args);
      await reviews.discard();
    },
    async setDirty(...args: unknown[]) {
      [dirty] = validate('setDirty', args);
    },
    async closeWindow(...args: unknown[]) {
      validate('closeWindow', args);
      context.closeWindow?.();
    },
    async sendContractPart(...args: unknown[]) {
      const [sending, index, part] = validate('sendContractPart', args);
      let parts = sent.get(sending);
      if (!parts) {
        parts = [];
        sent.set(sending, parts);
        // Maps keep the order they were filled in: the first key is the oldest sending.
        if (sent.size > KEPT_SENDINGS) sent.delete(sent.keys().next().value!);
      }
      parts[index] = part;
    },
    async exportDocx(...args: unknown[]) {
      const request = withSentParts(validate('exportDocx', args)[0]);
      const text = context.dialogText();
      const path = await context.dialogs.chooseFileToSave({
        title: text.exportTitle,
        defaultName: safeFileName(request.suggestedName),
        filters: [{ name: text.wordDocument, extensions: ['docx'] }],
      });
      if (path === null) return { status: 'cancelled' };
      return writeDocx(withDocxExtension(path), request, new Date().toISOString());
    },
    async exportReportPdf(...args: unknown[]) {
      const [request] = validate('exportReportPdf', args);
      const print = context.printToPdf;
      if (!print) return { status: 'failed', error: { code: 'print-failed', detail: 'no page to print' } };
      const text = context.dialogText();
      const path = await context.dialogs.chooseFileToSave({
        title: text.reportTitle,
        defaultName: safeFileName(request.suggestedName, 'pdf'),
        filters: [{ name: text.pdfDocument, extensions: ['pdf'] }],
      });
      if (path === null) return { status: 'cancelled' };
      return writeReportPdf(withExtension(path, 'pdf'), print);
    },
  };
}
