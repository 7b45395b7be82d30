/**
 * Key chords in Electron's accelerator syntax, matched against key presses and written the
 * way each platform writes them: `Ctrl+Shift+A` (German `Strg+Umschalt+A`) on Windows and
 * Linux, `⇧⌘A` on macOS.
 */
import { chordsOf, SHORTCUTS, type Chord, type Platform, type Shortcut } from './shortcuts';

/** What the page knows of a key press (the fields of a DOM `KeyboardEvent`). */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

interface ParsedChord {
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly key: string;
}

/** Keys whose character already implies Shift on common layouts: `?` is Shift+ß or Shift+/. */
const SHIFTED = new Set(['?', 'Plus']);

const NAMED: Readonly<Record<string, string>> = {
  Up: 'ArrowUp',
  Down: 'ArrowDown',
  Left: 'ArrowLeft',
  Right: 'ArrowRight',
  Enter: 'Enter',
  Escape: 'Escape',
  Space: ' ',
  Tab: 'Tab',
  Delete: 'Delete',
  Backspace: 'Backspace',
};

export function parseChord(chord: Chord, platform: Platform): ParsedChord {
  const parts = chord.split('+');
  // `CmdOrCtrl+Plus` names the key; a chord ending in `+` would be `…++`.
  const key = parts.pop()!;
  const has = (name: string) => parts.includes(name);
  const commandOrControl = has('CmdOrCtrl') || has('CommandOrControl');
  return {
    ctrl: has('Ctrl') || has('Control') || (commandOrControl && platform !== 'mac'),
    meta: has('Cmd') || has('Command') || has('Meta') || (commandOrControl && platform === 'mac'),
    alt: has('Alt') || has('Option'),
    shift: has('Shift'),
    key,
  };
}

function keyMatches(key: string, press: KeyPress): boolean {
  if (/^[A-Z]$/u.test(key)) {
    // The letter the layout types (Ctrl+Z is Z on a German keyboard too); the physical key
    // only where a modifier turned the letter into something else (⌥A types å on a Mac).
    return press.key.toLowerCase() === key.toLowerCase() || (!/^[a-z]$/iu.test(press.key) && press.code === `Key${key}`);
  }
  if (/^[0-9]$/u.test(key)) return press.key === key || (!/^[0-9]$/u.test(press.key) && press.code === `Digit${key}`);
  if (/^F[0-9]{1,2}$/u.test(key)) return press.key === key;
  if (key === 'Plus') return press.key === '+' || press.key === '=';
  return press.key === (NAMED[key] ?? key);
}

export function chordMatches(chord: Chord, press: KeyPress, platform: Platform): boolean {
  const wanted = parseChord(chord, platform);
  if (press.ctrlKey !== wanted.ctrl || press.metaKey !== wanted.meta || press.altKey !== wanted.alt) return false;
  if (!SHIFTED.has(wanted.key) && press.shiftKey !== wanted.shift) return false;
  return keyMatches(wanted.key, press);
}

/** The shortcut a key press stands for on this platform, if any. */
export function shortcutOf(press: KeyPress, platform: Platform, shortcuts: readonly Shortcut[] = SHORTCUTS): Shortcut | null {
  return shortcuts.find((shortcut) => chordsOf(shortcut, platform).some((chord) => chordMatches(chord, press, platform))) ?? null;
}

/** The words of the keys that have words, in the UI's language (`Strg`, `Umschalt`, `Eingabetaste`). */
export interface KeyNames {
  readonly ctrl: string;
  readonly shift: string;
  readonly alt: string;
  readonly enter: string;
  readonly escape: string;
}

const ARROWS: Readonly<Record<string, string>> = { Up: '↑', Down: '↓', Left: '←', Right: '→' };

/** A chord as the platform writes it: `Strg+Umschalt+A`, `Alt+↓`, `⇧⌘A`, `⌥↓`. */
export function formatChord(chord: Chord, platform: Platform, names: KeyNames): string {
  const parsed = parseChord(chord, platform);
  const key = ARROWS[parsed.key] ?? (parsed.key === 'Plus' ? '+' : parsed.key === 'Escape' ? names.escape : parsed.key === 'Enter' ? (platform === 'mac' ? '↩' : names.enter) : parsed.key);
  if (platform === 'mac') {
    // Apple's order: Control, Option, Shift, Command.
    return `${parsed.ctrl ? '⌃' : ''}${parsed.alt ? '⌥' : ''}${parsed.shift ? '⇧' : ''}${parsed.meta ? '⌘' : ''}${key}`;
  }
  return [parsed.ctrl ? names.ctrl : '', parsed.alt ? names.alt : '', parsed.shift ? names.shift : '', key].filter(Boolean).join('+');
}
