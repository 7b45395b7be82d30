import { useEffect, useState } from 'react';
import type { AppCommand } from '../../shared/host/hostApi';
import type { Preferences } from '../../shared/host/preferences';
import { host } from '../host';
import { useStore } from '../store/store';
import { AboutDialog } from './AboutDialog';
import { ErrorBanner } from './ErrorBanner';
import { ExportDialog } from './ExportDialog';
import { ImportNotice } from './ImportNotice';
import { StartScreen } from './StartScreen';
import { Workspace } from './Workspace';

const loadAuthor = () => host().getPreferences().then((preferences) => preferences.author?.name ?? '');

export function App({ initialLanguage }: { readonly initialLanguage: Preferences['language'] }) {
  const document = useStore((state) => state.document);
  const open = useStore((state) => state.open);
  const closeDocument = useStore((state) => state.closeDocument);
  const [language, setLanguage] = useState(initialLanguage);
  const [about, setAbout] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [noticeFor, setNoticeFor] = useState<unknown>(null);

  useEffect(() => {
    void open(() => host().takeStartupDocument());
    const handle = (command: AppCommand) => {
      switch (command) {
        case 'open-template':
          return void open(() => host().openTemplate());
        case 'open-file':
          return void open(() => host().openFile());
        case 'open-startup-document':
          return void open(() => host().takeStartupDocument());
        case 'show-start':
          return closeDocument();
        case 'show-about':
          return setAbout(true);
        case 'export-docx':
          return setExporting(true);
      }
    };
    return host().onCommand(handle);
  }, [open, closeDocument]);

  useEffect(() => {
    window.document.title = document ? `${document.contract.title} – Clausemark` : 'Clausemark';
  }, [document]);

  return (
    <>
      <ErrorBanner />
      {document?.warnings && noticeFor !== document && <ImportNotice warnings={document.warnings} onDismiss={() => setNoticeFor(document)} />}
      {document ? (
        <Workspace language={language} onLanguageChange={setLanguage} onExport={() => setExporting(true)} />
      ) : (
        <StartScreen language={language} onLanguageChange={setLanguage} />
      )}
      {about && <AboutDialog onClose={() => setAbout(false)} />}
      {exporting && document && (
        <ExportDialog
          contract={document.contract}
          documentName={document.name}
          loadAuthor={loadAuthor}
          onExport={(request) => host().exportDocx(request)}
          onClose={() => setExporting(false)}
        />
      )}
    </>
  );
}
