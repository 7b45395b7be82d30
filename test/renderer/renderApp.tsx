/** Renders the whole app in jsdom against the real handlers on a temporary data folder. */
import { render, screen, waitFor } from '@testing-library/react';
import { expect, onTestFinished } from 'vitest';
import type { HostApi } from '../../shared/host/hostApi';
import { HOST_GLOBAL } from '../../shared/host/hostApi';
import { App } from '../../renderer/components/App';
import { initI18n } from '../../renderer/i18n';
import { useStore } from '../../renderer/store/store';
import { testHost, type TestHost } from '../support/handlers';
import type { AppCommand } from '../../shared/keyboard/commands';
import type { Author } from '../../shared/review/author';

export interface RenderedApp {
  readonly host: TestHost;
  /** Sends a menu command as the native menu would. */
  command(command: AppCommand): void;
}

const initialState = useStore.getState();

/** A reviewer who is known, so that acting does not first ask who it is. */
export const ANNA: Author = { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' };

/** The app of the running test; its data folder goes when the test ends. */
export async function renderApp(language: 'de' | 'en' = 'en', author: Author | null = null): Promise<RenderedApp> {
  const host = await testHost();
  onTestFinished(() => host.cleanup());
  if (author) await host.handlers.setPreferences({ author });
  const listeners = new Set<(command: AppCommand) => void>();
  const api: HostApi = {
    ...host.handlers,
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  (window as unknown as Record<string, unknown>)[HOST_GLOBAL] = api;
  useStore.setState(initialState, true);
  await initI18n(language);
  render(<App initialLanguage={language} initialAuthor={author} />);
  return { host, command: (command) => listeners.forEach((listener) => listener(command)) };
}

/**
 * The outline once the opened contract is whole and drawn (no longer busy): a document is shown
 * from its first part on, and what reads the whole contract waits for the rest.
 */
export async function findWholeOutline(language: 'de' | 'en' = 'en'): Promise<HTMLElement> {
  const outline = await screen.findByRole('navigation', { name: language === 'en' ? 'Outline' : 'Gliederung' }, { timeout: 10_000 });
  await waitFor(() => expect(outline.getAttribute('aria-busy')).toBe('false'), { timeout: 10_000 });
  return outline;
}
