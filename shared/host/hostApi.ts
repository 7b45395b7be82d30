/**
 * The one contract between the UI and the host: every call the renderer may make of the
 * Electron main process. The preload implements it over named IPC channels; the main
 * process registers one handler per method; end-to-end tests expose the same handlers to
 * a real Chromium. Data crossing it is plain JSON; inputs are validated by the schemas in
 * `hostSchemas.ts` on the host side.
 */
import type { Review } from '../review';
import type { ContractPart, SentParts } from '../contract';
import type { DocumentProperties, ImportWarning } from '../docx';
import type { DocumentKind, HostError, ExportRequest } from '../documents';
import type { AppCommand } from '../keyboard';
import type { Preferences, PreferencesPatch } from './preferences';

export interface OpenedDocument {
  /** What the title bar shows: the file name, or the template's name. */
  readonly name: string;
  /** Absolute path of the opened file; null for the built-in template. */
  readonly path: string | null;
  readonly kind: DocumentKind;
  /**
   * The review: loaded from a `.clausemark` file, or new for a contract. Where `parts` is
   * given, its contract's sections and measures are not here but in those parts.
   */
  readonly review: Review;
  /**
   * The contract's sections and measures, to take one by one with `takeDocumentPart`: one
   * message with all of them would hold the window while it is received.
   */
  readonly parts?: DocumentParts;
  /** True when the review lives in a `.clausemark` file that Save writes back to. */
  readonly savedAsReview: boolean;
  /** What an import could not carry over as it was (a DOCX's changes in headings, comments on headings). */
  readonly warnings?: readonly ImportWarning[];
  /** A Word document's core properties: who saved it last, and when (round two names and dates their untracked edits by them). */
  readonly properties?: DocumentProperties;
}

/** Which opening the parts belong to (a later one replaces them), and how many there are. */
export interface DocumentParts {
  readonly opening: number;
  readonly count: number;
}

export type OpenOutcome =
  | { readonly status: 'opened'; readonly document: OpenedDocument }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: HostError };

export type SaveOutcome =
  | { readonly status: 'saved'; readonly name: string; readonly path: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: HostError };

/** An autosaved review newer than its file: what a crash or a forced quit left behind. */
export interface Recovery {
  readonly name: string;
  readonly savedAt: string;
}

export interface RecentFile {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
}

export type ExportOutcome =
  | { readonly status: 'saved'; readonly name: string; readonly bytes: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: HostError };

/** The review report as a PDF: the page as it is printed now, saved where the native dialog says. */
export interface ReportRequest {
  /** The file name the save dialog proposes (`AVV Muster GmbH – review report.pdf`). */
  readonly suggestedName: string;
}

export type ReportOutcome = ExportOutcome;

export interface HostApi {
  openTemplate(): Promise<OpenOutcome>;
  /** Shows the native open dialog. */
  openFile(): Promise<OpenOutcome>;
  /**
   * Shows the native open dialog and reads the chosen file to compare the review with; the
   * file does not become the open document.
   */
  openForComparison(): Promise<OpenOutcome>;
  /** Opens a file from the recent list; any other path is refused. */
  openRecent(path: string): Promise<OpenOutcome>;
  listRecent(): Promise<readonly RecentFile[]>;
  /** The file given on the command line or by a second launch, once. */
  takeStartupDocument(): Promise<OpenOutcome | null>;
  /** Part `index` of the document the host opened last (`OpenedDocument.parts`); null once another was opened. */
  takeDocumentPart(opening: number, index: number): Promise<ContractPart | null>;
  getPreferences(): Promise<Preferences>;
  setPreferences(patch: PreferencesPatch): Promise<Preferences>;
  /**
   * Saves to the review's own file, or asks where (native dialog) when it has none. With
   * `parts`, as for `autosave`, the contract's sections and measures were sent before.
   */
  saveReview(review: Review, parts?: SentParts): Promise<SaveOutcome>;
  /** Always asks where to save (native dialog). */
  saveReviewAs(review: Review, parts?: SentParts): Promise<SaveOutcome>;
  /**
   * Keeps a copy in the app's data folder, offered back after a crash. With `parts`, the
   * review's contract is the head and its sections and measures are the parts sent before.
   */
  autosave(review: Review, parts?: SentParts): Promise<void>;
  checkRecovery(): Promise<Recovery | null>;
  recover(): Promise<OpenOutcome>;
  discardRecovery(): Promise<void>;
  /** Tells the host whether there are unsaved changes, so closing the window can ask. */
  setDirty(dirty: boolean): Promise<void>;
  /** Closes the window once the UI has saved or discarded what was unsaved. */
  closeWindow(): Promise<void>;
  /**
   * Part `index` of the contract an export or an autosave will name by `sending`
   * (`SentParts`): a long contract crosses to the host in parts, each cloned in a task of its
   * own, instead of in one message that holds the window. The parts of a few sendings are
   * kept apart (an autosave's may cross an export's), each until its request takes them.
   */
  sendContractPart(sending: number, index: number, part: ContractPart): Promise<void>;
  /**
   * Writes the contract as a DOCX where the native save dialog says; an existing file is
   * replaced only by a complete new one. With `parts`, the request's contract is the head and
   * its sections and measures are the parts sent before (`sendContractPart`).
   */
  exportDocx(request: ExportRequest): Promise<ExportOutcome>;
  /**
   * Prints the page (the review report the UI shows) to a PDF and writes it where the native
   * save dialog says; an existing file is replaced only by a complete new one.
   */
  exportReportPdf(request: ReportRequest): Promise<ReportOutcome>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}

/** The request/response methods, in one list for preload, main and tests. */
export const HOST_METHODS = [
  'openTemplate',
  'openFile',
  'openForComparison',
  'openRecent',
  'listRecent',
  'takeStartupDocument',
  'takeDocumentPart',
  'getPreferences',
  'setPreferences',
  'saveReview',
  'saveReviewAs',
  'autosave',
  'checkRecovery',
  'recover',
  'discardRecovery',
  'setDirty',
  'closeWindow',
  'sendContractPart',
  'exportDocx',
  'exportReportPdf',
] as const satisfies readonly (keyof HostApi)[];

export type HostMethod = (typeof HOST_METHODS)[number];

export type HostHandlers = Pick<HostApi, HostMethod>;

export function channelOf(method: HostMethod): string {
  return `clausemark:${method}`;
}

export const COMMAND_CHANNEL = 'clausemark:command';

/** The name under which preload exposes the API on `window`. */
export const HOST_GLOBAL = 'clausemark';
