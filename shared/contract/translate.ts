/**
 * A translation function as `shared/` takes it: the renderer's i18next `t` and the host's
 * `translator(language)` (shared/i18n) both fit. It sits in `contract/`, the lowest folder,
 * because citing a clause (`reference.ts`) already words things in the reader's language.
 */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;
