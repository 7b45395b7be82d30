/** The app's commands and every shortcut in one table, matched against key presses and written per platform. */
export { formatChord, shortcutOf, type KeyNames, type KeyPress } from './chord';
export { APP_COMMANDS, type AppCommand } from './commands';
export { acceleratorOf, chordsOf, SHORTCUT_GROUPS, shortcutById, shortcutOfCommand, SHORTCUTS, type Platform, type ShortcutId } from './shortcuts';
