/** i18next over the shared resources; the language follows the preference or the system. */
import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../shared/contract';
import { languageOf, MESSAGES } from '../shared/i18n';
import { formatNumber } from '../shared/text';
import type { Preferences } from '../shared/host';
import { translateOnce } from './translateOnce';

export function systemLanguage(): Language {
  return languageOf(navigator.languages?.[0] ?? navigator.language);
}

export function languageFor(preference: Preferences['language']): Language {
  return preference === 'system' ? systemLanguage() : preference;
}

/**
 * Every number in a message is written as the UI's language writes numbers (`1,200` and
 * `1.200`), as the host's translator does (`shared/i18n`): counts of clauses, changes and
 * measures stay right in both languages without a format in each message.
 */
const numbers: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  format: (value: unknown, _format: string | undefined, language: string | undefined) => (typeof value === 'number' ? formatNumber(value, languageOf(language)) : (value as string)),
  add: () => undefined,
  addCached: () => undefined,
};

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).use(numbers).init({
    lng: language,
    fallbackLng: 'en',
    resources: { de: { translation: MESSAGES.de }, en: { translation: MESSAGES.en } },
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  translateOnce(i18next);
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
