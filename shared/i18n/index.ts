/**
 * The translation layer's resources and a small translator for the host side (menus,
 * dialogs, command line). The renderer uses i18next with the same resources.
 */
import type { Language } from '../contract';
import { formatNumber } from '../text';
import { de } from './de';
import { en, type Messages } from './en';

export type { Messages };
export const MESSAGES: Record<Language, Messages> = { de, en };
export const LANGUAGES: readonly Language[] = ['de', 'en'];

/** `de-AT`, `de_DE.UTF-8` → `de`; anything else → `en`. */
export function languageOf(locale: string | undefined | null): Language {
  return /^de\b|^de[-_]/iu.test(locale ?? '') ? 'de' : 'en';
}

type Params = Readonly<Record<string, string | number>>;

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * `t('cli.categories', { count: 11 })` with i18next's `_one`/`_other` plural keys and `{{name}}`
 * slots; a number in a slot is written as the language writes numbers (`1,200`, `1.200`),
 * as the renderer's i18next does (`renderer/i18n.ts`).
 */
export interface Translator {
  (key: string, params?: Params): string;
  /** The language it translates into, for what is formatted outside messages (sizes, shares). */
  readonly language: Language;
}

export function translator(language: Language): Translator {
  const messages = MESSAGES[language];
  const plural = new Intl.PluralRules(language);
  const translate = (key: string, params: Params = {}): string => {
    const count = params['count'];
    const text =
      (typeof count === 'number' ? lookup(messages, `${key}_${plural.select(count)}`) ?? lookup(messages, `${key}_other`) : undefined) ??
      lookup(messages, key) ??
      key;
    return text.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => {
      const value = params[name] ?? '';
      return typeof value === 'number' ? formatNumber(value, language) : value;
    });
  };
  return Object.assign(translate, { language });
}
