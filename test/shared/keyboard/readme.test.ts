import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n';
import { chordsOf, formatChord, SHORTCUTS } from '../../../shared/keyboard';

const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
const t = translator('en');
const names = { ctrl: t('keys.ctrl'), shift: t('keys.shift'), alt: t('keys.alt'), enter: t('keys.enter'), escape: t('keys.escape') };

describe('the README’s table of keyboard shortcuts', () => {
  it('lists every shortcut with the keys the app answers, on Windows and Linux and on macOS', () => {
    const rows = readme.split('\n').filter((line) => line.startsWith('| ') && line.includes('<kbd>'));
    for (const shortcut of SHORTCUTS) {
      const keys = (platform: 'mac' | 'other') => chordsOf(shortcut, platform).map((chord) => `<kbd>${formatChord(chord, platform, names)}</kbd>`).join(' or ');
      expect(rows, shortcut.id).toContain(`| ${t(`shortcuts.actions.${shortcut.id}`)} | ${keys('other')} | ${keys('mac')} |`);
    }
    expect(rows).toHaveLength(SHORTCUTS.length);
  });
});
