/** The native application menu, in the UI's language; its commands go to the renderer. */
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/contract/model';
import { COMMAND_CHANNEL, type AppCommand } from '../../shared/host/hostApi';
import { translator } from '../../shared/i18n';

export function buildMenu(language: Language, window: () => BrowserWindow | null): void {
  const t = translator(language);
  const send = (command: AppCommand) => () => window()?.webContents.send(COMMAND_CHANNEL, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.openTemplate'), accelerator: 'CmdOrCtrl+Shift+N', click: send('open-template') },
        { label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: send('open-file') },
        { label: t('menu.exportDocx'), accelerator: 'CmdOrCtrl+E', click: send('export-docx') },
        { type: 'separator' },
        { label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: send('save') },
        { label: t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
        { type: 'separator' },
        { label: t('versions.menu'), click: send('versions') },
        { label: t('compare.menu'), accelerator: 'CmdOrCtrl+Shift+D', click: send('compare') },
        { type: 'separator' },
        { label: t('menu.start'), accelerator: 'CmdOrCtrl+Shift+H', click: send('show-start') },
        { type: 'separator' },
        { label: t('menu.quit'), accelerator: 'CmdOrCtrl+Q', click: () => app.quit() },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: t('menu.redo'), accelerator: process.platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send('redo') },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.reload'), role: 'reload' },
        ...(app.isPackaged ? [] : [{ label: t('menu.devTools'), role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { label: t('menu.resetZoom'), role: 'resetZoom' },
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        { type: 'separator' },
        { label: t('menu.fullScreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [{ label: t('menu.about'), click: send('show-about') }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
