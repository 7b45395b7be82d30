import './requestStartup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { initI18n, languageFor } from './i18n';
import { formatNumber } from '../shared/text';
import { takePreferences } from './startup';
import './styles/app.css';

async function boot(): Promise<void> {
  const preferences = await takePreferences();
  const language = languageFor(preferences.language);
  await initI18n(language);
  // A page's first number formatter loads its locale's data (about 30 ms here): made while the
  // page waits for its document, not in the document's first render.
  window.requestIdleCallback?.(() => formatNumber(0, language));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App initialLanguage={preferences.language} initialAuthor={preferences.author} />
    </StrictMode>,
  );
}

void boot();
