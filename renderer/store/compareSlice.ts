/**
 * Versions and comparisons in the app: which comparison is on screen and how it is shown,
 * which version is open read-only, which dialog is open. Saving, deleting and restoring a
 * version and adopting a comparison change the review: thin calls into `shared/`, signed
 * with the reviewer's identity, in the undo history like every other edit. Showing a
 * comparison is not an edit.
 */
import type { StateCreator } from 'zustand';
import { adoptComparison, packageOf, answerSide, compareContracts, EXACT, deleteVersion, findVersion, restoreVersion, saveVersion, type CompareOptions, type Comparison, type ComparisonFilter } from '../../shared/compare';
import type { Contract } from '../../shared/contract';
import type { DocumentProperties } from '../../shared/docx';
import { newId, type Review } from '../../shared/review';
import { adoptInBackground, compareInBackground } from '../compute/compareInBackground';
import { host } from '../host';
import { actAsReviewer } from './actAsReviewer';
import type { AppState } from './store';
import { unexpectedError } from '../../shared/host';
import type { ChecklistOverride } from '../../shared/checklist';

/** One side of a comparison: the review as it reads now, one of its versions, or a file. */
export type ComparedSide =
  | { readonly kind: 'current' }
  | { readonly kind: 'version'; readonly id: string }
  /** `properties`: a Word document's core properties, which name and date its untracked edits. */
  | { readonly kind: 'file'; readonly name: string; readonly review: Review; readonly properties?: DocumentProperties };

export interface ActiveComparison {
  readonly old: ComparedSide;
  readonly new: ComparedSide;
  readonly oldContract: Contract;
  readonly newContract: Contract;
  readonly result: Comparison;
  /** The reviewer's own checklist verdicts on each side (a version keeps none). */
  readonly overrides: { readonly old: readonly ChecklistOverride[]; readonly new: readonly ChecklistOverride[] };
}

export type ComparisonLayout = 'inline' | 'side-by-side';

export interface DialogSides {
  readonly old: ComparedSide | null;
  readonly new: ComparedSide | null;
}

export interface CompareSlice {
  readonly comparison: ActiveComparison | null;
  /** A comparison is being made (away from the window, see `compareInBackground`). */
  readonly comparing: boolean;
  /** The comparison on screen is being adopted (away from the window, see `adoptInBackground`). */
  readonly adopting: boolean;
  readonly compareOptions: CompareOptions;
  readonly compareLayout: ComparisonLayout;
  readonly compareFilter: ComparisonFilter;
  /** The key of the change row in focus, for next and previous. */
  readonly compareCurrent: string | null;
  /** Next or previous change asked for from outside the comparison (the menu, a key pressed elsewhere); `serial` tells two requests apart. */
  readonly compareStep: { readonly by: 1 | -1; readonly serial: number } | null;
  /** Keys of folded runs of unchanged rows the reader opened. */
  readonly compareExpanded: ReadonlySet<string>;
  /** The compare dialog, with the sides it starts from (null: a file still to choose); null when closed. */
  readonly compareDialog: DialogSides | null;
  readonly versionsOpen: boolean;
  /** The version open read-only instead of the review, if any. */
  readonly versionView: string | null;
  openCompareDialog(sides?: DialogSides): void;
  closeCompareDialog(): void;
  /** Asks the host for a file to compare with (native dialog); null when cancelled or unreadable. */
  chooseComparisonFile(): Promise<ComparedSide | null>;
  /** Compares and shows the result; a comparison asked for meanwhile wins over this one. */
  compare(old: ComparedSide, next: ComparedSide, options: CompareOptions): Promise<void>;
  closeComparison(): void;
  setCompareLayout(layout: ComparisonLayout): void;
  setCompareFilter(filter: ComparisonFilter): void;
  setCompareCurrent(key: string | null): void;
  requestCompareStep(by: 1 | -1): void;
  expandRun(key: string): void;
  openVersions(): void;
  closeVersions(): void;
  openVersion(id: string | null): void;
  saveVersion(name: string): void;
  deleteVersion(id: string): void;
  restoreVersion(id: string): void;
  /**
   * Adopts the comparison on screen as tracked changes; only a comparison from the current
   * review. A file's revisions and comments keep their authors and dates, and what it did
   * with our changes is decided in its name; `author` is whose the rest is. Resolves true
   * once adopted, false when nothing was (no comparison, no reviewer, a failure shown).
   */
  adoptComparison(author: string): Promise<boolean>;
  /** The adoption under way is not wanted (its dialog closed): its result, when it comes, is dropped. */
  cancelAdoption(): void;
  /** Forgets comparisons and open versions: a new document is on screen. */
  resetComparison(): void;
}

function contractOf(side: ComparedSide, review: Review): Contract | null {
  if (side.kind === 'current') return review.contract;
  if (side.kind === 'version') return findVersion(review, side.id)?.contract ?? null;
  return side.review.contract;
}

function overridesOf(side: ComparedSide, review: Review): readonly ChecklistOverride[] {
  return side.kind === 'current' ? review.checklist : side.kind === 'file' ? side.review.checklist : [];
}

/** The dialog's first suggestion: the latest version against the review now, or the review against a file. */
export function defaultSides(review: Review): DialogSides {
  const latest = review.versions[review.versions.length - 1];
  return latest ? { old: { kind: 'version', id: latest.id }, new: { kind: 'current' } } : { old: { kind: 'current' }, new: null };
}

const CLOSED = {
  comparison: null,
  comparing: false,
  adopting: false,
  compareCurrent: null,
  compareStep: null,
  compareExpanded: new Set<string>(),
  compareDialog: null,
  versionsOpen: false,
  versionView: null,
} as const;

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set, get) => {
  /** Counts comparisons asked for: only the latest one's result is shown. */
  let comparisons = 0;
  /** Counts adoptions asked for and cancelled: only the latest one, not cancelled, is applied. */
  let adoptions = 0;
  /** Runs an edit of the review with the reviewer's identity; nothing happens without both. */

  return {
    ...CLOSED,
    compareOptions: EXACT,
    compareLayout: 'inline',
    compareFilter: 'all',
    openCompareDialog(sides) {
      const review = get().review;
      // A comparison reads the whole contract.
      if (!review || get().receiving) return;
      set({ compareDialog: sides ?? defaultSides(review), versionsOpen: false });
    },
    closeCompareDialog() {
      // Cancelled while comparing: the result, when it comes, is not wanted.
      if (get().comparing) comparisons++;
      set({ compareDialog: null, comparing: false });
    },
    async chooseComparisonFile() {
      try {
        const outcome = await host().openForComparison();
        if (outcome.status === 'opened') {
          const { name, review, properties } = outcome.document;
          return { kind: 'file', name, review, ...(properties ? { properties } : {}) };
        }
        if (outcome.status === 'failed') get().showError(outcome.error);
      } catch (error) {
        get().showError(unexpectedError(error));
      }
      return null;
    },
    async compare(old, next, options) {
      const review = get().review;
      if (!review) return;
      const oldContract = contractOf(old, review);
      const newContract = contractOf(next, review);
      if (!oldContract || !newContract) return;
      const ticket = ++comparisons;
      set({ comparing: true });
      let result: Comparison;
      try {
        result = await compareInBackground(oldContract, newContract, options);
      } catch (error) {
        if (ticket !== comparisons) return;
        set({ comparing: false });
        get().showError(unexpectedError(error));
        return;
      }
      // Another comparison asked for meanwhile, or another document opened: this one is not wanted.
      if (ticket !== comparisons || get().review === null) return;
      set({
        comparing: false,
        comparison: {
          old,
          new: next,
          oldContract,
          newContract,
          result,
          overrides: { old: overridesOf(old, review), new: overridesOf(next, review) },
        },
        compareOptions: options,
        compareCurrent: null,
        compareExpanded: new Set(),
        compareDialog: null,
        versionsOpen: false,
        versionView: null,
        editing: null,
      });
    },
    closeComparison() {
      set({ comparison: null, compareCurrent: null });
    },
    setCompareLayout(compareLayout) {
      set({ compareLayout });
    },
    setCompareFilter(compareFilter) {
      set({ compareFilter, compareCurrent: null });
    },
    requestCompareStep(by) {
      set({ compareStep: { by, serial: (get().compareStep?.serial ?? 0) + 1 } });
    },
    setCompareCurrent(compareCurrent) {
      set({ compareCurrent });
    },
    expandRun(key) {
      set({ compareExpanded: new Set([...get().compareExpanded, key]) });
    },
    openVersions() {
      if (get().review && !get().receiving) set({ versionsOpen: true, compareDialog: null });
    },
    closeVersions() {
      set({ versionsOpen: false });
    },
    openVersion(versionView) {
      set({ versionView, versionsOpen: false, comparison: null, editing: null });
    },
    saveVersion(name) {
      actAsReviewer(get, set, (review, context) => saveVersion(review, name, context).review);
    },
    deleteVersion(id) {
      if (get().versionView === id) set({ versionView: null });
      actAsReviewer(get, set, (review, context) => deleteVersion(review, id, context.now));
    },
    restoreVersion(id) {
      if (actAsReviewer(get, set, (review, context) => restoreVersion(review, id, context))) {
        set({ versionsOpen: false, versionView: null, comparison: null, rightTab: 'changes' });
      }
    },
    async adoptComparison(author) {
      const { comparison, review, author: reviewer } = get();
      const name = author.trim();
      if (!comparison || comparison.old.kind !== 'current' || name === '' || !review || !reviewer || get().adopting) return false;
      // The review may have changed since the comparison was made (an undo): compare what it is now.
      const result = (contract: Contract) => (contract === comparison.oldContract ? comparison.result : compareContracts(contract, comparison.newContract, get().compareOptions));
      const side = comparison.new;
      const now = new Date().toISOString();
      // Their answer: what it tracked is theirs by its own authors; what it did not, `name`'s, at the document's date.
      const context = { author: name, now, ...(side.kind === 'file' ? { their: { date: answerSide(side.review.contract, side.properties, now).date, answer: side.name, ...packageOf(side.review) } } : {}) };
      // Their Word answer's package comes along (above): round two goes out on the document they sent back.
      const ticket = ++adoptions;
      set({ adopting: true });
      let adopted: Review;
      try {
        adopted = await adoptInBackground(review, comparison.newContract, result(review.contract), context);
      } catch (error) {
        if (ticket !== adoptions) return false;
        set({ adopting: false });
        get().showError(unexpectedError(error));
        return false;
      }
      if (ticket !== adoptions) return false;
      // The comparison closed, or another document opened, meanwhile: nothing to adopt into.
      const current = get().review;
      if (get().comparison !== comparison || !current) {
        set({ adopting: false });
        return false;
      }
      // The review changed meanwhile: what it is now is what the comparison is adopted into.
      if (current !== review) adopted = adoptComparison(current, comparison.newContract, result(current.contract), { ...context, newId });
      set({ adopting: false, review: adopted, comparison: null, rightTab: 'changes', changeFilter: { author: side.kind === 'file' ? null : name, sectionId: null } });
      return true;
    },
    cancelAdoption() {
      if (!get().adopting) return;
      adoptions++;
      set({ adopting: false });
    },
    resetComparison() {
      comparisons++;
      adoptions++;
      set({ ...CLOSED, compareExpanded: new Set() });
    },
  };
};
