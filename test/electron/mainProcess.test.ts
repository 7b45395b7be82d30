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
import { COMMAND_CHANNEL, HOST_METHODS, channelOf } from '../../shared/host/hostApi';
import { acceleratorOf, SHORTCUTS } from '../../shared/keyboard';

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
  /** Every application menu set, the latest last. */
  menus: MenuItem[][];
  /** What the window's web contents were sent (channel, payload). */
  sent: [string, unknown][];
}

interface MenuItem {
  readonly label?: string;
  readonly role?: string;
  readonly type?: string;
  readonly accelerator?: string;
  readonly registerAccelerator?: boolean;
  readonly submenu?: MenuItem[];
  readonly click?: (item: unknown, window: unknown, event: { triggeredByAccelerator?: boolean }) => void;
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
  menus: [],
  sent: [],
};
let userData: string;

function fakeWebContents() {
  const events = new Map<string, Listener>();
  let windowOpen: Listener | null = null;
  return {
    events,
    windowOpen: () => windowOpen,
    on: (event: string, listener: Listener) => events.set(event, listener),
    send: (channel: string, payload: unknown) => recorded.sent.push([channel, payload]),
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
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: MenuItem[]) => recorded.menus.push(menu) },
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

/** The items of a menu, submenus flattened, each with its label. */
function items(menu: readonly MenuItem[]): MenuItem[] {
  return menu.flatMap((item) => [item, ...(item.submenu ? items(item.submenu) : [])]);
}

function submenu(menu: readonly MenuItem[], label: string): MenuItem[] {
  const found = menu.find((item) => item.label === label);
  if (!found?.submenu) throw new Error(`no menu “${label}” in ${menu.map((item) => item.label).join(', ')}`);
  return found.submenu;
}

describe('the application menu', () => {
  const latest = () => recorded.menus.at(-1)!;

  it('has File, Edit, View, Review and Help, with the keys the page answers', () => {
    const menu = latest();
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Review', 'Help']);
    const review = items(submenu(menu, 'Review'));
    const key = (label: string) => review.find((item) => item.label === label)?.accelerator;
    expect(key('Next Change')).toBe('Alt+Down');
    expect(key('Previous Change')).toBe('Alt+Up');
    expect(key('Accept Change…')).toBe('CmdOrCtrl+Shift+A');
    expect(key('Reject Change…')).toBe('CmdOrCtrl+Shift+R');
    expect(key('Add Comment')).toBe('CmdOrCtrl+Shift+M');
    expect(key('Edit Clause')).toBe('F2');
    expect(key('Disputed')).toBe('Alt+3');
    expect(key('Compare…')).toBe('CmdOrCtrl+Shift+D');
    expect(review.map((item) => item.label)).toEqual(expect.arrayContaining(['Set Review Status', 'Markup', 'All markup', 'No markup (final)', 'Versions…']));
    const view = items(submenu(menu, 'View'));
    expect(view.find((item) => item.label === 'Responsibility Matrix')?.accelerator).toBe('CmdOrCtrl+2');
    expect(view.find((item) => item.label === 'Art. 28 Checklist')?.accelerator).toBe('CmdOrCtrl+3');
    expect(items(submenu(menu, 'Help')).find((item) => item.label === 'Keyboard Shortcuts')?.accelerator).toBe('F1');
    expect(items(submenu(menu, 'File')).find((item) => item.label === 'Export Report as PDF…')?.accelerator).toBe('CmdOrCtrl+P');
  });

  it('shows every key the page answers for a menu command, and only those', () => {
    const shown = items(latest()).filter((item) => item.accelerator && item.click);
    for (const item of shown) {
      const shortcut = SHORTCUTS.find((candidate) => candidate.keys[0] === item.accelerator);
      expect(shortcut, item.label).toBeDefined();
      expect(acceleratorOf(shortcut!.id, 'other')).toBe(item.accelerator);
    }
    const commands = SHORTCUTS.filter((shortcut) => 'command' in shortcut && !['next-pane', 'previous-pane'].includes(shortcut.command)).map((shortcut) => shortcut.keys[0]);
    expect(shown.map((item) => item.accelerator).sort()).toEqual([...commands, 'CmdOrCtrl+Q'].sort());
  });

  it('sends each item’s command to the window; a key the page declined is not sent again', () => {
    const review = items(submenu(latest(), 'Review'));
    const click = (label: string, triggeredByAccelerator: boolean) => {
      recorded.sent.length = 0;
      review.find((item) => item.label === label)!.click!(undefined, undefined, { triggeredByAccelerator });
      return recorded.sent;
    };
    expect(click('Next Change', false)).toEqual([[COMMAND_CHANNEL, 'next-change']]);
    expect(click('Accept Change…', false)).toEqual([[COMMAND_CHANNEL, 'accept-change']]);
    expect(click('Needs change', false)).toEqual([[COMMAND_CHANNEL, 'status-needs-change']]);
    expect(click('Simple markup', false)).toEqual([[COMMAND_CHANNEL, 'markup-simple']]);
    expect(click('Versions…', false)).toEqual([[COMMAND_CHANNEL, 'versions']]);
    // On Windows and Linux the key is not even registered; on macOS, where it cannot be left out, the click it causes is dropped.
    expect(review.find((item) => item.label === 'Next Change')!.registerAccelerator).toBe(false);
    expect(click('Next Change', true)).toEqual([]);
    const help = items(submenu(latest(), 'Help'));
    recorded.sent.length = 0;
    help.find((item) => item.label === 'Keyboard Shortcuts')!.click!(undefined, undefined, {});
    expect(recorded.sent).toEqual([[COMMAND_CHANNEL, 'show-shortcuts']]);
  });

  it('speaks German once the UI does, with the same keys', async () => {
    const setPreferences = recorded.ipc.get(channelOf('setPreferences'))!;
    const own = { senderFrame: { url: 'app://clausemark/index.html', parent: null } };
    await setPreferences(own, { language: 'de' });
    const menu = latest();
    expect(menu.map((item) => item.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Prüfung', 'Hilfe']);
    const review = items(submenu(menu, 'Prüfung'));
    expect(review.find((item) => item.label === 'Nächste Änderung')?.accelerator).toBe('Alt+Down');
    expect(review.find((item) => item.label === 'Änderung annehmen …')?.accelerator).toBe('CmdOrCtrl+Shift+A');
    expect(review.find((item) => item.label === 'Strittig')?.accelerator).toBe('Alt+3');
    expect(items(submenu(menu, 'Hilfe')).map((item) => item.label)).toContain('Tastenkürzel');
    expect(items(submenu(menu, 'Datei')).map((item) => item.label)).toContain('Bericht als PDF exportieren …');
    await setPreferences(own, { language: 'en' });
    expect(latest()[0]!.label).toBe('File');
  });
});
