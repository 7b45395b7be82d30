/**
 * The choices of an export. Safe by default: a redline without internal notes, document
 * properties with nothing but the chosen author and title.
 */
import type { ChecklistStatus } from '../../review/model';

export type ExportMode = 'redline' | 'clean';
export type TomLayout = 'text' | 'table';

/** The Art. 28 checklist as the cover page shows it: the checklist itself is built elsewhere. */
export interface ChecklistSummary {
  readonly items: readonly { readonly id: string; readonly title: string; readonly status: ChecklistStatus }[];
}

export interface DocxExportOptions {
  /** `redline`: every pending change as a Word revision and the comments; `clean`: all accepted, no comments. */
  readonly mode: ExportMode;
  /** Internal notes are for one's own side and stay out unless asked for. */
  readonly includeInternal: boolean;
  readonly tomLayout: TomLayout;
  readonly coverPage: boolean;
  /** Written as the document's author (`dc:creator`, `cp:lastModifiedBy`); empty writes none. */
  readonly author: string;
  /** The document's title property; empty takes the contract's title. */
  readonly title: string;
  /** ISO time of the export: the cover page's date, and the date of a change that has none. */
  readonly now: string;
}

export const DEFAULT_EXPORT_OPTIONS: Omit<DocxExportOptions, 'now'> = {
  mode: 'redline',
  includeInternal: false,
  tomLayout: 'text',
  coverPage: false,
  author: '',
  title: '',
};
