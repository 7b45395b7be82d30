/**
 * The main process: one secure window, the native menu, single-instance handling and the
 * IPC handlers. Everything that touches files lives in `electron/handlers/`.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Language } from '../../shared/contract';
import { COMMAND_CHANNEL, type Preferences } from '../../shared/host';
import { languageOf, translator } from '../../shared/i18n';
import { findAssetsDir } from '../handlers/assets';
import { useErrorLog } from '../handlers/errorLog';
import { createHandlers, type HostHandlerSet } from '../handlers/createHandlers';
import type { DialogPort } from '../handlers/dialogs';
import { REPORT_PAGE } from '../handlers/reportPdf';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { APP_ORIGIN, blockNetwork, hardenAllContents, registerAppScheme, serveRenderer } from './security';
import { windowStateStore } from './windowState';

let mainWindow: BrowserWindow | null = null;
let language: Language = 'en';
/** Set once the UI has saved or discarded its unsaved changes, so the window may close. */
let allowClose = false;
let dirtyState: () => boolean = () => false;

function uiLanguage(preferences: Preferences): Language {
  return preferences.language === 'system' ? languageOf(app.getLocale()) : preferences.language;
}

/** A contract file named on the command line (`clausemark-app contract.txt`). */
function fileFromArguments(argv: readonly string[], workingDirectory: string): string | null {
  const args = argv.slice(app.isPackaged ? 1 : 2).filter((arg) => !arg.startsWith('-'));
  for (const arg of args) {
    const path = resolve(workingDirectory, arg);
    try {
      if (existsSync(path) && statSync(path).isFile()) return path;
    } catch {
      // Not a usable path: ignore it like any other argument.
    }
  }
  return null;
}

function electronDialogs(): DialogPort {
  return {
    async chooseFileToOpen({ title, filters }) {
      const options = { title, properties: ['openFile' as const], filters: filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })) };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave({ title, defaultName, filters }) {
      const options = {
        title,
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
      };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

async function createWindow(): Promise<void> {
  const state = windowStateStore(app.getPath('userData'));
  const bounds = await state.load();
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Clausemark',
    backgroundColor: '#f7f6f3',
    webPreferences: {
      // Reviewed for electronegativity: the preload exposes only the named methods of HostApi (electron/preload/preload.ts).
      preload: join(__dirname, '../preload/preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      webviewTag: false,
      // A middle click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow = window;
  if (bounds.maximized) window.maximize();
  state.track(window);
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (allowClose || !dirtyState()) return;
    event.preventDefault();
    const t = translator(language);
    const answer = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: [t('unsaved.save'), t('unsaved.discard'), t('unsaved.cancel')],
      defaultId: 0,
      cancelId: 2,
      title: t('unsaved.title'),
      message: t('unsaved.message'),
    });
    if (answer === 0) window.webContents.send(COMMAND_CHANNEL, 'save-and-close');
    if (answer === 1) {
      allowClose = true;
      window.close();
    }
  });
  window.on('closed', () => {
    mainWindow = null;
    allowClose = false;
  });
  buildMenu(language, () => mainWindow);
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

function start(): void {
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  hardenAllContents();

  let handlers: HostHandlerSet | null = null;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = fileFromArguments(argv, workingDirectory);
    if (file && handlers) {
      handlers.setStartupFile(file);
      mainWindow?.webContents.send(COMMAND_CHANNEL, 'open-startup-document');
    }
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.whenReady().then(async () => {
    blockNetwork();
    useErrorLog(join(app.getPath('logs'), 'errors.log'));
    serveRenderer(resolve(__dirname, '../renderer'));
    const base = createHandlers({
      dialogs: electronDialogs(),
      userDataDir: app.getPath('userData'),
      assetsDir: findAssetsDir(__dirname),
      dialogText: () => {
        const t = translator(language);
        return {
          openTitle: t('dialogs.openTitle'),
          contracts: t('dialogs.contracts'),
          saveTitle: t('dialogs.saveTitle'),
          reviews: t('dialogs.reviews'),
          exportTitle: t('export.dialogTitle'),
          wordDocument: t('export.filter'),
          compareTitle: t('compare.dialogTitle'),
          reportTitle: t('dialogs.reportTitle'),
          pdfDocument: t('dialogs.pdfDocument'),
        };
      },
      async printToPdf() {
        if (!mainWindow) throw new Error('no window');
        const { pageSize, margins, printBackground, displayHeaderFooter, headerTemplate, footerTemplate, tagged, outline } = REPORT_PAGE;
        return mainWindow.webContents.printToPDF({
          pageSize,
          margins,
          printBackground,
          displayHeaderFooter,
          headerTemplate,
          footerTemplate,
          generateTaggedPDF: tagged,
          generateDocumentOutline: outline,
        });
      },
      closeWindow: () => {
        allowClose = true;
        mainWindow?.close();
      },
    });
    // The menu follows the UI's language.
    const setPreferences = base.setPreferences;
    handlers = {
      ...base,
      async setPreferences(...args: Parameters<typeof setPreferences>) {
        const preferences = await setPreferences(...args);
        language = uiLanguage(preferences);
        buildMenu(language, () => mainWindow);
        return preferences;
      },
    };
    dirtyState = () => base.isDirty();
    language = uiLanguage(await base.getPreferences());
    handlers.setStartupFile(fileFromArguments(process.argv, process.cwd()));
    registerIpc(handlers);
    await createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow();
    });
  });

  app.on('open-file', (event, path) => {
    event.preventDefault();
    handlers?.setStartupFile(path);
    mainWindow?.webContents.send(COMMAND_CHANNEL, 'open-startup-document');
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

start();
