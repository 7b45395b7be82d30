/**
 * Every keyboard shortcut of the app, in one table: the native menu takes its accelerators
 * from here, the page matches key presses against it (so the same keys work where there is
 * no native menu, as in the end-to-end tests), and the shortcut overview lists it.
 * Chords use Electron's accelerator syntax (`CmdOrCtrl+Shift+A`, `Alt+Down`, `F2`).
 */
import type { AppCommand } from './commands';

export type ShortcutGroup = 'document' | 'review' | 'navigation' | 'view';
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['document', 'review', 'navigation', 'view'];

/** A key chord in Electron's accelerator syntax. */
export type Chord = string;

export interface Shortcut {
  /** Names the action (`shortcuts.actions.<id>` in the translations). */
  readonly id: string;
  readonly group: ShortcutGroup;
  /** The chords on Windows and Linux; the first is the one menus and the overview show. */
  readonly keys: readonly Chord[];
  /** The chords on macOS, where they differ. */
  readonly mac?: readonly Chord[];
  /**
   * The command the chord sends, as the menu item does. Absent where the focused part of
   * the page answers the key itself (↑/↓ on a clause, Ctrl+Enter in an editor) or where
   * only the native menu has it (quit, zoom).
   */
  readonly command?: AppCommand;
  /** Also while typing in a text field (Ctrl+S saves from the comment field); the others leave typing alone (Alt+↓ moves the caret). */
  readonly whileTyping?: boolean;
}

export const SHORTCUTS = [
  { id: 'openTemplate', group: 'document', keys: ['CmdOrCtrl+Shift+N'], command: 'open-template', whileTyping: true },
  { id: 'openFile', group: 'document', keys: ['CmdOrCtrl+O'], command: 'open-file', whileTyping: true },
  { id: 'save', group: 'document', keys: ['CmdOrCtrl+S'], command: 'save', whileTyping: true },
  { id: 'saveAs', group: 'document', keys: ['CmdOrCtrl+Shift+S'], command: 'save-as', whileTyping: true },
  { id: 'exportDocx', group: 'document', keys: ['CmdOrCtrl+E'], command: 'export-docx', whileTyping: true },
  { id: 'exportReport', group: 'document', keys: ['CmdOrCtrl+P'], command: 'export-report', whileTyping: true },
  { id: 'undo', group: 'document', keys: ['CmdOrCtrl+Z'], command: 'undo' },
  { id: 'redo', group: 'document', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], mac: ['Cmd+Shift+Z'], command: 'redo' },
  { id: 'showStart', group: 'document', keys: ['CmdOrCtrl+Shift+H'], command: 'show-start', whileTyping: true },
  { id: 'quit', group: 'document', keys: ['CmdOrCtrl+Q'] },

  { id: 'nextChange', group: 'review', keys: ['Alt+Down'], command: 'next-change' },
  { id: 'previousChange', group: 'review', keys: ['Alt+Up'], command: 'previous-change' },
  { id: 'acceptChange', group: 'review', keys: ['CmdOrCtrl+Shift+A'], command: 'accept-change' },
  { id: 'rejectChange', group: 'review', keys: ['CmdOrCtrl+Shift+R'], command: 'reject-change' },
  { id: 'addComment', group: 'review', keys: ['CmdOrCtrl+Shift+M'], command: 'add-comment' },
  { id: 'editClause', group: 'review', keys: ['F2'], command: 'edit-clause' },
  { id: 'statusOpen', group: 'review', keys: ['Alt+1'], command: 'status-open' },
  { id: 'statusAgreed', group: 'review', keys: ['Alt+2'], command: 'status-agreed' },
  { id: 'statusDisputed', group: 'review', keys: ['Alt+3'], command: 'status-disputed' },
  { id: 'statusNeedsChange', group: 'review', keys: ['Alt+4'], command: 'status-needs-change' },
  { id: 'compare', group: 'review', keys: ['CmdOrCtrl+Shift+D'], command: 'compare', whileTyping: true },

  { id: 'nextClause', group: 'navigation', keys: ['Down'] },
  { id: 'previousClause', group: 'navigation', keys: ['Up'] },
  { id: 'editFocused', group: 'navigation', keys: ['Enter'] },
  { id: 'keep', group: 'navigation', keys: ['CmdOrCtrl+Enter'] },
  { id: 'cancel', group: 'navigation', keys: ['Escape'] },
  { id: 'nextPane', group: 'navigation', keys: ['F6'], command: 'next-pane' },
  { id: 'previousPane', group: 'navigation', keys: ['Shift+F6'], command: 'previous-pane' },

  { id: 'viewContract', group: 'view', keys: ['CmdOrCtrl+1'], command: 'view-contract' },
  { id: 'viewMatrix', group: 'view', keys: ['CmdOrCtrl+2'], command: 'view-matrix' },
  { id: 'viewChecklist', group: 'view', keys: ['CmdOrCtrl+3'], command: 'view-checklist' },
  { id: 'shortcuts', group: 'view', keys: ['F1', '?'], command: 'show-shortcuts' },
  { id: 'zoomIn', group: 'view', keys: ['CmdOrCtrl+Plus'] },
  { id: 'zoomOut', group: 'view', keys: ['CmdOrCtrl+-'] },
  { id: 'resetZoom', group: 'view', keys: ['CmdOrCtrl+0'] },
  { id: 'fullScreen', group: 'view', keys: ['F11'], mac: ['Ctrl+Cmd+F'] },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

export type Platform = 'mac' | 'other';

export function shortcutById(id: ShortcutId): Shortcut {
  return SHORTCUTS.find((shortcut) => shortcut.id === id)!;
}

/** The shortcut that sends `command`, if one does (at most one does). */
export function shortcutOfCommand(command: AppCommand): Shortcut | undefined {
  return SHORTCUTS.find((shortcut: Shortcut) => shortcut.command === command);
}

/** The chords of a shortcut on a platform, the one to show first. */
export function chordsOf(shortcut: Shortcut, platform: Platform): readonly Chord[] {
  return platform === 'mac' && shortcut.mac ? shortcut.mac : shortcut.keys;
}

/** The chord a menu item shows (Electron's accelerator), or undefined for a shortcut without one. */
export function acceleratorOf(id: ShortcutId, platform: Platform): Chord | undefined {
  return chordsOf(shortcutById(id), platform)[0];
}
