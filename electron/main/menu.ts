/**
 * The native application menu, in the UI's language; its commands go to the renderer.
 *
 * The page answers every shortcut of a command itself (`shared/keyboard`), so the keys work
 * the same with or without this menu. A menu item only shows its key: on Windows and Linux
 * the key is not registered with the menu at all, and on macOS, where Electron cannot leave
 * it unregistered, a click the key triggered is dropped. Electron offers the menu only the
 * key presses the page did not handle, so such a press is one the page declined on purpose
 * (Alt+↓ while typing in an editor). Undo and redo are the exception (see `item`).
 */
import { app, Menu, type BrowserWindow, type KeyboardEvent, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/contract/model';
import { COMMAND_CHANNEL } from '../../shared/host/hostApi';
import { translator } from '../../shared/i18n';
import { acceleratorOf, type Platform, type ShortcutId } from '../../shared/keyboard';
import type { AppCommand } from '../../shared/keyboard/commands';

export interface MenuOptions {
  readonly platform: Platform;
  readonly isPackaged: boolean;
  readonly send: (command: AppCommand) => void;
  readonly quit: () => void;
}

/** The menu's template: File, Edit, View, Review, Help (and the app menu on macOS). */
export function menuTemplate(language: Language, { platform, isPackaged, send, quit }: MenuOptions): MenuItemConstructorOptions[] {
  const t = translator(language);
  const isMac = platform === 'mac';
  /**
   * An item that sends `command`; `shortcut` names the key the page answers for it. Undo and
   * redo stay real menu keys: in a text field on macOS the menu is what undoes typing, and the
   * UI sends it on to the field (`App.tsx`).
   */
  const item = (label: string, command: AppCommand, shortcut?: ShortcutId, { menuKey = false } = {}): MenuItemConstructorOptions => {
    const accelerator = shortcut ? acceleratorOf(shortcut, platform) : undefined;
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
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        item(t('menu.openTemplate'), 'open-template', 'openTemplate'),
        item(t('menu.open'), 'open-file', 'openFile'),
        separator,
        item(t('menu.save'), 'save', 'save'),
        item(t('menu.saveAs'), 'save-as', 'saveAs'),
        separator,
        item(t('menu.exportDocx'), 'export-docx', 'exportDocx'),
        item(t('menu.exportReport'), 'export-report', 'exportReport'),
        separator,
        item(t('menu.start'), 'show-start', 'showStart'),
        ...(isMac ? [] : [separator, { label: t('menu.quit'), accelerator: acceleratorOf('quit', platform), click: quit }]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        item(t('menu.undo'), 'undo', 'undo', { menuKey: true }),
        item(t('menu.redo'), 'redo', 'redo', { menuKey: true }),
        separator,
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        item(t('menu.contract'), 'view-contract', 'viewContract'),
        item(t('menu.matrix'), 'view-matrix', 'viewMatrix'),
        item(t('menu.checklist'), 'view-checklist', 'viewChecklist'),
        separator,
        { label: t('menu.resetZoom'), role: 'resetZoom', accelerator: acceleratorOf('resetZoom', platform) },
        { label: t('menu.zoomIn'), role: 'zoomIn', accelerator: acceleratorOf('zoomIn', platform) },
        { label: t('menu.zoomOut'), role: 'zoomOut', accelerator: acceleratorOf('zoomOut', platform) },
        separator,
        { label: t('menu.fullScreen'), role: 'togglefullscreen', accelerator: acceleratorOf('fullScreen', platform) },
        // Reloading drops what is not saved yet (the autosave offers it back): for developers only.
        ...(isPackaged
          ? []
          : [separator, { label: t('menu.reload'), role: 'reload' as const }, { label: t('menu.devTools'), role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: t('menu.review'),
      submenu: [
        item(t('menu.nextChange'), 'next-change', 'nextChange'),
        item(t('menu.previousChange'), 'previous-change', 'previousChange'),
        item(t('menu.acceptChange'), 'accept-change', 'acceptChange'),
        item(t('menu.rejectChange'), 'reject-change', 'rejectChange'),
        separator,
        item(t('menu.addComment'), 'add-comment', 'addComment'),
        item(t('menu.editClause'), 'edit-clause', 'editClause'),
        {
          label: t('menu.setStatus'),
          submenu: [
            item(t('status.open'), 'status-open', 'statusOpen'),
            item(t('status.agreed'), 'status-agreed', 'statusAgreed'),
            item(t('status.disputed'), 'status-disputed', 'statusDisputed'),
            item(t('status.needs-change'), 'status-needs-change', 'statusNeedsChange'),
          ],
        },
        {
          label: t('menu.markup'),
          submenu: [
            item(t('review.views.all'), 'markup-all'),
            item(t('review.views.simple'), 'markup-simple'),
            item(t('review.views.original'), 'markup-original'),
            item(t('review.views.final'), 'markup-final'),
          ],
        },
        separator,
        item(t('menu.compare'), 'compare', 'compare'),
        item(t('menu.versions'), 'versions'),
      ],
    },
    {
      label: t('menu.help'),
      submenu: [item(t('menu.shortcuts'), 'show-shortcuts', 'shortcuts'), separator, item(t('menu.about'), 'show-about')],
    },
  ];
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
