/**
 * The choices of an export. Safe by default: a redline without internal notes, document
 * properties with nothing but the chosen author and title, the document's own words in the
 * contract's language.
 */
import type { ChecklistItemId, ChecklistStatus } from '../../checklist';
import type { Contract, Language } from '../../contract';

export type ExportMode = 'redline' | 'clean';
export type TomLayout = 'text' | 'table';

/**
 * The Art. 28 checklist as the cover page shows it: each item's status that counts. The
 * checklist itself is built elsewhere; the titles are written in the document's language.
 */
export interface ChecklistSummary {
  readonly items: readonly { readonly id: ChecklistItemId; readonly status: ChecklistStatus }[];
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
  /**
   * The language of the words the export adds of its own (cover page, checklist titles, table
   * headers, the mark of an internal note): one language for the whole document. Absent: the
   * contract's.
   */
  readonly language?: Language;
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

/** The language the export writes its own words in. */
export function documentLanguage(contract: Pick<Contract, 'language'>, options: Pick<DocxExportOptions, 'language'>): Language {
  return options.language ?? contract.language;
}
