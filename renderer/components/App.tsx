import { useCallback, useEffect, useState } from 'react';
import type { AppCommand } from '../../shared/host/hostApi';
import type { Preferences } from '../../shared/host/preferences';
import { host } from '../host';
import { isDirty } from '../store/documentSlice';
import { redo, undo, useStore } from '../store/store';
import { AboutDialog } from './AboutDialog';
import { ErrorBanner } from './ErrorBanner';
import { IdentityDialog } from './IdentityDialog';
import { ExportReview } from './ExportReview';
import { ImportNotice } from './ImportNotice';
import { StartScreen } from './StartScreen';
import { UnsavedDialog } from './UnsavedDialog';
import { Workspace } from './Workspace';

/** Autosave after this much quiet time following an edit. */
const AUTOSAVE_IDLE_MS = 3000;

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
  const warnings = useStore((state) => state.document?.warnings ?? null);
  const dismissWarnings = useStore((state) => state.dismissWarnings);

  useEffect(() => {
    if (initialAuthor) useStore.getState().setAuthor(initialAuthor);
  }, [initialAuthor]);

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

  useEffect(() => {
    const store = useStore.getState;
    void store().open(() => host().takeStartupDocument());
    const handle = async (command: AppCommand) => {
      switch (command) {
        case 'open-template':
          return guard(() => void store().open(() => host().openTemplate()));
        case 'open-file':
          return guard(() => void store().open(() => host().openFile()));
        case 'open-startup-document':
          return guard(() => void store().open(() => host().takeStartupDocument()));
        case 'show-start':
          return guard(() => store().closeDocument());
        case 'show-about':
          return setAbout(true);
        case 'save':
          return void store().save();
        case 'save-as':
          return void store().save(true);
        case 'save-and-close':
          if (await store().save()) await host().closeWindow();
          return;
        case 'undo':
          if (isTextField(document.activeElement)) document.execCommand('undo');
          else undo();
          return;
        case 'redo':
          if (isTextField(document.activeElement)) document.execCommand('redo');
          else redo();
          return;
        case 'export-docx':
          return setExporting(true);
        case 'compare':
          return store().openCompareDialog();
        case 'versions':
          return store().openVersions();
      }
    };
    return host().onCommand((command) => void handle(command));
  }, [guard]);

  // Keyboard shortcuts in the page (the native menu sends the same commands in the app).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        void useStore.getState().save(event.shiftKey);
      } else if (key === 'e' && useStore.getState().review) {
        event.preventDefault();
        setExporting(true);
      } else if (!isTextField(document.activeElement) && (key === 'z' || key === 'y')) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) redo();
        else undo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

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
      {hasDocument ? (
        <Workspace
          language={language}
          onLanguageChange={setLanguage}
          onClose={() => guard(() => useStore.getState().closeDocument())}
          onExport={() => setExporting(true)}
        />
      ) : (
        <StartScreen language={language} onLanguageChange={setLanguage} />
      )}
      {about && <AboutDialog onClose={() => setAbout(false)} />}
      {exporting && review && <ExportReview onClose={() => setExporting(false)} />}
      {identityPending && <IdentityDialog />}
      {guarded && <UnsavedDialog onChoice={(choice) => void onGuardChoice(choice)} />}
    </>
  );
}
