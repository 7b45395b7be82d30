import './requestStartup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { initI18n, languageFor } from './i18n';
import { takePreferences } from './startup';
import './styles/app.css';

async function boot(): Promise<void> {
  const preferences = await takePreferences();
  await initI18n(languageFor(preferences.language));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App initialLanguage={preferences.language} initialAuthor={preferences.author} />
    </StrictMode>,
  );
}

void boot();
