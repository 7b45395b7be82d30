/**
 * What each command of the menu and its keys does, in one table: the native menu sends a
 * command (`electron/main/menu.ts`), a key press names one (`shared/keyboard`), and both end
 * here. Each command says when a key press of it is the app's and what it does.
 */
import type { AppCommand } from '../../shared/keyboard';
import type { MarkupView } from '../../shared/contract';
import { host } from '../host';
import { takeStartupDocument } from '../startup';
import { redo, undo, useStore, type AppState } from '../store/store';
import { isTextField } from './textField';
import { commentOnSelection, decideCurrentChange, editSelection, focusPane, reviewShowing, setSelectionStatus, showMode, stepChanges } from './reviewCommands';

/** What only the app's frame can do: dialogs it owns, and asking about unsaved work first. */
export interface CommandContext {
  /** Runs `action` now, or after the reviewer saved or discarded what is unsaved. */
  guard(action: () => void): void;
  showAbout(): void;
  showShortcuts(): void;
  showExport(): void;
}

interface CommandHandler {
  /**
   * Whether a key press of the command is for the app now; where not, the key keeps its usual
   * meaning. Decided before `run` acts, which may take a moment.
   */
  readonly applies: (state: AppState) => boolean;
  /** Does what the menu item or its key asks; false where it does not apply now. */
  readonly run: (context: CommandContext) => boolean | Promise<boolean>;
}

const always = () => true;
const outsideReport = (state: AppState) => state.review !== null && !state.reportOpen;
const changesShown = (state: AppState) => state.comparison !== null || reviewShowing(state);

const store = useStore.getState;

/**
 * A command that changes, saves or summarises the review: not while the review holds only the
 * first part of its contract (`receiving`); its key keeps its usual meaning meanwhile.
 */
function onWhole(handler: CommandHandler): CommandHandler {
  return {
    applies: (state) => !state.receiving && handler.applies(state),
    run: (context) => !store().receiving && handler.run(context),
  };
}

/** Does `action` where a review is open; the menu may ask for it when none is. */
function withReview(action: (context: CommandContext) => void): CommandHandler['run'] {
  return (context) => {
    const hasReview = store().review !== null;
    if (hasReview) action(context);
    return hasReview;
  };
}

/** In a text field the field's own undo history answers (the menu sends undo there on macOS). */
function undoing(inField: 'undo' | 'redo', inReview: () => void): CommandHandler['run'] {
  return () => {
    if (isTextField(document.activeElement)) document.execCommand(inField);
    else inReview();
    return true;
  };
}

function markup(view: MarkupView): CommandHandler {
  return {
    applies: reviewShowing,
    run: () => {
      if (!reviewShowing(store())) return false;
      store().setMode('contract');
      store().setMarkupView(view);
      return true;
    },
  };
}

const opening = (request: Parameters<AppState['open']>[0]): CommandHandler => ({
  applies: always,
  run: ({ guard }) => {
    guard(() => void store().open(request));
    return true;
  },
});

export const COMMANDS: Readonly<Record<AppCommand, CommandHandler>> = {
  'open-template': opening(() => host().openTemplate()),
  'open-file': opening(() => host().openFile()),
  'open-startup-document': opening(takeStartupDocument),
  'show-start': {
    applies: always,
    run: ({ guard }) => {
      guard(() => store().closeDocument());
      return true;
    },
  },
  'show-about': {
    applies: always,
    run: ({ showAbout }) => {
      showAbout();
      return true;
    },
  },
  'show-shortcuts': {
    applies: always,
    run: ({ showShortcuts }) => {
      showShortcuts();
      return true;
    },
  },
  save: onWhole({
    applies: always,
    run: () => {
      void store().save();
      return true;
    },
  }),
  'save-as': onWhole({
    applies: always,
    run: () => {
      void store().save(true);
      return true;
    },
  }),
  'save-and-close': onWhole({
    applies: always,
    run: async () => {
      if (await store().save()) await host().closeWindow();
      return true;
    },
  }),
  undo: { applies: always, run: undoing('undo', undo) },
  redo: { applies: always, run: undoing('redo', redo) },
  'export-docx': onWhole({ applies: outsideReport, run: withReview(({ showExport }) => showExport()) }),
  'export-report': onWhole({ applies: outsideReport, run: withReview(() => store().setReportOpen(true)) }),
  compare: onWhole({ applies: outsideReport, run: withReview(() => store().openCompareDialog()) }),
  versions: onWhole({ applies: outsideReport, run: withReview(() => store().openVersions()) }),
  'next-change': { applies: changesShown, run: () => stepChanges(1) },
  'previous-change': { applies: changesShown, run: () => stepChanges(-1) },
  'accept-change': onWhole({ applies: reviewShowing, run: () => decideCurrentChange('accept') }),
  'reject-change': onWhole({ applies: reviewShowing, run: () => decideCurrentChange('reject') }),
  'add-comment': onWhole({ applies: reviewShowing, run: commentOnSelection }),
  'edit-clause': onWhole({ applies: reviewShowing, run: editSelection }),
  'status-open': onWhole({ applies: reviewShowing, run: () => setSelectionStatus('open') }),
  'status-agreed': onWhole({ applies: reviewShowing, run: () => setSelectionStatus('agreed') }),
  'status-disputed': onWhole({ applies: reviewShowing, run: () => setSelectionStatus('disputed') }),
  'status-needs-change': onWhole({ applies: reviewShowing, run: () => setSelectionStatus('needs-change') }),
  'markup-all': markup('all'),
  'markup-simple': markup('simple'),
  'markup-original': markup('original'),
  'markup-final': markup('final'),
  'view-contract': { applies: reviewShowing, run: () => showMode('contract') },
  'view-matrix': onWhole({ applies: reviewShowing, run: () => showMode('matrix') }),
  'view-checklist': onWhole({ applies: reviewShowing, run: () => showMode('checklist') }),
  'next-pane': { applies: outsideReport, run: () => focusPane(1) },
  'previous-pane': { applies: outsideReport, run: () => focusPane(-1) },
};
