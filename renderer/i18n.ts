/** i18next over the shared resources; the language follows the preference or the system. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../shared/contract/model';
import { languageOf, MESSAGES } from '../shared/i18n';
import type { Preferences } from '../shared/host/preferences';

export function systemLanguage(): Language {
  return languageOf(navigator.languages?.[0] ?? navigator.language);
}

export function languageFor(preference: Preferences['language']): Language {
  return preference === 'system' ? systemLanguage() : preference;
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { de: { translation: MESSAGES.de }, en: { translation: MESSAGES.en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
