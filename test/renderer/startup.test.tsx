import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_GLOBAL, type HostApi } from '../../shared/host/hostApi';
import { App } from '../../renderer/components/App';
import { initI18n } from '../../renderer/i18n';
import { requestStartup, takePreferences, takeStartupDocument } from '../../renderer/startup';
import { useStore } from '../../renderer/store/store';
import { TEMPLATE_PATH } from '../support/files';
import { testHost, type TestHost } from '../support/handlers';

const initialState = useStore.getState();
let host: TestHost | null = null;

afterEach(async () => {
  await host?.cleanup();
  host = null;
});

describe('the document named when the app started', () => {
  it('is asked for before the app renders, opened from that answer, and asked for anew when the host names another', async () => {
    host = await testHost();
    const handlers = host.handlers;
    handlers.setStartupFile(TEMPLATE_PATH);
    let asked = 0;
    const listeners = new Set<(command: 'open-startup-document') => void>();
    const api: HostApi = {
      ...handlers,
      takeStartupDocument: () => {
        asked++;
        return handlers.takeStartupDocument();
      },
      onCommand(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    (window as unknown as Record<string, unknown>)[HOST_GLOBAL] = api;
    useStore.setState(initialState, true);

    requestStartup();
    expect(asked).toBe(1);
    await initI18n('en');
    render(<App initialLanguage="en" initialAuthor={null} />);
    await screen.findByRole('navigation', { name: 'Outline' });
    expect(useStore.getState().document?.name).toBe('avv-template.txt');
    expect(asked).toBe(1);

    handlers.setStartupFile(TEMPLATE_PATH.replace(/avv-template\.txt$/u, 'missing.txt'));
    listeners.forEach((listener) => listener('open-startup-document'));
    expect(asked).toBe(2);
    expect((await screen.findByRole('alert')).textContent).toContain('missing.txt');
  });

  it('asks for the preferences before the document, and each answer is taken without asking again', async () => {
    host = await testHost();
    const handlers = host.handlers;
    await handlers.setPreferences({ language: 'de' });
    handlers.setStartupFile(TEMPLATE_PATH);
    const asked: string[] = [];
    const api: HostApi = {
      ...handlers,
      getPreferences: () => {
        asked.push('preferences');
        return handlers.getPreferences();
      },
      takeStartupDocument: () => {
        asked.push('document');
        return handlers.takeStartupDocument();
      },
      onCommand: () => () => undefined,
    };
    (window as unknown as Record<string, unknown>)[HOST_GLOBAL] = api;

    requestStartup();
    expect(asked).toEqual(['preferences', 'document']);
    expect((await takePreferences()).language).toBe('de');
    const outcome = await takeStartupDocument();
    expect(outcome?.status === 'opened' && outcome.document.name).toBe('avv-template.txt');
    expect(asked).toEqual(['preferences', 'document']);
    // Later calls ask the host.
    await takePreferences();
    expect(asked).toEqual(['preferences', 'document', 'preferences']);
  });
});
