import { useCallback, useEffect, useState } from 'react';
import { AppCommandSchema, type Preferences } from '../../shared/host';
import { shortcutOf, type AppCommand } from '../../shared/keyboard';
import { host } from '../host';
import { autosaveInParts } from '../sendInParts';
import { focusReader, keepFocus } from '../focus';
import { platform } from '../keyboard';
import { COMMANDS } from '../commands/commandTable';
import { isTextField } from '../commands/textField';
import { isDirty } from '../store/documentSlice';
import { useStore } from '../store/store';
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

/** Autosave after this much quiet time following an edit. */
const AUTOSAVE_IDLE_MS = 3000;

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

  // The start screen's button, or whatever had the focus in the last document, is gone.
  const opened = useStore((state) => state.opened);
  useEffect(() => {
    if (opened > 0) focusReader();
  }, [opened]);

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

  /** Does what a menu item or its key asks (`commandTable.ts`). */
  const run = useCallback(
    (command: AppCommand) =>
      void COMMANDS[command].run({ guard, showAbout: () => setAbout(true), showShortcuts: () => setShortcuts(true), showExport: () => setExporting(true) }),
    [guard],
  );

  useEffect(() => {
    void useStore.getState().open(takeStartupDocument);
    // The host is trusted, but a command the UI does not know is dropped, not guessed at.
    return host().onCommand((command) => {
      if (AppCommandSchema.safeParse(command).success) run(command);
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
      if (!COMMANDS[command].applies(useStore.getState())) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  useEffect(() => {
    window.document.title = title ? `${dirty ? '• ' : ''}${title} – Clausemark` : 'Clausemark';
    void host().setDirty(dirty);
  }, [title, dirty]);

  // Autosave to the data folder a few seconds after the last edit, the contract in parts.
  useEffect(() => {
    if (!review || !dirty) return;
    const timer = setTimeout(() => void autosaveInParts(review).catch(() => undefined), AUTOSAVE_IDLE_MS);
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
