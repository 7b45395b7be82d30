/**
 * The main process as built (`dist/main/main.cjs`), loaded under plain Node against a
 * recording stand-in for the `electron` module: Electron's security checklist, checked in
 * the code that ships, without needing Electron's binary.
 */
import Module from 'node:module';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/host/contentSecurityPolicy';
import { HOST_METHODS, channelOf } from '../../shared/host/hostApi';

const MAIN = resolve(import.meta.dirname, '../../dist/main/main.cjs');
type Listener = (...args: unknown[]) => unknown;

interface Recorded {
  privileged: unknown[];
  protocolHandler: ((request: Request) => Promise<Response>) | null;
  windows: { options: Record<string, unknown>; url: string | null }[];
  appEvents: Map<string, Listener>;
  ipc: Map<string, Listener>;
  beforeRequest: Listener | null;
  headersReceived: Listener | null;
  permissionRequest: Listener | null;
  permissionCheck: Listener | null;
}

const recorded: Recorded = {
  privileged: [],
  protocolHandler: null,
  windows: [],
  appEvents: new Map(),
  ipc: new Map(),
  beforeRequest: null,
  headersReceived: null,
  permissionRequest: null,
  permissionCheck: null,
};
let userData: string;

function fakeWebContents() {
  const events = new Map<string, Listener>();
  let windowOpen: Listener | null = null;
  return {
    events,
    windowOpen: () => windowOpen,
    on: (event: string, listener: Listener) => events.set(event, listener),
    send: () => undefined,
    setWindowOpenHandler: (handler: Listener) => {
      windowOpen = handler;
    },
  };
}

function fakeElectron() {
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    webContents = fakeWebContents();
    constructor(readonly options: Record<string, unknown>) {
      BrowserWindow.all.push(this);
      recorded.windows.push({ options, url: null });
    }
    static getAllWindows() {
      return BrowserWindow.all;
    }
    on() {}
    once() {}
    maximize() {}
    isDestroyed() {
      return false;
    }
    async loadURL(url: string) {
      recorded.windows[recorded.windows.length - 1]!.url = url;
    }
  }
  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => recorded.appEvents.set(event, listener),
      whenReady: () => Promise.resolve(),
      getPath: () => userData,
      getLocale: () => 'en-GB',
      quit: () => undefined,
    },
    BrowserWindow,
    dialog: {},
    ipcMain: { handle: (channel: string, listener: Listener) => recorded.ipc.set(channel, listener) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privileged.push(...schemes),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        recorded.protocolHandler = handler;
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        webRequest: {
          onBeforeRequest: (listener: Listener) => {
            recorded.beforeRequest = listener;
          },
          onHeadersReceived: (listener: Listener) => {
            recorded.headersReceived = listener;
          },
        },
        setPermissionRequestHandler: (listener: Listener) => {
          recorded.permissionRequest = listener;
        },
        setPermissionCheckHandler: (listener: Listener) => {
          recorded.permissionCheck = listener;
        },
        setSpellCheckerEnabled: () => undefined,
      },
    },
  };
}

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error('dist/main/main.cjs is missing: run `npm run build` first (npm test does).');
  userData = await mkdtemp(join(tmpdir(), 'clausemark-main-'));
  const electron = fakeElectron();
  const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = moduleWithLoad._load;
  moduleWithLoad._load = (request, ...rest) => (request === 'electron' ? electron : original(request, ...rest));
  try {
    Module.createRequire(import.meta.url)(MAIN);
    // Let `app.whenReady().then(…)` run to the window.
    for (let i = 0; i < 50 && recorded.windows.length === 0; i++) await new Promise((done) => setTimeout(done, 10));
  } finally {
    moduleWithLoad._load = original;
  }
});

afterAll(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('the main process', () => {
  it('opens one window: context isolation, sandbox, no Node, no webview, the preload bundle, the app scheme', () => {
    expect(recorded.windows).toHaveLength(1);
    const { options, url } = recorded.windows[0]!;
    expect(options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: expect.stringMatching(/preload[\\/]preload\.cjs$/u),
    });
    expect(url).toBe('app://clausemark/index.html');
  });

  it('registers the app scheme as standard and secure', () => {
    expect(recorded.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
  });

  it('serves the renderer with the Content-Security-Policy and nothing outside it', async () => {
    const handler = recorded.protocolHandler!;
    const page = await handler(new Request('app://clausemark/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler(new Request('app://clausemark/../../package.json'))).status).toBe(404);
    expect((await handler(new Request('app://clausemark/%2e%2e/%2e%2e/package.json'))).status).toBe(404);
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('cancels every request that is not the app’s own, and denies every permission', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      recorded.beforeRequest!({ url }, (response: { cancel: boolean }) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://clausemark/assets/index.js')).toBe(false);
    expect(decide('https://example.com/')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    let granted: boolean | undefined;
    recorded.permissionRequest!({}, 'media', (allow: boolean) => (granted = allow));
    expect(granted).toBe(false);
    expect(recorded.permissionCheck!()).toBe(false);
    let headers: Record<string, string[]> = {};
    recorded.headersReceived!({ responseHeaders: {} }, (response: { responseHeaders: Record<string, string[]> }) => (headers = response.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('denies navigation, new windows and webviews in every web contents', () => {
    const created = recorded.appEvents.get('web-contents-created')!;
    const contents = fakeWebContents();
    created({}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents.events.get(event)!({ preventDefault: () => (prevented = true) });
      expect(prevented, event).toBe(true);
    }
    expect(contents.windowOpen()!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('answers IPC only for the app’s own top frame and validates every argument', async () => {
    expect([...recorded.ipc.keys()].sort()).toEqual(HOST_METHODS.map(channelOf).sort());
    const listRecent = recorded.ipc.get(channelOf('listRecent'))!;
    const own = { senderFrame: { url: 'app://clausemark/index.html', parent: null } };
    expect(await listRecent(own)).toEqual([]);
    await expect(listRecent({ senderFrame: { url: 'https://evil.example/', parent: null } })).rejects.toThrow(/untrusted sender/u);
    await expect(listRecent({ senderFrame: { url: 'app://clausemark/index.html', parent: {} } })).rejects.toThrow(/untrusted sender/u);
    await expect(listRecent({ senderFrame: null })).rejects.toThrow(/untrusted sender/u);
    const openRecent = recorded.ipc.get(channelOf('openRecent'))!;
    await expect(openRecent(own, { path: '/etc/passwd' })).rejects.toThrow(/invalid arguments/u);
    expect(await openRecent(own, '/etc/passwd')).toEqual({ status: 'failed', error: { code: 'not-in-recent' } });
  });
});
