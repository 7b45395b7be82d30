export { APP_COMMANDS, type AppCommand } from './commands';
export { acceleratorOf, chordsOf, shortcutById, shortcutOfCommand, SHORTCUT_GROUPS, SHORTCUTS, type Chord, type Platform, type Shortcut, type ShortcutGroup, type ShortcutId } from './shortcuts';
export { chordMatches, formatChord, parseChord, shortcutOf, type KeyNames, type KeyPress } from './chord';
