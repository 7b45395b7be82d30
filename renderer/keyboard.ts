/** The platform's way of writing keys, for the shortcut overview and the hints on buttons. */
import { useTranslation } from 'react-i18next';
import { chordsOf, formatChord, shortcutById, type KeyNames, type Platform, type ShortcutId } from '../shared/keyboard';

/** macOS or not: the sandboxed page learns it from the browser (`navigator`), as the host would tell it. */
export function platform(): Platform {
  const navigatorWithData = navigator as Navigator & { readonly userAgentData?: { readonly platform?: string } };
  const name = navigatorWithData.userAgentData?.platform || navigator.platform || '';
  return /^mac/iu.test(name) ? 'mac' : 'other';
}

/** Writes shortcuts and chords as this platform does, in the UI's language. */
export function useKeyLabels(): { readonly chord: (chord: string) => string; readonly shortcut: (id: ShortcutId) => string; readonly platform: Platform } {
  const { t } = useTranslation();
  const names: KeyNames = { ctrl: t('keys.ctrl'), shift: t('keys.shift'), alt: t('keys.alt'), enter: t('keys.enter'), escape: t('keys.escape') };
  const current = platform();
  const chord = (value: string) => formatChord(value, current, names);
  return { chord, shortcut: (id) => chord(chordsOf(shortcutById(id), current)[0]!), platform: current };
}
