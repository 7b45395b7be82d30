/**
 * The native application menu, in the UI's language; its commands go to the renderer.
 *
 * The page answers every shortcut of a command itself (`shared/keyboard`), so the keys work
 * the same with or without this menu. A menu item only shows its key: on Windows and Linux
 * the key is not registered with the menu at all, and on macOS, where Electron cannot leave
 * it unregistered, a click the key triggered is dropped. Electron offers the menu only the
 * key presses the page did not handle, so such a press is one the page declined on purpose
 * (Alt+↓ while typing in an editor). Undo and redo are the exception (see `Entry`).
 */
import { app, Menu, type BrowserWindow, type KeyboardEvent, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/contract';
import { COMMAND_CHANNEL } from '../../shared/host';
import { translator } from '../../shared/i18n';
import { acceleratorOf, chordsOf, shortcutOfCommand, type Platform, type ShortcutId, type AppCommand } from '../../shared/keyboard';

export interface MenuOptions {
  readonly platform: Platform;
  readonly isPackaged: boolean;
  readonly send: (command: AppCommand) => void;
  readonly quit: () => void;
}

type Role = NonNullable<MenuItemConstructorOptions['role']>;

/**
 * A place in the menu. A command's key is the one `shared/keyboard` gives that command, so the
 * menu shows exactly the keys the page answers. Undo and redo keep real menu keys (`menuKey`):
 * in a text field on macOS the menu is what undoes typing, and the UI sends it on to the field
 * (`renderer/commands/commandTable.ts`). `only` leaves an entry out where it does not belong.
 */
type Entry =
  | { readonly command: AppCommand; readonly label: string; readonly menuKey?: boolean }
  | { readonly role: Role | 'quit'; readonly label: string; readonly shortcut?: ShortcutId; readonly only?: Only }
  | { readonly submenu: readonly Entry[]; readonly label: string }
  | { readonly separator: true; readonly only?: Only };

/** `other`: not on macOS, whose app menu has it; `development`: reloading drops what is not saved yet, for developers only. */
type Only = 'other' | 'development';

const separator = { separator: true } as const;

/** File, Edit, View, Review, Help: the labels are translation keys. */
const MENU: readonly Entry[] = [
  {
    label: 'menu.file',
    submenu: [
      { command: 'open-template', label: 'menu.openTemplate' },
      { command: 'open-file', label: 'menu.open' },
      separator,
      { command: 'save', label: 'menu.save' },
      { command: 'save-as', label: 'menu.saveAs' },
      separator,
      { command: 'export-docx', label: 'menu.exportDocx' },
      { command: 'export-report', label: 'menu.exportReport' },
      separator,
      { command: 'show-start', label: 'menu.start' },
      { separator: true, only: 'other' },
      { role: 'quit', label: 'menu.quit', shortcut: 'quit', only: 'other' },
    ],
  },
  {
    label: 'menu.edit',
    submenu: [
      { command: 'undo', label: 'menu.undo', menuKey: true },
      { command: 'redo', label: 'menu.redo', menuKey: true },
      separator,
      { role: 'cut', label: 'menu.cut' },
      { role: 'copy', label: 'menu.copy' },
      { role: 'paste', label: 'menu.paste' },
      { role: 'selectAll', label: 'menu.selectAll' },
    ],
  },
  {
    label: 'menu.view',
    submenu: [
      { command: 'view-contract', label: 'menu.contract' },
      { command: 'view-matrix', label: 'menu.matrix' },
      { command: 'view-checklist', label: 'menu.checklist' },
      separator,
      { role: 'resetZoom', label: 'menu.resetZoom', shortcut: 'resetZoom' },
      { role: 'zoomIn', label: 'menu.zoomIn', shortcut: 'zoomIn' },
      { role: 'zoomOut', label: 'menu.zoomOut', shortcut: 'zoomOut' },
      separator,
      { role: 'togglefullscreen', label: 'menu.fullScreen', shortcut: 'fullScreen' },
      { separator: true, only: 'development' },
      { role: 'reload', label: 'menu.reload', only: 'development' },
      { role: 'toggleDevTools', label: 'menu.devTools', only: 'development' },
    ],
  },
  {
    label: 'menu.review',
    submenu: [
      { command: 'next-change', label: 'menu.nextChange' },
      { command: 'previous-change', label: 'menu.previousChange' },
      { command: 'accept-change', label: 'menu.acceptChange' },
      { command: 'reject-change', label: 'menu.rejectChange' },
      separator,
      { command: 'add-comment', label: 'menu.addComment' },
      { command: 'edit-clause', label: 'menu.editClause' },
      {
        label: 'menu.setStatus',
        submenu: [
          { command: 'status-open', label: 'status.open' },
          { command: 'status-agreed', label: 'status.agreed' },
          { command: 'status-disputed', label: 'status.disputed' },
          { command: 'status-needs-change', label: 'status.needs-change' },
        ],
      },
      {
        label: 'menu.markup',
        submenu: [
          { command: 'markup-all', label: 'review.views.all' },
          { command: 'markup-simple', label: 'review.views.simple' },
          { command: 'markup-original', label: 'review.views.original' },
          { command: 'markup-final', label: 'review.views.final' },
        ],
      },
      separator,
      { command: 'compare', label: 'menu.compare' },
      { command: 'versions', label: 'menu.versions' },
    ],
  },
  {
    label: 'menu.help',
    submenu: [{ command: 'show-shortcuts', label: 'menu.shortcuts' }, separator, { command: 'show-about', label: 'menu.about' }],
  },
];

/** The menu's template: File, Edit, View, Review, Help (and the app menu on macOS). */
export function menuTemplate(language: Language, { platform, isPackaged, send, quit }: MenuOptions): MenuItemConstructorOptions[] {
  const t = translator(language);
  const included = (only: Only | undefined) => only === undefined || (only === 'other' ? platform !== 'mac' : !isPackaged);
  const commandItem = (label: string, command: AppCommand, menuKey: boolean): MenuItemConstructorOptions => {
    const shortcut = shortcutOfCommand(command);
    const accelerator = shortcut ? chordsOf(shortcut, platform)[0] : undefined;
    if (accelerator && menuKey) return { label, accelerator, click: () => send(command) };
    return {
      label,
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      click: (_item, _window, event: KeyboardEvent) => {
        if (accelerator && event.triggeredByAccelerator) return;
        send(command);
      },
    };
  };
  const build = (entries: readonly Entry[]): MenuItemConstructorOptions[] =>
    entries.flatMap((entry): MenuItemConstructorOptions[] => {
      if ('separator' in entry) return included(entry.only) ? [{ type: 'separator' }] : [];
      const label = t(entry.label);
      if ('submenu' in entry) return [{ label, submenu: build(entry.submenu) }];
      if ('command' in entry) return [commandItem(label, entry.command, entry.menuKey ?? false)];
      if (!included(entry.only)) return [];
      const accelerator = entry.shortcut ? acceleratorOf(entry.shortcut, platform) : undefined;
      if (entry.role === 'quit') return [{ label, accelerator, click: quit }];
      return [{ label, role: entry.role, ...(accelerator ? { accelerator } : {}) }];
    });
  return [...(platform === 'mac' ? [{ role: 'appMenu' as const }] : []), ...build(MENU)];
}

export function buildMenu(language: Language, window: () => BrowserWindow | null): void {
  const template = menuTemplate(language, {
    platform: process.platform === 'darwin' ? 'mac' : 'other',
    isPackaged: app.isPackaged,
    send: (command) => window()?.webContents.send(COMMAND_CHANNEL, command),
    quit: () => app.quit(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
