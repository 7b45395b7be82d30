/**
 * `t` in the current language for components rendered by the thousand (rows of long lists):
 * react-i18next's `useTranslation` copies the i18n instance for every component it mounts
 * in, which costs more than the row itself. The component re-renders when the language changes.
 */
import i18next, { type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}

const fixed = new Map<string, TFunction>();

/** The UI's language; components using it re-render when it changes. */
export function useLanguage(): string {
  return useSyncExternalStore(subscribe, () => i18next.language);
}

export function useT(): TFunction {
  const language = useLanguage();
  let t = fixed.get(language);
  if (!t) {
    t = i18next.getFixedT(language);
    fixed.set(language, t);
  }
  return t;
}
