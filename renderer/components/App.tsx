import { useCallback, useEffect, useState } from 'react';
import { AppCommandSchema } from '../../shared/host/hostSchemas';
import { shortcutOf } from '../../shared/keyboard';
import type { MarkupView } from '../../shared/contract/numbering';
import type { Preferences } from '../../shared/host/preferences';
import { host } from '../host';
import { keepFocus } from '../focus';
import { platform } from '../keyboard';
import { commentOnSelection, decideCurrentChange, editSelection, focusPane, reviewShowing, setSelectionStatus, showMode, stepChanges } from '../store/reviewCommands';
import { isDirty } from '../store/documentSlice';
import { redo, undo, useStore } from '../store/store';
import { AboutDialog } from './AboutDialog';
import { ErrorBanner } from './ErrorBanner';
import { IdentityDialog } from './IdentityDialog';
import { ExportReview } from './ExportReview';
import { ImportNotice } from './ImportNotice';
import { ReportView } from './report/ReportView';
import { ShortcutsDialog } from './ShortcutsDialog';
import { StartScreen } from './StartScreen';
import { UnsavedDialog } from './UnsavedDialog';
import { Workspace } from './Workspace';
import { takeStartupDocument } from '../startup';
import { TooltipLayer } from './tooltip/TooltipLayer';
import type { AppCommand } from '../../shared/keyboard/commands';

/** Autosave after this much quiet time following an edit. */
const AUTOSAVE_IDLE_MS = 3000;

/**
 * Whether a key press of `command` is for the app now; where not, the key keeps its usual
 * meaning. Decided before `run` acts, which may take a moment.
 */
function applies(command: AppCommand): boolean {
  const state = useStore.getState();
  switch (command) {
    case 'export-docx':
    case 'export-report':
    case 'compare':
    case 'versions':
      return state.review !== null && !state.reportOpen;
    case 'next-change':
    case 'previous-change':
      return state.comparison !== null || reviewShowing(state);
    case 'next-pane':
    case 'previous-pane':
      return state.review !== null && !state.reportOpen;
    case 'open-template':
    case 'open-file':
    case 'open-startup-document':
    case 'show-start':
    case 'show-about':
    case 'show-shortcuts':
    case 'save':
    case 'save-as':
    case 'save-and-close':
    case 'undo':
    case 'redo':
      return true;
    default:
      return reviewShowing(state);
  }
}

function isTextField(element: Element | null): boolean {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type !== 'radio' && element.type !== 'checkbox') || (element as HTMLElement | null)?.isContentEditable === true;
}

export function App({ initialLanguage, initialAuthor = null }: { readonly initialLanguage: Preferences['language']; readonly initialAuthor?: Preferences['author'] }) {
  const hasDocument = useStore((state) => state.document !== null);
  const title = useStore((state) => state.review?.contract.title ?? null);
  const dirty = useStore(isDirty);
  const review = useStore((state) => state.review);
  const identityPending = useStore((state) => state.identityPending !== null);
  const [language, setLanguage] = useState(initialLanguage);
  const [about, setAbout] = useState(false);
  const [guarded, setGuarded] = useState<(() => void) | null>(null);
  const [exporting, setExporting] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);
  const reporting = useStore((state) => state.reportOpen && state.review !== null);
  const warnings = useStore((state) => state.document?.warnings ?? null);
  const dismissWarnings = useStore((state) => state.dismissWarnings);

  useEffect(() => {
    if (initialAuthor) useStore.getState().setAuthor(initialAuthor);
  }, [initialAuthor]);

  useEffect(() => keepFocus(), []);

  /** Runs `action` now, or after the reviewer saved or discarded what is unsaved. */
  const guard = useCallback((action: () => void) => {
    if (isDirty(useStore.getState())) setGuarded(() => action);
    else action();
  }, []);

  const onGuardChoice = async (choice: 'save' | 'discard' | 'cancel') => {
    const action = guarded;
    setGuarded(null);
    if (!action || choice === 'cancel') return;
    if (choice === 'save' && !(await useStore.getState().save())) return;
    if (choice === 'discard') await host().discardRecovery();
    action();
  };

  /** Does what a menu item or its key asks; false where it does not apply now (the key then keeps its usual meaning). */
  const run = useCallback(
    async (command: AppCommand): Promise<boolean> => {
      const store = useStore.getState;
      const hasReview = store().review !== null;
      switch (command) {
        case 'open-template':
          guard(() => void store().open(() => host().openTemplate()));
          return true;
        case 'open-file':
          guard(() => void store().open(() => host().openFile()));
          return true;
        case 'open-startup-document':
          guard(() => void store().open(takeStartupDocument));
          return true;
        case 'show-start':
          guard(() => store().closeDocument());
          return true;
        case 'show-about':
          setAbout(true);
          return true;
        case 'show-shortcuts':
          setShortcuts(true);
          return true;
        case 'save':
          void store().save();
          return true;
        case 'save-as':
          void store().save(true);
          return true;
        case 'save-and-close':
          if (await store().save()) await host().closeWindow();
          return true;
        case 'undo':
          if (isTextField(document.activeElement)) document.execCommand('undo');
          else undo();
          return true;
        case 'redo':
          if (isTextField(document.activeElement)) document.execCommand('redo');
          else redo();
          return true;
        case 'export-docx':
          if (hasReview) setExporting(true);
          return hasReview;
        case 'export-report':
          if (hasReview) store().setReportOpen(true);
          return hasReview;
        case 'compare':
          if (hasReview) store().openCompareDialog();
          return hasReview;
        case 'versions':
          if (hasReview) store().openVersions();
          return hasReview;
        case 'next-change':
          return stepChanges(1);
        case 'previous-change':
          return stepChanges(-1);
        case 'accept-change':
          return decideCurrentChange('accept');
        case 'reject-change':
          return decideCurrentChange('reject');
        case 'add-comment':
          return commentOnSelection();
        case 'edit-clause':
          return editSelection();
        case 'status-open':
          return setSelectionStatus('open');
        case 'status-agreed':
          return setSelectionStatus('agreed');
        case 'status-disputed':
          return setSelectionStatus('disputed');
        case 'status-needs-change':
          return setSelectionStatus('needs-change');
        case 'markup-all':
        case 'markup-simple':
        case 'markup-original':
        case 'markup-final':
          if (!reviewShowing(store())) return false;
          store().setMode('contract');
          store().setMarkupView(command.slice('markup-'.length) as MarkupView);
          return true;
        case 'view-contract':
          return showMode('contract');
        case 'view-matrix':
          return showMode('matrix');
        case 'view-checklist':
          return showMode('checklist');
        case 'next-pane':
          return focusPane(1);
        case 'previous-pane':
          return focusPane(-1);
      }
    },
    [guard],
  );

  useEffect(() => {
    void useStore.getState().open(takeStartupDocument);
    // The host is trusted, but a command the UI does not know is dropped, not guessed at.
    return host().onCommand((command) => {
      if (AppCommandSchema.safeParse(command).success) void run(command);
    });
  }, [run]);

  // The menu's keys, answered by the page itself, so they work the same where there is no
  // native menu; the native menu only shows them (electron/main/menu.ts).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = shortcutOf(event, platform());
      if (!shortcut?.command) return;
      // Typing keeps its keys (Alt+↓ in an editor, ↑ in a list box); so does a dialog in front.
      const busy = isTextField(document.activeElement) || document.activeElement instanceof HTMLSelectElement || document.querySelector('[aria-modal="true"], dialog[open]') !== null;
      if (busy && !shortcut.whileTyping) return;
      const command = shortcut.command;
      // Decide synchronously whether the key is ours; what it does may take a moment.
      if (!applies(command)) return;
      event.preventDefault();
      void run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  useEffect(() => {
    window.document.title = title ? `${dirty ? '• ' : ''}${title} – Clausemark` : 'Clausemark';
    void host().setDirty(dirty);
  }, [title, dirty]);

  // Autosave to the data folder a few seconds after the last edit.
  useEffect(() => {
    if (!review || !dirty) return;
    const timer = setTimeout(() => void host().autosave(review).catch(() => undefined), AUTOSAVE_IDLE_MS);
    return () => clearTimeout(timer);
  }, [review, dirty]);

  return (
    <>
      <ErrorBanner />
      {warnings && <ImportNotice warnings={warnings} onDismiss={dismissWarnings} />}
      {hasDocument && reporting ? (
        <ReportView onClose={() => useStore.getState().setReportOpen(false)} />
      ) : hasDocument ? (
        <Workspace
          language={language}
          onLanguageChange={setLanguage}
          onClose={() => guard(() => useStore.getState().closeDocument())}
          onExport={() => setExporting(true)}
          onShortcuts={() => setShortcuts(true)}
        />
      ) : (
        <StartScreen language={language} onLanguageChange={setLanguage} />
      )}
      {about && <AboutDialog onClose={() => setAbout(false)} />}
      {shortcuts && <ShortcutsDialog onClose={() => setShortcuts(false)} />}
      {exporting && review && <ExportReview onClose={() => setExporting(false)} />}
      {identityPending && <IdentityDialog />}
      {guarded && <UnsavedDialog onChoice={(choice) => void onGuardChoice(choice)} />}
      <TooltipLayer />
    </>
  );
}
