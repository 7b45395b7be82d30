import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n';
import { chordsOf, formatChord, shortcutOf, SHORTCUTS, type KeyNames, type KeyPress, type Platform } from '../../../shared/keyboard';
import { APP_COMMANDS } from '../../../shared/keyboard/commands';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/iu.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/u.test(key) ? `Digit${key}` : '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});
const idOf = (keyPress: KeyPress, platform: Platform = 'other') => shortcutOf(keyPress, platform)?.id ?? null;
const names = (language: 'de' | 'en'): KeyNames => {
  const t = translator(language);
  return { ctrl: t('keys.ctrl'), shift: t('keys.shift'), alt: t('keys.alt'), enter: t('keys.enter'), escape: t('keys.escape') };
};

describe('keyboard shortcuts', () => {
  it('gives no two shortcuts the same chord on the same platform', () => {
    for (const platform of ['mac', 'other'] as const) {
      const chords = SHORTCUTS.flatMap((shortcut) => chordsOf(shortcut, platform));
      expect(new Set(chords).size, platform).toBe(chords.length);
    }
  });

  it('sends only commands the UI knows, each from at most one shortcut', () => {
    const commands = SHORTCUTS.flatMap((shortcut) => ('command' in shortcut ? [shortcut.command] : []));
    for (const command of commands) expect(APP_COMMANDS).toContain(command);
    expect(new Set(commands).size).toBe(commands.length);
  });

  it('reads Ctrl on Windows and Linux and ⌘ on macOS for the same shortcut', () => {
    expect(idOf(press('s', { ctrlKey: true }))).toBe('save');
    expect(idOf(press('s', { metaKey: true }))).toBeNull();
    expect(idOf(press('s', { metaKey: true }), 'mac')).toBe('save');
    expect(idOf(press('s', { ctrlKey: true }), 'mac')).toBeNull();
    expect(idOf(press('S', { ctrlKey: true, shiftKey: true }))).toBe('saveAs');
  });

  it('tells redo from undo by platform: Ctrl+Y or Ctrl+Shift+Z, ⇧⌘Z', () => {
    expect(idOf(press('z', { ctrlKey: true }))).toBe('undo');
    expect(idOf(press('y', { ctrlKey: true }))).toBe('redo');
    expect(idOf(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(idOf(press('Z', { metaKey: true, shiftKey: true }), 'mac')).toBe('redo');
  });

  it('goes by the letter the layout types, not the key’s place (Ctrl+Z on a German keyboard)', () => {
    // On QWERTZ the key that types "z" sits where QWERTY has Y.
    expect(idOf({ ...press('z', { ctrlKey: true }), code: 'KeyY' })).toBe('undo');
    expect(idOf({ ...press('y', { ctrlKey: true }), code: 'KeyZ' })).toBe('redo');
  });

  it('knows the key behind a character that ⌥ made on a Mac (⌥1 types ¡)', () => {
    expect(idOf({ ...press('¡', { altKey: true }), code: 'Digit1' }, 'mac')).toBe('statusOpen');
    expect(idOf({ ...press('3', { altKey: true }) })).toBe('statusDisputed');
  });

  it('moves through changes with Alt+↓ and Alt+↑, and through clauses with ↓ and ↑ alone', () => {
    expect(idOf(press('ArrowDown', { altKey: true }))).toBe('nextChange');
    expect(idOf(press('ArrowUp', { altKey: true }))).toBe('previousChange');
    expect(idOf(press('ArrowDown'))).toBe('nextClause');
    expect(idOf(press('ArrowDown', { altKey: true, shiftKey: true }))).toBeNull();
  });

  it('opens the overview with ? whichever key types it, and with F1', () => {
    expect(idOf(press('?', { shiftKey: true }))).toBe('shortcuts');
    expect(idOf(press('?'))).toBe('shortcuts');
    expect(idOf(press('F1'))).toBe('shortcuts');
    expect(idOf(press('?', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('writes chords as each platform and language does', () => {
    expect(formatChord('CmdOrCtrl+Shift+A', 'other', names('en'))).toBe('Ctrl+Shift+A');
    expect(formatChord('CmdOrCtrl+Shift+A', 'other', names('de'))).toBe('Strg+Umschalt+A');
    expect(formatChord('CmdOrCtrl+Shift+A', 'mac', names('de'))).toBe('⇧⌘A');
    expect(formatChord('Alt+Down', 'other', names('en'))).toBe('Alt+↓');
    expect(formatChord('Alt+Down', 'mac', names('en'))).toBe('⌥↓');
    expect(formatChord('CmdOrCtrl+Enter', 'other', names('de'))).toBe('Strg+Eingabe');
    expect(formatChord('CmdOrCtrl+Enter', 'mac', names('en'))).toBe('⌘↩');
    expect(formatChord('Ctrl+Cmd+F', 'mac', names('en'))).toBe('⌃⌘F');
    expect(formatChord('CmdOrCtrl+Plus', 'other', names('en'))).toBe('Ctrl++');
    expect(formatChord('Escape', 'other', names('en'))).toBe('Esc');
  });
});
